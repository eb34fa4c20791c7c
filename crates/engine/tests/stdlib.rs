//! The standard library pyplay ships (crates/stdlib/modules.txt): every module in it imports, and
//! a module left out, or a package from PyPI, gives ModuleNotFoundError with an explanation.

mod common;

use common::run;
use pyplay_engine::Outcome;

/// Imports every module in `names` in one program, which must end without an error.
#[track_caller]
fn imports_all(names: &[impl std::fmt::Debug]) {
    let source = format!(
        "import importlib\nfor name in {names:?}:\n    importlib.import_module(name)\nprint('ok')\n"
    );
    let (outcome, host) = run(&source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout().lines().last(), Some("ok"));
}

#[test]
fn every_shipped_module_imports() {
    let names = pyplay_stdlib::module_names();
    assert!(names.len() > 50, "{names:?}");
    imports_all(&names);
}

#[test]
fn what_beginners_import_is_there() {
    let source = "import random, math, string, collections, itertools, functools, re, datetime, \
                  time, json, statistics, fractions, decimal, textwrap, copy, dataclasses, enum, \
                  typing, keyword, os, sys, heapq, bisect, calendar, pprint, csv, unicodedata, \
                  tkinter, turtle, pathlib, chirper\n\
                  print(statistics.mean([1, 2, 3]), decimal.Decimal('0.1') + decimal.Decimal('0.2'))\n";
    let (outcome, host) = run(source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout(), "2 0.3\n");
}

#[test]
fn every_registered_native_module_imports() {
    let names: Vec<&str> = pyplay_engine::NATIVE_MODULES
        .iter()
        .map(|(name, _)| *name)
        .collect();
    assert!(names.contains(&"math"), "{names:?}");
    imports_all(&names);
}

#[test]
fn a_native_module_left_out_is_explained_as_not_shipped() {
    // Not registered, so not linked (crates/engine/src/native.rs); the learner is told why.
    for name in [
        "zlib",
        "array",
        "_lzma",
        "pyexpat",
        "_codecs_jp",
        "_pickle",
        "_datetime",
    ] {
        let (outcome, host) = run(&format!("import {name}\n"), &[]);
        let Outcome::Error(error) = outcome else {
            panic!("import {name}: {outcome:?} {}", host.stderr())
        };
        assert_eq!(error.kind, "ModuleNotFoundError", "{name}");
        let explanation = error.explanation.unwrap_or_default();
        assert!(
            explanation.contains("is part of Python, but pyplay runs in your browser"),
            "{name}: {explanation}"
        );
    }
}

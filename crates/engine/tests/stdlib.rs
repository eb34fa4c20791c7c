//! The standard library pyplay ships (crates/stdlib/modules.txt): every module in it imports, and
//! a module left out, or a package from PyPI, gives ModuleNotFoundError with an explanation.

mod common;

use common::run;
use pyplay_engine::Outcome;

#[test]
fn every_shipped_module_imports() {
    let names = pyplay_stdlib::module_names();
    assert!(names.len() > 50, "{names:?}");
    let source = format!(
        "import importlib\nfor name in {names:?}:\n    importlib.import_module(name)\nprint('ok')\n"
    );
    let (outcome, host) = run(&source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout().lines().last(), Some("ok"));
}

#[test]
fn what_beginners_import_is_there() {
    let source = "import random, math, string, collections, itertools, functools, re, datetime, \
                  time, json, statistics, fractions, decimal, textwrap, copy, dataclasses, enum, \
                  typing, keyword, os, sys, heapq, bisect, calendar, pprint, csv, unicodedata, \
                  tkinter, turtle, pathlib\n\
                  print(statistics.mean([1, 2, 3]), decimal.Decimal('0.1') + decimal.Decimal('0.2'))\n";
    let (outcome, host) = run(source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout(), "2 0.3\n");
}

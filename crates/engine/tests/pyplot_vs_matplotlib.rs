//! pyplay's `matplotlib.pyplot` against the real one (issue 16 item 2, "verified, not
//! eyeballed"): every script in `tests/pyplot/` runs under pyplay's engine and under CPython
//! with matplotlib from PyPI (the Agg backend), followed by `tests/pyplot/_dump.py`, which
//! prints each figure through matplotlib's public API — axes positions, limits, tick locations
//! and labels, offset texts, grids, every line's data, colour, style and marker, bars and
//! wedges, scatter points, texts, legend labels and handles. The two outputs must be equal.
//!
//! Real matplotlib comes from `PYPLAY_MATPLOTLIB_PYTHON` (a python with matplotlib installed)
//! or else from `scripts/matplotlib-venv`, which makes a venv with the pinned version. Without
//! either the test fails, saying how to get one: a comparison that silently didn't run would
//! verify nothing.

mod common;

use common::TestHost;
use pyplay_engine::{Engine, Outcome};
use std::path::{Path, PathBuf};
use std::process::Command;

const DUMP: &str = include_str!("pyplot/_dump.py");

/// Runs every script in one CPython process (importing matplotlib once), each in a fresh
/// namespace with all figures closed and settings reset, between marker lines.
const DRIVER: &str = r#"
import os, sys, io, contextlib, traceback
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        source = f.read()
    print(f"\x00 {os.path.basename(path)}", flush=True)
    plt.close("all")
    matplotlib.rcdefaults()
    try:
        exec(compile(source, path, "exec"), {"__name__": "__main__"})
    except BaseException:
        traceback.print_exc(file=sys.stdout)
sys.stdout.flush()
"#;

fn scripts() -> Vec<(String, String)> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pyplot");
    let mut scripts: Vec<(String, String)> = std::fs::read_dir(&folder)
        .expect("tests/pyplot")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .filter(|path| !file_name(path).starts_with('_'))
        .map(|path| {
            let source = std::fs::read_to_string(&path).expect("a script");
            (file_name(&path), format!("{source}\n\n{DUMP}"))
        })
        .collect();
    scripts.sort();
    scripts
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// The python with real matplotlib, or why there is none.
fn real_python() -> Result<PathBuf, String> {
    if let Ok(python) = std::env::var("PYPLAY_MATPLOTLIB_PYTHON") {
        return Ok(PathBuf::from(python));
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/matplotlib-venv");
    let output = Command::new(&script)
        .output()
        .map_err(|err| format!("could not run {}: {err}", script.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} failed:\n{}",
            script.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(PathBuf::from(
        String::from_utf8_lossy(&output.stdout).trim().to_owned(),
    ))
}

/// What real matplotlib printed for each script, by file name.
fn real_outputs(python: &Path, scripts: &[(String, String)]) -> Vec<(String, String)> {
    let dir = std::env::temp_dir().join(format!("pyplay-pyplot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let paths: Vec<PathBuf> = scripts
        .iter()
        .map(|(name, source)| {
            let path = dir.join(name);
            std::fs::write(&path, source).expect("a script written");
            path
        })
        .collect();
    let output = Command::new(python)
        .arg("-c")
        .arg(DRIVER)
        .args(&paths)
        .current_dir(&dir)
        .env("MPLBACKEND", "Agg")
        .output()
        .unwrap_or_else(|err| panic!("could not run {}: {err}", python.display()));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "real matplotlib ({}) failed:\n{}",
        python.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .split("\x00 ")
        .skip(1)
        .map(|chunk| {
            let (name, text) = chunk.split_once('\n').unwrap_or((chunk, ""));
            (name.to_owned(), text.to_owned())
        })
        .collect()
}

/// The first lines where two outputs differ, for the failure message.
fn difference(real: &str, ours: &str) -> String {
    let (real, ours): (Vec<&str>, Vec<&str>) = (real.lines().collect(), ours.lines().collect());
    let at = real
        .iter()
        .zip(&ours)
        .position(|(a, b)| a != b)
        .unwrap_or(real.len().min(ours.len()));
    let show = |lines: &[&str]| {
        lines[at.min(lines.len())..]
            .iter()
            .take(4)
            .map(|line| format!("      {line}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "    line {}:\n    matplotlib:\n{}\n    pyplay:\n{}",
        at + 1,
        show(&real),
        show(&ours)
    )
}

#[test]
fn pyplay_plots_what_matplotlib_plots() {
    let scripts = scripts();
    assert!(
        scripts.len() >= 20,
        "the comparison needs at least 20 scripts in tests/pyplot, found {}",
        scripts.len()
    );
    let python = real_python().unwrap_or_else(|why| {
        panic!(
            "real matplotlib is needed to compare pyplay's pyplot with it, and there is none: \
             {why}\nSet PYPLAY_MATPLOTLIB_PYTHON to a python with matplotlib installed, or \
             install python3 with its venv module (Debian: python3-venv) so that \
             scripts/matplotlib-venv can make one."
        )
    });
    let real = real_outputs(&python, &scripts);
    assert_eq!(
        real.iter().map(|(name, _)| name).collect::<Vec<_>>(),
        scripts.iter().map(|(name, _)| name).collect::<Vec<_>>(),
        "real matplotlib's output names every script once"
    );
    let mut engine = Engine::new();
    let mut failures = Vec::new();
    for ((name, source), (_, expected)) in scripts.iter().zip(&real) {
        let host = TestHost::with_input(&[]);
        let outcome = engine.run(source, host.clone());
        if outcome != Outcome::Exited(0) {
            failures.push(format!(
                "{name}: pyplay's run ended with {outcome:?}\n{}",
                host.stderr()
            ));
        } else if host.stdout() != *expected {
            failures.push(format!(
                "{name}: differs\n{}",
                difference(expected, &host.stdout())
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scripts differ from real matplotlib:\n\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n\n")
    );
}

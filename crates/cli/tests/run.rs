//! `pyplay run`: a program run natively exactly as the browser runs it.
#![cfg(feature = "python")]

mod common;
use common::{arg, pyplay, temp_dir};

fn run_source(source: &str, stdin: &str) -> common::Ran {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = temp_dir(&format!("run{n}"));
    let path = dir.join("prog.py");
    std::fs::write(&path, source).unwrap();
    pyplay(&["run", arg(&path)], stdin)
}

#[test]
fn runs_a_file_with_stdin_from_the_terminal() {
    let ran = run_source("name = input('Who? ')\nprint('Hello,', name)\n", "Grace\n");
    assert_eq!(
        (ran.status, ran.stdout.as_str(), ran.stderr.as_str()),
        (0, "Who? Hello, Grace\n", "")
    );
}

#[test]
fn an_uncaught_exception_exits_non_zero_with_a_traceback() {
    let ran = run_source("print('start')\n1 / 0\n", "");
    assert_eq!(ran.status, 1);
    assert_eq!(ran.stdout, "start\n");
    let err = &ran.stderr;
    assert!(err.contains("line 2, in <module>\n    1 / 0\n"), "{err}");
    // The traceback stays as it is; the explanation follows it, set apart.
    assert!(
        err.ends_with(
            "ZeroDivisionError: division by zero\n\nHint: Line 2 divides by zero, which has \
             no answer. Make sure the number you divide by isn't 0.\n"
        ),
        "{err}"
    );
}

#[test]
fn exit_status_is_passed_on() {
    assert_eq!(run_source("import sys\nsys.exit(4)\n", "").status, 4);
    assert_eq!(run_source("input()\n", "").status, 1);
}

#[test]
fn data_files_are_given_with_file() {
    let dir = temp_dir("data");
    let words = dir.join("words.txt");
    std::fs::write(&words, "level\nhello\n").unwrap();
    let program = dir.join("pal.py");
    std::fs::write(
        &program,
        "for w in open('words.txt'):\n    w = w.strip()\n    if w == w[::-1]:\n        print(w)\n",
    )
    .unwrap();
    let ran = pyplay(&["run", "--file", arg(&words), arg(&program)], "");
    assert_eq!(
        (ran.status, ran.stdout.as_str()),
        (0, "level\n"),
        "{}",
        ran.stderr
    );
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let ran = pyplay(&["run", "/nonexistent/x.py"], "");
    assert_eq!(ran.status, 2);
    assert!(
        ran.stderr
            .starts_with("pyplay run: can't open file '/nonexistent/x.py'"),
        "{}",
        ran.stderr
    );
    let ran = pyplay(&["run"], "");
    assert_eq!(
        (ran.status, ran.stderr.as_str()),
        (
            2,
            "pyplay run: usage: pyplay run [--file DATA]... PROGRAM.py\n"
        )
    );
    assert_eq!(pyplay(&["run", "a.py", "b.py"], "").status, 2);
}

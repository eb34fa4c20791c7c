//! `pyplay-run`, the native command-line runner.

use std::io::Write;
use std::process::{Command, Stdio};

fn pyplay_run(source: &str, stdin: &str) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("pyplay-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!("prog{n}.py"));
    std::fs::write(&path, source).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyplay-run"))
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn runs_a_file_with_stdin_from_the_terminal() {
    let (status, out, err) =
        pyplay_run("name = input('Who? ')\nprint('Hello,', name)\n", "Grace\n");
    assert_eq!(
        (status, out.as_str(), err.as_str()),
        (0, "Who? Hello, Grace\n", "")
    );
}

#[test]
fn an_uncaught_exception_exits_non_zero_with_a_traceback() {
    let (status, out, err) = pyplay_run("print('start')\n1 / 0\n", "");
    assert_eq!(status, 1);
    assert_eq!(out, "start\n");
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
    assert_eq!(pyplay_run("import sys\nsys.exit(4)\n", "").0, 4);
    assert_eq!(pyplay_run("input()\n", "").0, 1);
}

#[test]
fn data_files_are_given_with_file() {
    let dir = std::env::temp_dir().join(format!("pyplay-cli-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let words = dir.join("words.txt");
    std::fs::write(&words, "level\nhello\n").unwrap();
    let program = dir.join("pal.py");
    std::fs::write(
        &program,
        "for w in open('words.txt'):\n    w = w.strip()\n    if w == w[::-1]:\n        print(w)\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pyplay-run"))
        .arg("--file")
        .arg(&words)
        .arg(&program)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "level\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyplay-run"))
        .arg("/nonexistent/x.py")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can't open file"));
}

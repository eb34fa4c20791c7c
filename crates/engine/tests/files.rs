//! The in-memory file system behind open(), os.path and os.listdir.

mod common;

use common::{TestHost, run};
use pyplay_engine::{Engine, Outcome};

fn run_with_files(
    source: &str,
    files: &[(&str, &str)],
) -> (Outcome, std::rc::Rc<TestHost>, Engine) {
    let mut engine = Engine::new();
    for (path, text) in files {
        engine.write_file(path, text.as_bytes()).unwrap();
    }
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(source, host.clone());
    (outcome, host, engine)
}

#[test]
fn a_data_file_is_read_line_by_line() {
    let source = "count = 0\nfor line in open('words.txt'):\n    word = line.strip()\n    if 'uu' in word:\n        print(word)\n    count += 1\nprint(count)\n";
    let (outcome, host, _) = run_with_files(source, &[("words.txt", "vacuum\napple\nmuumuu\n")]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout(), "vacuum\nmuumuu\n3\n");
}

#[test]
fn read_readlines_and_with_work() {
    let source = "with open('a.txt') as f:\n    print(repr(f.read()))\nprint(open('/a.txt').readlines())\nprint(open('a.txt', 'rb').read())\n";
    let (outcome, host, _) = run_with_files(source, &[("a.txt", "x\ny\n")]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout(), "'x\\ny\\n'\n['x\\n', 'y\\n']\nb'x\\ny\\n'\n");
}

#[test]
fn a_written_file_can_be_read_back_and_lasts_for_the_session() {
    let source = "with open('out.txt', 'w') as f:\n    f.write('one\\n')\nwith open('out.txt', 'a') as f:\n    print('two', file=f)\nprint(open('out.txt').read(), end='')\n";
    let (outcome, host, mut engine) = run_with_files(source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout(), "one\ntwo\n");
    // A file left open at the end of a run keeps what was written, as at CPython's exit.
    assert_eq!(
        engine.run(
            "f = open('notes.txt', 'w')\nf.write('kept')\n",
            host.clone()
        ),
        Outcome::Exited(0)
    );
    assert_eq!(
        engine.read_file("notes.txt").unwrap().as_deref(),
        Some(&b"kept"[..])
    );
    assert_eq!(
        engine.read_file("out.txt").unwrap().as_deref(),
        Some(&b"one\ntwo\n"[..])
    );
}

#[test]
fn a_missing_file_is_file_not_found_like_cpython() {
    let (outcome, host) = run("open('nope.txt')\n", &[]);
    assert!(
        matches!(outcome, Outcome::Error(ref e) if e.kind == "FileNotFoundError"),
        "{outcome:?}"
    );
    assert!(
        host.stderr()
            .ends_with("FileNotFoundError: [Errno 2] No such file or directory: 'nope.txt'\n"),
        "{}",
        host.stderr()
    );
}

#[test]
fn os_functions_see_the_files() {
    let source = "import os\nprint(os.path.exists('w.txt'), os.path.isfile('w.txt'), os.path.getsize('w.txt'))\n\
        print(os.path.exists('x'), os.listdir('.'))\nos.mkdir('d')\nopen('d/f.txt', 'w').close()\n\
        print(os.listdir(), os.listdir('d'), os.path.isdir('d'))\nos.rename('d/f.txt', 'g.txt')\nos.remove('w.txt')\nprint(os.listdir())\n";
    let (outcome, host, _) = run_with_files(source, &[("w.txt", "abc")]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(
        host.stdout(),
        "True True 3\nFalse ['w.txt']\n['d', 'w.txt'] ['f.txt'] True\n['d', 'g.txt']\n"
    );
}

#[test]
fn bad_modes_are_rejected_like_cpython() {
    let (outcome, host) = run("open('a.txt', 'rw')\n", &[]);
    assert!(
        matches!(outcome, Outcome::Error(ref e) if e.kind == "ValueError"),
        "{outcome:?}"
    );
    assert!(
        host.stderr().contains("invalid mode: 'rw'"),
        "{}",
        host.stderr()
    );
}

//! Behaviour that pyplay's patches on RustPython (patches/rustpython-vm-0.6.0/) must keep as
//! CPython has it: each speed patch takes a shortcut only where no program can tell.

mod common;

use common::ok;
use pyplay_engine::Outcome;

/// Runs `source` to the end and returns what it printed.
fn stdout_of(source: &str) -> String {
    let (outcome, host) = common::run(source, &[]);
    ok(&outcome, &host);
    host.stdout()
}

// 0004-list-remove-message

#[test]
fn list_remove_and_index_of_a_missing_value_say_what_cpython_says() {
    let out = stdout_of(
        "for call in (lambda: [1, 2].remove(10), lambda: [1].index(10), lambda: ['a'].index('b')):\n\
         \x20   try:\n\
         \x20       call()\n\
         \x20   except ValueError as e:\n\
         \x20       print(e)\n",
    );
    assert_eq!(
        out,
        "list.remove(x): x not in list\n10 is not in list\n'b' is not in list\n"
    );
    let (outcome, host) = common::run("numbers = [1, 2]\nnumbers.remove(10)\n", &[]);
    let Outcome::Error(error) = outcome else {
        panic!("{outcome:?}");
    };
    assert_eq!(
        (error.kind.as_str(), error.message.as_str(), error.line),
        ("ValueError", "list.remove(x): x not in list", 2)
    );
    assert!(
        host.stderr()
            .contains("ValueError: list.remove(x): x not in list"),
        "{}",
        host.stderr()
    );
}

//! Every Run starts clean (issue 14): a program that breaks the interpreter itself (builtins,
//! sys's streams and hooks, sys.modules, the clocks) breaks only its own run, and never turns
//! into pyplay's "internal problem"; exit statuses and unprintable messages are CPython's.

mod common;

use common::{TestHost, ok};
use pyplay_engine::{ConsoleOutcome, Engine, Outcome};

/// Runs `poison`, then `check` on the same engine; returns the second run's host.
fn after(poison: &str, check: &str) -> std::rc::Rc<TestHost> {
    let mut engine = Engine::new();
    let first = TestHost::with_input(&[]);
    let outcome = engine.run(poison, first.clone());
    assert!(
        !matches!(outcome, Outcome::InternalError(_)),
        "{outcome:?}\n{}",
        first.stderr()
    );
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(check, host.clone());
    ok(&outcome, &host);
    host
}

#[test]
fn deleted_or_replaced_builtins_are_back_for_the_next_run() {
    let host = after(
        "import builtins\ndel builtins.print\nbuiltins.len = None\nbuiltins.extra = 1\n",
        "print(len('ab'), 'extra' in dir(__builtins__))\n",
    );
    assert_eq!(host.stdout(), "2 False\n");
}

#[test]
fn sys_streams_hooks_paths_and_limits_are_back() {
    let host = after(
        "import sys\nsys.stdout = None\nsys.stderr = None\nsys.excepthook = None\nsys.displayhook = None\n\
         sys.setrecursionlimit(60)\nsys.path.clear()\nsys.meta_path.clear()\nsys.argv = 5\n",
        "import sys, json\nprint(sys.getrecursionlimit() > 60, sys.argv, json.dumps([1]))\n",
    );
    assert_eq!(host.stdout(), "True ['main.py'] [1]\n");
}

#[test]
fn replaced_modules_and_patched_clocks_are_back() {
    let host = after(
        "import sys, time\nsys.modules['random'] = 5\nsys.modules['json'] = None\nsys.modules['bogus'] = 'x'\n\
         time.sleep = None\ntime.time = lambda: 0\n",
        "import random, json, time, sys\ntime.sleep(0)\nprint(random.randint(3, 3), json.dumps(1), time.time() >= 1e9, 'bogus' in sys.modules)\n",
    );
    assert_eq!(host.stdout(), "3 1 True False\n");
}

#[test]
fn a_program_that_breaks_builtins_still_gets_its_own_error_reported() {
    let (outcome, host) = common::run(
        "import builtins\ndel builtins.str\ndel builtins.isinstance\nbuiltins.len = None\n1 / 0\n",
        &[],
    );
    assert!(
        matches!(&outcome, Outcome::Error(e) if e.kind == "ZeroDivisionError" && e.line == 5),
        "{outcome:?}\n{}",
        host.stderr()
    );
}

#[test]
fn the_console_after_a_run_has_clean_builtins_and_the_programs_variables() {
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    engine.run(
        "import builtins\nbuiltins.print = None\nanswer = 42\n",
        host.clone(),
    );
    let host = TestHost::with_input(&[]);
    let done = engine.console("print(answer)", host.clone());
    assert_eq!(
        done,
        ConsoleOutcome::Done(Outcome::Exited(0)),
        "{}",
        host.stderr()
    );
    assert_eq!(host.stdout(), "42\n");
}

#[test]
fn exit_statuses_are_what_a_posix_shell_sees_after_cpython() {
    for (code, status) in [("2**40", 0), ("-1", 255), ("256 + 3", 3), ("True", 1)] {
        let (outcome, host) = common::run(&format!("import sys\nsys.exit({code})\n"), &[]);
        assert_eq!(
            outcome,
            Outcome::Exited(status),
            "sys.exit({code}): {}",
            host.stderr()
        );
    }
}

#[test]
fn an_unprintable_message_is_escaped_as_cpython_writes_it() {
    let (outcome, host) = common::run("raise ValueError('bad \\udcff')\n", &[]);
    match &outcome {
        Outcome::Error(e) => assert_eq!(
            (e.kind.as_str(), e.message.as_str()),
            ("ValueError", "bad \\udcff")
        ),
        other => panic!("{other:?}"),
    }
    assert!(
        host.stderr().ends_with("ValueError: bad \\udcff\n"),
        "{}",
        host.stderr()
    );
    let (outcome, _) = common::run("import sys\nsys.exit('bye \\udcff')\n", &[]);
    assert_eq!(outcome, Outcome::Exited(1));
}

#[test]
fn print_to_none_is_silent_as_in_cpython() {
    let mut engine = Engine::new();
    let host = common::TestHost::with_input(&[]);
    let outcome = engine.run(
        "import sys\nprint('to stdout', file=None)\nsys.stdout = None\nprint('nowhere')\nsys.stdout = sys.__stdout__\nprint('back')\n",
        host.clone(),
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "to stdout\nback\n");
}

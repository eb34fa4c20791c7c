//! The interactive console: statements typed one line at a time, like `python -i` or IDLE.

mod common;

use common::TestHost;
use pyplay_engine::{ConsoleOutcome, Engine, Outcome};
use std::rc::Rc;

/// A console session: types lines at the `>>>`/`...` prompts like a learner would.
struct Console {
    engine: Engine,
    host: Rc<TestHost>,
    pending: Vec<String>,
}

impl Console {
    fn new(input: &[&str]) -> Self {
        Self::with_engine(Engine::new(), input)
    }

    fn with_engine(engine: Engine, input: &[&str]) -> Self {
        Self {
            engine,
            host: TestHost::with_input(input),
            pending: Vec::new(),
        }
    }

    /// Enters one line; while the statement is incomplete the lines pile up, as in a REPL.
    fn enter(&mut self, line: &str) -> ConsoleOutcome {
        self.pending.push(line.to_owned());
        let outcome = self
            .engine
            .console(&self.pending.join("\n"), self.host.clone());
        if outcome != ConsoleOutcome::More {
            self.pending.clear();
        }
        outcome
    }

    /// Enters a complete one-line statement and returns what it printed.
    fn output_of(&mut self, line: &str) -> String {
        let before = self.host.stdout().len();
        assert_eq!(
            self.enter(line),
            ConsoleOutcome::Done(Outcome::Exited(0)),
            "{line}: {}",
            self.host.stderr()
        );
        self.host.stdout()[before..].to_owned()
    }

    fn error_of(&mut self, line: &str) -> pyplay_engine::PythonError {
        match self.enter(line) {
            ConsoleOutcome::Done(Outcome::Error(error)) => error,
            other => panic!("{line}: {other:?}"),
        }
    }
}

#[test]
fn expressions_echo_their_repr_and_set_underscore() {
    let mut console = Console::new(&[]);
    assert_eq!(console.output_of("2 + 2"), "4\n");
    assert_eq!(console.output_of("_ * 10"), "40\n");
    assert_eq!(console.output_of("'a' + \"b\""), "'ab'\n");
    assert_eq!(console.output_of("[1, 'two', None]"), "[1, 'two', None]\n");
    assert_eq!(console.output_of("None"), "");
    assert_eq!(console.output_of("print('hi')"), "hi\n");
}

#[test]
fn assignments_are_remembered_and_print_nothing() {
    let mut console = Console::new(&[]);
    assert_eq!(console.output_of("x = 5"), "");
    assert_eq!(console.output_of("x * 2"), "10\n");
    assert_eq!(console.output_of("__name__"), "'__main__'\n");
}

#[test]
fn a_block_continues_until_a_blank_line() {
    let mut console = Console::new(&[]);
    assert_eq!(console.enter("for i in range(3):"), ConsoleOutcome::More);
    assert_eq!(console.enter("    print(i * 10)"), ConsoleOutcome::More);
    assert_eq!(
        console.host.stdout(),
        "",
        "nothing runs before the block ends"
    );
    assert_eq!(console.enter(""), ConsoleOutcome::Done(Outcome::Exited(0)));
    assert_eq!(console.host.stdout(), "0\n10\n20\n");

    assert_eq!(console.enter("def double(n):"), ConsoleOutcome::More);
    assert_eq!(console.enter("    return n * 2"), ConsoleOutcome::More);
    assert_eq!(console.enter(""), ConsoleOutcome::Done(Outcome::Exited(0)));
    assert_eq!(console.output_of("double(21)"), "42\n");
}

#[test]
fn an_open_bracket_or_string_continues_on_the_next_line() {
    let mut console = Console::new(&[]);
    assert_eq!(console.enter("total = (1 +"), ConsoleOutcome::More);
    assert_eq!(
        console.enter("  2)"),
        ConsoleOutcome::Done(Outcome::Exited(0))
    );
    assert_eq!(console.output_of("total"), "3\n");
    assert_eq!(console.enter("words = ['a',"), ConsoleOutcome::More);
    assert_eq!(
        console.enter("'b']"),
        ConsoleOutcome::Done(Outcome::Exited(0))
    );
    assert_eq!(console.enter("'''one"), ConsoleOutcome::More);
    assert_eq!(console.output_of("two'''"), "'one\\ntwo'\n");
    // A decorator waits for its function, as in CPython.
    assert_eq!(console.enter("@staticmethod"), ConsoleOutcome::More);
}

#[test]
fn a_try_block_waits_for_its_except_and_ends_at_a_blank_line() {
    let mut console = Console::new(&[]);
    for line in [
        "try:",
        "    1/0",
        "except ZeroDivisionError as e:",
        "    print('caught', e)",
        "finally:",
        "    print('done')",
    ] {
        assert_eq!(console.enter(line), ConsoleOutcome::More, "{line}");
    }
    assert_eq!(console.enter(""), ConsoleOutcome::Done(Outcome::Exited(0)));
    assert_eq!(console.host.stdout(), "caught division by zero\ndone\n");

    // Without an except or finally the blank line is an error, as in CPython.
    assert_eq!(console.enter("try:"), ConsoleOutcome::More);
    assert_eq!(console.enter("    pass"), ConsoleOutcome::More);
    let error = console.error_of("");
    assert_eq!((error.kind.as_str(), error.line), ("SyntaxError", 3));
}

#[test]
fn a_syntax_error_is_reported_at_once_even_inside_a_bracket_or_block() {
    let mut console = Console::new(&[]);
    // RustPython's parser alone calls this an unclosed bracket, so the console used to wait.
    let error = console.error_of("def f(:");
    assert_eq!((error.kind.as_str(), error.line), ("SyntaxError", 1));
    assert_eq!(console.output_of("1 + 1"), "2\n", "back at >>>");

    assert_eq!(console.enter("if True:"), ConsoleOutcome::More);
    let error = console.error_of("    x = = 1");
    assert_eq!((error.kind.as_str(), error.line), ("SyntaxError", 2));

    // A new statement straight after a block, without the blank line that ends it.
    assert_eq!(console.enter("for i in range(2):"), ConsoleOutcome::More);
    assert_eq!(console.enter("    print(i)"), ConsoleOutcome::More);
    let error = console.error_of("print('done')");
    assert_eq!((error.kind.as_str(), error.line), ("SyntaxError", 3));
    assert_eq!(console.host.stdout(), "2\n", "nothing ran");
}

#[test]
fn a_line_of_spaces_does_not_end_a_block_an_empty_one_does() {
    // As in CPython's `python3 -i`; the page sends a line of spaces as an empty one (IDLE).
    let mut console = Console::new(&[]);
    assert_eq!(console.enter("if True:"), ConsoleOutcome::More);
    assert_eq!(console.enter("    print(1)"), ConsoleOutcome::More);
    assert_eq!(console.enter("    "), ConsoleOutcome::More);
    assert_eq!(console.enter(""), ConsoleOutcome::Done(Outcome::Exited(0)));
    assert_eq!(console.host.stdout(), "1\n");
}

#[test]
fn several_pasted_statements_run_in_order() {
    let mut console = Console::new(&[]);
    assert_eq!(console.output_of("a = 1\nb = 2\na + b"), "3\n");
}

#[test]
fn an_error_shows_a_traceback_and_an_explanation() {
    let mut console = Console::new(&[]);
    console.output_of("nums = [1, 2]");
    let error = console.error_of("nums[5]");
    assert_eq!((error.kind.as_str(), error.line), ("IndexError", 1));
    let explanation = error.explanation.unwrap_or_default();
    assert!(explanation.contains("`nums` has 2 items"), "{explanation}");
    assert!(explanation.contains("this line"), "{explanation}");
    let err = console.host.stderr();
    assert!(
        err.contains("File \"<console>\", line 1, in <module>\n    nums[5]\n"),
        "{err}"
    );
    assert!(
        err.ends_with("IndexError: list index out of range\n"),
        "{err}"
    );
    // The console goes on after an error.
    assert_eq!(console.output_of("len(nums)"), "2\n");
}

#[test]
fn a_syntax_error_is_reported_at_once_with_an_explanation() {
    let mut console = Console::new(&[]);
    let error = console.error_of("if x = 3:");
    assert_eq!(error.kind, "SyntaxError");
    let explanation = error.explanation.unwrap_or_default();
    assert!(explanation.contains("`if x == 3:`"), "{explanation}");
    let err = console.host.stderr();
    assert!(
        err.contains("File \"<console>\", line 1\n    if x = 3:\n"),
        "{err}"
    );
    assert!(!err.contains("Traceback"), "{err}");
    assert!(!err.contains("codeop"), "{err}");
}

#[test]
fn a_function_typed_earlier_shows_its_own_lines_in_a_traceback() {
    let mut console = Console::new(&[]);
    for line in ["def half(n):", "    return n / 0", ""] {
        console.enter(line);
    }
    let error = console.error_of("half(4)");
    assert_eq!(error.kind, "ZeroDivisionError");
    let err = console.host.stderr();
    assert!(err.contains("line 1, in <module>\n    half(4)\n"), "{err}");
    assert!(err.contains("line 2, in half\n    return n / 0\n"), "{err}");
}

#[test]
fn the_console_continues_in_the_last_program_namespace() {
    let mut engine = Engine::new();
    let program = "name = 'Ada'\ndef greet(who):\n    return 'Hi ' + who\n";
    assert_eq!(
        engine.run(program, TestHost::with_input(&[])),
        Outcome::Exited(0)
    );
    let mut console = Console::with_engine(engine, &[]);
    assert_eq!(console.output_of("greet(name)"), "'Hi Ada'\n");
    console.output_of("name = 'Grace'");
    assert_eq!(console.output_of("greet(name)"), "'Hi Grace'\n");

    // A new run replaces the namespace.
    assert_eq!(
        console.engine.run("y = 1\n", console.host.clone()),
        Outcome::Exited(0)
    );
    assert_eq!(console.output_of("y"), "1\n");
    let error = console.error_of("name");
    assert_eq!(error.kind, "NameError");
}

#[test]
fn input_and_sleep_go_through_the_host() {
    let mut console = Console::new(&["Bo"]);
    assert_eq!(console.output_of("n = input('Name? ')"), "Name? ");
    assert_eq!(console.output_of("n"), "'Bo'\n");
    console.output_of("import time; time.sleep(2)");
    assert_eq!(*console.host.slept.borrow(), vec![2.0]);
    let error = console.error_of("input()");
    assert_eq!(error.kind, "EOFError");
}

#[test]
fn exit_ends_only_the_statement() {
    let mut console = Console::new(&[]);
    console.output_of("x = 1");
    assert_eq!(
        console.enter("exit(3)"),
        ConsoleOutcome::Done(Outcome::Exited(3))
    );
    assert_eq!(
        console.enter("quit()"),
        ConsoleOutcome::Done(Outcome::Exited(0))
    );
    assert_eq!(console.output_of("x + 1"), "2\n");
}

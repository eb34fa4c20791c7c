//! Checks as a learner meets them: right answers pass, wrong ones say what differs.

use pyplay_checks::{
    CheckResult, CheckTitle, Failure, all_passed, output_matches, run_checks, run_checks_while,
};
use pyplay_engine::Engine;
use pyplay_lessons::{Check, Compare, Construct, IoCase};

fn check(source: &str, checks: &[Check]) -> Vec<CheckResult> {
    run_checks(&mut Engine::new(), source, checks)
}

fn output(expected: &str) -> Check {
    Check::Output {
        expected: expected.into(),
        compare: Compare::Lines,
    }
}

#[test]
fn matching_output_passes_and_different_output_shows_both() {
    assert!(all_passed(&check(
        "print('Hello, world!')  \n",
        &[output("Hello, world!\n")]
    )));
    let results = check("print('Hello world')\n", &[output("Hello, world!\n")]);
    assert_eq!(
        results[0].failure,
        Some(Failure::Output {
            input: vec![],
            expected: "Hello, world!\n".into(),
            actual: "Hello world\n".into()
        })
    );
}

#[test]
fn comparisons() {
    assert!(output_matches("a\nb\n", "a  \nb\n\n", Compare::Lines));
    assert!(!output_matches("a\nb\n", "a b\n", Compare::Lines));
    assert!(output_matches("a\nb\n", "a b", Compare::Whitespace));
    assert!(!output_matches("a\n", "a", Compare::Exact));
}

#[test]
fn io_cases_see_the_console_with_prompts_and_typed_lines() {
    let program = "name = input('Name? ')\nprint('Hi', name)\n";
    let checks = [Check::Io {
        cases: vec![
            IoCase {
                input: vec!["Ada".into()],
                expected: "Name? Ada\nHi Ada\n".into(),
            },
            IoCase {
                input: vec!["Bob".into()],
                expected: "Name? Bob\nHi Bob\n".into(),
            },
        ],
        compare: Compare::Lines,
    }];
    let results = check(program, &checks);
    assert_eq!(results.len(), 2);
    assert!(all_passed(&results), "{results:?}");
    assert_eq!(
        results[1].title,
        CheckTitle::WithInput {
            input: vec!["Bob".into()]
        }
    );
    assert_eq!(results[1].title.to_string(), "With input Bob");
    let wrong = check("name = input('Name? ')\nprint('Hello', name)\n", &checks);
    let Some(Failure::Output { actual, .. }) = &wrong[0].failure else {
        panic!("{wrong:?}")
    };
    assert_eq!(actual, "Name? Ada\nHello Ada\n");
}

#[test]
fn an_interrupted_check_runs_no_further_cases() {
    // The page interrupted the check (its time limit): the worker's `go_on` turns false, and
    // the cases after the one running then are not run into the same endless loop.
    let case = |name: &str| IoCase {
        input: vec![name.into()],
        expected: format!("Hi {name}\n"),
    };
    let checks = [
        Check::Io {
            cases: vec![case("Ada"), case("Bob"), case("Cy")],
            compare: Compare::Lines,
        },
        output("Hi\n"),
    ];
    let program = "print('Hi', input())\n";
    // Asked before the Io check, before each of its cases and before the next check: the
    // interrupt comes during the first case.
    let asked = std::cell::Cell::new(0);
    let results = run_checks_while(&mut Engine::new(), program, &checks, || {
        asked.set(asked.get() + 1);
        asked.get() <= 2
    });
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(run_checks(&mut Engine::new(), program, &checks).len(), 4);
}

#[test]
fn a_program_error_shows_in_the_output_diff() {
    let results = check("print('Hello' + 1)\n", &[output("Hello1\n")]);
    let Some(Failure::Output { actual, .. }) = &results[0].failure else {
        panic!("{results:?}")
    };
    assert!(
        actual.contains("TypeError: can only concatenate str (not \"int\") to str"),
        "{actual}"
    );
}

#[test]
fn tests_report_the_assertion_message() {
    let tests = Check::Tests {
        code: "assert double(4) == 8, 'double(4) should be 8'\n".into(),
        input: vec![],
    };
    assert!(all_passed(&check(
        "def double(n):\n    return n * 2\n",
        std::slice::from_ref(&tests)
    )));
    let results = check(
        "def double(n):\n    return n + 2\n",
        std::slice::from_ref(&tests),
    );
    assert_eq!(
        results[0].failure,
        Some(Failure::Message {
            text: "AssertionError: double(4) should be 8".into()
        })
    );
    let results = check("def double(n):\n    return n * 'x' + 1\n", &[tests]);
    let Some(failure @ Failure::Error { error, line, .. }) = &results[0].failure else {
        panic!("{results:?}")
    };
    assert_eq!((error.as_str(), *line), ("TypeError", 2));
    let text = failure.to_string();
    assert!(
        text.starts_with("Your program stopped with TypeError:") && text.ends_with("(line 2)."),
        "{text}"
    );
}

#[test]
fn uses_checks_name_the_missing_construct() {
    let uses = Check::Uses {
        construct: Construct::For,
        message: "Use a for loop to repeat the print.".into(),
    };
    assert!(all_passed(&check(
        "for i in range(3):\n    print('hi')\n",
        std::slice::from_ref(&uses)
    )));
    let results = check(
        "print('hi')\nprint('hi')\nprint('hi')\n",
        std::slice::from_ref(&uses),
    );
    assert_eq!(
        results[0].title,
        CheckTitle::Uses {
            construct: Construct::For
        }
    );
    assert_eq!(results[0].title.to_string(), "Uses a for loop");
    assert_eq!(
        results[0].failure,
        Some(Failure::Message {
            text: "Use a for loop to repeat the print.".into()
        })
    );
    let results = check("for i in\n", &[uses]);
    let Some(failure @ Failure::Unreadable { message }) = &results[0].failure else {
        panic!("{results:?}")
    };
    assert!(message.starts_with("SyntaxError"), "{message}");
    let text = failure.to_string();
    assert!(
        text.starts_with("The program can't be read yet: SyntaxError"),
        "{text}"
    );
}

/// Every construct a lesson can ask for is found in a program that uses it, and named in words.
#[test]
fn every_construct_is_found_and_named() {
    let program = "import random\nfrom math import pi\ndef f(n):\n    if n:\n        return [i for i in range(n)]\n\
                   while False:\n    pass\nfor w in 'a b'.split():\n    print(f'{w}')\n";
    let mut engine = Engine::new();
    let constructs = [
        "for",
        "while",
        "def",
        "if",
        "return",
        "comprehension",
        "f-string",
        "call:print",
        "method:split",
        "import:random",
        "import:math",
    ];
    for text in constructs {
        let construct: Construct = text.parse().unwrap();
        let results = run_checks(
            &mut engine,
            program,
            &[Check::Uses {
                construct: construct.clone(),
                message: "missing".into(),
            }],
        );
        assert!(all_passed(&results), "{text}: {results:?}");
        assert_eq!(results[0].title, CheckTitle::Uses { construct });
    }
    let words: Vec<_> = ["def", "call:len", "method:split", "import:random"]
        .map(|text| {
            CheckTitle::Uses {
                construct: text.parse().unwrap(),
            }
            .to_string()
        })
        .into();
    assert_eq!(
        words,
        [
            "Defines a function",
            "Calls len()",
            "Uses .split()",
            "Imports random"
        ]
    );
}

#[test]
fn sleeping_programs_are_checked_without_waiting() {
    let start = std::time::Instant::now();
    assert!(all_passed(&check(
        "import time\ntime.sleep(30)\nprint('done')\n",
        &[output("done\n")]
    )));
    assert!(start.elapsed().as_secs() < 10);
}

#[test]
fn no_checks_never_counts_as_passed() {
    assert!(!all_passed(&check("print(1)\n", &[])));
}

/// A quiz that picks random questions can be checked: every check run starts `random` from the
/// same seed, even on an engine that ran (and used `random`) before.
#[test]
fn random_numbers_repeat_in_every_check() {
    let program = "import random\nprint(random.choice(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), random.randint(1, 1000))\n";
    let mut engine = Engine::new();
    engine.run(
        "import random\nrandom.random()\n",
        std::rc::Rc::new(pyplay_engine::TerminalHost::default()),
    );
    let first = run_checks(&mut engine, program, &[output("")]);
    let second = run_checks(&mut engine, program, &[output("")]);
    let printed = |results: &[CheckResult]| match &results[0].failure {
        Some(Failure::Output { actual, .. }) => actual.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(printed(&first), printed(&second));
    assert!(!printed(&first).is_empty());
}

/// A loop that never ends but prints is stopped with a message, so Check always finishes.
#[test]
fn a_program_printing_forever_is_stopped() {
    let results = check(
        "count = 10\nwhile count > 0:\n    print(count)\n",
        &[output("10\n")],
    );
    let Some(Failure::Output { actual, .. }) = &results[0].failure else {
        panic!("{results:?}")
    };
    assert!(
        actual.len() < 2 * pyplay_checks::OUTPUT_LIMIT + 1000,
        "{}",
        actual.len()
    );
    assert!(
        actual.contains("KeyboardInterrupt: the check stopped your program after"),
        "{}",
        &actual[actual.len() - 500..]
    );
    // Where only the failure shows (tests, drawings, plots), it says so in words of its own,
    // the same as the console's.
    let tests = Check::Tests {
        code: "assert False, 'not reached'\n".into(),
        input: vec![],
    };
    let results = check("count = 10\nwhile count > 0:\n    print(count)\n", &[tests]);
    let Some(
        failure @ Failure::TooMuchOutput {
            limit: pyplay_checks::OUTPUT_LIMIT,
            line: 3,
        },
    ) = &results[0].failure
    else {
        panic!("{results:?}")
    };
    let text = failure.to_string();
    let (_, why) = text.split_once("KeyboardInterrupt: ").unwrap();
    assert!(
        actual.contains(why.trim_end_matches(" (line 3).")),
        "{text}"
    );
}

/// Held by each test that waits for Check's time limit, so that they run one at a time.
/// RustPython's "a signal is pending" flag is one per process: while another test's
/// interpreter spins in an endless loop on the other core, it takes the flag the watchdog of
/// this one raises nearly every time (6 suite runs of 9 on 2 cores: likely the watchdog thread
/// waking on this interpreter's core), and a 1-second limit waited for the other's 5 s. One
/// interpreter per process, as in `pyplay verify`, never meets this.
static TIME_LIMITED: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_time_limited_test_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    TIME_LIMITED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A lesson whose one exercise's reference solution never ends.
fn endless_solution(check_seconds: Option<u32>) -> pyplay_lessons::Lesson {
    let mut lesson: pyplay_lessons::Lesson = serde_json::from_value(serde_json::json!({
        "id": "forever",
        "title": "Forever",
        "exercises": [{
            "id": "loop",
            "title": "A loop",
            "text": "",
            "starter": "print(1)\n",
            "solution": "while True:\n    pass\n",
            "checks": [{"kind": "output", "expected": "1\n"}]
        }]
    }))
    .unwrap();
    lesson.exercises[0].check_seconds = check_seconds;
    lesson
}

#[test]
fn verify_reports_a_solution_that_never_ends_instead_of_hanging() {
    let _alone = one_time_limited_test_at_a_time();
    let lesson = endless_solution(None);
    let started = std::time::Instant::now();
    let verified =
        pyplay_checks::verify_lessons(&[("lessons/endless.toml".into(), &lesson)], &|path| {
            std::fs::read(path).map_err(|e| e.to_string())
        });
    assert!(
        started.elapsed().as_secs() < 25,
        "verify waited {:?}",
        started.elapsed()
    );
    assert_eq!(verified.problems.len(), 2, "{:?}", verified.problems);
    assert!(
        verified.problems[0].contains("does a loop never end"),
        "{:?}",
        verified.problems
    );
}

#[test]
fn an_exercise_can_give_check_more_or_less_time() {
    let _alone = one_time_limited_test_at_a_time();
    let lesson = endless_solution(Some(1));
    assert_eq!(lesson.exercises[0].check_seconds(), 1);
    let started = std::time::Instant::now();
    let verified =
        pyplay_checks::verify_lessons(&[("lessons/endless.toml".into(), &lesson)], &|path| {
            std::fs::read(path).map_err(|e| e.to_string())
        });
    let took = started.elapsed().as_secs_f64();
    assert!(
        (1.0..pyplay_lessons::CHECK_SECONDS as f64).contains(&took),
        "verify took {took} s"
    );
    assert!(
        verified.problems[0].contains("stopped after 1 seconds"),
        "{:?}",
        verified.problems
    );
}

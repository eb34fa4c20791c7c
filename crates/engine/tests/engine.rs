//! The engine as a program sees it: output, errors, input, clocks, modules, crashes.

mod common;

use common::{TestHost, run};
use pyplay_engine::{Engine, MAIN_FILE, Outcome, PythonError, Stream, TESTS_FILE};

#[test]
fn prints_to_stdout_as_it_is_written() {
    let (outcome, host) = run("print('a')\nprint('b', 2, sep='-')\n", &[]);
    assert_eq!(outcome, Outcome::Exited(0));
    assert_eq!(host.stdout(), "a\nb-2\n");
    // Each print reaches the host as its own writes, not one block at the end.
    assert!(host.writes.borrow().len() >= 2);
}

#[test]
fn stderr_is_separate() {
    let (_, host) = run(
        "import sys\nprint('oops', file=sys.stderr)\nprint('ok')\n",
        &[],
    );
    assert_eq!(host.stdout(), "ok\n");
    assert_eq!(host.stderr(), "oops\n");
}

#[test]
fn stdout_and_stderr_write_behave_like_files() {
    // sys.stdout.write is native (print calls it directly); it still acts like CPython's.
    let source = "import sys\nn = sys.stdout.write('héllo\\n')\nm = sys.stderr.write('e')\n\
                  print(n, m)\nsys.stdout.writelines(['a', 'b\\n'])\nsys.stdout.write(5)\n";
    let (outcome, host) = run(source, &[]);
    assert_eq!(host.stdout(), "héllo\n6 1\nab\n");
    assert!(host.stderr().starts_with('e'), "{}", host.stderr());
    match outcome {
        Outcome::Error(PythonError { kind, message, .. }) => {
            assert_eq!(kind, "TypeError");
            assert_eq!(message, "write() argument must be str, not int");
        }
        other => panic!("{other:?}"),
    }
}

/// The program's file name is one Rust constant (`pyplay_lessons::MAIN_FILE`, which the page
/// uses too); Python reads it, and the tests' file name, from `_pyplay`.
#[test]
fn python_takes_the_file_names_from_rust() {
    assert_eq!(MAIN_FILE, "main.py");
    let (outcome, host) = run(
        "import _pyplay, sys\nprint(_pyplay.MAIN_FILE, __file__, sys.argv[0], _pyplay.TESTS_FILE)\n",
        &[],
    );
    assert_eq!(outcome, Outcome::Exited(0));
    assert_eq!(
        host.stdout(),
        format!("{MAIN_FILE} {MAIN_FILE} {MAIN_FILE} {TESTS_FILE}\n")
    );
}

#[test]
fn a_traceback_names_the_file_line_and_source() {
    let (outcome, host) = run("def f(x):\n    return x + 'a'\n\nf(1)\n", &[]);
    assert_eq!(
        outcome,
        Outcome::Error(PythonError {
            kind: "TypeError".into(),
            message: "unsupported operand type(s) for +: 'int' and 'str'".into(),
            line: 2,
            explanation: Some(
                "Line 2 adds text and `x`, which is a number. Python can't add text and \
                 numbers: turn the number into text with str(x), or an f-string: f'{x}a'."
                    .into()
            ),
        })
    );
    let err = host.stderr();
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("  File \"main.py\", line 4, in <module>\n    f(1)\n"),
        "{err}"
    );
    assert!(
        err.contains("  File \"main.py\", line 2, in f\n    return x + 'a'\n"),
        "{err}"
    );
    assert!(
        err.ends_with("TypeError: unsupported operand type(s) for +: 'int' and 'str'\n"),
        "{err}"
    );
    assert!(
        !err.contains("_pyplay"),
        "our runner's frames leak into the traceback: {err}"
    );
}

#[test]
fn a_name_error_suggests_the_builtin() {
    let (outcome, host) = run("prnt('hi')\n", &[]);
    let Outcome::Error(error) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!((error.kind.as_str(), error.line), ("NameError", 1));
    assert!(
        host.stderr().contains("Did you mean: 'print'?"),
        "{}",
        host.stderr()
    );
}

#[test]
fn a_syntax_error_points_at_the_line() {
    let (outcome, host) = run("x = 1\nif x == 1\n    print(x)\n", &[]);
    let Outcome::Error(error) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!((error.kind.as_str(), error.line), ("SyntaxError", 2));
    let err = host.stderr();
    assert!(err.contains("File \"main.py\", line 2"), "{err}");
    assert!(err.contains("if x == 1"), "{err}");
    assert!(err.contains("SyntaxError:"), "{err}");
    assert!(
        !err.contains("Traceback"),
        "CPython shows no traceback for a SyntaxError: {err}"
    );
}

#[test]
fn exit_ends_quietly_with_its_status() {
    for (source, status, stderr) in [
        ("print('a')\nexit()\nprint('b')\n", 0, ""),
        ("import sys\nsys.exit(3)\n", 3, ""),
        ("raise SystemExit('bye')\n", 1, "bye\n"),
        ("quit(0)\n", 0, ""),
    ] {
        let (outcome, host) = run(source, &[]);
        assert_eq!(outcome, Outcome::Exited(status), "{source}");
        assert_eq!(host.stderr(), stderr, "{source}");
        assert!(
            !host.stdout().contains('b') || source.contains("bye"),
            "{source}"
        );
    }
}

#[test]
fn input_reads_lines_after_showing_the_prompt() {
    let (outcome, host) = run(
        "n = input('Name? ')\nprint('Hi', n)\nprint(int(input()) * 2)\n",
        &["Ada", "21"],
    );
    assert_eq!(outcome, Outcome::Exited(0));
    assert_eq!(host.stdout(), "Name? Hi Ada\n42\n");
    // The prompt was written before the line was read, so the user sees it while typing.
    assert_eq!(
        host.writes.borrow()[0],
        (Stream::Stdout, "Name? ".to_owned())
    );
}

#[test]
fn end_of_input_is_eof_error() {
    let (outcome, host) = run("a = input()\nb = input('more? ')\n", &["one"]);
    let Outcome::Error(error) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!((error.kind.as_str(), error.line), ("EOFError", 2));
    assert!(host.stderr().contains("EOFError"), "{}", host.stderr());
}

#[test]
fn sys_stdin_can_be_read_too() {
    let (_, host) = run(
        "import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\n",
        &["a", "b"],
    );
    assert_eq!(host.stdout(), "A\nB\n");
}

#[test]
fn input_that_cannot_work_here_says_why() {
    let host = std::rc::Rc::new(TestHost {
        input_unavailable: Some("no channel".into()),
        ..TestHost::default()
    });
    let outcome = Engine::new().run("input('x')\n", host.clone());
    let Outcome::Error(error) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(error.kind, "OSError");
    assert!(host.stderr().contains("no channel"));
}

#[test]
fn sleep_and_every_clock_go_through_the_host() {
    let source = "import time, datetime\n\
        t = time.perf_counter(); m = time.monotonic()\n\
        time.sleep(1.5)\n\
        print(time.perf_counter() - t, time.monotonic() - m)\n\
        print(int(time.time()), time.time_ns() // 10**9, time.monotonic_ns() >= 0)\n\
        print(datetime.datetime.now(datetime.timezone.utc).year, datetime.date.today().year)\n\
        print(time.gmtime().tm_year, time.strftime('%Y', time.gmtime()))\n";
    let (outcome, host) = run(source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    // The test host's clock starts at 2001-09-09 (10**9 s) and only moves when Python sleeps.
    assert_eq!(
        host.stdout(),
        "1.5 1.5\n1000000001 1000000001 True\n2001 2001\n2001 2001\n"
    );
    assert_eq!(*host.slept.borrow(), vec![1.5]);
}

#[test]
fn sleep_rejects_bad_lengths_like_cpython() {
    let (outcome, host) = run("import time\ntime.sleep(-1)\n", &[]);
    assert!(
        matches!(outcome, Outcome::Error(ref e) if e.kind == "ValueError"),
        "{outcome:?}"
    );
    assert!(host.stderr().contains("sleep length must be non-negative"));
}

#[test]
fn beginner_modules_import_and_work() {
    let source = "import math, random, string, collections, json, re, datetime, itertools, functools, textwrap, statistics, dataclasses, os\n\
        random.seed(4); r = random.randint(1, 6); print(1 <= r <= 6, random.choice('ab') in 'ab')\n\
        print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))\n\
        @dataclasses.dataclass\nclass P:\n    x: int\n    y: int = 0\n\
        print(P(1), json.dumps({'a': [1, 2]}), re.findall(r'\\d+', 'a1b22'))\n\
        print(collections.Counter('hello').most_common(1), math.gcd(12, 18), string.digits)\n\
        print(textwrap.fill('one two three', 7), list(itertools.permutations('ab')))\n\
        print(functools.reduce(lambda a, b: a * b, range(1, 6)), datetime.date(2024, 2, 29).isoformat())\n\
        print(os.getcwd(), os.path.join('a', 'b'), len(os.urandom(4)))\n";
    let (outcome, host) = run(source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(
        host.stdout(),
        "True True\n2.5 2\nP(x=1, y=0) {\"a\": [1, 2]} ['1', '22']\n[('l', 2)] 6 0123456789\n\
         one two\nthree [('a', 'b'), ('b', 'a')]\n120 2024-02-29\n/ a/b 4\n"
    );
}

#[test]
fn each_run_starts_with_a_fresh_namespace_on_the_same_interpreter() {
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    assert_eq!(
        engine.run("x = 5\nimport sys\nsys.stdout = None\n", host.clone()),
        Outcome::Exited(0)
    );
    let outcome = engine.run("print(x)\n", host.clone());
    assert!(
        matches!(outcome, Outcome::Error(ref e) if e.kind == "NameError"),
        "{outcome:?}"
    );
    // stdout was restored for the second run, so its traceback and output still reach the host.
    assert!(
        host.stderr().contains("NameError: name 'x' is not defined"),
        "{}",
        host.stderr()
    );
    assert_eq!(
        engine.run("print(__name__)\n", host.clone()),
        Outcome::Exited(0)
    );
    assert_eq!(host.stdout(), "__main__\n");
}

#[test]
fn a_panic_in_the_vm_is_an_internal_error_and_the_next_run_works() {
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(
        "import _pyplay\nprint('before')\n_pyplay._crash_for_testing()\n",
        host.clone(),
    );
    assert!(
        matches!(outcome, Outcome::InternalError(ref m) if m.contains("crash requested")),
        "{outcome:?}"
    );
    assert_eq!(host.stdout(), "before\n");
    assert_eq!(
        engine.run("print('after')\n", host.clone()),
        Outcome::Exited(0)
    );
    assert_eq!(host.stdout(), "before\nafter\n");
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let (outcome, _) = run("def f(n):\n    return f(n + 1)\nf(0)\n", &[]);
    assert!(
        matches!(outcome, Outcome::Error(ref e) if e.kind == "RecursionError"),
        "{outcome:?}"
    );
}

#[test]
fn tests_run_in_the_program_namespace() {
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    let program = "def add(a, b):\n    return a - b\n";
    let outcome = engine.run_with_tests(
        program,
        "assert add(2, 2) == 4, 'add(2, 2) should be 4'\n",
        host.clone(),
    );
    assert_eq!(
        outcome,
        Outcome::Error(PythonError {
            kind: "AssertionError".into(),
            message: "add(2, 2) should be 4".into(),
            line: 0,
            explanation: None,
        })
    );
    let outcome = engine.run_with_tests(
        "def add(a, b):\n    return a + b\nexit()\n",
        "assert add(2, 2) == 4\n",
        host.clone(),
    );
    assert_eq!(outcome, Outcome::Exited(0));
    // An error inside the learner's function points at the learner's line.
    let outcome = engine.run_with_tests(
        "def add(a, b):\n    return a + b\n",
        "add(1, 'x')\n",
        host.clone(),
    );
    assert!(
        matches!(outcome, Outcome::Error(ref e) if e.kind == "TypeError" && e.line == 2),
        "{outcome:?}"
    );
}

#[test]
fn constructs_lists_what_a_program_uses() {
    let mut engine = Engine::new();
    let found = engine
        .constructs("import random\nfor i in range(3):\n    if i:\n        print(f'{i}')\nwords = 'a b'.split()\n")
        .unwrap();
    let found: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(
        found,
        [
            "for",
            "if",
            "f-string",
            "call:print",
            "call:range",
            "method:split",
            "import:random"
        ]
    );
    let err = engine.constructs("for i in\n").unwrap_err();
    assert!(err.contains("SyntaxError"), "{err}");
}

#[test]
fn natively_a_time_limit_stops_a_loop_that_never_ends_and_the_next_run_is_fine() {
    let mut engine = Engine::new();
    engine.set_time_limit(0.5);
    let host = common::TestHost::with_input(&[]);
    let started = std::time::Instant::now();
    let outcome = engine.run("n = 0\nwhile True:\n    n = n + 1\n", host.clone());
    assert!(started.elapsed().as_secs_f64() < 5.0);
    match &outcome {
        Outcome::Error(e) => {
            assert_eq!(e.kind, "KeyboardInterrupt");
            assert!(e.message.contains("after 0.5 seconds"), "{}", e.message);
        }
        other => panic!("{other:?}"),
    }
    // A short run after it is not hit by the old watch.
    std::thread::sleep(std::time::Duration::from_millis(600));
    let host = common::TestHost::with_input(&[]);
    assert_eq!(
        engine.run("print('fine')\n", host.clone()),
        Outcome::Exited(0)
    );
    assert_eq!(host.stdout(), "fine\n");
}

thread_local! {
    static STEPS: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[test]
fn a_new_interpreter_marks_when_it_is_built() {
    // The browser's start-up breakdown (scripts/bench) tells RustPython's start from the
    // runner's import by this mark.
    pyplay_engine::set_startup_mark(|step| STEPS.with(|steps| steps.borrow_mut().push(step)));
    let mut engine = Engine::new();
    engine.warm_up().expect("Python starts");
    engine.warm_up().expect("still started");
    assert_eq!(
        STEPS.with(|steps| steps.borrow().clone()),
        [pyplay_engine::INTERPRETER_BUILT]
    );
}

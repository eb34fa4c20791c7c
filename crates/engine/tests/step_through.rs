//! Step-through (issue 18 item 2): the steps a program's run records with `sys.settrace` —
//! each line about to run, with the learner's frames and their variables, and the output so
//! far — while it runs as usual (input() asks the host, output is written as it comes).

mod common;

use common::TestHost;
use pyplay_engine::{Engine, Outcome};
use pyplay_steps::{Event, STEP_BUDGET, Trace};

fn step_through(source: &str, input: &[&str]) -> (Outcome, Trace, std::rc::Rc<TestHost>) {
    let host = TestHost::with_input(input);
    let mut engine = Engine::new();
    let (outcome, trace) = engine.step_through(source, host.clone(), STEP_BUDGET);
    (outcome, trace.expect("a recording"), host)
}

/// The variables of the innermost frame at step `i`, as `name=value` texts.
fn variables(trace: &Trace, i: usize) -> Vec<String> {
    let frame = trace.steps[i].frames.last().expect("a frame");
    frame
        .variables
        .iter()
        .map(|v| format!("{}={}", v.name, v.value.text()))
        .collect()
}

#[test]
fn each_line_is_a_step_with_the_variables_before_it_runs() {
    let (outcome, trace, host) = step_through(
        "total = 0\nfor i in range(3):\n    total = total + i\nprint(total)\n",
        &[],
    );
    assert_eq!(outcome, Outcome::Exited(0));
    assert_eq!(host.stdout(), "3\n", "the program ran as usual");
    let lines: Vec<u32> = trace.steps.iter().map(|s| s.line).collect();
    assert_eq!(lines, [1, 2, 3, 2, 3, 2, 3, 2, 4, 4]);
    assert!(trace.steps[..9].iter().all(|s| s.event == Event::Line));
    // The last step is the program's end, with everything it wrote.
    assert_eq!(trace.steps[9].event, Event::Return);
    assert_eq!(trace.output_before(9), "3\n");
    assert_eq!(variables(&trace, 0), Vec::<String>::new());
    assert_eq!(variables(&trace, 2), ["total=0", "i=0"]);
    assert_eq!(variables(&trace, 8), ["total=3", "i=2"]);
    assert_eq!(trace.output_before(8), "");
    assert_eq!(trace.output, "3\n");
    assert!(!trace.truncated);
}

#[test]
fn calls_show_every_frame_and_what_returns() {
    let source =
        "def double(n):\n    result = n * 2\n    return result\n\nx = double(21)\nprint(x)\n";
    let (_, trace, _) = step_through(source, &[]);
    let inside = trace
        .steps
        .iter()
        .position(|s| s.line == 3 && s.event == Event::Line)
        .unwrap();
    let frames = &trace.steps[inside].frames;
    let names: Vec<&str> = frames.iter().map(|f| f.function.as_str()).collect();
    assert_eq!(names, ["<module>", "double"]);
    assert_eq!(frames[0].line, 5, "the caller waits on its line");
    assert_eq!(variables(&trace, inside), ["n=21", "result=42"]);
    // Functions show by name, not as `<function double at 0x…>`.
    assert_eq!(frames[0].variables[0].value.text(), "function double");
    let returned = &trace.steps[inside + 1];
    assert_eq!(returned.event, Event::Return);
    assert_eq!(returned.value.as_ref().unwrap().text(), "42");
}

#[test]
fn lists_and_dicts_are_expanded() {
    let (_, trace, _) = step_through(
        "words = ['a', 'b']\ncounts = {'a': [1, 2], 'b': (3,)}\nempty = set()\npass\n",
        &[],
    );
    assert_eq!(
        variables(&trace, 3),
        [
            "words=['a', 'b']",
            "counts={'a': [1, 2], 'b': (3,)}",
            "empty=set()"
        ]
    );
}

#[test]
fn input_is_asked_as_usual_and_the_output_so_far_includes_what_was_typed() {
    let (outcome, trace, host) =
        step_through("name = input('Name? ')\nprint('Hi', name)\n", &["Ada"]);
    assert_eq!(outcome, Outcome::Exited(0));
    assert_eq!(host.stdout(), "Name? Hi Ada\n");
    assert_eq!(trace.output, "Name? Ada\nHi Ada\n");
    assert_eq!(trace.output_before(1), "Name? Ada\n");
    assert_eq!(variables(&trace, 1), ["name='Ada'"]);
}

#[test]
fn an_error_is_the_last_step_and_still_reported() {
    let (outcome, trace, _) = step_through("x = 1\ny = x / 0\n", &[]);
    assert!(matches!(&outcome, Outcome::Error(e) if e.kind == "ZeroDivisionError" && e.line == 2));
    let last = trace.steps.last().unwrap();
    assert_eq!((last.event, last.line), (Event::Exception, 2));
    assert_eq!(
        last.exception.as_deref(),
        Some("ZeroDivisionError: division by zero")
    );
}

#[test]
fn a_long_run_records_the_budget_then_runs_on_to_its_end() {
    let (outcome, trace, host) =
        step_through("n = 0\nwhile n < 100_000:\n    n += 1\nprint(n)\n", &[]);
    assert_eq!(outcome, Outcome::Exited(0));
    assert_eq!(host.stdout(), "100000\n");
    assert!(trace.truncated);
    assert_eq!(trace.steps.len(), STEP_BUDGET as usize);
    // What it prints after the budget is not kept: a long printing loop can't pile it up.
    let (outcome, trace, host) = step_through("for n in range(5_000):\n    print(n)\n", &[]);
    assert_eq!(outcome, Outcome::Exited(0));
    assert!(
        host.stdout().ends_with("4999\n"),
        "the program printed everything"
    );
    assert!(trace.truncated);
    let last = trace.steps.last().unwrap().output;
    assert!(
        trace.output.len() <= last + 10,
        "{} bytes kept",
        trace.output.len()
    );
    // Also when the budget ends inside a function.
    let (outcome, trace, _) = step_through(
        "def f():\n    for i in range(2000):\n        pass\n    return 1\nprint(f())\n",
        &[],
    );
    assert_eq!(outcome, Outcome::Exited(0));
    assert!(trace.truncated);
}

#[test]
fn a_plain_run_after_a_step_through_is_not_traced() {
    let host = TestHost::with_input(&[]);
    let mut engine = Engine::new();
    let (_, trace) = engine.step_through("print(1)\n", host.clone(), STEP_BUDGET);
    assert_eq!(trace.unwrap().steps.len(), 2, "the line and the end");
    // print goes straight to the host again, and input() reads as before.
    let again = TestHost::with_input(&["x"]);
    let outcome = engine.run(
        "import sys\nprint(sys.gettrace(), input())\n",
        again.clone(),
    );
    assert_eq!(outcome, Outcome::Exited(0));
    assert_eq!(again.stdout(), "None x\n");
}

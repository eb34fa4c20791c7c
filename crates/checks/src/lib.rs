//! Checking a learner's program against an exercise's [`Check`]s, with the same engine that runs
//! it in the browser. Each check gives a [`CheckResult`] a beginner can act on: what was
//! expected against what the program printed, an assertion's message, or the missing construct.
//! What pyplay says in it is typed ([`CheckTitle`], [`Failure`]): the page words it in the
//! learner's language, `pyplay verify` in English (their `Display`).
//! Used by the worker (Check button) and natively to verify every lesson's solution.

mod verify;

pub use verify::{Verified, verify_lessons};

use pyplay_engine::{Engine, Host, Outcome, Stream};
use pyplay_lessons::{Check, Compare};
pub use pyplay_lessons::{CheckResult, CheckTitle, Failure};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// A host that plays the learner: types the case's lines, records the console as they would
/// see it (prompts, typed lines, output, errors), makes `time.sleep` instant and `random`
/// repeatable.
struct ScriptedHost {
    input: RefCell<VecDeque<String>>,
    console: RefCell<String>,
    clock: Cell<f64>,
    stopped: Cell<bool>,
    /// What the program drew, and how many times it handed over its drawing (frames).
    scene: RefCell<pyplay_drawing::Scene>,
    frames: Cell<u32>,
}

/// A checked program that prints more than this is stopped (a loop that never ends).
pub const OUTPUT_LIMIT: usize = 100_000;
/// A checked program is stopped after drawing this many frames (a minute at 60 a second), so
/// an animation that never ends (ColorWall's effects) still gets checked: on the frame it
/// reached, the same for the learner's program and the reference.
pub const FRAME_LIMIT: u32 = 3_600;
/// Each frame a checked program draws moves its clock on by one frame, so an animation that
/// runs "for 5 seconds" by the clock, without sleeping, ends.
const FRAME_SECONDS: f64 = 1.0 / 60.0;

impl ScriptedHost {
    fn new(input: &[String]) -> Rc<Self> {
        Rc::new(Self {
            input: RefCell::new(input.iter().cloned().collect()),
            console: RefCell::new(String::new()),
            clock: Cell::new(1_700_000_000.0),
            stopped: Cell::new(false),
            scene: RefCell::new(pyplay_drawing::Scene::new()),
            frames: Cell::new(0),
        })
    }
}

/// Each reading of a checked program's clock moves it on by this much, so a loop that only
/// watches the clock ("for 5 seconds", drawing nothing and never sleeping) still ends.
const CLOCK_TICK: f64 = 0.001;

impl ScriptedHost {
    fn tick(&self) -> f64 {
        let now = self.clock.get() + CLOCK_TICK;
        self.clock.set(now);
        now
    }
}

impl Host for ScriptedHost {
    fn write(&self, _stream: Stream, text: &str) {
        let mut console = self.console.borrow_mut();
        // Past the limit, only the traceback of the stop is still recorded.
        if console.len() < OUTPUT_LIMIT || (self.stopped.get() && console.len() < 2 * OUTPUT_LIMIT)
        {
            console.push_str(text);
        }
    }

    /// The same words as [`Failure::TooManyFrames`] and [`Failure::TooMuchOutput`] in English,
    /// which a failure shows in place of the KeyboardInterrupt (the console keeps these).
    fn stop_reason(&self) -> Option<String> {
        if self.stopped.get() {
            return None;
        }
        if self.frames.get() > FRAME_LIMIT {
            self.stopped.set(true);
            return Some(format!(
                "the check stopped your animation after {FRAME_LIMIT} frames (a minute of it)"
            ));
        }
        if self.console.borrow().len() < OUTPUT_LIMIT {
            return None;
        }
        self.stopped.set(true);
        self.console.borrow_mut().push_str("\n[…]\n");
        Some(format!(
            "the check stopped your program after {OUTPUT_LIMIT} characters of output. Does a loop never end?"
        ))
    }

    fn draw(&self, ops: Vec<pyplay_drawing::Op>) {
        self.scene.borrow_mut().apply_all(&ops);
        self.frames.set(self.frames.get() + 1);
        self.clock.set(self.clock.get() + FRAME_SECONDS);
    }

    fn checking(&self) -> bool {
        true
    }

    fn read_line(&self) -> Result<Option<String>, String> {
        let line = self.input.borrow_mut().pop_front();
        if let Some(line) = &line {
            let mut console = self.console.borrow_mut();
            console.push_str(line);
            console.push('\n');
        }
        Ok(line)
    }

    fn sleep(&self, seconds: f64) {
        self.clock.set(self.clock.get() + seconds);
    }

    fn time(&self) -> f64 {
        self.tick()
    }

    fn monotonic(&self) -> f64 {
        self.tick() - 1_700_000_000.0
    }

    fn random_seed(&self) -> Option<u64> {
        Some(RANDOM_SEED)
    }
}

/// Checks seed `random` with this, so a program that picks random questions asks the same ones
/// in every check (and a lesson's expected output can be written down).
pub const RANDOM_SEED: u64 = 2026;

/// Whether `actual` output matches `expected` under `compare`.
pub fn output_matches(expected: &str, actual: &str, compare: Compare) -> bool {
    match compare {
        Compare::Exact => expected == actual,
        Compare::Lines => {
            let lines = |text: &str| {
                let mut lines: Vec<String> =
                    text.lines().map(|l| l.trim_end().to_owned()).collect();
                while lines.last().is_some_and(|l| l.is_empty()) {
                    lines.pop();
                }
                lines
            };
            lines(expected) == lines(actual)
        }
        Compare::Whitespace => {
            let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
            words(expected) == words(actual)
        }
    }
}

/// How a program run by `host` failed, if it did: stopped by the check (its KeyboardInterrupt
/// says why), an error in the program, Python's words for an error outside it (an assertion of
/// a `tests` check), or pyplay's own problem.
fn failure_of(outcome: &Outcome, host: &ScriptedHost) -> Option<Failure> {
    match outcome {
        Outcome::Exited(_) => None,
        Outcome::Error(e) if host.stopped.get() && e.kind == "KeyboardInterrupt" => {
            Some(if host.frames.get() > FRAME_LIMIT {
                Failure::TooManyFrames {
                    limit: FRAME_LIMIT,
                    line: e.line,
                }
            } else {
                Failure::TooMuchOutput {
                    limit: OUTPUT_LIMIT,
                    line: e.line,
                }
            })
        }
        Outcome::Error(e) if e.line > 0 => Some(Failure::Error {
            error: e.kind.clone(),
            message: e.message.clone(),
            line: e.line,
        }),
        Outcome::Error(e) => Some(Failure::Message {
            text: format!("{}: {}", e.kind, e.message),
        }),
        Outcome::InternalError(message) => Some(Failure::Internal {
            message: message.clone(),
        }),
    }
}

fn output_result(
    engine: &mut Engine,
    source: &str,
    input: &[String],
    expected: &str,
    compare: Compare,
) -> CheckResult {
    let title = if input.is_empty() {
        CheckTitle::Output
    } else {
        CheckTitle::WithInput {
            input: input.to_vec(),
        }
    };
    let host = ScriptedHost::new(input);
    // A traceback is part of the console, so an error shows in the diff; and an exercise about
    // reading errors can expect one.
    engine.run(source, host.clone());
    let actual = host.console.borrow().clone();
    let passed = output_matches(expected, &actual, compare);
    let failure = (!passed).then(|| Failure::Output {
        input: input.to_vec(),
        expected: expected.to_owned(),
        actual,
    });
    CheckResult {
        passed,
        title,
        failure,
    }
}

/// Runs `source` and the reference `solution` and compares what they drew.
fn drawing_result(engine: &mut Engine, source: &str, solution: &str) -> CheckResult {
    let draw = |engine: &mut Engine, program: &str| {
        let host = ScriptedHost::new(&[]);
        let outcome = engine.run(program, host.clone());
        // Stopped after the last frame it may draw: what it drew is what counts.
        let stopped = host.stopped.get() && host.frames.get() > FRAME_LIMIT;
        let error = (!stopped).then(|| failure_of(&outcome, &host)).flatten();
        (host.scene.take(), error)
    };
    let (expected, _) = draw(engine, solution);
    let (actual, error) = draw(engine, source);
    let failure = error.or_else(|| {
        // pyplay-drawing's words (English for now).
        pyplay_drawing::compare(&expected, &actual)
            .err()
            .map(|text| Failure::Message { text })
    });
    CheckResult {
        passed: failure.is_none(),
        title: CheckTitle::Drawing,
        failure,
    }
}

/// Compares what `source` plots with what `solution` plots (matplotlib.pyplot's figures, read
/// by `matplotlib._check` after each run): the first difference, in a beginner's words, is the
/// failure.
fn plot_result(engine: &mut Engine, source: &str, solution: &str) -> CheckResult {
    const MARKER: &str = "\u{0}pyplay-plot:";
    let host = ScriptedHost::new(&[]);
    engine.run_with_tests(
        solution,
        "import matplotlib._check\nmatplotlib._check.print_summary()\n",
        host.clone(),
    );
    let expected = host.console.borrow().clone();
    let failure = match expected.rsplit_once(MARKER) {
        None => Some(Failure::NoPlotSummary),
        Some((_, summary)) => {
            let code = format!(
                "import matplotlib._check\nmatplotlib._check.compare({:?})\n",
                summary.trim_end()
            );
            let host = ScriptedHost::new(&[]);
            match engine.run_with_tests(source, &code, host.clone()) {
                // matplotlib._check's words, as they are (English for now).
                Outcome::Error(e) if e.kind == "PlotMismatch" => {
                    Some(Failure::Message { text: e.message })
                }
                outcome => failure_of(&outcome, &host),
            }
        }
    };
    CheckResult {
        passed: failure.is_none(),
        title: CheckTitle::Plot,
        failure,
    }
}

/// Runs every check against `source`; one result per check (an `Io` check gives one per case).
pub fn run_checks(engine: &mut Engine, source: &str, checks: &[Check]) -> Vec<CheckResult> {
    run_checks_while(engine, source, checks, || true)
}

/// [`run_checks`], stopping before the next check (or case) once `go_on` says no: the page
/// interrupted the check (its time limit), so the rest would only run into the same endless
/// loop. The results so far are returned.
pub fn run_checks_while(
    engine: &mut Engine,
    source: &str,
    checks: &[Check],
    go_on: impl Fn() -> bool,
) -> Vec<CheckResult> {
    let mut results = Vec::new();
    for check in checks {
        if !go_on() {
            break;
        }
        match check {
            Check::Output { expected, compare } => {
                results.push(output_result(engine, source, &[], expected, *compare));
            }
            Check::Io { cases, compare } => {
                for case in cases {
                    if !go_on() {
                        break;
                    }
                    results.push(output_result(
                        engine,
                        source,
                        &case.input,
                        &case.expected,
                        *compare,
                    ));
                }
            }
            Check::Tests { code, input } => {
                let host = ScriptedHost::new(input);
                let outcome = engine.run_with_tests(source, code, host.clone());
                let failure = failure_of(&outcome, &host);
                results.push(CheckResult {
                    passed: failure.is_none(),
                    title: CheckTitle::Tests,
                    failure,
                });
            }
            Check::Drawing { solution } => results.push(drawing_result(engine, source, solution)),
            Check::Plot { solution } => results.push(plot_result(engine, source, solution)),
            Check::Uses { construct, message } => {
                let failure = match engine.constructs(source) {
                    Ok(found) if found.contains(construct) => None,
                    // The organizer's words.
                    Ok(_) => Some(Failure::Message {
                        text: message.clone(),
                    }),
                    Err(err) => Some(Failure::Unreadable {
                        message: err.lines().last().unwrap_or("").to_owned(),
                    }),
                };
                results.push(CheckResult {
                    passed: failure.is_none(),
                    title: CheckTitle::Uses {
                        construct: construct.clone(),
                    },
                    failure,
                });
            }
        }
    }
    results
}

/// True when every result passed (and there was at least one).
pub fn all_passed(results: &[CheckResult]) -> bool {
    !results.is_empty() && results.iter().all(|r| r.passed)
}

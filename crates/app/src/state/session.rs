//! The run session as one reducer: every change is a named [`Action`], so this enum is the list
//! of what can happen to a run (loading → ready → running → waiting for input → …).

use super::Selection;
use super::output::{Output, SegmentKind};
use crate::lessons::FileError;
use pyplay_i18n::{Arg, Language, Words};
use pyplay_lessons::{Check, CheckResult};
use pyplay_protocol::embed::{RunKind, RunStatus};
use pyplay_protocol::{Outcome, Stream};
use std::rc::Rc;
use yew::Reducible;

/// The English catalog, made once: a session speaks English until the page says otherwise
/// ([`Action::Words`]).
fn english() -> Rc<Words> {
    thread_local! {
        static ENGLISH: Rc<Words> = Rc::new(Words::new(Language::English));
    }
    ENGLISH.with(Rc::clone)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The interpreter is downloading or starting (first load, or after Stop).
    Starting,
    Ready,
    Running,
    /// The program is blocked in input(); `seq` identifies the line the worker waits for.
    AwaitingInput {
        seq: u32,
    },
    /// Python could not start; `Session::notice` says why.
    Failed,
}

/// Why Python can't start, for the page to say in the learner's language; the detail is the
/// browser's (or server's) own words, kept as they are (e.g. `pyplay-worker_bg.wasm: HTTP 404`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartFailure {
    /// The interpreter could not be downloaded (or compiled): the connection, or the server.
    Download(String),
    /// Its worker could not be made, or the worker's script failed to load or start.
    Worker(String),
    /// It crashed before it was ready, several times in a row (the last crash's words).
    KeepsCrashing(String),
}

impl Phase {
    pub fn is_running(self) -> bool {
        matches!(self, Phase::Running | Phase::AwaitingInput { .. })
    }
}

/// What the learner asked Python to do with the editor's code.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    Run,
    /// Run, answering input() with these lines first (a help request's, as the learner typed
    /// them), then asking as usual.
    Replay(Vec<String>),
    /// Run while recording its steps, then step through them.
    StepThrough,
    Check {
        checks: Vec<Check>,
        exercise: Selection,
        /// How long it may run (`Exercise::check_seconds`).
        seconds: u32,
    },
    /// A line typed at the `>>>` console.
    Console(String),
}

/// A job asked for while Python was still starting (an embed starts Python only when it is
/// first seen or used): it starts as soon as Python is ready, on the code it was asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct Queued {
    pub job: Job,
    pub code: String,
    /// The lesson's data files (paths under lessons/) the program may open.
    pub files: Vec<String>,
}

/// How the last run, check or console statement ended (what an embedding page is told, and
/// what marks an exercise done).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunEnd {
    pub run_id: u32,
    pub kind: RunKind,
    pub status: RunStatus,
    /// The exception's type, when `status` is `Error`.
    pub error: Option<String>,
    /// A check whose every result passed: the exercise it checked.
    pub passed: Option<Selection>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub phase: Phase,
    /// The current (or last) run; messages about other runs are stale.
    pub run_id: u32,
    /// What the current run is.
    pub kind: RunKind,
    pub output: Rc<Output>,
    /// Why Python can't start, shown above the output.
    pub notice: Option<StartFailure>,
    /// Line of the last error in the user's program, for pointing at it.
    pub error_line: Option<u32>,
    /// Results of the last Check (None after a Run).
    pub checks: Option<Rc<Vec<CheckResult>>>,
    /// The exercise the last Check was about: its results belong to it, even if the learner
    /// opened another exercise while it ran.
    pub checked: Option<Selection>,
    /// Lines of a console statement that needs more (a block, an open bracket): the console
    /// shows `...` while this is not empty.
    pub console_lines: Vec<String>,
    /// How the last run ended.
    pub ended: Option<RunEnd>,
    /// Run, Check or a console line asked for before Python was ready.
    pub queued: Option<Rc<Queued>>,
    /// The current check ran past its time limit: the results it sends, cut short by the
    /// interrupt, are not shown (the time-limit note is).
    pub timed_out: bool,
    /// The lines typed for input() in this run, in order (a help request carries them).
    pub inputs: Vec<String>,
    /// Lines still to be answered for the learner (a replayed run): the next input() gets the
    /// first at once.
    pub replay: Vec<String>,
    /// The error the last run ended with, as its traceback's last line.
    pub error_text: Option<String>,
    /// A step-through: the run being recorded, or its steps and the one shown.
    pub stepping: Option<Rc<Stepping>>,
    /// The page's words: pyplay's notes in the output are written in its language.
    pub words: Rc<Words>,
}

/// A step-through of one program: recorded while it runs, then moved through.
#[derive(Clone, Debug, PartialEq)]
pub struct Stepping {
    /// The code it recorded (the editor may have changed since).
    pub code: String,
    /// None while the run is being recorded; then its steps, or why there are none.
    pub trace: Option<Result<Rc<pyplay_steps::Trace>, String>>,
    /// The step shown.
    pub at: usize,
}

impl Stepping {
    /// The recorded steps, once there are some.
    pub fn trace(&self) -> Option<&pyplay_steps::Trace> {
        match &self.trace {
            Some(Ok(trace)) if !trace.steps.is_empty() => Some(trace),
            _ => None,
        }
    }
}

/// Where to go in a step-through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepMove {
    First,
    Back,
    Next,
    Last,
    /// On to the next time this line is about to run (or stay, if it never is).
    ToLine(u32),
}

/// How many typed lines a run remembers (a help request keeps fewer).
const INPUTS_REMEMBERED: usize = 1_000;

impl Default for Session {
    fn default() -> Self {
        Self {
            phase: Phase::Starting,
            run_id: 0,
            kind: RunKind::Run,
            output: Rc::default(),
            notice: None,
            error_line: None,
            checks: None,
            checked: None,
            console_lines: Vec::new(),
            ended: None,
            queued: None,
            timed_out: false,
            inputs: Vec::new(),
            replay: Vec::new(),
            error_text: None,
            stepping: None,
            words: english(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Python is up (first start, or a new worker after Stop or a crash).
    WorkerReady,
    /// Run, Check or a console line was asked for while Python is starting: it waits for
    /// Python (the last one asked for wins).
    Queued(Queued),
    /// Run was pressed: the output starts afresh; `replay` answers the first input() calls.
    RunStarted { run_id: u32, replay: Vec<String> },
    /// "Step through" was pressed: `code` runs as for Run while its steps are recorded.
    StepThroughStarted { run_id: u32, code: String },
    /// The steps of the step-through run (or why none could be recorded).
    StepsRecorded {
        run_id: u32,
        trace: Result<pyplay_steps::Trace, String>,
    },
    /// The learner moves through the recorded steps.
    Step(StepMove),
    /// The learner closes the step-through.
    StepsClosed,
    /// Check was pressed: the program runs with scripted input, output not shown.
    CheckStarted { run_id: u32, exercise: Selection },
    /// A line was entered at the console (sent with the lines before it, if the statement
    /// needed more); output so far stays.
    ConsoleStarted { run_id: u32, line: String },
    /// The program wrote text.
    Output {
        run_id: u32,
        stream: Stream,
        text: String,
    },
    /// The program called input() and waits for line `seq`.
    InputRequested { run_id: u32, seq: u32 },
    /// The learner typed a line for input(), or ended input (None, Ctrl+D).
    InputAnswered { line: Option<String> },
    /// The console statement needs another line.
    ConsoleMore { run_id: u32 },
    /// The program (or console statement) ended.
    Finished { run_id: u32, outcome: Outcome },
    /// The check's results.
    Checked {
        run_id: u32,
        results: Vec<CheckResult>,
    },
    /// A check ran longer than its time limit (a loop that never ends and prints nothing):
    /// pyplay interrupts it (its cut-short results follow, or Stopped if it did not end).
    CheckTimedOut { run_id: u32, seconds: u32 },
    /// The learner pressed Stop: the worker is being replaced.
    Stopped,
    /// The worker broke (panic); it is being replaced.
    Crashed { message: String },
    /// The program used more memory than a worker may; Python was restarted.
    OutOfMemory { limit_mb: u32 },
    /// Python can't start at all (download failed, browser too old).
    Failed { why: StartFailure },
    /// A lesson data file the program may open (`file`, its name) could not be had: the
    /// program runs without it, and a note says so.
    FileMissing { file: String, error: FileError },
    /// The page's language changed (or was chosen at start): notes from now on are in it.
    Words(Rc<Words>),
}

impl Session {
    /// What a help request says of the last run: the lines typed for input(), the end of the
    /// output as the learner saw it, and the error.
    pub fn help_request(
        &self,
        code: &str,
        exercise: Option<crate::page::ExerciseRef>,
    ) -> crate::page::HelpRequest {
        crate::page::HelpRequest {
            exercise,
            code: code.to_owned(),
            inputs: self.inputs.clone(),
            output: self.output.tail(pyplay_share::help::OUTPUT_KEPT),
            error: self.error_text.clone(),
            question: String::new(),
        }
    }

    /// The next line to answer input() with for the learner (a replayed run), if the program
    /// waits for one.
    pub fn replay_next(&self) -> Option<(u32, String)> {
        match self.phase {
            Phase::AwaitingInput { seq } => self.replay.first().map(|line| (seq, line.clone())),
            _ => None,
        }
    }

    fn is_current(&self, run_id: u32) -> bool {
        run_id == self.run_id && self.phase.is_running()
    }

    fn output(&mut self) -> &mut Output {
        Rc::make_mut(&mut self.output)
    }

    /// Message `id` of the page's words.
    fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.words.text_with(id, args)
    }

    /// A note of pyplay's own in the output, in the page's language: message `id`.
    fn note(&mut self, id: &str, args: &[(&str, Arg)]) {
        let text = self.say(id, args);
        self.output().note(&text);
    }

    /// What the learner reads when Python itself broke (not their program).
    fn internal_problem(&mut self, message: String) {
        self.note("note-internal-problem", &[("why", message.into())]);
    }

    /// A new run: fresh output, nothing from the last one (the words stay).
    fn started(&self, run_id: u32, kind: RunKind) -> Self {
        Session {
            phase: Phase::Running,
            run_id,
            kind,
            words: self.words.clone(),
            ..Session::default()
        }
    }

    fn end(&mut self, status: RunStatus, error: Option<String>, passed: Option<Selection>) {
        self.ended = Some(RunEnd {
            run_id: self.run_id,
            kind: self.kind,
            status,
            error,
            passed,
        });
    }

    /// The running program is gone (Stop, crash): say so.
    fn interrupted(&mut self) {
        if self.phase.is_running() {
            self.end(RunStatus::Stopped, None, None);
        }
        self.console_lines.clear();
        self.phase = Phase::Starting;
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::Words(words) = &action
            && self.words == *words
        {
            return self;
        }
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::WorkerReady => {
                if next.phase == Phase::Starting {
                    next.phase = Phase::Ready;
                    next.notice = None;
                }
            }
            Action::Queued(queued) => {
                if next.phase == Phase::Starting {
                    next.queued = Some(Rc::new(queued));
                }
            }
            Action::RunStarted { run_id, replay } => {
                next = Session {
                    replay,
                    ..next.started(run_id, RunKind::Run)
                }
            }
            Action::StepThroughStarted { run_id, code } => {
                next = Session {
                    stepping: Some(Rc::new(Stepping {
                        code,
                        trace: None,
                        at: 0,
                    })),
                    ..next.started(run_id, RunKind::Run)
                }
            }
            Action::StepsRecorded { run_id, trace } => {
                if run_id == next.run_id
                    && let Some(stepping) = &mut next.stepping
                {
                    Rc::make_mut(stepping).trace = Some(trace.map(Rc::new));
                }
            }
            Action::Step(step) => {
                if let Some(stepping) = &mut next.stepping
                    && let Some(trace) = stepping.trace()
                {
                    let (at, last) = (stepping.at, trace.steps.len() - 1);
                    let to = match step {
                        StepMove::First => 0,
                        StepMove::Back => at.saturating_sub(1),
                        StepMove::Next => (at + 1).min(last),
                        StepMove::Last => last,
                        StepMove::ToLine(line) => trace.next_on_line(at, line).unwrap_or(at),
                    };
                    Rc::make_mut(stepping).at = to;
                }
            }
            Action::StepsClosed => next.stepping = None,
            Action::CheckStarted { run_id, exercise } => {
                next = Session {
                    checked: Some(exercise),
                    ..next.started(run_id, RunKind::Check)
                };
                next.note("note-checking", &[]);
            }
            Action::ConsoleStarted { run_id, line } => {
                let prompt = if next.console_lines.is_empty() {
                    ">>> "
                } else {
                    "... "
                };
                next.output()
                    .push(SegmentKind::Console, &format!("{prompt}{line}\n"));
                next.console_lines.push(line);
                next.queued = None;
                next.phase = Phase::Running;
                next.run_id = run_id;
                next.kind = RunKind::Console;
                next.checks = None;
            }
            Action::Output {
                run_id,
                stream,
                text,
            } if next.is_current(run_id) => {
                let kind = match stream {
                    Stream::Stdout => SegmentKind::Stdout,
                    Stream::Stderr => SegmentKind::Stderr,
                };
                next.output().push(kind, &text);
            }
            Action::InputRequested { run_id, seq } if next.is_current(run_id) => {
                next.phase = Phase::AwaitingInput { seq };
            }
            Action::InputAnswered { line } => {
                if let Phase::AwaitingInput { .. } = next.phase {
                    next.phase = Phase::Running;
                    if !next.replay.is_empty() {
                        next.replay.remove(0);
                    }
                    if let Some(line) = &line
                        && next.inputs.len() < INPUTS_REMEMBERED
                    {
                        next.inputs.push(line.clone());
                    }
                    let echo = match line {
                        Some(line) => format!("{line}\n"),
                        // End of input types nothing; just finish a prompt's line.
                        None if !next.output.ends_line() => "\n".into(),
                        None => String::new(),
                    };
                    next.output().push(SegmentKind::Input, &echo);
                }
            }
            Action::ConsoleMore { run_id } if next.is_current(run_id) => {
                next.phase = Phase::Ready;
            }
            Action::Finished { run_id, outcome } if next.is_current(run_id) => {
                next.phase = Phase::Ready;
                next.console_lines.clear();
                let mut error = None;
                match outcome {
                    Outcome::Exited { code: 0 } => {}
                    Outcome::Exited { code } => {
                        next.note("note-exited", &[("status", Arg::Number(f64::from(code)))])
                    }
                    Outcome::Error { error: python } => {
                        next.error_line = (python.line > 0).then_some(python.line);
                        next.error_text = Some(if python.message.is_empty() {
                            python.kind.clone()
                        } else {
                            format!("{}: {}", python.kind, python.message)
                        });
                        if let Some(explanation) = &python.explanation {
                            next.output().push(
                                SegmentKind::Explanation,
                                &format!("{}\n", explanation.trim_end()),
                            );
                        }
                        error = Some(python.kind);
                    }
                    Outcome::Internal { message } => next.internal_problem(message),
                }
                let status = match error {
                    Some(_) => RunStatus::Error,
                    None => RunStatus::Ok,
                };
                next.end(status, error, None);
            }
            Action::Checked { run_id, .. } if next.is_current(run_id) && next.timed_out => {
                next.phase = Phase::Ready;
                next.end(RunStatus::Stopped, None, None);
            }
            Action::Checked { run_id, results } if next.is_current(run_id) => {
                next.phase = Phase::Ready;
                let passed = !results.is_empty() && results.iter().all(|c| c.passed);
                next.checks = Some(Rc::new(results));
                // Only the "Checking…" note was there; the results say it all now.
                next.output = Rc::default();
                let exercise = next.checked.clone().filter(|_| passed);
                next.end(RunStatus::Ok, None, exercise);
            }
            Action::Stopped => {
                if next.phase.is_running() {
                    next.note("note-stopped", &[]);
                }
                // Like IDLE's RESTART line: the console's variables went with the old Python.
                next.note("note-restart", &[]);
                next.interrupted();
            }
            Action::Crashed { message } => {
                next.internal_problem(message);
                next.interrupted();
            }
            Action::OutOfMemory { limit_mb } => {
                let limit = || [("limit", Arg::from(limit_mb))];
                let error = next.say("note-memory-error", &limit());
                let explanation = next.say("note-memory-explanation", &limit());
                let output = next.output();
                if !output.ends_line() {
                    output.push(SegmentKind::Stdout, "\n");
                }
                output.push(SegmentKind::Stderr, &format!("MemoryError: {error}\n"));
                output.push(SegmentKind::Explanation, &format!("{explanation}\n"));
                next.note("note-restart", &[]);
                next.interrupted();
            }
            Action::FileMissing { file, error } => {
                let (id, why) = match error {
                    FileError::NotLoaded(why) => ("note-file-not-loaded", why),
                    FileError::Unreadable(why) => ("note-file-unreadable", why),
                };
                next.note(id, &[("file", file.into()), ("why", why.into())]);
            }
            Action::CheckTimedOut { run_id, seconds } => {
                if next.run_id == run_id && next.kind == RunKind::Check && next.phase.is_running() {
                    next.timed_out = true;
                    next.note("note-check-timed-out", &[("seconds", seconds.into())]);
                }
            }
            Action::Words(words) => next.words = words,
            Action::Failed { why } => {
                next.phase = Phase::Failed;
                next.queued = None;
                next.notice = Some(why);
            }
            // Messages from a run that was stopped or replaced.
            Action::Output { .. }
            | Action::InputRequested { .. }
            | Action::Finished { .. }
            | Action::ConsoleMore { .. }
            | Action::Checked { .. } => {}
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyplay_lessons::CheckTitle;
    use pyplay_protocol::PythonError;

    fn after(actions: impl IntoIterator<Item = Action>) -> Rc<Session> {
        actions
            .into_iter()
            .fold(Rc::new(Session::default()), |session, action| {
                session.reduce(action)
            })
    }

    /// Said after Stop, which replaces Python: what was defined before is gone.
    fn restart_note() -> String {
        english().text("note-restart")
    }

    #[test]
    fn notes_are_in_the_pages_language() {
        let spanish = Rc::new(Words::new(Language::Spanish));
        let s = after([
            Action::Words(spanish.clone()),
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            Action::Stopped,
        ]);
        assert_eq!(s.words, spanish, "a run keeps the words");
        let text = s.output.text();
        assert!(text.starts_with(&spanish.text("note-stopped")), "{text}");
        assert!(!text.contains("Program stopped"), "{text}");
        assert!(text.contains(&spanish.text("note-restart")), "{text}");
        // The same language again changes nothing.
        let again = s
            .clone()
            .reduce(Action::Words(Rc::new(Words::new(Language::Spanish))));
        assert!(Rc::ptr_eq(&s, &again));
    }

    fn out(run_id: u32, text: &str) -> Action {
        Action::Output {
            run_id,
            stream: Stream::Stdout,
            text: text.into(),
        }
    }

    fn exercise() -> Selection {
        ("loops".into(), "range".into())
    }

    #[test]
    fn a_run_shows_its_output_and_ends_ok() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            out(1, "hi\n"),
            Action::Finished {
                run_id: 1,
                outcome: Outcome::Exited { code: 0 },
            },
        ]);
        assert_eq!(s.phase, Phase::Ready);
        assert_eq!(s.output.text(), "hi\n");
        let end = s.ended.clone().unwrap();
        assert_eq!(
            (end.run_id, end.kind, end.status),
            (1, RunKind::Run, RunStatus::Ok)
        );
    }

    #[test]
    fn stale_messages_from_a_stopped_run_are_ignored() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            Action::Stopped,
            out(1, "late\n"),
            Action::Finished {
                run_id: 1,
                outcome: Outcome::Exited { code: 0 },
            },
            Action::WorkerReady,
        ]);
        assert_eq!(s.phase, Phase::Ready);
        assert!(!s.output.text().contains("late"));
        assert!(s.output.text().contains("Program stopped.\n"));
        assert!(s.output.text().contains(&restart_note()));
        assert_eq!(s.ended.as_ref().unwrap().status, RunStatus::Stopped);
    }

    #[test]
    fn a_check_that_runs_too_long_says_so_then_stops() {
        let session = after([
            Action::WorkerReady,
            Action::CheckStarted {
                run_id: 1,
                exercise: exercise(),
            },
            Action::CheckTimedOut {
                run_id: 1,
                seconds: 10,
            },
            Action::Stopped,
        ]);
        let text = session.output.text();
        assert!(
            text.contains("stopped your program after 10 seconds"),
            "{text}"
        );
        assert!(text.contains("loop never end"), "{text}");
        assert_eq!(
            session.ended.as_ref().map(|e| e.status),
            Some(RunStatus::Stopped)
        );
        // Too late (the check finished): nothing to say.
        let session = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 2,
                replay: vec![],
            },
            Action::CheckTimedOut {
                run_id: 1,
                seconds: 10,
            },
        ]);
        assert!(!session.output.text().contains("check stopped"));
    }

    /// Check 1 ran past its 5 seconds and, interrupted, sent `results`.
    fn timed_out_check(results: Vec<CheckResult>) -> [Action; 4] {
        [
            Action::WorkerReady,
            Action::CheckStarted {
                run_id: 1,
                exercise: exercise(),
            },
            Action::CheckTimedOut {
                run_id: 1,
                seconds: 5,
            },
            Action::Checked { run_id: 1, results },
        ]
    }

    #[test]
    fn an_interrupted_check_shows_its_time_limit_not_its_cut_short_results() {
        let session = after(timed_out_check(vec![CheckResult {
            passed: false,
            title: CheckTitle::Output,
            failure: None,
        }]));
        assert_eq!(session.phase, Phase::Ready, "Python is kept");
        assert!(session.checks.is_none());
        let text = session.output.text();
        assert!(
            text.contains("stopped your program after 5 seconds"),
            "{text}"
        );
        assert!(!text.contains(&restart_note()), "{text}");
        let ended = session.ended.clone().unwrap();
        assert_eq!((ended.status, ended.passed), (RunStatus::Stopped, None));
        // The next check shows its results again.
        let next = [
            Action::CheckStarted {
                run_id: 2,
                exercise: exercise(),
            },
            Action::Checked {
                run_id: 2,
                results: vec![],
            },
        ];
        let session = after(timed_out_check(vec![]).into_iter().chain(next));
        assert!(session.checks.is_some());
    }

    #[test]
    fn stop_while_idle_only_restarts() {
        let s = after([Action::WorkerReady, Action::Stopped]);
        assert_eq!(s.phase, Phase::Starting);
        assert!(!s.output.text().contains("Program stopped."));
        assert_eq!(s.ended, None);
    }

    #[test]
    fn input_is_echoed_and_end_of_input_finishes_the_prompt_line() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            out(1, "Name? "),
            Action::InputRequested { run_id: 1, seq: 1 },
        ]);
        assert_eq!(s.phase, Phase::AwaitingInput { seq: 1 });
        let typed = s.clone().reduce(Action::InputAnswered {
            line: Some("Ada".into()),
        });
        assert_eq!(typed.output.text(), "Name? Ada\n");
        assert_eq!(typed.phase, Phase::Running);
        let eof = s.reduce(Action::InputAnswered { line: None });
        assert_eq!(eof.output.text(), "Name? \n");
    }

    #[test]
    fn a_run_remembers_what_was_typed_and_its_error_for_a_help_request() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            out(1, "Name? "),
            Action::InputRequested { run_id: 1, seq: 1 },
            Action::InputAnswered {
                line: Some("Ada".into()),
            },
            Action::Finished {
                run_id: 1,
                outcome: Outcome::Error {
                    error: PythonError {
                        kind: "NameError".into(),
                        message: "name 'nme' is not defined".into(),
                        line: 2,
                        explanation: None,
                    },
                },
            },
        ]);
        let request = s.help_request("print(nme)\n", None);
        assert_eq!(request.inputs, ["Ada"]);
        assert_eq!(request.output, "Name? Ada\n");
        assert_eq!(
            request.error.as_deref(),
            Some("NameError: name 'nme' is not defined")
        );
        // The next run starts afresh.
        let again = s.reduce(Action::RunStarted {
            run_id: 2,
            replay: vec![],
        });
        assert!(again.inputs.is_empty() && again.error_text.is_none());
    }

    #[test]
    fn a_replayed_run_answers_input_with_the_recorded_lines_then_asks() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec!["Ada".into(), "36".into()],
            },
        ]);
        assert_eq!(s.replay_next(), None, "nothing asked yet");
        let s = s.reduce(Action::InputRequested { run_id: 1, seq: 1 });
        assert_eq!(s.replay_next(), Some((1, "Ada".into())));
        let s = s
            .reduce(Action::InputAnswered {
                line: Some("Ada".into()),
            })
            .reduce(Action::InputRequested { run_id: 1, seq: 2 });
        assert_eq!(s.replay_next(), Some((2, "36".into())));
        let s = s
            .reduce(Action::InputAnswered {
                line: Some("36".into()),
            })
            .reduce(Action::InputRequested { run_id: 1, seq: 3 });
        assert_eq!(s.replay_next(), None, "then the learner is asked");
        assert_eq!(s.inputs, ["Ada", "36"]);
    }

    fn recorded(lines: &[u32]) -> pyplay_steps::Trace {
        pyplay_steps::Trace {
            steps: lines
                .iter()
                .map(|&line| pyplay_steps::Step {
                    line,
                    event: pyplay_steps::Event::Line,
                    frames: Vec::new(),
                    output: 0,
                    value: None,
                    exception: None,
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_step_through_records_then_moves_through_its_steps() {
        let s = after([
            Action::WorkerReady,
            Action::StepThroughStarted {
                run_id: 1,
                code: "code".into(),
            },
            out(1, "x\n"),
        ]);
        let stepping = s.stepping.clone().unwrap();
        assert!(stepping.trace.is_none() && stepping.code == "code");
        assert_eq!(s.output.text(), "x\n", "the run shows its output as usual");
        let s = s.reduce(Action::StepsRecorded {
            run_id: 1,
            trace: Ok(recorded(&[1, 2, 3, 2, 3, 4])),
        });
        let at = |s: &Rc<Session>| s.stepping.as_ref().unwrap().at;
        assert_eq!(at(&s), 0);
        let s = s.reduce(Action::Step(StepMove::Back));
        assert_eq!(at(&s), 0, "nothing before the first step");
        let s = s.reduce(Action::Step(StepMove::ToLine(3)));
        assert_eq!(at(&s), 2);
        let s = s.reduce(Action::Step(StepMove::ToLine(3)));
        assert_eq!(at(&s), 4);
        let s = s.reduce(Action::Step(StepMove::ToLine(3)));
        assert_eq!(at(&s), 4, "line 3 never runs again: stay");
        let s = s.reduce(Action::Step(StepMove::Next));
        assert_eq!(at(&s), 5);
        let s = s.reduce(Action::Step(StepMove::Next));
        assert_eq!(at(&s), 5, "nothing after the last step");
        let s = s.reduce(Action::Step(StepMove::Back));
        assert_eq!(at(&s), 4);
        assert_eq!(at(&s.clone().reduce(Action::Step(StepMove::First))), 0);
        assert_eq!(at(&s.clone().reduce(Action::Step(StepMove::Last))), 5);
        assert!(s.reduce(Action::StepsClosed).stepping.is_none());
    }

    #[test]
    fn a_run_ends_a_step_through() {
        let s = after([
            Action::WorkerReady,
            Action::StepThroughStarted {
                run_id: 1,
                code: "code".into(),
            },
            Action::StepsRecorded {
                run_id: 1,
                trace: Err("broken".into()),
            },
            Action::Finished {
                run_id: 1,
                outcome: Outcome::Exited { code: 0 },
            },
        ]);
        let stepping = s.stepping.clone().unwrap();
        assert!(stepping.trace().is_none());
        let s = s.reduce(Action::Step(StepMove::Next));
        assert_eq!(s.stepping.as_ref().unwrap().at, 0);
        let s = s.reduce(Action::RunStarted {
            run_id: 2,
            replay: vec![],
        });
        assert!(s.stepping.is_none());
    }

    #[test]
    fn an_error_points_at_its_line_and_explains_itself() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            Action::Finished {
                run_id: 1,
                outcome: Outcome::Error {
                    error: PythonError {
                        kind: "NameError".into(),
                        message: "name 'x' is not defined".into(),
                        line: 3,
                        explanation: Some("`x` has no value yet.".into()),
                    },
                },
            },
        ]);
        assert_eq!(s.error_line, Some(3));
        assert_eq!(s.output.text(), "`x` has no value yet.\n");
        let end = s.ended.clone().unwrap();
        assert_eq!(end.status, RunStatus::Error);
        assert_eq!(end.error.as_deref(), Some("NameError"));
    }

    #[test]
    fn a_passing_check_names_the_exercise_it_checked() {
        let pass = CheckResult {
            passed: true,
            title: CheckTitle::Output,
            failure: None,
        };
        let s = after([
            Action::WorkerReady,
            Action::CheckStarted {
                run_id: 1,
                exercise: exercise(),
            },
            Action::Checked {
                run_id: 1,
                results: vec![pass.clone()],
            },
        ]);
        assert_eq!(s.output.text(), "");
        assert_eq!(s.checks.as_deref(), Some(&vec![pass.clone()]));
        assert_eq!(s.ended.clone().unwrap().passed, Some(exercise()));
        let failing = after([
            Action::WorkerReady,
            Action::CheckStarted {
                run_id: 1,
                exercise: exercise(),
            },
            Action::Checked {
                run_id: 1,
                results: vec![
                    pass,
                    CheckResult {
                        passed: false,
                        title: CheckTitle::Tests,
                        failure: None,
                    },
                ],
            },
        ]);
        assert_eq!(failing.ended.clone().unwrap().passed, None);
    }

    #[test]
    fn the_console_continues_a_block_and_keeps_earlier_output() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            out(1, "from the program\n"),
            Action::Finished {
                run_id: 1,
                outcome: Outcome::Exited { code: 0 },
            },
            Action::ConsoleStarted {
                run_id: 2,
                line: "for i in range(2):".into(),
            },
            Action::ConsoleMore { run_id: 2 },
            Action::ConsoleStarted {
                run_id: 3,
                line: "    print(i)".into(),
            },
        ]);
        assert_eq!(s.console_lines, ["for i in range(2):", "    print(i)"]);
        assert_eq!(
            s.output.text(),
            "from the program\n>>> for i in range(2):\n...     print(i)\n"
        );
        assert_eq!(s.kind, RunKind::Console);
    }

    #[test]
    fn a_crash_while_running_counts_as_stopped_and_says_the_code_is_safe() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            Action::Crashed {
                message: "boom".into(),
            },
        ]);
        assert_eq!(s.phase, Phase::Starting);
        assert!(s.output.text().contains("Your code is safe"));
        assert_eq!(s.ended.clone().unwrap().status, RunStatus::Stopped);
    }

    #[test]
    fn running_out_of_memory_is_a_memory_error_in_plain_words() {
        let s = after([
            Action::WorkerReady,
            Action::RunStarted {
                run_id: 1,
                replay: vec![],
            },
            Action::Output {
                run_id: 1,
                stream: Stream::Stdout,
                text: "growing".into(),
            },
            Action::OutOfMemory { limit_mb: 512 },
        ]);
        assert_eq!(s.phase, Phase::Starting);
        let text = s.output.text();
        assert!(
            text.starts_with("growing\nMemoryError: the program used more than 512 MB of memory\n"),
            "{text}"
        );
        assert!(text.contains("Does a loop keep adding"), "{text}");
        assert!(text.ends_with(&format!("{}\n", restart_note())), "{text}");
        assert!(!text.contains("internal problem"), "{text}");
        assert_eq!(s.ended.clone().unwrap().status, RunStatus::Stopped);
    }

    #[test]
    fn failing_to_start_is_a_notice() {
        let why = StartFailure::Download("no network".into());
        let s = after([Action::Failed { why: why.clone() }]);
        assert_eq!(s.phase, Phase::Failed);
        assert_eq!(s.notice, Some(why));
    }

    #[test]
    fn a_data_file_that_did_not_load_is_a_note_in_the_pages_language() {
        let missing = || Action::FileMissing {
            file: "scores.csv".into(),
            error: FileError::NotLoaded("HTTP 404 Not Found".into()),
        };
        let running = || {
            [
                Action::WorkerReady,
                Action::RunStarted {
                    run_id: 1,
                    replay: vec![],
                },
            ]
        };
        let s = after(running().into_iter().chain([missing()]));
        assert_eq!(
            s.output.text(),
            "The data file scores.csv could not be loaded (HTTP 404 Not Found). The program runs \
             without it.\n"
        );
        let spanish = Action::Words(Rc::new(Words::new(Language::Spanish)));
        let s = after([spanish].into_iter().chain(running()).chain([missing()]));
        let text = s.output.text();
        assert!(
            text.contains("scores.csv") && text.contains("HTTP 404"),
            "{text}"
        );
        assert!(!text.contains("could not be loaded"), "{text}");
    }

    #[test]
    fn a_run_asked_for_while_python_starts_waits_for_it() {
        let queued = Queued {
            job: Job::Run,
            code: "print(1)".into(),
            files: Vec::new(),
        };
        let s = after([Action::Queued(queued.clone())]);
        assert_eq!(s.phase, Phase::Starting);
        assert_eq!(s.queued.as_deref(), Some(&queued));
        // Ready keeps it (the hook starts it then); starting it clears it.
        let s = s.reduce(Action::WorkerReady);
        assert_eq!(
            (s.phase, s.queued.as_deref()),
            (Phase::Ready, Some(&queued))
        );
        let s = s.reduce(Action::RunStarted {
            run_id: 1,
            replay: vec![],
        });
        assert_eq!((s.phase, s.queued.clone()), (Phase::Running, None));
        // Only while starting: otherwise the page starts jobs itself.
        let s = s.reduce(Action::Queued(queued.clone()));
        assert_eq!(s.queued, None);
        // Python that can't start forgets it.
        let s = after([
            Action::Queued(queued),
            Action::Failed {
                why: StartFailure::Download("no network".into()),
            },
        ]);
        assert_eq!((s.phase, s.queued.clone()), (Phase::Failed, None));
    }
}

//! The page's run state as one reducer: every change is a named [`Action`], so this enum is the
//! list of what can happen to a run (loading → ready → running → waiting for input → …).

use pyplay_lessons::CheckResult;
use pyplay_protocol::{Outcome, Stream};
use std::rc::Rc;
use yew::Reducible;

/// Which exercise is open: lesson id and exercise id.
pub type Selection = (String, String);

/// Older output is dropped past this many characters, so a runaway print loop can't make the
/// page sluggish.
pub const OUTPUT_LIMIT: usize = 200_000;

/// Said after Stop, which replaces Python: what was defined before is gone.
pub const RESTART_NOTE: &str = "=== RESTART: Python restarted; variables from before are gone ===";

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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    Stdout,
    Stderr,
    /// A line the user typed for input().
    Input,
    /// pyplay's own notes ("Program stopped.").
    Note,
    /// A line typed at the `>>>` console, with its prompt.
    Console,
    /// A plain-language explanation of the error above it.
    Explanation,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub phase: Phase,
    pub run_id: u32,
    pub output: Vec<Segment>,
    /// Characters dropped from the start of the output.
    pub dropped: usize,
    /// A message about Python itself (not the program), shown above the output.
    pub notice: Option<String>,
    /// Line of the last error in the user's program, for pointing at it.
    pub error_line: Option<u32>,
    /// Results of the last Check (None after a Run).
    pub checks: Option<Vec<CheckResult>>,
    /// The exercise the last Check was about: its results belong to it, even if the learner
    /// opened another exercise while it ran.
    pub checked: Option<Selection>,
    /// Lines of a console statement that needs more (a block, an open bracket): the console
    /// shows `...` while this is not empty.
    pub console_lines: Vec<String>,
    /// How the last run or console statement ended (for an embedding page).
    pub outcome: Option<Outcome>,
    /// The last run was stopped (Stop, or Python crashed) rather than finishing. Kept apart from
    /// the phase: with a warm spare worker Python is ready again before the page re-renders.
    pub stopped: bool,
}

impl Default for Session {
    fn default() -> Self {
        Self {
            phase: Phase::Starting,
            run_id: 0,
            output: Vec::new(),
            dropped: 0,
            notice: None,
            error_line: None,
            checks: None,
            checked: None,
            console_lines: Vec::new(),
            outcome: None,
            stopped: false,
        }
    }
}

pub enum Action {
    WorkerReady,
    RunStarted {
        run_id: u32,
    },
    /// The program is being checked (runs with scripted input, output not shown).
    CheckStarted {
        run_id: u32,
        exercise: Selection,
    },
    Checked {
        run_id: u32,
        results: Vec<CheckResult>,
    },
    Output {
        run_id: u32,
        stream: Stream,
        text: String,
    },
    InputRequested {
        run_id: u32,
        seq: u32,
    },
    InputAnswered {
        line: Option<String>,
    },
    Finished {
        run_id: u32,
        outcome: Outcome,
    },
    /// A line was entered at the console (sent with the lines before it, if the statement
    /// needed more); output so far stays.
    ConsoleStarted {
        run_id: u32,
        line: String,
    },
    /// The console statement needs another line.
    ConsoleMore {
        run_id: u32,
    },
    /// The user pressed Stop: the worker is being replaced.
    Stopped,
    /// The worker broke (panic); it is being replaced.
    Crashed {
        message: String,
    },
    /// Python can't start at all (download failed, browser too old).
    Failed {
        message: String,
    },
    /// A note from pyplay about the current run (e.g. a data file that did not load).
    Note {
        text: String,
    },
}

impl Session {
    fn push(&mut self, kind: SegmentKind, text: &str) {
        match self.output.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => self.output.push(Segment {
                kind,
                text: text.to_owned(),
            }),
        }
        let total: usize = self.output.iter().map(|s| s.text.len()).sum();
        if total > OUTPUT_LIMIT {
            self.trim(total - OUTPUT_LIMIT);
        }
    }

    fn trim(&mut self, mut excess: usize) {
        self.dropped += excess;
        while excess > 0 && !self.output.is_empty() {
            let first = &mut self.output[0];
            if first.text.len() <= excess {
                excess -= first.text.len();
                self.output.remove(0);
            } else {
                let mut cut = excess;
                while !first.text.is_char_boundary(cut) {
                    cut += 1;
                }
                first.text.drain(..cut);
                excess = 0;
            }
        }
    }

    fn note(&mut self, text: &str) {
        let needs_newline = self.output.last().is_some_and(|s| !s.text.ends_with('\n'));
        if needs_newline {
            self.push(SegmentKind::Note, "\n");
        }
        self.push(SegmentKind::Note, text);
        self.push(SegmentKind::Note, "\n");
    }

    fn is_current(&self, run_id: u32) -> bool {
        run_id == self.run_id && matches!(self.phase, Phase::Running | Phase::AwaitingInput { .. })
    }
}

/// What the learner reads when Python itself broke (not their program).
fn internal_problem(message: &str) -> String {
    format!(
        "pyplay had an internal problem and restarted Python ({message}). Your code is safe; run it again."
    )
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::WorkerReady => {
                if next.phase == Phase::Starting {
                    next.phase = Phase::Ready;
                    next.notice = None;
                }
            }
            Action::RunStarted { run_id } => {
                next = Session {
                    phase: Phase::Running,
                    run_id,
                    ..Session::default()
                };
            }
            Action::CheckStarted { run_id, exercise } => {
                next = Session {
                    phase: Phase::Running,
                    run_id,
                    checked: Some(exercise),
                    ..Session::default()
                };
                next.note("Checking your program…");
            }
            Action::Checked { run_id, results } if next.is_current(run_id) => {
                next.phase = Phase::Ready;
                next.checks = Some(results);
                // Only the "Checking…" note was there; the results say it all now.
                next.output.clear();
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
                next.push(kind, &text);
            }
            Action::InputRequested { run_id, seq } if next.is_current(run_id) => {
                next.phase = Phase::AwaitingInput { seq };
            }
            Action::InputAnswered { line } => {
                if let Phase::AwaitingInput { .. } = next.phase {
                    next.phase = Phase::Running;
                    let echo = match line {
                        Some(line) => format!("{line}\n"),
                        // End of input types nothing; just finish a prompt's line.
                        None if next.output.last().is_some_and(|s| !s.text.ends_with('\n')) => {
                            "\n".into()
                        }
                        None => String::new(),
                    };
                    if !echo.is_empty() {
                        next.push(SegmentKind::Input, &echo);
                    }
                }
            }
            Action::ConsoleStarted { run_id, line } => {
                let prompt = if next.console_lines.is_empty() {
                    ">>> "
                } else {
                    "... "
                };
                next.push(SegmentKind::Console, &format!("{prompt}{line}\n"));
                next.console_lines.push(line);
                next.outcome = None;
                next.stopped = false;
                next.phase = Phase::Running;
                next.run_id = run_id;
                next.checks = None;
            }
            Action::ConsoleMore { run_id } if next.is_current(run_id) => {
                next.phase = Phase::Ready;
            }
            Action::Finished { run_id, outcome } if next.is_current(run_id) => {
                next.phase = Phase::Ready;
                next.console_lines.clear();
                next.outcome = Some(outcome.clone());
                match outcome {
                    Outcome::Exited { code: 0 } => {}
                    Outcome::Exited { code } => {
                        next.note(&format!("Program exited with status {code}."))
                    }
                    Outcome::Error { error } => {
                        next.error_line = (error.line > 0).then_some(error.line);
                        if let Some(explanation) = error.explanation {
                            next.push(
                                SegmentKind::Explanation,
                                &format!("{}\n", explanation.trim_end()),
                            );
                        }
                    }
                    Outcome::Internal { message } => next.note(&internal_problem(&message)),
                }
            }
            Action::Stopped => {
                if matches!(next.phase, Phase::Running | Phase::AwaitingInput { .. }) {
                    next.note("Program stopped.");
                    next.stopped = true;
                }
                // Like IDLE's RESTART line: the console's variables went with the old Python.
                next.note(RESTART_NOTE);
                next.console_lines.clear();
                next.phase = Phase::Starting;
            }
            Action::Crashed { message } => {
                next.stopped |= matches!(next.phase, Phase::Running | Phase::AwaitingInput { .. });
                next.note(&internal_problem(&message));
                next.phase = Phase::Starting;
            }
            Action::Note { text } => next.note(&text),
            Action::Failed { message } => {
                next.phase = Phase::Failed;
                next.notice = Some(message);
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

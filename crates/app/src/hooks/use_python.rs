//! Python for the page: the run session (a reducer) and the workers behind it. Starting a job
//! sends the lesson's data files first (fetched once per page), then the job. A job asked for
//! while Python starts waits for it (`Action::Queued`): an embed starts Python only when it is
//! first seen or used.

use crate::drawing::Board;
use crate::lessons::fetch_file;
use crate::python::{Python, PythonEvent, Spare};
pub use crate::state::session::Job;
use crate::state::session::{Action, Phase, Queued, Session};
use pyplay_i18n::Language;
use pyplay_lessons::file_name;
use pyplay_protocol::{FromWorker, ToWorker};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Data files fetched once per page, by path under lessons/.
type FileCache = Rc<RefCell<HashMap<String, Rc<Vec<u8>>>>>;

/// How long an interrupted program (Ctrl+C, Check's time limit) has to end before its worker is
/// replaced as by Stop: it may have caught the KeyboardInterrupt, or be inside one long
/// operation (`10**10**8`) where the interpreter never polls.
const INTERRUPT_GRACE_MS: u32 = 1_000;

/// A timer for one run, dropped if that run ends first: Check's time limit, and the grace an
/// interrupted program gets.
#[derive(Clone, Default)]
struct Deadline(Rc<RefCell<Option<(u32, gloo_timers::callback::Timeout)>>>);

impl PartialEq for Deadline {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deadline {
    /// In `ms` milliseconds `then` runs, unless run `run_id` ended before ([`Deadline::ended`]).
    fn set(&self, run_id: u32, ms: u32, then: impl FnOnce() + 'static) {
        let this = self.clone();
        let timer = gloo_timers::callback::Timeout::new(ms, move || {
            // Dropping this timer from inside its own callback is fine (wasm-bindgen defers it).
            let due = this
                .0
                .borrow_mut()
                .take_if(|(id, _)| *id == run_id)
                .is_some();
            if due {
                then();
            }
        });
        *self.0.borrow_mut() = Some((run_id, timer));
    }

    /// Whether a timer for run `run_id` is waiting.
    fn pending(&self, run_id: u32) -> bool {
        self.0
            .borrow()
            .as_ref()
            .is_some_and(|(id, _)| *id == run_id)
    }

    /// The run ended (or Python was replaced): its timer is dropped.
    fn ended(&self) {
        self.0.borrow_mut().take();
    }
}

#[derive(Clone, PartialEq)]
pub struct PythonHandle {
    pub session: UseReducerHandle<Session>,
    /// Check's time limit for the check running now.
    limit: Deadline,
    /// The grace an interrupted program has before its worker is replaced.
    grace: Deadline,
    /// What the program draws; a Run clears it.
    pub board: Board,
    python: Python,
    files: FileCache,
}

/// The session action for what Python said (None: nothing the page shows).
fn action_for(event: PythonEvent) -> Option<Action> {
    Some(match event {
        PythonEvent::Failed(why) => Action::Failed { why },
        PythonEvent::Stopped => Action::Stopped,
        PythonEvent::Message(message) => match message {
            FromWorker::Ready { .. } => Action::WorkerReady,
            FromWorker::Output {
                run_id,
                stream,
                text,
            } => Action::Output {
                run_id,
                stream,
                text,
            },
            FromWorker::InputRequest { run_id, seq } => Action::InputRequested { run_id, seq },
            FromWorker::InputReceived { .. }
            | FromWorker::Draw { .. }
            | FromWorker::EventsWanted { .. } => return None,
            FromWorker::Finished { run_id, outcome } => Action::Finished { run_id, outcome },
            FromWorker::Steps { run_id, trace } => Action::StepsRecorded { run_id, trace },
            FromWorker::ConsoleMore { run_id } => Action::ConsoleMore { run_id },
            FromWorker::Checked { run_id, results } => Action::Checked { run_id, results },
            FromWorker::Crashed { message } => Action::Crashed { message },
            FromWorker::OutOfMemory { limit_mb } => Action::OutOfMemory { limit_mb },
        },
    })
}

impl PythonHandle {
    /// Starts `job` on `code`, after giving Python the data files (paths under lessons/) it may
    /// open. While Python starts, the job waits for it (and Python is started if it was not
    /// yet wanted); nothing while a job runs or when Python failed.
    pub fn start(&self, job: Job, code: &str, files: Vec<String>) {
        if self.session.phase == Phase::Starting {
            self.session.dispatch(Action::Queued(Queued {
                job,
                code: code.to_owned(),
                files,
            }));
            self.python.want();
            return;
        }
        if self.session.phase != Phase::Ready {
            return;
        }
        let run_id = self.session.run_id + 1;
        let source = code.to_owned();
        let time_limit = match &job {
            Job::Check { seconds, .. } => Some(*seconds),
            _ => None,
        };
        let (message, action) = match job {
            Job::Run => (
                ToWorker::Run { run_id, source },
                Action::RunStarted {
                    run_id,
                    replay: Vec::new(),
                },
            ),
            Job::StepThrough => (
                ToWorker::StepThrough { run_id, source },
                Action::StepThroughStarted {
                    run_id,
                    code: code.to_owned(),
                },
            ),
            Job::Replay(replay) => (
                ToWorker::Run { run_id, source },
                Action::RunStarted { run_id, replay },
            ),
            Job::Check {
                checks, exercise, ..
            } => (
                ToWorker::Check {
                    run_id,
                    source,
                    checks,
                },
                Action::CheckStarted { run_id, exercise },
            ),
            Job::Console(line) => {
                let mut lines = self.session.console_lines.clone();
                lines.push(line.clone());
                let source = lines.join("\n");
                (
                    ToWorker::Console { run_id, source },
                    Action::ConsoleStarted { run_id, line },
                )
            }
        };
        if matches!(
            action,
            Action::RunStarted { .. } | Action::StepThroughStarted { .. }
        ) {
            self.board.clear(run_id);
        }
        // A check still running after its exercise's time (`Exercise::check_seconds`) is
        // interrupted, with a message that says why.
        if let Some(seconds) = time_limit {
            let (this, dispatcher) = (self.clone(), self.session.dispatcher());
            self.limit.set(run_id, seconds * 1000, move || {
                dispatcher.dispatch(Action::CheckTimedOut { run_id, seconds });
                this.interrupt_run(run_id);
            });
        }
        self.session.dispatch(action);
        let (python, cache) = (self.python.clone(), self.files.clone());
        let dispatcher = self.session.dispatcher();
        let generation = python.generation();
        wasm_bindgen_futures::spawn_local(async move {
            for path in files {
                let cached = cache.borrow().get(&path).cloned();
                let data = match cached {
                    Some(data) => data,
                    None => match fetch_file(&format!("lessons/{path}")).await {
                        Ok(data) => {
                            let data = Rc::new(data);
                            cache.borrow_mut().insert(path.clone(), data.clone());
                            data
                        }
                        Err(error) => {
                            let file = file_name(&path).to_owned();
                            dispatcher.dispatch(Action::FileMissing { file, error });
                            continue;
                        }
                    },
                };
                python.put_file(file_name(&path), &data);
            }
            // Stopped while the files loaded: the new worker is not ours to run on.
            if python.generation() == generation {
                python.send(&message);
            }
        });
    }

    /// Starts Python now if it waits to be wanted (the learner is using an embed that has not
    /// come into view, e.g. with the keyboard).
    pub fn want(&self) {
        self.python.want();
    }

    /// Stops whatever runs: the worker is replaced (its variables are gone).
    pub fn stop(&self) {
        self.python.restart();
    }

    /// Ctrl+C: stops the running program with a KeyboardInterrupt, keeping Python and the
    /// program's variables (where the input channel can carry it; elsewhere, and if the program
    /// has not ended a second later or on a second Ctrl+C, as [`PythonHandle::stop`]).
    pub fn interrupt(&self) {
        if self.session.phase.is_running() {
            self.interrupt_run(self.session.run_id);
        }
    }

    fn interrupt_run(&self, run_id: u32) {
        if !self.grace.pending(run_id) && self.python.interrupt(run_id) {
            let python = self.python.clone();
            self.grace
                .set(run_id, INTERRUPT_GRACE_MS, move || python.restart());
        } else {
            self.python.restart();
        }
    }

    /// Moves through a step-through's recorded steps.
    pub fn step(&self, step: crate::state::session::StepMove) {
        self.session.dispatch(Action::Step(step));
    }

    /// Closes the step-through.
    pub fn close_steps(&self) {
        self.session.dispatch(Action::StepsClosed);
    }

    /// A line typed for the program's input(), or end of input (None).
    pub fn answer(&self, line: Option<String>) {
        if let Phase::AwaitingInput { seq } = self.session.phase {
            self.session
                .dispatch(Action::InputAnswered { line: line.clone() });
            self.python.answer(seq, line);
        }
    }
}

/// `spare`: when the warm spare worker starts (an embed waits for its first job); `language`:
/// the learner's, for the explanations of errors.
#[hook]
pub fn use_python(spare: Spare, language: Language) -> PythonHandle {
    let session = use_reducer(Session::default);
    let board = use_memo((), |_| Board::default());
    let limit = (*use_memo((), |_| Deadline::default())).clone();
    let grace = (*use_memo((), |_| Deadline::default())).clone();
    let python = {
        let dispatcher = session.dispatcher();
        let board = (*board).clone();
        let (limit, grace) = (limit.clone(), grace.clone());
        use_memo((), move |_| {
            Python::start(
                Callback::from(move |event| {
                    if let Some(action) = action_for(event) {
                        // The run ended: its time limit and grace no longer apply.
                        if matches!(
                            action,
                            Action::Finished { .. }
                                | Action::ConsoleMore { .. }
                                | Action::Checked { .. }
                                | Action::Stopped
                                | Action::Crashed { .. }
                                | Action::OutOfMemory { .. }
                        ) {
                            limit.ended();
                            grace.ended();
                        }
                        dispatcher.dispatch(action);
                    }
                }),
                board,
                spare,
            )
        })
    };
    python.set_language(language.code());
    let files = use_mut_ref(HashMap::new);
    let handle = PythonHandle {
        session,
        limit,
        grace,
        board: (*board).clone(),
        python: (*python).clone(),
        files,
    };
    // A job that waited for Python starts once it is ready.
    {
        let handle = handle.clone();
        let waiting = (handle.session.phase == Phase::Ready)
            .then(|| handle.session.queued.clone())
            .flatten();
        use_effect_with(waiting, move |waiting| {
            if let Some(queued) = waiting {
                let Queued { job, code, files } = (**queued).clone();
                handle.start(job, &code, files);
            }
        });
    }
    // A replayed run (a help request's) is answered the recorded lines as input() asks.
    {
        let handle = handle.clone();
        let next = handle.session.replay_next();
        use_effect_with(next, move |next| {
            if let Some((_, line)) = next {
                handle.answer(Some(line.clone()));
            }
        });
    }
    handle
}

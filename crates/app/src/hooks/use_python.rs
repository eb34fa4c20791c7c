//! Python for the page: the run session (a reducer) and the workers behind it. Starting a job
//! sends the lesson's data files first (fetched once per page), then the job. A job asked for
//! while Python starts waits for it (`Action::Queued`): an embed starts Python only when it is
//! first seen or used.

use crate::drawing::Board;
use crate::lessons::fetch_file;
use crate::python::{Python, PythonEvent, Spare};
pub use crate::state::session::Job;
use crate::state::session::{Action, Phase, Queued, Session};
use pyplay_lessons::file_name;
use pyplay_protocol::{FromWorker, ToWorker};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Data files fetched once per page, by path under lessons/.
type FileCache = Rc<RefCell<HashMap<String, Rc<Vec<u8>>>>>;

/// The run id of the check running now (0: none), and the timer that limits it.
#[derive(Clone, Default)]
struct Checking(Rc<RefCell<(u32, Option<gloo_timers::callback::Timeout>)>>);

impl PartialEq for Checking {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, PartialEq)]
pub struct PythonHandle {
    pub session: UseReducerHandle<Session>,
    checking: Checking,
    /// What the program draws; a Run clears it.
    pub board: Board,
    python: Python,
    files: FileCache,
}

/// The session action for what Python said (None: nothing the page shows).
fn action_for(event: PythonEvent) -> Option<Action> {
    Some(match event {
        PythonEvent::Failed(message) => Action::Failed { message },
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
                Action::RunStarted { run_id },
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
        if matches!(action, Action::RunStarted { .. }) {
            self.board.clear(run_id);
        }
        // A check still running after its exercise's time (`Exercise::check_seconds`) is stopped,
        // with a message that says why (Check can't interrupt the program, so the worker is
        // replaced, as by Stop).
        if let Some(seconds) = time_limit {
            let (python, dispatcher) = (self.python.clone(), self.session.dispatcher());
            let checking = self.checking.clone();
            let timer = gloo_timers::callback::Timeout::new(seconds * 1000, move || {
                if checking.0.borrow().0 == run_id {
                    dispatcher.dispatch(Action::CheckTimedOut { run_id, seconds });
                    python.restart();
                }
            });
            *self.checking.0.borrow_mut() = (run_id, Some(timer));
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
                        Err(err) => {
                            let text = format!("{err}. The program runs without it.");
                            dispatcher.dispatch(Action::Note { text });
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

    /// A line typed for the program's input(), or end of input (None).
    pub fn answer(&self, line: Option<String>) {
        if let Phase::AwaitingInput { seq } = self.session.phase {
            self.session
                .dispatch(Action::InputAnswered { line: line.clone() });
            self.python.answer(seq, line);
        }
    }
}

/// `spare`: when the warm spare worker starts (an embed waits for its first job).
#[hook]
pub fn use_python(spare: Spare) -> PythonHandle {
    let session = use_reducer(Session::default);
    let board = use_memo((), |_| Board::default());
    let checking = (*use_memo((), |_| Checking::default())).clone();
    let python = {
        let dispatcher = session.dispatcher();
        let board = (*board).clone();
        let checking = checking.clone();
        use_memo((), move |_| {
            Python::start(
                Callback::from(move |event| {
                    if let Some(action) = action_for(event) {
                        if matches!(
                            action,
                            Action::Checked { .. }
                                | Action::Stopped
                                | Action::Crashed { .. }
                                | Action::OutOfMemory { .. }
                        ) {
                            *checking.0.borrow_mut() = (0, None);
                        }
                        dispatcher.dispatch(action);
                    }
                }),
                board,
                spare,
            )
        })
    };
    let files = use_mut_ref(HashMap::new);
    let handle = PythonHandle {
        session,
        checking,
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
    handle
}

//! The page's handle on Python, split by job:
//! - [`boot`]: the interpreter's compiled module and the input channel the page can offer;
//! - [`pool`]: the running worker and its warm spare (Stop, crashes, data files);
//! - [`channel`]: answering `input()` through that channel;
//! - here: the handle that owns them and hands the page output at most once a frame.
//!
//! See docs/ARCHITECTURE.md ("The page").

mod boot;
mod channel;
mod pool;

use crate::drawing::Board;
use crate::state::session::StartFailure;
pub use pool::Spare;
use pool::{Event, Pool, Signal};
use pyplay_protocol::{FromWorker, Stream, ToWorker};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen_futures::spawn_local;
use yew::Callback;

/// Output is handed to the page at most this often, however fast a program prints (25 renders
/// a second keep a print flood from starving clicks, yet feel instant).
const OUTPUT_FRAME_MS: u32 = 40;

/// What the page hears from Python.
pub enum PythonEvent {
    Message(FromWorker),
    /// The running worker was terminated on request ([`Python::restart`]); its output so far
    /// came before this, a replacement's Ready comes after.
    Stopped,
    /// Python can't start (download failed, browser can't run it): why, for the page to say.
    Failed(StartFailure),
}

struct Inner {
    on_event: Callback<PythonEvent>,
    /// Drawings go straight to the board (`crate::drawing`), which shows them once per
    /// animation frame, without waiting for (or forcing) the output frame; it also answers a
    /// program waiting for keys and clicks.
    board: Board,
    /// None until the interpreter is compiled and the channel chosen.
    pool: Option<Pool>,
    /// Output received but not yet handed to the page.
    pending_output: Vec<(u32, Stream, String)>,
    frame: Option<gloo_timers::callback::Timeout>,
    /// The learner's language: the worker hears it before its next job.
    language: &'static str,
}

/// Cheap to clone; all clones drive the same workers.
#[derive(Clone)]
pub struct Python {
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Python {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Python {
    /// Once Python is wanted ([`Python::want`]; at once in the app), takes the interpreter
    /// index.html started compiling (or starts it) and spawns a worker.
    pub fn start(on_event: Callback<PythonEvent>, board: Board, spare: Spare) -> Self {
        let python = Python {
            inner: Rc::new(RefCell::new(Inner {
                on_event,
                board,
                pool: None,
                pending_output: Vec::new(),
                frame: None,
                language: "en",
            })),
        };
        let weak = Rc::downgrade(&python.inner);
        spawn_local(async move {
            boot::wanted().await;
            // The service worker registers once the interpreter is downloaded: its precache
            // then revalidates the module from the HTTP cache instead of fetching it again.
            let module = boot::compile_module().await;
            let channel = boot::choose_channel().await;
            let Some(python) = weak.upgrade().map(|inner| Python { inner }) else {
                return;
            };
            let events = match module {
                Ok(module) => {
                    let on_signal = python.signal_handler();
                    let (pool, failed) = Pool::start(module, channel, spare, on_signal);
                    python.inner.borrow_mut().pool = Some(pool);
                    failed.into_iter().collect()
                }
                Err(why) => vec![Event::Failed(StartFailure::Download(why))],
            };
            python.deliver(events);
        });
        python
    }

    /// What the workers' handlers call: the pool handles it, then the page hears the result.
    fn signal_handler(&self) -> Rc<dyn Fn(u32, Signal)> {
        let weak: Weak<RefCell<Inner>> = Rc::downgrade(&self.inner);
        Rc::new(move |id, signal| {
            let Some(inner) = weak.upgrade() else { return };
            let events = match inner.borrow_mut().pool.as_mut() {
                Some(pool) => pool.received(id, signal),
                None => Vec::new(),
            };
            Python { inner }.deliver(events);
        })
    }

    fn with_pool<T>(&self, f: impl FnOnce(&mut Pool) -> T) -> Option<T> {
        self.inner.borrow_mut().pool.as_mut().map(f)
    }

    /// Hands events to the page: output once per frame, anything else at once, after the
    /// output before it.
    fn deliver(&self, events: Vec<Event>) {
        for event in events {
            match event {
                Event::Message(FromWorker::Output {
                    run_id,
                    stream,
                    text,
                }) => self.queue_output(run_id, stream, text),
                Event::Message(FromWorker::Draw { run_id, ops }) => {
                    let board = self.inner.borrow().board.clone();
                    board.receive(run_id, ops);
                }
                Event::Message(FromWorker::EventsWanted { seq, wait_ms, .. }) => {
                    // Answered on this worker's channel only: after Stop a new worker counts
                    // its lines from 1 again.
                    let (this, generation) = (self.clone(), self.generation());
                    let answer = Callback::from(move |(seq, events): (u32, String)| {
                        if this.generation() == generation {
                            this.answer(seq, Some(events));
                        }
                    });
                    let board = self.inner.borrow().board.clone();
                    board.wanted(seq, wait_ms, answer);
                }
                Event::Message(message) => self.emit(PythonEvent::Message(message)),
                Event::Failed(why) => self.emit(PythonEvent::Failed(why)),
            }
        }
    }

    fn emit(&self, event: PythonEvent) {
        self.flush_output();
        let on_event = self.inner.borrow().on_event.clone();
        on_event.emit(event);
    }

    fn queue_output(&self, run_id: u32, stream: Stream, text: String) {
        let mut inner = self.inner.borrow_mut();
        match inner.pending_output.last_mut() {
            Some((id, s, pending)) if *id == run_id && *s == stream => pending.push_str(&text),
            _ => inner.pending_output.push((run_id, stream, text)),
        }
        if inner.frame.is_none() {
            let this = self.clone();
            inner.frame = Some(gloo_timers::callback::Timeout::new(
                OUTPUT_FRAME_MS,
                move || this.flush_output(),
            ));
        }
    }

    fn flush_output(&self) {
        let (pending, on_event) = {
            let mut inner = self.inner.borrow_mut();
            // Dropping a timer that has fired (we may be inside it) is fine.
            inner.frame = None;
            (
                std::mem::take(&mut inner.pending_output),
                inner.on_event.clone(),
            )
        };
        for (run_id, stream, text) in pending {
            on_event.emit(PythonEvent::Message(FromWorker::Output {
                run_id,
                stream,
                text,
            }));
        }
    }

    /// Starts Python now if it waits to be wanted (an embed not yet in view).
    pub fn want(&self) {
        boot::boot_now();
    }

    /// Sends a Run, Check or Console message; only call while the worker is ready and idle.
    pub fn send(&self, message: &ToWorker) {
        let language = self.inner.borrow().language;
        self.with_pool(|pool| pool.send(language, message));
    }

    /// The language of the explanations of errors from the next job on (a code such as `es`).
    pub fn set_language(&self, code: &'static str) {
        self.inner.borrow_mut().language = code;
    }

    /// Gives the worker a data file for `open(name)`, unless it has it already.
    pub fn put_file(&self, name: &str, data: &[u8]) {
        self.with_pool(|pool| pool.put_file(name, data));
    }

    /// Changes whenever the worker is replaced (Stop, crash).
    pub fn generation(&self) -> u32 {
        self.with_pool(|pool| pool.generation()).unwrap_or(0)
    }

    /// Terminates the worker (whatever it is doing) and puts a fresh one in its place.
    pub fn restart(&self) {
        let board = self.inner.borrow().board.clone();
        board.stop_waiting();
        // What the program printed up to now shows before it goes (emit flushes it).
        self.emit(PythonEvent::Stopped);
        let events = self.with_pool(Pool::restart).unwrap_or_default();
        self.deliver(events);
    }

    /// Asks the running program (run `run_id`) to stop with a KeyboardInterrupt, keeping
    /// Python and its variables; false where the input channel can't carry that (then only
    /// [`Python::restart`] stops it). A program waiting for keys and clicks stops waiting.
    pub fn interrupt(&self, run_id: u32) -> bool {
        let sent = self
            .with_pool(|pool| pool.interrupt(run_id))
            .unwrap_or(false);
        if sent {
            let board = self.inner.borrow().board.clone();
            board.stop_waiting();
        }
        sent
    }

    /// Answers the worker's input request `seq` with a typed line, or end of input (`None`).
    pub fn answer(&self, seq: u32, line: Option<String>) {
        self.with_pool(|pool| pool.answer(seq, line));
    }
}

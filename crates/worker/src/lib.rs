//! The Web Worker side of pyplay: receives `ToWorker` messages, runs programs with the engine
//! and posts `FromWorker` messages back. Only glue lives here; `web/worker.js` loads this module
//! (compiled once by the page), instantiates it from a start message and forwards that message
//! to [`start`] and every later one to [`handle`]. Every message in and out is a
//! `pyplay-protocol` value converted by `pyplay_protocol::wire`.

mod channel;
mod interrupt;
mod memory;

#[global_allocator]
static ALLOCATOR: memory::Capped = memory::Capped;

use channel::InputChannel;
use js_sys::{Date, SharedArrayBuffer};
use pyplay_engine::{ConsoleOutcome, Engine, Host, Outcome, Stream};
use pyplay_protocol::{self as proto, FromWorker, Start, ToWorker, wire};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::DedicatedWorkerGlobalScope;

thread_local! {
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::new());
    static CHANNEL: RefCell<Option<Rc<InputChannel>>> = const { RefCell::new(None) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(message: &FromWorker) {
    let _ = scope().post_message(&wire::to_js(message));
}

fn now_ms() -> f64 {
    scope()
        .performance()
        .map(|p| p.now())
        .unwrap_or_else(Date::now)
}

/// A start-up step on this worker's performance timeline (`pyplay:<step>`), beside the measures
/// `web/worker.js` takes, for `scripts/bench` and DevTools.
fn mark(step: &'static str) {
    if let Some(performance) = scope().performance() {
        let _ = performance.mark(&format!("pyplay:{step}"));
    }
}

fn set_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // With panic=abort on wasm the instance is dead after this: tell the page to replace us.
        let message = info.to_string();
        web_sys::console::error_1(&format!("pyplay worker panicked: {message}").into());
        post(&FromWorker::Crashed { message });
    }));
}

/// Handles the message that starts this worker ([`proto::Start`], read by
/// [`wire::read_start`]; `web/worker.js` has instantiated its module first):
/// - `Boot` starts the interpreter before the page has chosen an input channel (index.html boots
///   the first worker while the app itself is still loading); `Init` follows.
/// - `Init` sets up the input channel (with the message's SharedArrayBuffer on the shared
///   channel) and starts the interpreter unless `Boot` did (it retries, and reports, if that
///   failed), then says `Ready`.
#[wasm_bindgen]
pub fn start(message: JsValue) {
    set_panic_hook();
    pyplay_engine::set_startup_mark(mark);
    match wire::read_start(&message) {
        Ok((Start::Boot, _)) => {
            let _ = ENGINE.with(|engine| engine.borrow_mut().warm_up());
        }
        Ok((Start::Init { channel, session }, shared)) => init(channel, shared, session),
        Err(why) => post(&FromWorker::Crashed {
            message: format!("pyplay worker: unreadable start message: {why}"),
        }),
    }
}

fn init(channel: proto::Channel, shared: Option<SharedArrayBuffer>, session: String) {
    let started = now_ms();
    let channel = InputChannel::new(channel, shared, session);
    let kind = channel.kind();
    if let Some(buffer) = channel.shared_buffer() {
        interrupt::listen(buffer.clone());
    }
    CHANNEL.with(|slot| *slot.borrow_mut() = Some(Rc::new(channel)));
    match ENGINE.with(|engine| engine.borrow_mut().warm_up()) {
        Ok(()) => post(&FromWorker::Ready {
            startup_ms: now_ms() - started,
            channel: kind,
        }),
        Err(message) => post(&FromWorker::Crashed { message }),
    }
}

/// Tells the page this worker is broken, after a trap `web/worker.js` caught (`error`, e.g. a
/// `RuntimeError: unreachable`): when an allocation was refused (the memory cap, or the browser)
/// that is why, and the page hears `OutOfMemory`; otherwise `Crashed`. (If even this fails,
/// worker.js writes `Crashed` itself.)
///
/// The error comes as a `JsValue`, not a `String`: wasm-bindgen copies a `String` argument into
/// Rust memory before this function runs, i.e. before [`memory::lift_cap`], and after a refusal
/// that copy is refused too (one memory bomb in five, in Chromium, said "internal problem").
#[wasm_bindgen]
pub fn report_crash(error: JsValue) {
    memory::lift_cap();
    if let Some(limit_mb) = memory::refused_mb() {
        post(&FromWorker::OutOfMemory { limit_mb });
    } else {
        let message = match error.dyn_ref::<js_sys::Error>() {
            Some(error) => String::from(error.message()),
            None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
        };
        post(&FromWorker::Crashed { message });
    }
}

/// Handles one message from the page.
#[wasm_bindgen]
pub fn handle(message: JsValue) {
    let message: ToWorker = match wire::from_js(message) {
        Ok(message) => message,
        Err(err) => {
            web_sys::console::error_1(&format!("pyplay worker: unknown message: {err}").into());
            return;
        }
    };
    match message {
        ToWorker::Run { run_id, source } => run(run_id, &source, false),
        ToWorker::StepThrough { run_id, source } => run(run_id, &source, true),
        ToWorker::Check {
            run_id,
            source,
            checks,
        } => {
            interrupt::begin_run(run_id);
            // Interrupted (the page's time limit): the remaining cases are not run.
            let results = ENGINE.with(|engine| {
                pyplay_checks::run_checks_while(&mut engine.borrow_mut(), &source, &checks, || {
                    !interrupt::taken()
                })
            });
            post(&FromWorker::Checked { run_id, results });
        }
        ToWorker::Console { run_id, source } => console(run_id, &source),
        // web/worker.js hands answers to the suspended run; one that arrives here is stale.
        ToWorker::Answer { .. } => {}
        ToWorker::Language { code } => {
            ENGINE.with(|engine| engine.borrow_mut().set_language(&code));
        }
        ToWorker::PutFile { name, data } => {
            if let Err(err) = ENGINE.with(|engine| engine.borrow_mut().write_file(&name, &data)) {
                web_sys::console::error_1(
                    &format!("pyplay worker: can't add {name}: {err}").into(),
                );
            }
        }
    }
}

/// The host for run `run_id`, which begins now.
fn host_for(run_id: u32) -> Rc<WorkerHost> {
    interrupt::begin_run(run_id);
    let channel = CHANNEL
        .with(|slot| slot.borrow().clone())
        .expect("start() runs before any message");
    Rc::new(WorkerHost::new(run_id, channel))
}

/// Runs a program; with `record`, a step-through: its steps go to the page before `Finished`.
fn run(run_id: u32, source: &str, record: bool) {
    let host = host_for(run_id);
    let (outcome, trace) = ENGINE.with(|engine| {
        let mut engine = engine.borrow_mut();
        if record {
            let (outcome, trace) =
                engine.step_through(source, host.clone(), pyplay_steps::STEP_BUDGET);
            (outcome, Some(trace))
        } else {
            (engine.run(source, host.clone()), None)
        }
    });
    host.flush();
    if let Some(trace) = trace {
        post(&FromWorker::Steps { run_id, trace });
    }
    post(&FromWorker::Finished {
        run_id,
        outcome: to_protocol(outcome),
    });
}

fn console(run_id: u32, source: &str) {
    let host = host_for(run_id);
    let done = ENGINE.with(|engine| engine.borrow_mut().console(source, host.clone()));
    host.flush();
    match done {
        ConsoleOutcome::More => post(&FromWorker::ConsoleMore { run_id }),
        ConsoleOutcome::Done(mut outcome) => {
            // A console error's line is within the typed statement, not the editor's program.
            if let Outcome::Error(error) = &mut outcome {
                error.line = 0;
            }
            post(&FromWorker::Finished {
                run_id,
                outcome: to_protocol(outcome),
            });
        }
    }
}

fn to_protocol(outcome: Outcome) -> proto::Outcome {
    match outcome {
        Outcome::Exited(code) => proto::Outcome::Exited { code },
        Outcome::Error(e) => proto::Outcome::Error {
            error: proto::PythonError {
                kind: e.kind,
                message: e.message,
                line: e.line,
                explanation: e.explanation,
            },
        },
        Outcome::InternalError(message) => proto::Outcome::Internal { message },
    }
}

/// Output goes to the page as it is written, except in a flood: after `BURST` messages within
/// one `WINDOW_MS`, writes are batched until the window ends or `FLUSH_BYTES` pile up (and always
/// before the program blocks or ends). So a loop printing 100 000 lines doesn't post 100 000
/// messages, while a lone `print` before a long computation still shows at once.
const FLUSH_BYTES: usize = 8 * 1024;
const WINDOW_MS: f64 = 16.0;
const BURST: u32 = 32;
/// Drawing goes out at most once per animation frame (~60 a second) however often the program
/// calls `update()`; what piles up in between is one batch (a `clear` drops what it erases).
const DRAW_FRAME_MS: f64 = 16.0;

/// What the program produced and the page hasn't been sent yet, in order.
enum Piece {
    Text(Stream, String),
    Draw(Vec<pyplay_drawing::Op>),
}

struct WorkerHost {
    run_id: u32,
    channel: Rc<InputChannel>,
    pending: RefCell<Vec<Piece>>,
    pending_bytes: Cell<usize>,
    /// Start of the current flood-control window and messages posted in it.
    window: Cell<(f64, u32)>,
    /// When drawing was last sent.
    drawn_at: Cell<f64>,
}

impl WorkerHost {
    fn new(run_id: u32, channel: Rc<InputChannel>) -> Self {
        Self {
            run_id,
            channel,
            pending: RefCell::new(Vec::new()),
            pending_bytes: Cell::new(0),
            window: Cell::new((0.0, 0)),
            drawn_at: Cell::new(f64::NEG_INFINITY),
        }
    }

    /// Sends everything pending, in order.
    fn flush(&self) {
        let pieces = std::mem::take(&mut *self.pending.borrow_mut());
        self.pending_bytes.set(0);
        let run_id = self.run_id;
        for piece in pieces {
            let message = match piece {
                Piece::Text(stream, text) => FromWorker::Output {
                    run_id,
                    stream: match stream {
                        Stream::Stdout => proto::Stream::Stdout,
                        Stream::Stderr => proto::Stream::Stderr,
                    },
                    text,
                },
                Piece::Draw(ops) => {
                    self.drawn_at.set(now_ms());
                    FromWorker::Draw { run_id, ops }
                }
            };
            post(&message);
            let (start, count) = self.window.get();
            self.window.set((start, count + 1));
        }
    }

    /// Asks the page for the next line on the input channel (`request` says what for: input()
    /// or events) and waits for it; the page hears when it arrived.
    fn ask(&self, request: impl FnOnce(u32, u32) -> FromWorker) -> Result<Option<String>, String> {
        self.flush();
        let seq = self.channel.next_seq();
        post(&request(self.run_id, seq));
        let line = self.channel.read_line(seq, self.run_id)?;
        post(&FromWorker::InputReceived {
            run_id: self.run_id,
            seq,
        });
        Ok(line)
    }

    /// True when this write may go out now rather than wait for the batch.
    fn may_flush_now(&self) -> bool {
        let now = now_ms();
        let (start, count) = self.window.get();
        if now - start >= WINDOW_MS {
            self.window.set((now, 0));
            return true;
        }
        count < BURST
    }
}

impl Host for WorkerHost {
    fn write(&self, stream: Stream, text: &str) {
        {
            let mut pending = self.pending.borrow_mut();
            match pending.last_mut() {
                Some(Piece::Text(s, pending)) if *s == stream => pending.push_str(text),
                _ => pending.push(Piece::Text(stream, text.to_owned())),
            }
        }
        let size = self.pending_bytes.get() + text.len();
        self.pending_bytes.set(size);
        if size >= FLUSH_BYTES || self.may_flush_now() {
            self.flush();
        }
    }

    fn draw(&self, ops: Vec<pyplay_drawing::Op>) {
        {
            let mut pending = self.pending.borrow_mut();
            match pending.last_mut() {
                Some(Piece::Draw(batch)) => pyplay_drawing::batch(batch, ops),
                _ => {
                    let mut batch = Vec::new();
                    pyplay_drawing::batch(&mut batch, ops);
                    pending.push(Piece::Draw(batch));
                }
            }
        }
        if now_ms() - self.drawn_at.get() >= DRAW_FRAME_MS {
            self.flush();
        }
    }

    fn read_line(&self) -> Result<Option<String>, String> {
        self.ask(|run_id, seq| FromWorker::InputRequest { run_id, seq })
    }

    fn events(&self, wait: f64) -> Result<Option<Vec<pyplay_drawing::Event>>, String> {
        self.flush();
        if self.channel.kind() == proto::Channel::None {
            // Nothing can block for the page's answer: keys and clicks can't arrive; timers
            // (`after`) still run (tkinter sleeps until them itself).
            let _ = wait;
            return Ok(None);
        }
        let wait_ms = (wait * 1000.0).ceil().clamp(0.0, f64::from(u32::MAX)) as u32;
        let line = self.ask(|run_id, seq| FromWorker::EventsWanted {
            run_id,
            seq,
            wait_ms,
        })?;
        match line {
            Some(json) => serde_json::from_str(&json)
                .map(Some)
                .map_err(|err| format!("the page sent events pyplay can't read ({err})")),
            None => Ok(Some(Vec::new())),
        }
    }

    fn sleep(&self, seconds: f64) {
        self.flush();
        self.channel.sleep(seconds * 1000.0);
    }

    fn time(&self) -> f64 {
        Date::now() / 1000.0
    }

    fn monotonic(&self) -> f64 {
        now_ms() / 1000.0
    }
}

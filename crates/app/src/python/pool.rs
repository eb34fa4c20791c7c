//! The Python workers: the running one and a warm spare. Stop terminates the running worker
//! (the only way to stop a `while True: pass` for certain; an interrupt, [`Pool::interrupt`],
//! keeps the program's variables but a program can catch it) and the spare, already started and
//! warmed up, takes over at once; a new spare starts behind it. The first spare starts when the
//! running worker is ready, or in an embed with the first job ([`Spare`]).
//!
//! The pool never calls back into its owner: each worker's handlers pass what they hear to one
//! `on_signal` function (the owner), which hands it to [`Pool::received`] and gets back the
//! [`Event`]s for the page. A worker taken out of service is terminated at once, but its
//! handlers are kept until the next one is retired, because the handler that reported a crash
//! may still be running.

use super::boot::{WORKER_SCRIPT, early_worker, js_error_text};
use super::channel::PageChannel;
use crate::state::session::StartFailure;
use js_sys::SharedArrayBuffer;
use pyplay_protocol::wire::{from_js, start_message, to_js};
use pyplay_protocol::{Channel, FromWorker, Start, ToWorker, shared};
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// Crashes before a worker ever said Ready, in a row, before giving up.
const MAX_START_CRASHES: u32 = 3;

/// What a worker's handlers heard.
pub(super) enum Signal {
    Message(FromWorker),
    /// The worker's script failed (it could not load or start).
    Error(String),
}

/// What the page hears from the pool.
pub(super) enum Event {
    /// From the running worker.
    Message(FromWorker),
    /// Python can't start (its worker can't be made, or keeps crashing): why.
    Failed(StartFailure),
}

type OnSignal = Rc<dyn Fn(u32, Signal)>;

/// When the warm spare starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spare {
    /// As soon as the running worker is ready (the app: the learner came to run Python).
    WhenReady,
    /// With the first job (an embed: a page may hold many, most never run, and each spare is
    /// another interpreter's memory).
    AfterFirstJob,
}

struct PoolWorker {
    /// Tells this worker's messages apart from those of workers already replaced.
    id: u32,
    worker: Worker,
    /// Its input-channel session (service-worker channel).
    session: String,
    /// Its input buffer, on the shared channel.
    buffer: Option<SharedArrayBuffer>,
    /// A spare's Ready message, kept until it takes over.
    ready: Option<FromWorker>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

pub(super) struct Pool {
    module: JsValue,
    channel: PageChannel,
    on_signal: OnSignal,
    running: Option<PoolWorker>,
    spare: Option<PoolWorker>,
    /// The last worker taken out of service (see the module's doc).
    retired: Option<PoolWorker>,
    /// Workers launched, spares included (their ids).
    launched: u32,
    /// Changes whenever the running worker is replaced.
    generation: u32,
    /// The running worker said Ready.
    ready: bool,
    /// The input channel the running worker said works (in its Ready).
    running_channel: Channel,
    /// A spare is kept from now on (see [`Spare`]).
    spare_wanted: bool,
    start_crashes: u32,
    /// Re-sends an input line on the service-worker channel until the worker confirms it.
    resend: Option<gloo_timers::callback::Interval>,
    /// Data files the running worker already has.
    files_sent: HashSet<String>,
    /// The language the running worker was told (see `ToWorker::Language`).
    language_sent: Option<&'static str>,
}

impl Pool {
    /// A pool with its first worker started (or the reason it could not start).
    pub(super) fn start(
        module: JsValue,
        channel: PageChannel,
        spare: Spare,
        on_signal: OnSignal,
    ) -> (Self, Option<Event>) {
        let mut pool = Pool {
            module,
            channel,
            on_signal,
            running: None,
            spare: None,
            retired: None,
            launched: 0,
            generation: 0,
            ready: false,
            running_channel: Channel::None,
            spare_wanted: spare == Spare::WhenReady,
            start_crashes: 0,
            resend: None,
            files_sent: HashSet::new(),
            language_sent: None,
        };
        let failed = pool.spawn();
        (pool, failed)
    }

    /// Changes whenever the running worker is replaced (Stop, crash).
    pub(super) fn generation(&self) -> u32 {
        self.generation
    }

    /// Sends a Run, Check or Console message; only while the worker is ready and idle. The
    /// worker is told `language` first if it doesn't know it yet. The first job starts the
    /// spare if it waited for it ([`Spare::AfterFirstJob`]).
    pub(super) fn send(&mut self, language: &'static str, message: &ToWorker) {
        if let Some(running) = &self.running {
            if self.language_sent != Some(language) {
                let code = language.to_owned();
                let _ = running
                    .worker
                    .post_message(&to_js(&ToWorker::Language { code }));
                self.language_sent = Some(language);
            }
            let _ = running.worker.post_message(&to_js(message));
        }
        if !self.spare_wanted {
            self.spare_wanted = true;
            if self.ready {
                self.spawn_spare();
            }
        }
    }

    /// Gives the running worker a data file for `open(name)`, unless it has it already.
    pub(super) fn put_file(&mut self, name: &str, data: &[u8]) {
        let Some(running) = &self.running else { return };
        if self.files_sent.insert(name.to_owned()) {
            let message = ToWorker::PutFile {
                name: name.to_owned(),
                data: data.to_vec(),
            };
            let _ = running.worker.post_message(&to_js(&message));
        }
    }

    /// Answers the running worker's input request `seq` with a line, or end of input (`None`).
    pub(super) fn answer(&mut self, seq: u32, line: Option<String>) {
        let Some(running) = &self.running else { return };
        if self.running_channel == Channel::Jspi {
            // The worker chose this channel itself; its suspended run takes the message.
            let _ = running
                .worker
                .post_message(&to_js(&ToWorker::Answer { seq, line }));
            return;
        }
        self.resend = self
            .channel
            .answer(&running.session, running.buffer.as_ref(), seq, line);
    }

    /// Asks the running worker to interrupt run `run_id` (KeyboardInterrupt in the program);
    /// false where that is not possible (only the shared channel carries interrupts): then only
    /// [`Pool::restart`] stops it.
    pub(super) fn interrupt(&mut self, run_id: u32) -> bool {
        let Some(running) = &self.running else {
            return false;
        };
        match (&running.buffer, self.running_channel) {
            (Some(buffer), Channel::Shared) => {
                shared::interrupt(buffer, run_id);
                true
            }
            _ => false,
        }
    }

    /// Terminates the running worker, whatever it is doing, and puts another in its place: the
    /// warm spare if it is ready (its Ready is among the events), else a new worker.
    pub(super) fn restart(&mut self) -> Vec<Event> {
        self.retire_running();
        self.replace()
    }

    /// What worker `id` said, handled: the running worker's messages go to the page; the spare
    /// only says when it is ready (or that it broke); anything from a replaced worker is stale.
    pub(super) fn received(&mut self, id: u32, signal: Signal) -> Vec<Event> {
        if self.spare.as_ref().is_some_and(|spare| spare.id == id) {
            match signal {
                Signal::Message(message @ FromWorker::Ready { .. }) => {
                    if let Some(spare) = &mut self.spare {
                        spare.ready = Some(message);
                    }
                }
                Signal::Message(FromWorker::Crashed { .. } | FromWorker::OutOfMemory { .. })
                | Signal::Error(_) => {
                    // The running worker is what the learner sees; the next Stop just starts
                    // a new one.
                    if let Some(spare) = self.spare.take() {
                        self.retire(spare);
                    }
                }
                Signal::Message(_) => {}
            }
            return Vec::new();
        }
        if !self
            .running
            .as_ref()
            .is_some_and(|running| running.id == id)
        {
            return Vec::new();
        }
        let message = match signal {
            Signal::Message(message) => message,
            Signal::Error(why) => return vec![Event::Failed(StartFailure::Worker(why))],
        };
        match &message {
            FromWorker::Ready { channel, .. } => {
                self.ready = true;
                self.running_channel = *channel;
                show_channel(*channel);
                self.start_crashes = 0;
                // The spare warms up while the learner reads and types.
                if self.spare_wanted {
                    self.spawn_spare();
                }
                vec![Event::Message(message)]
            }
            FromWorker::InputReceived { .. } => {
                self.resend = None;
                vec![Event::Message(message)]
            }
            FromWorker::Crashed { message: why } => {
                self.start_crashes = if self.ready {
                    0
                } else {
                    self.start_crashes + 1
                };
                let failed = (self.start_crashes >= MAX_START_CRASHES)
                    .then(|| StartFailure::KeepsCrashing(why.clone()));
                self.retire_running();
                let mut events = vec![Event::Message(message)];
                match failed {
                    Some(failed) => events.push(Event::Failed(failed)),
                    None => events.extend(self.replace()),
                }
                events
            }
            FromWorker::OutOfMemory { .. } => {
                // The program's doing, not a broken start: the spare takes over.
                self.retire_running();
                let mut events = vec![Event::Message(message)];
                events.extend(self.replace());
                events
            }
            _ => vec![Event::Message(message)],
        }
    }

    fn retire(&mut self, worker: PoolWorker) {
        worker.worker.terminate();
        self.retired = Some(worker);
    }

    fn retire_running(&mut self) {
        self.resend = None;
        self.ready = false;
        if let Some(running) = self.running.take() {
            self.retire(running);
        }
    }

    /// After the running worker is gone: the ready spare takes over, else a new worker starts.
    fn replace(&mut self) -> Vec<Event> {
        match self.spare.take_if(|spare| spare.ready.is_some()) {
            Some(mut spare) => {
                let ready = spare
                    .ready
                    .take()
                    .expect("a ready spare kept its Ready message");
                self.take_over(spare);
                self.received_from_running(ready)
            }
            None => self.spawn().into_iter().collect(),
        }
    }

    fn received_from_running(&mut self, message: FromWorker) -> Vec<Event> {
        let id = self.running.as_ref().map_or(0, |running| running.id);
        self.received(id, Signal::Message(message))
    }

    fn take_over(&mut self, worker: PoolWorker) {
        self.generation += 1;
        self.files_sent.clear();
        self.language_sent = None;
        self.running = Some(worker);
    }

    /// Starts a new running worker; the event says why that failed.
    fn spawn(&mut self) -> Option<Event> {
        match self.launch() {
            Ok(worker) => {
                self.take_over(worker);
                None
            }
            Err(why) => Some(Event::Failed(StartFailure::Worker(why))),
        }
    }

    /// Starts the spare, unless there is one. A spare that fails to launch is left out quietly.
    fn spawn_spare(&mut self) {
        if self.spare.is_none() {
            self.spare = self.launch().ok();
        }
    }

    /// A new worker, sent the compiled module and the input channel.
    fn launch(&mut self) -> Result<PoolWorker, String> {
        // The first worker is the one index.html already booted, if there is one.
        let worker = match early_worker() {
            Some(worker) => worker,
            None => Worker::new(WORKER_SCRIPT).map_err(|err| js_error_text(&err))?,
        };
        self.launched += 1;
        let id = self.launched;
        let on_signal = self.on_signal.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            match from_js::<FromWorker>(event.data()) {
                Ok(message) => on_signal(id, Signal::Message(message)),
                Err(err) => {
                    web_sys::console::error_1(&format!("pyplay: odd worker message: {err}").into())
                }
            }
        });
        let on_signal = self.on_signal.clone();
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            on_signal(id, Signal::Error(event.message()));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

        let session = format!("{}-{id}", js_sys::Date::now() as u64);
        let buffer = self.channel.buffer_for_worker();
        let init = Start::Init {
            channel: self.channel.kind(),
            session: session.clone(),
        };
        let _ = worker.post_message(&start_message(&init, &self.module, buffer.as_ref()));
        Ok(PoolWorker {
            id,
            worker,
            session,
            buffer,
            ready: None,
            _on_message: on_message,
            _on_error: on_error,
        })
    }
}

/// Says on the page's root element which input channel the running worker uses
/// (`data-input-channel`: shared, service_worker, jspi or none), for tests and for whoever
/// debugs input() in a browser set-up.
fn show_channel(channel: Channel) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let name = serde_json::to_value(channel)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let _ = root.set_attribute("data-input-channel", &name);
    }
}

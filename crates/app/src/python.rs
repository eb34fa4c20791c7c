//! The page's handle on the Python worker: compiles the worker's wasm once, spawns and replaces
//! workers (Stop terminates one — the only way to stop a `while True: pass` for certain), and
//! answers `input()` through the channel the page can offer. A second, warm worker waits as a
//! spare, so that after Stop (or a crash) Python is ready again at once instead of starting an
//! interpreter. See docs/ARCHITECTURE.md.

use js_sys::{Atomics, Int32Array, Object, Reflect, SharedArrayBuffer, Uint8Array, WebAssembly};
use pyplay_protocol::{Channel, FromWorker, Stream, ToWorker, service_worker, shared};
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{ErrorEvent, MessageEvent, ServiceWorker, Worker};
use yew::Callback;

/// Files `trunk` writes for the worker crate (web/index.html), next to the page.
const WORKER_SCRIPT: &str = "worker.js";
const WORKER_WASM: &str = "pyplay-worker_bg.wasm";
const SERVICE_WORKER: &str = "sw.js";
/// Output is handed to the page at most this often, however fast a program prints (25 renders
/// a second keep a print flood from starving clicks, yet feel instant).
const OUTPUT_FRAME_MS: u32 = 40;
/// Crashes before a worker ever said Ready, in a row, before giving up.
const MAX_START_CRASHES: u32 = 3;

/// What the page hears from Python.
pub enum PythonEvent {
    Message(FromWorker),
    /// Python can't start (download failed, browser can't run it); the text says what to do.
    Failed(String),
}

enum PageChannel {
    /// Each worker gets its own buffer ([`SharedSlots`]): a stopped worker that has not died
    /// yet can then never take a line meant for the one after it.
    Shared,
    ServiceWorker(ServiceWorker),
    None,
}

/// A worker's SharedArrayBuffer for input(), seen as the slots and bytes of `shared`.
struct SharedSlots {
    buffer: SharedArrayBuffer,
    slots: Int32Array,
    bytes: Uint8Array,
}

impl SharedSlots {
    fn new() -> Self {
        let buffer = SharedArrayBuffer::new(shared::BYTE_LENGTH);
        let slots = Int32Array::new(&buffer);
        let bytes = Uint8Array::new(&buffer);
        Self {
            buffer,
            slots,
            bytes,
        }
    }
}

impl PageChannel {
    fn kind(&self) -> Channel {
        match self {
            PageChannel::Shared => Channel::Shared,
            PageChannel::ServiceWorker(_) => Channel::ServiceWorker,
            PageChannel::None => Channel::None,
        }
    }
}

struct Running {
    /// Tells this worker's messages apart from those of workers already replaced.
    id: u32,
    worker: Worker,
    /// Its input-channel session (service-worker channel).
    session: String,
    /// A spare's Ready message, kept until it takes over.
    ready: Option<FromWorker>,
    /// Its input buffer, on the shared channel.
    shared: Option<SharedSlots>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

struct Inner {
    on_event: Callback<PythonEvent>,
    module: Option<JsValue>,
    channel: PageChannel,
    running: Option<Running>,
    /// A warm worker that takes over when the running one is stopped or crashes.
    spare: Option<Running>,
    /// Workers that have been the running one (the generation the page sees).
    workers_started: u32,
    /// Workers launched, spares included (their ids).
    workers_launched: u32,
    session: String,
    ready: bool,
    start_crashes: u32,
    /// Re-sends an input line on the service-worker channel until the worker confirms it.
    resend: Option<gloo_timers::callback::Interval>,
    /// Output received but not yet handed to the page (see `queue_output`).
    pending_output: Vec<(u32, Stream, String)>,
    output_scheduled: bool,
    /// Data files the current worker already has.
    files_sent: HashSet<String>,
}

/// Cheap to clone; all clones drive the same worker.
#[derive(Clone)]
pub struct Python {
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Python {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

fn js_error_text(err: &JsValue) -> String {
    Reflect::get(err, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| err.as_string())
        .unwrap_or_else(|| format!("{err:?}"))
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("protocol messages serialise")
}

impl Python {
    /// Takes the interpreter index.html started compiling (or starts it) and spawns a worker.
    pub fn start(on_event: Callback<PythonEvent>) -> Self {
        let python = Python {
            inner: Rc::new(RefCell::new(Inner {
                on_event,
                module: None,
                channel: PageChannel::None,
                running: None,
                spare: None,
                workers_started: 0,
                workers_launched: 0,
                session: String::new(),
                ready: false,
                start_crashes: 0,
                resend: None,
                pending_output: Vec::new(),
                output_scheduled: false,
                files_sent: HashSet::new(),
            })),
        };
        let this = python.clone();
        spawn_local(async move {
            // The service worker registers once the interpreter is downloaded: its precache
            // then revalidates the 25 MB module from the HTTP cache instead of fetching it again.
            let module = compile_module().await;
            let channel = choose_channel().await;
            match module {
                Ok(module) => {
                    {
                        let mut inner = this.inner.borrow_mut();
                        inner.module = Some(module);
                        inner.channel = channel;
                    }
                    this.spawn();
                }
                Err(why) => this.fail(format!(
                    "Python could not be downloaded ({why}). Check your connection and reload \
                     the page; your code is saved in this browser."
                )),
            }
        });
        python
    }

    fn fail(&self, message: String) {
        let on_event = self.inner.borrow().on_event.clone();
        on_event.emit(PythonEvent::Failed(message));
    }

    /// Sends a Run, Check or Console message; only call while the worker is ready and idle.
    pub fn send(&self, message: &ToWorker) {
        if let Some(running) = &self.inner.borrow().running {
            let _ = running.worker.post_message(&to_js(message));
        }
    }

    /// Gives the worker a data file for `open(name)`, unless it has it already.
    pub fn put_file(&self, name: &str, data: &[u8]) {
        let mut inner = self.inner.borrow_mut();
        if inner.files_sent.contains(name) {
            return;
        }
        if let Some(running) = &inner.running {
            let message = ToWorker::PutFile {
                name: name.to_owned(),
                data: data.to_vec(),
            };
            let _ = running.worker.post_message(&to_js(&message));
            inner.files_sent.insert(name.to_owned());
        }
    }

    /// Changes whenever the worker is replaced (Stop, crash).
    pub fn generation(&self) -> u32 {
        self.inner.borrow().workers_started
    }

    /// Terminates the worker (whatever it is doing) and puts a fresh one in its place.
    pub fn restart(&self) {
        // Show what the program printed up to now before it goes.
        self.flush_output();
        self.stop_worker();
        self.replace();
    }

    /// After the running worker is gone: the warm spare takes over if it is ready (Python is
    /// back at once), otherwise a new worker starts.
    fn replace(&self) {
        let spare = {
            let mut inner = self.inner.borrow_mut();
            match inner.spare.as_ref().map(|spare| spare.ready.is_some()) {
                Some(true) => inner.spare.take(),
                _ => None,
            }
        };
        let Some(mut spare) = spare else {
            return self.spawn();
        };
        let ready = spare.ready.take().expect("a ready spare kept its Ready message");
        {
            let mut inner = self.inner.borrow_mut();
            inner.workers_started += 1;
            inner.files_sent.clear();
            inner.session = spare.session.clone();
            inner.running = Some(spare);
        }
        // Told like any worker's Ready: after the caller (a Stop click) has finished.
        let this = self.clone();
        spawn_local(async move { this.received(ready) });
    }

    fn stop_worker(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.resend = None;
        inner.ready = false;
        if let Some(running) = inner.running.take() {
            running.worker.terminate();
        }
    }

    /// Starts a new running worker.
    fn spawn(&self) {
        match self.launch() {
            Ok(Some(running)) => {
                let mut inner = self.inner.borrow_mut();
                inner.workers_started += 1;
                inner.files_sent.clear();
                inner.session = running.session.clone();
                inner.running = Some(running);
            }
            Ok(None) => {}
            Err(why) => self.fail(format!("Python could not start: {why}")),
        }
    }

    /// Starts the spare, unless there is one. A spare that fails is dropped quietly: the
    /// running worker is what the learner sees, and the next Stop just starts a new one.
    fn spawn_spare(&self) {
        if self.inner.borrow().spare.is_some() {
            return;
        }
        if let Ok(Some(spare)) = self.launch() {
            self.inner.borrow_mut().spare = Some(spare);
        }
    }

    /// A new worker, sent the compiled module and the input channel; None before the module
    /// is compiled.
    fn launch(&self) -> Result<Option<Running>, String> {
        let Some(module) = self.inner.borrow().module.clone() else {
            return Ok(None);
        };
        // The first worker is the one index.html already booted, if there is one.
        let worker = match early_worker() {
            Some(worker) => worker,
            None => Worker::new(WORKER_SCRIPT).map_err(|err| js_error_text(&err))?,
        };
        let id = {
            let mut inner = self.inner.borrow_mut();
            inner.workers_launched += 1;
            inner.workers_launched
        };
        let this = self.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            match serde_wasm_bindgen::from_value::<FromWorker>(event.data()) {
                Ok(message) => this.dispatch(id, message),
                Err(err) => {
                    web_sys::console::error_1(&format!("pyplay: odd worker message: {err}").into())
                }
            }
        });
        let this = self.clone();
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            event.prevent_default();
            if this.is_spare(id) {
                this.drop_spare();
            } else if this.is_running(id) {
                this.fail(format!(
                    "Python could not start ({}). Reload the page; your code is saved in this \
                     browser.",
                    event.message()
                ));
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

        let inner = self.inner.borrow();
        let session = format!("{}-{id}", js_sys::Date::now() as u64);
        let init = Object::new();
        let set = |key: &str, value: &JsValue| {
            let _ = Reflect::set(&init, &key.into(), value);
        };
        set("type", &"init".into());
        set("module", &module);
        set("channel", &to_js(&inner.channel.kind()));
        set("session", &session.clone().into());
        let shared = matches!(inner.channel, PageChannel::Shared).then(SharedSlots::new);
        if let Some(SharedSlots { buffer, .. }) = &shared {
            set("shared", buffer);
        }
        let _ = worker.post_message(&init);
        Ok(Some(Running {
            id,
            worker,
            session,
            ready: None,
            shared,
            _on_message: on_message,
            _on_error: on_error,
        }))
    }

    fn is_running(&self, id: u32) -> bool {
        self.inner.borrow().running.as_ref().is_some_and(|r| r.id == id)
    }

    fn is_spare(&self, id: u32) -> bool {
        self.inner.borrow().spare.as_ref().is_some_and(|r| r.id == id)
    }

    fn drop_spare(&self) {
        // Not from inside the spare's own handler: dropping it drops that closure.
        let this = self.clone();
        spawn_local(async move {
            if let Some(spare) = this.inner.borrow_mut().spare.take() {
                spare.worker.terminate();
            }
        });
    }

    /// A message from worker `id`: the running one's go to the page; the spare only says when
    /// it is ready (or that it crashed); anything from a replaced worker is stale.
    fn dispatch(&self, id: u32, message: FromWorker) {
        if self.is_running(id) {
            return self.received(message);
        }
        if !self.is_spare(id) {
            return;
        }
        match message {
            FromWorker::Ready { .. } => {
                if let Some(spare) = self.inner.borrow_mut().spare.as_mut() {
                    spare.ready = Some(message);
                }
            }
            FromWorker::Crashed { .. } => self.drop_spare(),
            _ => {}
        }
    }

    /// Collects output and hands it to the page once per frame, so a print flood costs one
    /// render per frame instead of one per message.
    fn queue_output(&self, run_id: u32, stream: Stream, text: String) {
        let mut inner = self.inner.borrow_mut();
        match inner.pending_output.last_mut() {
            Some((id, s, pending)) if *id == run_id && *s == stream => pending.push_str(&text),
            _ => inner.pending_output.push((run_id, stream, text)),
        }
        if !inner.output_scheduled {
            inner.output_scheduled = true;
            let this = self.clone();
            gloo_timers::callback::Timeout::new(OUTPUT_FRAME_MS, move || this.flush_output())
                .forget();
        }
    }

    fn flush_output(&self) {
        let (pending, on_event) = {
            let mut inner = self.inner.borrow_mut();
            inner.output_scheduled = false;
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

    fn received(&self, message: FromWorker) {
        if let FromWorker::Output {
            run_id,
            stream,
            text,
        } = message
        {
            return self.queue_output(run_id, stream, text);
        }
        // Everything else comes after the output before it.
        self.flush_output();
        match &message {
            FromWorker::Ready { .. } => {
                {
                    let mut inner = self.inner.borrow_mut();
                    inner.ready = true;
                    inner.start_crashes = 0;
                }
                // The spare warms up while the learner reads and types.
                let this = self.clone();
                spawn_local(async move { this.spawn_spare() });
            }
            FromWorker::InputReceived { .. } => self.inner.borrow_mut().resend = None,
            FromWorker::Crashed { message } => {
                let was_ready = self.inner.borrow().ready;
                let crashes = {
                    let mut inner = self.inner.borrow_mut();
                    inner.start_crashes = if was_ready {
                        0
                    } else {
                        inner.start_crashes + 1
                    };
                    inner.start_crashes
                };
                // We are inside the dying worker's onmessage closure: replace the worker (which
                // drops that closure) only after this call returns.
                let this = self.clone();
                let message = message.clone();
                spawn_local(async move {
                    this.stop_worker();
                    if crashes >= MAX_START_CRASHES {
                        this.fail(format!(
                            "Python keeps failing to start in this browser ({message}). Try \
                             reloading the page or another browser; your code is saved."
                        ));
                    } else {
                        this.replace();
                    }
                });
            }
            _ => {}
        }
        let on_event = self.inner.borrow().on_event.clone();
        on_event.emit(PythonEvent::Message(message));
    }

    /// Answers the worker's input request `seq` with a typed line, or end of input (`None`).
    pub fn answer(&self, seq: u32, line: Option<String>) {
        let mut inner = self.inner.borrow_mut();
        match &inner.channel {
            PageChannel::Shared => {
                let Some(SharedSlots { slots, bytes, .. }) =
                    inner.running.as_ref().and_then(|running| running.shared.as_ref())
                else {
                    return;
                };
                let mut text = line.clone().unwrap_or_default();
                let mut cut = text.len().min(shared::TEXT_CAPACITY as usize);
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                bytes
                    .subarray(shared::TEXT_OFFSET, shared::TEXT_OFFSET + text.len() as u32)
                    .copy_from(text.as_bytes());
                let state = if line.is_some() {
                    shared::LINE
                } else {
                    shared::EOF
                };
                let _ = Atomics::store(slots, shared::LENGTH, text.len() as i32);
                let _ = Atomics::store(slots, shared::STATE, state);
                let _ = Atomics::notify(slots, shared::STATE);
            }
            PageChannel::ServiceWorker(sw) => {
                let message = Object::new();
                let _ = Reflect::set(&message, &"type".into(), &"pyplay-input".into());
                let _ = Reflect::set(&message, &"session".into(), &inner.session.clone().into());
                let _ = Reflect::set(&message, &"seq".into(), &seq.into());
                let _ = Reflect::set(&message, &"eof".into(), &line.is_none().into());
                let _ = Reflect::set(&message, &"line".into(), &line.unwrap_or_default().into());
                let _ = sw.post_message(&message);
                // A service worker stopped between this post and the worker's read loses the
                // line: send it again until the worker says it has it.
                let sw = sw.clone();
                inner.resend = Some(gloo_timers::callback::Interval::new(
                    service_worker::RESEND_MS,
                    move || {
                        let _ = sw.post_message(&message);
                    },
                ));
            }
            PageChannel::None => {}
        }
    }
}

/// The worker index.html started and booted with its early-compiled module, if it is there and
/// has not failed to load; taken once.
fn early_worker() -> Option<Worker> {
    let global = js_sys::global();
    let worker = Reflect::get(&global, &"pyplayEarlyWorker".into())
        .ok()?
        .dyn_into::<Worker>()
        .ok()?;
    let _ = Reflect::set(&global, &"pyplayEarlyWorker".into(), &JsValue::UNDEFINED);
    let failed = Reflect::get(&global, &"pyplayEarlyWorkerFailed".into())
        .ok()
        .is_some_and(|failed| failed.is_truthy());
    if failed {
        worker.terminate();
        return None;
    }
    Some(worker)
}

/// The worker's compiled wasm: from index.html's early `pyplayInterpreter` compile if it
/// worked, else fetched and compiled here (streaming when the server allows).
async fn compile_module() -> Result<JsValue, String> {
    let early = Reflect::get(&js_sys::global(), &"pyplayInterpreter".into())
        .ok()
        .and_then(|value| value.dyn_into::<js_sys::Promise>().ok());
    if let Some(early) = early
        && let Ok(module) = JsFuture::from(early).await
    {
        return Ok(module);
    }
    // The early compile failed, so the worker index.html started has nothing to boot.
    if let Some(worker) = early_worker() {
        worker.terminate();
    }
    let window = web_sys::window().ok_or("no window")?;
    let response = window.fetch_with_str(WORKER_WASM);
    match JsFuture::from(WebAssembly::compile_streaming(&response)).await {
        Ok(module) => Ok(module),
        Err(_) => {
            // compileStreaming needs `application/wasm`; some static hosts send another type.
            let response: web_sys::Response = JsFuture::from(window.fetch_with_str(WORKER_WASM))
                .await
                .map_err(|e| js_error_text(&e))?
                .unchecked_into();
            if !response.ok() {
                return Err(format!("{WORKER_WASM}: HTTP {}", response.status()));
            }
            let bytes = JsFuture::from(response.array_buffer().map_err(|e| js_error_text(&e))?)
                .await
                .map_err(|e| js_error_text(&e))?;
            JsFuture::from(WebAssembly::compile(&bytes))
                .await
                .map_err(|e| js_error_text(&e))
        }
    }
}

/// SharedArrayBuffer when the page is cross-origin isolated; otherwise our service worker. The
/// service worker is registered either way (offline use, updates: docs/ARCHITECTURE.md).
async fn choose_channel() -> PageChannel {
    let global = js_sys::global();
    let isolated = Reflect::get(&global, &"crossOriginIsolated".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if isolated && Reflect::has(&global, &"SharedArrayBuffer".into()).unwrap_or(false) {
        // Not needed for input() here, but for offline use and updates (web/sw.js).
        spawn_local(async {
            if let Err(why) = register_service_worker().await {
                web_sys::console::warn_1(&format!("pyplay: no service worker: {why}").into());
            }
        });
        return PageChannel::Shared;
    }
    match register_service_worker().await {
        Ok(sw) => PageChannel::ServiceWorker(sw),
        Err(why) => {
            web_sys::console::warn_1(&format!("pyplay: no input channel: {why}").into());
            PageChannel::None
        }
    }
}

async fn register_service_worker() -> Result<ServiceWorker, String> {
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    if !Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return Err("this browser has no service workers here".into());
    }
    let container = navigator.service_worker();
    JsFuture::from(container.register(SERVICE_WORKER))
        .await
        .map_err(|e| js_error_text(&e))?;
    let registration: web_sys::ServiceWorkerRegistration =
        JsFuture::from(container.ready().map_err(|e| js_error_text(&e))?)
            .await
            .map_err(|e| js_error_text(&e))?
            .unchecked_into();
    registration
        .active()
        .ok_or_else(|| "the service worker is not active".into())
}

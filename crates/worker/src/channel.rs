//! Blocking the worker until the page answers: `input()` and `time.sleep`.
//! See docs/ARCHITECTURE.md ("Blocking without freezing") for why there are two channels; both
//! channels' wire formats live in `pyplay-protocol` (`shared`, `service_worker`).

use js_sys::{JSON, SharedArrayBuffer};
use pyplay_protocol::service_worker::{self, SyncReply, SyncRequest};
use pyplay_protocol::{Channel, shared, wire};
use std::cell::Cell;
use wasm_bindgen::prelude::*;
use web_sys::XmlHttpRequest;

/// `web/worker.js`'s end of the [`Channel::Jspi`] channel. `wait_for_line` and `sleep` are
/// `WebAssembly.Suspending` imports there: the run is suspended until their promise settles
/// and they return its value.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = pyplayJspi)]
    fn available() -> bool;
    /// The answer to input request `seq`: a string, or null for end of input.
    #[wasm_bindgen(js_namespace = pyplayJspi, js_name = waitForLine)]
    fn wait_for_line(seq: u32) -> JsValue;
    #[wasm_bindgen(js_namespace = pyplayJspi)]
    fn sleep(ms: f64) -> JsValue;
}

pub(crate) struct InputChannel {
    kind: Channel,
    session: String,
    seq: Cell<u32>,
    /// Shared: this worker's SharedArrayBuffer (laid out as in `pyplay_protocol::shared`).
    buffer: Option<SharedArrayBuffer>,
}

impl InputChannel {
    pub(crate) fn new(kind: Channel, shared: Option<SharedArrayBuffer>, session: String) -> Self {
        let buffer = match kind {
            Channel::Shared => shared,
            _ => None,
        };
        let mut channel = Self {
            kind,
            session,
            seq: Cell::new(0),
            buffer,
        };
        channel.kind = match kind {
            Channel::Shared if channel.buffer.is_some() => Channel::Shared,
            Channel::ServiceWorker if channel.ping() => Channel::ServiceWorker,
            // What the page offered doesn't work here (or it offered nothing).
            _ if available() => Channel::Jspi,
            _ => Channel::None,
        };
        channel
    }

    pub(crate) fn kind(&self) -> Channel {
        self.kind
    }

    pub(crate) fn next_seq(&self) -> u32 {
        self.seq.set(self.seq.get() + 1);
        self.seq.get()
    }

    /// The answer to input request `seq` of run `run_id`. On the shared channel an interrupt of
    /// the run ends the wait with `None` (the interpreter then raises KeyboardInterrupt).
    pub(crate) fn read_line(&self, seq: u32, run_id: u32) -> Result<Option<String>, String> {
        match self.kind {
            Channel::Shared => Ok(shared::read_line(self.buffer(), run_id)),
            Channel::ServiceWorker => self.read_service_worker(seq),
            Channel::Jspi => Ok(wait_for_line(seq).as_string()),
            Channel::None => Err(NO_CHANNEL.to_owned()),
        }
    }

    /// The shared channel's buffer (where the page also writes interrupts), if that is the
    /// channel.
    pub(crate) fn shared_buffer(&self) -> Option<&SharedArrayBuffer> {
        self.buffer.as_ref()
    }

    fn buffer(&self) -> &SharedArrayBuffer {
        self.buffer.as_ref().expect("shared channel has a buffer")
    }

    /// A synchronous request our service worker holds until the page posts the line to it.
    fn read_service_worker(&self, seq: u32) -> Result<Option<String>, String> {
        let request = SyncRequest::Input {
            session: &self.session,
            seq,
        };
        loop {
            let reply = self.request(&request).ok_or_else(|| {
                "input() lost its connection to the page (the service worker stopped). \
                 Reload the page and run the program again."
                    .to_owned()
            })?;
            match reply {
                SyncReply::Line { line } => return Ok(Some(line)),
                SyncReply::Eof => return Ok(None),
                // The hold timed out with nothing typed yet: ask again.
                SyncReply::Pending | SyncReply::Ok => continue,
            }
        }
    }

    pub(crate) fn sleep(&self, ms: f64) {
        if ms <= 0.0 {
            return;
        }
        match self.kind {
            Channel::Shared => shared::sleep(self.buffer(), ms),
            Channel::ServiceWorker => {
                let end = crate::now_ms() + ms;
                loop {
                    let left = end - crate::now_ms();
                    if left <= 0.0 {
                        return;
                    }
                    let chunk = left.min(f64::from(service_worker::HOLD_MS)).ceil() as u32;
                    if self.request(&SyncRequest::Sleep { ms: chunk }).is_none() {
                        return busy_wait(end);
                    }
                }
            }
            Channel::Jspi => {
                sleep(ms);
            }
            Channel::None => busy_wait(crate::now_ms() + ms),
        }
    }

    fn ping(&self) -> bool {
        self.request(&SyncRequest::Ping).is_some()
    }

    /// A synchronous GET to the service worker; None if it did not answer (no mark header) or
    /// the answer is not a [`SyncReply`].
    fn request(&self, request: &SyncRequest) -> Option<SyncReply> {
        let xhr = XmlHttpRequest::new().ok()?;
        xhr.open_with_async("GET", &request.path(), false).ok()?;
        xhr.send().ok()?;
        xhr.get_response_header(service_worker::MARK_HEADER)
            .ok()
            .flatten()?;
        let text = xhr.response_text().ok().flatten()?;
        wire::from_js(JSON::parse(&text).ok()?).ok()
    }
}

/// Said when a program calls input() where nothing can wait for the answer (a browser without
/// JavaScript Promise Integration, in an embed on another site or a private window).
const NO_CHANNEL: &str = "this browser can't wait for your answer to input() here. Open the \
     exercise in a tab of its own (the \"Open in pyplay\" link at the top), or give the program \
     fixed values instead of input() while you try it here.";

/// Last resort when nothing can block: exact, but keeps one core busy.
fn busy_wait(end_ms: f64) {
    while crate::now_ms() < end_ms {}
}

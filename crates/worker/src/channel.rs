//! Blocking the worker until the page answers: `input()` and `time.sleep`.
//! See docs/ARCHITECTURE.md ("Blocking without freezing") for why there are two channels.

use js_sys::{JSON, Reflect, SharedArrayBuffer};
use pyplay_protocol::{Channel, service_worker, shared};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::XmlHttpRequest;

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
            Channel::Shared if channel.buffer.is_none() => Channel::None,
            Channel::ServiceWorker if !channel.ping() => Channel::None,
            other => other,
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

    pub(crate) fn read_line(&self, seq: u32) -> Result<Option<String>, String> {
        match self.kind {
            Channel::Shared => Ok(shared::read_line(self.buffer())),
            Channel::ServiceWorker => self.read_service_worker(seq),
            Channel::None => Err(
                "input() can't wait for typing here: this browser gives this page neither \
                 a cross-origin isolated page nor service workers (private windows, and \
                 exercises embedded in another site, may not have them). Open pyplay in a tab \
                 of its own (the \"Open in pyplay\" link of an embedded exercise), or give \
                 your program fixed values instead of input()."
                    .to_owned(),
            ),
        }
    }

    fn buffer(&self) -> &SharedArrayBuffer {
        self.buffer.as_ref().expect("shared channel has a buffer")
    }

    /// A synchronous request our service worker holds until the page posts the line to it.
    fn read_service_worker(&self, seq: u32) -> Result<Option<String>, String> {
        let query = format!("input?session={}&seq={seq}", self.session);
        loop {
            let reply = self.request(&query).ok_or_else(|| {
                "input() lost its connection to the page (the service worker stopped). \
                 Reload the page and run the program again."
                    .to_owned()
            })?;
            let status = Reflect::get(&reply, &"status".into())
                .ok()
                .and_then(|s| s.as_string());
            match status.as_deref() {
                Some("line") => {
                    let line = Reflect::get(&reply, &"line".into())
                        .ok()
                        .and_then(|s| s.as_string());
                    return Ok(Some(line.unwrap_or_default()));
                }
                Some("eof") => return Ok(None),
                _ => continue, // "pending": the hold timed out with nothing typed yet; ask again.
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
                    let chunk = left.min(f64::from(service_worker::HOLD_MS)).ceil();
                    if self.request(&format!("sleep?ms={chunk}")).is_none() {
                        return busy_wait(end);
                    }
                }
            }
            Channel::None => busy_wait(crate::now_ms() + ms),
        }
    }

    fn ping(&self) -> bool {
        self.request("ping").is_some()
    }

    /// A synchronous GET to the service worker; None if it did not answer (no mark header).
    fn request(&self, query: &str) -> Option<JsValue> {
        let xhr = XmlHttpRequest::new().ok()?;
        let url = format!("{}{query}", service_worker::PREFIX);
        xhr.open_with_async("GET", &url, false).ok()?;
        xhr.send().ok()?;
        xhr.get_response_header(service_worker::MARK_HEADER)
            .ok()
            .flatten()?;
        let text = xhr.response_text().ok().flatten()?;
        JSON::parse(&text)
            .ok()
            .filter(|v| v.is_object())
            .map(|v| v.unchecked_into())
    }
}

/// Last resort when nothing can block: exact, but keeps one core busy.
fn busy_wait(end_ms: f64) {
    while crate::now_ms() < end_ms {}
}

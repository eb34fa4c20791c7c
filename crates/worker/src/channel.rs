//! Blocking the worker until the page answers: `input()` and `time.sleep`.
//! See docs/ARCHITECTURE.md ("Blocking without freezing") for why there are two channels.

use js_sys::{Atomics, Int32Array, JSON, Reflect, Uint8Array};
use pyplay_protocol::{Channel, service_worker, shared};
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::XmlHttpRequest;

pub(crate) struct InputChannel {
    kind: Channel,
    session: String,
    seq: Cell<u32>,
    /// Shared: the slots and the text bytes over one SharedArrayBuffer.
    slots: Option<(Int32Array, Uint8Array)>,
}

impl InputChannel {
    pub(crate) fn new(kind: Channel, shared: JsValue, session: String) -> Self {
        let slots = match kind {
            Channel::Shared if !shared.is_null() && !shared.is_undefined() => {
                Some((Int32Array::new(&shared), Uint8Array::new(&shared)))
            }
            _ => None,
        };
        let mut channel = Self {
            kind,
            session,
            seq: Cell::new(0),
            slots,
        };
        channel.kind = match kind {
            Channel::Shared if channel.slots.is_none() => Channel::None,
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
            Channel::Shared => Ok(self.read_shared()),
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

    fn read_shared(&self) -> Option<String> {
        let (slots, bytes) = self.slots.as_ref().expect("shared channel has slots");
        loop {
            let state = Atomics::load(slots, shared::STATE).unwrap_or(shared::EMPTY);
            if state != shared::EMPTY {
                let line = (state == shared::LINE).then(|| {
                    let length = Atomics::load(slots, shared::LENGTH).unwrap_or(0) as u32;
                    let length = length.min(shared::TEXT_CAPACITY);
                    let start = shared::TEXT_OFFSET;
                    String::from_utf8_lossy(&bytes.subarray(start, start + length).to_vec())
                        .into_owned()
                });
                let _ = Atomics::store(slots, shared::STATE, shared::EMPTY);
                return line;
            }
            let _ = Atomics::wait(slots, shared::STATE, shared::EMPTY);
        }
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
            Channel::Shared => {
                let (slots, _) = self.slots.as_ref().expect("shared channel has slots");
                let _ = Atomics::wait_with_timeout(slots, shared::SLEEP, 0, ms);
            }
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

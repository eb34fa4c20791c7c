//! The page's end of the input channel: how a line typed for `input()` reaches a worker that is
//! blocked waiting for it (docs/ARCHITECTURE.md, "Blocking without freezing").

use js_sys::{Atomics, Int32Array, Object, Reflect, SharedArrayBuffer, Uint8Array};
use pyplay_protocol::{Channel, service_worker, shared};
use wasm_bindgen::JsValue;
use web_sys::ServiceWorker;

pub(super) enum PageChannel {
    /// Each worker gets its own buffer: a stopped worker that has not died yet can then never
    /// take a line meant for the one after it.
    Shared,
    ServiceWorker(ServiceWorker),
    None,
}

impl PageChannel {
    pub(super) fn kind(&self) -> Channel {
        match self {
            PageChannel::Shared => Channel::Shared,
            PageChannel::ServiceWorker(_) => Channel::ServiceWorker,
            PageChannel::None => Channel::None,
        }
    }

    /// A new worker's own buffer, on the shared channel.
    pub(super) fn buffer_for_worker(&self) -> Option<SharedArrayBuffer> {
        matches!(self, PageChannel::Shared).then(|| SharedArrayBuffer::new(shared::BYTE_LENGTH))
    }

    /// Gives the worker (its session, its buffer) input line `seq`: `line`, or end of input.
    /// On the service-worker channel the answer is sent again until the worker confirms it
    /// (a service worker stopped between our post and the worker's read loses it): the
    /// returned timer does that until dropped.
    pub(super) fn answer(
        &self,
        session: &str,
        buffer: Option<&SharedArrayBuffer>,
        seq: u32,
        line: Option<String>,
    ) -> Option<gloo_timers::callback::Interval> {
        match self {
            PageChannel::Shared => {
                write_line(buffer?, line.as_deref());
                None
            }
            PageChannel::ServiceWorker(sw) => {
                let message = Object::new();
                let set = |key: &str, value: JsValue| {
                    let _ = Reflect::set(&message, &key.into(), &value);
                };
                set("type", "pyplay-input".into());
                set("session", session.into());
                set("seq", seq.into());
                set("eof", line.is_none().into());
                set("line", line.unwrap_or_default().into());
                let _ = sw.post_message(&message);
                let sw = sw.clone();
                Some(gloo_timers::callback::Interval::new(
                    service_worker::RESEND_MS,
                    move || {
                        let _ = sw.post_message(&message);
                    },
                ))
            }
            PageChannel::None => None,
        }
    }
}

/// Puts a line (or end of input) into a worker's shared buffer and wakes the worker.
fn write_line(buffer: &SharedArrayBuffer, line: Option<&str>) {
    let slots = Int32Array::new(buffer);
    let bytes = Uint8Array::new(buffer);
    let text = line.unwrap_or_default();
    let mut cut = text.len().min(shared::TEXT_CAPACITY as usize);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    bytes
        .subarray(shared::TEXT_OFFSET, shared::TEXT_OFFSET + text.len() as u32)
        .copy_from(text.as_bytes());
    let state = if line.is_some() {
        shared::LINE
    } else {
        shared::EOF
    };
    let _ = Atomics::store(&slots, shared::LENGTH, text.len() as i32);
    let _ = Atomics::store(&slots, shared::STATE, state);
    let _ = Atomics::notify(&slots, shared::STATE);
}

//! The page's end of the input channel: how a line typed for `input()` reaches a worker that is
//! blocked waiting for it (docs/ARCHITECTURE.md, "Blocking without freezing").

use js_sys::SharedArrayBuffer;
use pyplay_protocol::service_worker::{self, ToServiceWorker};
use pyplay_protocol::{Channel, shared, wire};
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
        matches!(self, PageChannel::Shared).then(shared::new_buffer)
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
                shared::write_line(buffer?, line.as_deref());
                None
            }
            PageChannel::ServiceWorker(sw) => {
                let message = wire::to_js(&ToServiceWorker::Input {
                    session: session.to_owned(),
                    seq,
                    line,
                });
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

//! The service-worker channel ([`Channel::ServiceWorker`](crate::Channel::ServiceWorker), pages
//! that are not cross-origin isolated): `web/sw.js` implements the other end, and
//! `tests/web.rs` fails, naming the constant, when sw.js's copies differ from these.
//!
//! The worker blocks in a synchronous request ([`SyncRequest`]) under [`PREFIX`] that the service
//! worker holds until the page posts the line to it ([`ToServiceWorker::Input`]), or answers
//! [`SyncReply::Pending`] after [`HOLD_MS`] so the worker asks again.

use serde::{Deserialize, Serialize};

/// URL path prefix (relative to the app) that the service worker answers itself.
pub const PREFIX: &str = "__pyplay_sync__/";
/// Header the service worker sets on its answers, so a request that reached the network
/// instead is recognised.
pub const MARK_HEADER: &str = "x-pyplay-sync";
/// How long the service worker holds a read before answering "nothing yet" (ms); also the
/// longest sleep one request asks for.
pub const HOLD_MS: u32 = 2000;
/// How long the page waits for `InputReceived` before sending a line again (ms): a service
/// worker stopped between the page's post and the worker's read loses the line.
pub const RESEND_MS: u32 = 1000;

/// Page → service worker (`ServiceWorker.postMessage`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum ToServiceWorker {
    /// `{type: "pyplay-input", session, seq, line}`: the answer to input request `seq` of the
    /// worker with this `session`; `line` is `null` for end of input (Ctrl+D). Kept until the
    /// worker reads it; re-sends of a line already read are ignored.
    #[serde(rename = "pyplay-input")]
    Input {
        session: String,
        seq: u32,
        line: Option<String>,
    },
    /// `{type: "pyplay-skip-waiting"}`: a new version is installed and waiting; activate it now
    /// (the update notice's Reload).
    #[serde(rename = "pyplay-skip-waiting")]
    SkipWaiting,
}

/// Worker → service worker: a synchronous `GET` of [`SyncRequest::path`], held or answered by
/// sw.js with a [`SyncReply`] (JSON) and the [`MARK_HEADER`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncRequest<'a> {
    /// Is the service worker there and intercepting? Answered `Ok` at once.
    Ping,
    /// Input line `seq` of `session`: answered `Line` or `Eof` when the page posts it, or
    /// `Pending` after [`HOLD_MS`].
    Input { session: &'a str, seq: u32 },
    /// Answered `Ok` after `ms` milliseconds (at most [`HOLD_MS`]).
    Sleep { ms: u32 },
}

impl SyncRequest<'_> {
    /// The operation, the URL path after [`PREFIX`].
    pub fn op(&self) -> &'static str {
        match self {
            SyncRequest::Ping => "ping",
            SyncRequest::Input { .. } => "input",
            SyncRequest::Sleep { .. } => "sleep",
        }
    }

    /// The query parameters, in order.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        match *self {
            SyncRequest::Ping => vec![],
            SyncRequest::Input { session, seq } => {
                vec![("session", session.to_owned()), ("seq", seq.to_string())]
            }
            SyncRequest::Sleep { ms } => vec![("ms", ms.to_string())],
        }
    }

    /// The URL to request, relative to the app: `__pyplay_sync__/input?session=…&seq=3`.
    /// (Values are not escaped: sessions are made of digits and `-`.)
    pub fn path(&self) -> String {
        let query: Vec<String> = self
            .params()
            .into_iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        if query.is_empty() {
            format!("{PREFIX}{}", self.op())
        } else {
            format!("{PREFIX}{}?{}", self.op(), query.join("&"))
        }
    }
}

/// Service worker → worker: the JSON body of the answer to a [`SyncRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum SyncReply {
    /// `{status: "ok"}`: the answer to `Ping` and, when the time is up, to `Sleep`.
    Ok,
    /// `{status: "line", line}`: the typed line.
    Line { line: String },
    /// `{status: "eof"}`: end of input (Ctrl+D).
    Eof,
    /// `{status: "pending"}`: nothing typed within [`HOLD_MS`]; ask again.
    Pending,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_messages_have_the_shape_sw_js_reads() {
        let line = ToServiceWorker::Input {
            session: "17-2".into(),
            seq: 3,
            line: Some("hi".into()),
        };
        assert_eq!(
            serde_json::to_string(&line).unwrap(),
            r#"{"type":"pyplay-input","session":"17-2","seq":3,"line":"hi"}"#
        );
        let eof = ToServiceWorker::Input {
            session: "17-2".into(),
            seq: 4,
            line: None,
        };
        assert_eq!(
            serde_json::to_string(&eof).unwrap(),
            r#"{"type":"pyplay-input","session":"17-2","seq":4,"line":null}"#
        );
        assert_eq!(
            serde_json::to_string(&ToServiceWorker::SkipWaiting).unwrap(),
            r#"{"type":"pyplay-skip-waiting"}"#
        );
    }

    #[test]
    fn requests_are_paths_under_the_prefix() {
        assert_eq!(SyncRequest::Ping.path(), "__pyplay_sync__/ping");
        let input = SyncRequest::Input {
            session: "17-2",
            seq: 3,
        };
        assert_eq!(input.path(), "__pyplay_sync__/input?session=17-2&seq=3");
        assert_eq!(
            SyncRequest::Sleep { ms: 250 }.path(),
            "__pyplay_sync__/sleep?ms=250"
        );
    }

    #[test]
    fn replies_read_as_sw_js_writes_them() {
        let parse = |json: &str| serde_json::from_str::<SyncReply>(json).ok();
        assert_eq!(parse(r#"{"status":"ok"}"#), Some(SyncReply::Ok));
        assert_eq!(
            parse(r#"{"status":"line","line":"hi"}"#),
            Some(SyncReply::Line { line: "hi".into() })
        );
        assert_eq!(parse(r#"{"status":"eof"}"#), Some(SyncReply::Eof));
        assert_eq!(parse(r#"{"status":"pending"}"#), Some(SyncReply::Pending));
        assert_eq!(parse(r#"{"status":"line"}"#), None);
        assert_eq!(parse(r#"{"status":"other"}"#), None);
    }
}

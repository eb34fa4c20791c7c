//! Every message that crosses one of pyplay's boundaries, as serde types shared by both sides:
//!
//! - page ↔ worker: [`Start`] (the first message a worker gets), then [`ToWorker`] and
//!   [`FromWorker`];
//! - page → service worker and the worker's held requests: [`service_worker`];
//! - the SharedArrayBuffer input channel, both halves: [`shared`];
//! - an embed ↔ the page it sits in: [`embed`].
//!
//! On the wire they are plain JSON-compatible JS objects tagged by `type` (`wire`, on wasm,
//! converts).
//! Replies to `input()` travel through the input channel described by [`Channel`]: not as
//! messages (the worker is blocked inside Python then), except on [`Channel::Jspi`], where the
//! run is suspended and [`ToWorker::Answer`] reaches it. The few places where JavaScript
//! writes or reads these shapes itself (`web/sw.js`, `web/worker.js`, `web/index.html`) are
//! pinned to the Rust types by `tests/web.rs`.

pub mod embed;
pub mod service_worker;
pub mod shared;
pub mod wire;

use pyplay_lessons::{Check, CheckResult};
use serde::{Deserialize, Serialize};

/// Page → worker: the messages that start a worker (`Boot` from index.html to the first worker
/// only, `Init` once to every worker), before any [`ToWorker`]. Besides these serde fields a
/// start message carries the compiled `WebAssembly.Module` in [`Start::MODULE_FIELD`] (and, for
/// `Init` on the shared channel, the SharedArrayBuffer in [`Start::SHARED_FIELD`]);
/// `web/worker.js` instantiates the module, then hands the message to the worker's Rust.
/// `wire::start_message` writes such a message, `wire::read_start` reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Start {
    /// `{type: "boot", module}`: start the interpreter before the page has chosen an input
    /// channel. Posted by `web/index.html`'s inline script (JavaScript, pinned to this shape by
    /// `tests/web.rs`) to the first worker while the app is still loading; `Init` follows.
    Boot,
    /// `{type: "init", module, channel, session, shared?}`: set up the input channel and start
    /// the interpreter (unless `Boot` did), then answer `Ready`. `session` names this worker's
    /// input lines on the service-worker channel (it goes into a URL: keep it URL-safe).
    Init { channel: Channel, session: String },
}

impl Start {
    /// The property of a start message that holds the compiled `WebAssembly.Module`.
    pub const MODULE_FIELD: &str = "module";
    /// The property of an `Init` message that holds the SharedArrayBuffer ([`Channel::Shared`]).
    pub const SHARED_FIELD: &str = "shared";
}

/// Page → worker, after [`Start`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToWorker {
    /// Run a program. Only sent while the worker is idle (after `Ready` or `Finished`).
    Run { run_id: u32, source: String },
    /// Check a program against an exercise's checks (runs it with scripted input, output
    /// captured, sleeps instant). Answered by `Checked`.
    Check {
        run_id: u32,
        source: String,
        checks: Vec<Check>,
    },
    /// Run a program for step-through: as `Run` (output, input() and drawing as usual), while
    /// its first `pyplay_steps::STEP_BUDGET` steps are recorded; `Steps` comes before
    /// `Finished`.
    StepThrough { run_id: u32, source: String },
    /// One statement typed in the `>>>` console: the lines entered so far for it, joined with
    /// newlines. Runs in the namespace of the last program run (or a fresh one), echoing the
    /// value of an expression. Answered by `ConsoleMore` if the statement needs another line,
    /// otherwise by output and `Finished`.
    Console { run_id: u32, source: String },
    /// The learner's language (a code such as `es`), for the explanations of later errors;
    /// English until it comes, and for a language with no explanations of its own. Sent before
    /// the first job of each worker and again after the learner changes language.
    Language { code: String },
    /// Put a data file (e.g. a lesson's word list) where the program's `open(name)` finds it.
    /// Files last as long as the worker; the page sends them again to a new worker.
    PutFile {
        name: String,
        #[serde(with = "serde_bytes")]
        data: Vec<u8>,
    },
    /// On the [`Channel::Jspi`] channel, the answer to input request `seq` (`line: None` is end
    /// of input; for a program waiting for keys and clicks, the events as JSON). Sent while the
    /// worker's run is suspended: `web/worker.js` hands it over at once instead of queueing it
    /// behind the run (pinned by `tests/web.rs`).
    Answer { seq: u32, line: Option<String> },
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FromWorker {
    /// The interpreter is up; `startup_ms` is how long creating it took inside the worker.
    /// `channel` is the input channel that works (it may be `None` if the one offered didn't).
    Ready { startup_ms: f64, channel: Channel },
    /// Text the running program wrote (batched, in order).
    Output {
        run_id: u32,
        stream: Stream,
        text: String,
    },
    /// Changes to the program's drawing (tkinter's Canvas, turtle), in order with its output:
    /// at most about one batch per animation frame, and always before the program blocks
    /// (sleep, input) or ends. See `pyplay_drawing`.
    Draw {
        run_id: u32,
        ops: Vec<pyplay_drawing::Op>,
    },
    /// The program waits for keys and clicks on its drawing (tkinter's `mainloop`, or
    /// `update()` with handlers bound) and is blocked until the page answers line `seq` of
    /// this worker through the input channel with a JSON list of `pyplay_drawing::Event`s:
    /// at once if some are queued, else when one comes or after `wait_ms` (then `[]`).
    /// Answered like input (`InputReceived` follows), but no input box is shown.
    EventsWanted { run_id: u32, seq: u32, wait_ms: u32 },
    /// The program called `input()` (its prompt was already sent as output) and is blocked
    /// until the page answers line number `seq` of this worker through the input channel.
    InputRequest { run_id: u32, seq: u32 },
    /// The worker has read input line `seq`; the page may stop re-sending it.
    InputReceived { run_id: u32, seq: u32 },
    /// What a `StepThrough` run recorded (or why nothing could be), just before its
    /// `Finished`.
    Steps {
        run_id: u32,
        trace: Result<pyplay_steps::Trace, String>,
    },
    /// The program (or console statement) ended.
    Finished { run_id: u32, outcome: Outcome },
    /// The console statement is incomplete (a block or an open bracket): show `...` for the
    /// next line.
    ConsoleMore { run_id: u32 },
    /// The results of a `Check`, one per check (an input-table check gives one per case).
    Checked {
        run_id: u32,
        results: Vec<CheckResult>,
    },
    /// The worker is broken (a Rust panic or a failed start) and must be replaced. Where the
    /// wasm could not even be instantiated, `web/worker.js` writes this message itself (pinned
    /// by `tests/web.rs`).
    Crashed { message: String },
    /// The program asked for more memory than a worker may use (`limit_mb`, see
    /// `pyplay_worker`'s memory cap); the worker is replaced, as after a crash, and the learner
    /// is told in Python's words.
    OutOfMemory { limit_mb: u32 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// Ran to the end or called exit(); 0 is success.
    Exited { code: i32 },
    /// An uncaught exception (its traceback is already in the output).
    Error { error: PythonError },
    /// A bug below Python; the worker is replaced after this.
    Internal { message: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PythonError {
    pub kind: String,
    pub message: String,
    /// Line in the user's program, 0 if unknown.
    pub line: u32,
    /// A short plain-language explanation for a beginner, shown under the traceback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// How the page answers `input()` and how the worker sleeps, chosen by the page at start.
/// (The shared buffer itself is passed beside this description, as it is not serde data.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Cross-origin isolated page: a SharedArrayBuffer laid out as in [`shared`].
    Shared,
    /// No isolation: synchronous requests to [`service_worker::PREFIX`] answered by our
    /// service worker.
    ServiceWorker,
    /// Neither, but the worker's browser has JavaScript Promise Integration
    /// (`WebAssembly.Suspending`, Chromium 137+): the run is suspended while it waits and the
    /// page answers with [`ToWorker::Answer`]. The worker chooses it itself (the page offers
    /// the other two) and says so in `Ready`; e.g. an embed on another site, where storage
    /// partitioning keeps our service worker away.
    Jspi,
    /// Nothing is available: input() raises a clear error, sleep busy-waits.
    None,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_tagged_objects() {
        let msg = FromWorker::Finished {
            run_id: 3,
            outcome: Outcome::Exited { code: 0 },
        };
        let json = serde_json::to_string(&msg).unwrap();
        assert_eq!(
            json,
            r#"{"type":"finished","run_id":3,"outcome":{"kind":"exited","code":0}}"#
        );
        assert_eq!(serde_json::from_str::<FromWorker>(&json).unwrap(), msg);
    }

    #[test]
    fn the_language_is_a_code() {
        let msg = ToWorker::Language { code: "es".into() };
        let json = serde_json::to_string(&msg).unwrap();
        assert_eq!(json, r#"{"type":"language","code":"es"}"#);
        assert_eq!(serde_json::from_str::<ToWorker>(&json).unwrap(), msg);
    }

    #[test]
    fn start_messages_are_tagged_objects() {
        assert_eq!(
            serde_json::to_string(&Start::Boot).unwrap(),
            r#"{"type":"boot"}"#
        );
        let init = Start::Init {
            channel: Channel::ServiceWorker,
            session: "17-2".into(),
        };
        let json = serde_json::to_string(&init).unwrap();
        assert_eq!(
            json,
            r#"{"type":"init","channel":"service_worker","session":"17-2"}"#
        );
        assert_eq!(serde_json::from_str::<Start>(&json).unwrap(), init);
        // The module and buffer ride along as extra properties; reading ignores them.
        let with_extras =
            r#"{"type":"init","module":{},"shared":{},"channel":"shared","session":"s"}"#;
        assert_eq!(
            serde_json::from_str::<Start>(with_extras).unwrap(),
            Start::Init {
                channel: Channel::Shared,
                session: "s".into()
            }
        );
    }

    #[test]
    fn drawings_are_ops_inside_a_tagged_message() {
        let json = r##"{"type":"draw","run_id":2,"ops":[{"op":"clear"},{"op":"put","id":1,"shape":"line","coords":[0,0,5,5],"fill":"#000000"}]}"##;
        let FromWorker::Draw { run_id, ops } = serde_json::from_str(json).unwrap() else {
            panic!("not a draw message")
        };
        assert_eq!((run_id, ops.len()), (2, 2));
        assert_eq!(ops[0], pyplay_drawing::Op::Clear);
    }

    #[test]
    fn crashed_is_a_tagged_object() {
        let crashed = FromWorker::Crashed {
            message: "boom".into(),
        };
        assert_eq!(
            serde_json::to_string(&crashed).unwrap(),
            r#"{"type":"crashed","message":"boom"}"#
        );
    }
}

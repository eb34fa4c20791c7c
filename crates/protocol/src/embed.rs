//! The embed API: what an embedded exercise tells the page it sits in, and the commands it takes
//! from that page (`postMessage`, documented for organizers in docs/EMBED.md).
//!
//! Events go out as `{source: "pyplay", type: "run-finished", …}`; commands come in as
//! `{type: "pyplay:run"}`. Both are plain JSON-compatible objects.

use serde::{Deserialize, Serialize};

/// Every event carries `source: SOURCE`, so a host page can tell pyplay's messages apart.
pub const SOURCE: &str = "pyplay";

/// Something the embed tells its host page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Event {
    /// Python is ready to run and the exercise is open (sent once).
    Ready,
    /// Run, Check or a console line started.
    RunStarted { kind: RunKind },
    /// It ended: `output` is the text the learner saw; `error` the exception's type.
    RunFinished {
        output: String,
        status: RunStatus,
        error: Option<String>,
    },
    /// Every check of the exercise passed.
    ExercisePassed { lesson: String, exercise: String },
}

/// What was started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunKind {
    Run,
    Check,
    Console,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    Ok,
    Error,
    /// Stop was pressed, or Python crashed and was replaced.
    Stopped,
}

/// A command from the host page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Command {
    /// Replace the code in the editor.
    #[serde(rename = "pyplay:set-code")]
    SetCode { code: String },
    /// Press Run (ignored while something runs).
    #[serde(rename = "pyplay:run")]
    Run,
    /// Press Check (exercises with checks).
    #[serde(rename = "pyplay:check")]
    Check,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_have_the_documented_shape() {
        let finished = Event::RunFinished {
            output: "hi\n".into(),
            status: RunStatus::Error,
            error: Some("NameError".into()),
        };
        assert_eq!(
            serde_json::to_string(&finished).unwrap(),
            r#"{"type":"run-finished","output":"hi\n","status":"error","error":"NameError"}"#
        );
        let started = Event::RunStarted {
            kind: RunKind::Console,
        };
        assert_eq!(
            serde_json::to_string(&started).unwrap(),
            r#"{"type":"run-started","kind":"console"}"#
        );
        assert_eq!(
            serde_json::to_string(&Event::Ready).unwrap(),
            r#"{"type":"ready"}"#
        );
    }

    #[test]
    fn commands_read_as_documented() {
        let parse = |json: &str| serde_json::from_str::<Command>(json).ok();
        assert_eq!(
            parse(r#"{"type":"pyplay:set-code","code":"print(1)"}"#),
            Some(Command::SetCode {
                code: "print(1)".into()
            })
        );
        assert_eq!(parse(r#"{"type":"pyplay:run"}"#), Some(Command::Run));
        assert_eq!(
            parse(r#"{"type":"pyplay:check","extra":1}"#),
            Some(Command::Check)
        );
        assert_eq!(parse(r#"{"type":"pyplay:set-code"}"#), None);
        assert_eq!(parse(r#"{"type":"other"}"#), None);
    }
}

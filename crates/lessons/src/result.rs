//! What Check found, as the worker sends it to the page: for each check whether it passed, what
//! it checked ([`CheckTitle`]) and what went wrong ([`Failure`]). What pyplay itself says is
//! carried as typed values, not sentences, so the page can say it in the learner's language
//! (`components/check_results.rs`, with the messages of `pyplay-i18n`'s catalogs); their
//! [`Display`](fmt::Display) is pyplay's English, which `pyplay verify` (for organizers) and
//! native tests use, and which the English catalog says word for word.

use crate::Construct;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The result of one check against a learner's program (see the `pyplay-checks` crate).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    pub passed: bool,
    /// What was checked ("Output", "With input Ada", "Tests", "Uses a for loop").
    pub title: CheckTitle,
    pub failure: Option<Failure>,
}

/// What a check checked: the title of its result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CheckTitle {
    /// An `output` check: the program run with no input. "Output".
    Output,
    /// One case of an `io` check: the lines typed. "With input Ada, 3".
    WithInput { input: Vec<String> },
    /// A `tests` check. "Tests".
    Tests,
    /// A `drawing` check. "Drawing".
    Drawing,
    /// A `plot` check. "Plot".
    Plot,
    /// A `uses` check: the construct asked for. "Uses a for loop", "Calls len()".
    Uses { construct: Construct },
}

/// What went wrong in a check that did not pass.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Failure {
    /// The console differed: show both, with the typed lines.
    Output {
        input: Vec<String>,
        expected: String,
        actual: String,
    },
    /// Words pyplay shows as they are: an organizer's (a `uses` check's message), Python's (an
    /// assertion's `AssertionError: …`, an error outside the learner's program), or a drawing
    /// or plot comparison's (`pyplay-drawing`, `matplotlib._check`: English for now).
    Message { text: String },
    /// The program stopped with an error at line `line` (from 1) of it: "Your program stopped with
    /// NameError: name 'x' is not defined (line 3)." (An error outside it, e.g. in a `tests`
    /// check's assertions, is Python's words: a [`Failure::Message`].)
    Error {
        /// The exception's type, e.g. `NameError`.
        error: String,
        /// Python's message.
        message: String,
        line: u32,
    },
    /// The check stopped the program after `limit` characters of output (a loop that never
    /// ends), at line `line` of it (0: outside it).
    TooMuchOutput { limit: usize, line: u32 },
    /// The check stopped the program's animation after `limit` frames, at line `line` of it
    /// (0: outside it). (A drawing check compares what was drawn by then instead.)
    TooManyFrames { limit: u32, line: u32 },
    /// pyplay failed to run the program: "pyplay had an internal problem: …".
    Internal { message: String },
    /// A `uses` check could not read the program (a syntax error, the last line of Python's
    /// message): "The program can't be read yet: SyntaxError: …".
    Unreadable { message: String },
    /// A plot check's reference program made no plot summary: the check itself is broken.
    NoPlotSummary,
}

impl fmt::Display for CheckTitle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Output => f.write_str("Output"),
            Self::WithInput { input } => write!(f, "With input {}", input.join(", ")),
            Self::Tests => f.write_str("Tests"),
            Self::Drawing => f.write_str("Drawing"),
            Self::Plot => f.write_str("Plot"),
            Self::Uses { construct } => match construct {
                Construct::For => f.write_str("Uses a for loop"),
                Construct::While => f.write_str("Uses a while loop"),
                Construct::Def => f.write_str("Defines a function"),
                Construct::If => f.write_str("Uses if"),
                Construct::Return => f.write_str("Returns a value"),
                Construct::Comprehension => f.write_str("Uses a comprehension"),
                Construct::FString => f.write_str("Uses an f-string"),
                Construct::Call(name) => write!(f, "Calls {name}()"),
                Construct::Method(name) => write!(f, "Uses .{name}()"),
                Construct::Import(name) => write!(f, "Imports {name}"),
            },
        }
    }
}

/// Why the check stopped a program, as the KeyboardInterrupt it raised says.
fn stopped(f: &mut fmt::Formatter<'_>, why: fmt::Arguments, line: u32) -> fmt::Result {
    if line > 0 {
        write!(
            f,
            "Your program stopped with KeyboardInterrupt: {why} (line {line})."
        )
    } else {
        write!(f, "KeyboardInterrupt: {why}")
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Output {
                expected, actual, ..
            } => write!(f, "Expected:\n{expected}\nYour program showed:\n{actual}"),
            Self::Message { text } => f.write_str(text),
            Self::Error {
                error,
                message,
                line,
            } => write!(
                f,
                "Your program stopped with {error}: {message} (line {line})."
            ),
            Self::TooMuchOutput { limit, line } => stopped(
                f,
                format_args!(
                    "the check stopped your program after {limit} characters of output. Does a loop never end?"
                ),
                *line,
            ),
            Self::TooManyFrames { limit, line } => stopped(
                f,
                format_args!(
                    "the check stopped your animation after {limit} frames (a minute of it)"
                ),
                *line,
            ),
            Self::Internal { message } => write!(f, "pyplay had an internal problem: {message}"),
            Self::Unreadable { message } => {
                write!(f, "The program can't be read yet: {message}")
            }
            Self::NoPlotSummary => f.write_str(
                "The reference program made no plot summary: the check itself is broken.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_travel_as_tagged_json() {
        let result = CheckResult {
            passed: false,
            title: CheckTitle::Uses {
                construct: Construct::Call("len".into()),
            },
            failure: Some(Failure::Error {
                error: "NameError".into(),
                message: "name 'x' is not defined".into(),
                line: 3,
            }),
        };
        let json = serde_json::to_value(&result).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "passed": false,
                "title": {"kind": "uses", "construct": "call:len"},
                "failure": {"kind": "error", "error": "NameError", "message": "name 'x' is not defined", "line": 3}
            })
        );
        assert_eq!(serde_json::from_value::<CheckResult>(json).unwrap(), result);
        let titles = [
            CheckTitle::Output,
            CheckTitle::WithInput {
                input: vec!["Ada".into()],
            },
            CheckTitle::Plot,
        ];
        for title in titles {
            let json = serde_json::to_string(&title).unwrap();
            assert_eq!(serde_json::from_str::<CheckTitle>(&json).unwrap(), title);
        }
        assert_eq!(
            serde_json::to_string(&Failure::NoPlotSummary).unwrap(),
            r#"{"kind":"no_plot_summary"}"#
        );
    }

    #[test]
    fn titles_and_failures_have_pyplays_english() {
        let title = |title: CheckTitle| title.to_string();
        assert_eq!(title(CheckTitle::Output), "Output");
        assert_eq!(
            title(CheckTitle::WithInput {
                input: vec!["3".into(), "4".into()]
            }),
            "With input 3, 4"
        );
        assert_eq!(
            title(CheckTitle::Uses {
                construct: Construct::Method("split".into())
            }),
            "Uses .split()"
        );
        let error = Failure::Error {
            error: "NameError".into(),
            message: "name 'x' is not defined".into(),
            line: 3,
        };
        assert_eq!(
            error.to_string(),
            "Your program stopped with NameError: name 'x' is not defined (line 3)."
        );
        assert_eq!(
            Failure::TooMuchOutput {
                limit: 100_000,
                line: 2
            }
            .to_string(),
            "Your program stopped with KeyboardInterrupt: the check stopped your program after \
             100000 characters of output. Does a loop never end? (line 2)."
        );
        assert_eq!(
            Failure::TooManyFrames {
                limit: 3600,
                line: 0
            }
            .to_string(),
            "KeyboardInterrupt: the check stopped your animation after 3600 frames (a minute of it)"
        );
    }
}

//! Step-through (issue 18): a program's run recorded step by step, as the engine's tracer
//! (crates/engine/py/_pyplay_trace.py, on `sys.settrace`) writes it and the page shows it.
//! The worker records the whole run (up to [`STEP_BUDGET`] steps) while it runs as usual, with
//! input() answered by the learner; the page then moves through the steps — next, back, run to
//! a line — without running anything again, so "back" is exact.

use serde::{Deserialize, Serialize};

/// How many steps a run records; after that it runs on at full speed (a loop of a million
/// turns still ends as usual) and [`Trace::truncated`] says so.
pub const STEP_BUDGET: u32 = 1_000;

/// A recorded run.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Trace {
    pub steps: Vec<Step>,
    /// Everything the program wrote while it was recorded, with the lines typed for input()
    /// (as the console echoes them).
    pub output: String,
    /// The program ran past [`STEP_BUDGET`] steps: only the first ones were recorded.
    pub truncated: bool,
}

/// One step: a line about to run, a function returning, or an exception raised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The line in the learner's program.
    pub line: u32,
    pub event: Event,
    /// The learner's frames, outermost (the module's, `<module>`) first.
    pub frames: Vec<Frame>,
    /// How much of [`Trace::output`] had been written (bytes).
    pub output: usize,
    /// What a returning function gives back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// The exception raised, as its traceback's last line says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exception: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    Line,
    Return,
    Exception,
}

/// A function call in progress (or the program's own top level, `<module>`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    pub function: String,
    pub line: u32,
    pub variables: Vec<Variable>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Variable {
    pub name: String,
    pub value: Value,
}

/// A value as a step shows it: its `repr`, or a collection's items (a few levels deep).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Value {
    Atom {
        text: String,
    },
    /// A list, tuple or set (`kind`); `more` items were left out.
    Items {
        kind: String,
        items: Vec<Value>,
        more: usize,
    },
    /// A dict's keys and values.
    Pairs {
        kind: String,
        items: Vec<(Value, Value)>,
        more: usize,
    },
}

impl Value {
    /// The value as Python would write it (shortened collections end with `…`).
    pub fn text(&self) -> String {
        match self {
            Value::Atom { text } => text.clone(),
            Value::Items { kind, items, more } => {
                let mut parts: Vec<String> = items.iter().map(Value::text).collect();
                if *more > 0 {
                    parts.push("…".into());
                }
                let inside = parts.join(", ");
                match kind.as_str() {
                    "tuple" if items.len() == 1 && *more == 0 => format!("({inside},)"),
                    "tuple" => format!("({inside})"),
                    "set" | "frozenset" if items.is_empty() => format!("{kind}()"),
                    "set" => format!("{{{inside}}}"),
                    "frozenset" => format!("frozenset({{{inside}}})"),
                    _ => format!("[{inside}]"),
                }
            }
            Value::Pairs { items, more, .. } => {
                let mut parts: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", k.text(), v.text()))
                    .collect();
                if *more > 0 {
                    parts.push("…".into());
                }
                format!("{{{}}}", parts.join(", "))
            }
        }
    }
}

impl Trace {
    /// Reads the tracer's JSON. Python counts output in characters; here it is bytes.
    pub fn from_json(json: &str) -> Result<Trace, String> {
        let mut trace: Trace =
            serde_json::from_str(json).map_err(|err| format!("pyplay's step recording: {err}"))?;
        let bytes: Vec<usize> = trace
            .output
            .char_indices()
            .map(|(at, _)| at)
            .chain([trace.output.len()])
            .collect();
        for step in &mut trace.steps {
            step.output = bytes
                .get(step.output)
                .copied()
                .unwrap_or(trace.output.len());
        }
        Ok(trace)
    }

    /// The output written before step `index` ran.
    pub fn output_before(&self, index: usize) -> &str {
        let end = self
            .steps
            .get(index)
            .map_or(self.output.len(), |step| step.output);
        &self.output[..end.min(self.output.len())]
    }

    /// "Run to line": the first step after `from` on `line`, if the program gets there.
    pub fn next_on_line(&self, from: usize, line: u32) -> Option<usize> {
        self.steps
            .iter()
            .enumerate()
            .skip(from + 1)
            .find(|(_, step)| step.line == line && step.event == Event::Line)
            .map(|(index, _)| index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"{"steps": [
        {"line": 1, "event": "line", "frames": [{"function": "<module>", "line": 1, "variables": []}], "output": 0},
        {"line": 2, "event": "line", "frames": [{"function": "<module>", "line": 2, "variables": [
            {"name": "xs", "value": {"t": "items", "kind": "list", "items": [{"t": "atom", "text": "1"}, {"t": "atom", "text": "'é'"}], "more": 0}},
            {"name": "d", "value": {"t": "pairs", "kind": "dict", "items": [[{"t": "atom", "text": "'a'"}, {"t": "items", "kind": "tuple", "items": [{"t": "atom", "text": "1"}], "more": 0}]], "more": 2}}
        ]}], "output": 3},
        {"line": 1, "event": "line", "frames": [], "output": 3}
    ], "output": "éé\nok\n", "truncated": false}"#;

    #[test]
    fn a_recording_is_read_with_output_positions_in_bytes() {
        let trace = Trace::from_json(JSON).unwrap();
        assert_eq!(trace.steps.len(), 3);
        assert_eq!(trace.output_before(0), "");
        assert_eq!(trace.output_before(1), "éé\n");
        assert_eq!(trace.output_before(3), "éé\nok\n");
        let variables = &trace.steps[1].frames[0].variables;
        assert_eq!(variables[0].value.text(), "[1, 'é']");
        assert_eq!(variables[1].value.text(), "{'a': (1,), …}");
    }

    #[test]
    fn run_to_line_finds_the_next_step_there() {
        let trace = Trace::from_json(JSON).unwrap();
        assert_eq!(trace.next_on_line(0, 1), Some(2));
        assert_eq!(trace.next_on_line(0, 2), Some(1));
        assert_eq!(trace.next_on_line(2, 2), None);
    }

    #[test]
    fn a_damaged_recording_says_so() {
        assert!(
            Trace::from_json("{")
                .unwrap_err()
                .contains("step recording")
        );
    }
}

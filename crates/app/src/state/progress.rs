//! The learner's saved work as data, without the browser: how a saved program is written (its
//! code and when it was saved, so the newest of two copies can be told), and what importing a
//! progress file would change (`plan`), so the learner is asked before any code is replaced and
//! the import can be undone.

use super::Selection;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// One saved program as stored (JSON): the code and when it was saved (ms since 1970). Older
/// pyplays stored the code alone, as a JSON string; those have no time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCode {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved: Option<f64>,
}

impl SavedCode {
    pub fn parse(raw: &str) -> Option<SavedCode> {
        // Two plain attempts rather than an untagged enum: serde's untagged machinery costs
        // the page's wasm kilobytes.
        serde_json::from_str(raw).ok().or_else(|| {
            serde_json::from_str(raw)
                .ok()
                .map(|code| SavedCode { code, saved: None })
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether this copy was saved after `other` (a copy without a time is the older).
    pub fn newer_than(&self, other: &SavedCode) -> bool {
        self.saved.unwrap_or(0.0) > other.saved.unwrap_or(0.0)
    }
}

/// Where a storage key holds an exercise's code: `pyplay:<scope>code:<lesson>/<exercise>`;
/// returns the scope ("" for the app, `embed:<site>:` in an embed) and the exercise.
pub fn code_key_parts(key: &str) -> Option<(&str, Selection)> {
    let rest = key.strip_prefix("pyplay:")?;
    let at = rest.rfind("code:")?;
    let (scope, name) = (&rest[..at], &rest[at + "code:".len()..]);
    if !(scope.is_empty() || scope.starts_with("embed:") && scope.ends_with(':')) {
        return None;
    }
    let (lesson, exercise) = name.split_once('/')?;
    Some((scope, (lesson.to_owned(), exercise.to_owned())))
}

/// Why the browser would not keep what pyplay wrote (the page words it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives this page no storage at all (e.g. an embed on another site, in a
    /// browser that blocks other sites' storage).
    Blocked,
    /// The storage for this site is full.
    Full,
    /// The browser refused the write for another reason (storage turned off): its own words.
    Refused(String),
}

/// Why a progress file could not be imported (the page words it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The chosen file could not be read.
    Unreadable,
    /// Not a pyplay progress file; the JSON reader's words (where it stopped).
    NotProgressFile(String),
    /// A progress file of a format this pyplay doesn't know: the format it names.
    UnknownFormat(String),
    /// Storage would not take it.
    Storage(StorageError),
}

impl From<StorageError> for ImportError {
    fn from(error: StorageError) -> Self {
        ImportError::Storage(error)
    }
}

/// Format marker of an exported progress file.
pub const EXPORT_FORMAT: &str = "pyplay-progress-1";

/// An exported progress file: every `pyplay:` storage entry, raw.
#[derive(Serialize, Deserialize)]
pub struct ProgressFile {
    pub format: String,
    pub entries: BTreeMap<String, String>,
}

impl ProgressFile {
    pub fn parse(text: &str) -> Result<ProgressFile, ImportError> {
        let file: ProgressFile = serde_json::from_str(text)
            .map_err(|err| ImportError::NotProgressFile(err.to_string()))?;
        if file.format != EXPORT_FORMAT {
            return Err(ImportError::UnknownFormat(file.format));
        }
        Ok(file)
    }
}

/// Code an import would put in place of what is here.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeChange {
    /// The app's exercise, or None for an embed's (kept under the embedding site).
    pub exercise: Option<Selection>,
    /// The storage key (names the embedding site and exercise when `exercise` is None).
    pub key: String,
    /// There is code here (else the file only adds some).
    pub replaces: bool,
    /// The code here was saved after the file's.
    pub newer_here: bool,
}

/// What importing a file would do: the entries to write and, for the learner, what changes.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ImportPlan {
    /// Entries to write, raw (code with a fresh save time, so it wins over older copies).
    pub writes: BTreeMap<String, String>,
    /// Programs that would change, the app's first.
    pub changes: Vec<CodeChange>,
    /// How many exercises would newly be marked done.
    pub newly_done: usize,
}

/// What storage held before an import, for Undo: each key written, with its old raw value
/// (None: it was not there).
pub type Snapshot = Vec<(String, Option<String>)>;

const DONE_SUFFIX: &str = "done";

/// What importing `file` over the entries `here` would write and change, at time `now`. Done
/// marks are added to those here (never removed); code identical to what is here is left alone.
pub fn plan(
    file: &BTreeMap<String, String>,
    here: &BTreeMap<String, String>,
    now: f64,
) -> ImportPlan {
    let mut result = ImportPlan::default();
    for (key, value) in file.iter().filter(|(key, _)| key.starts_with("pyplay:")) {
        if let Some((scope, exercise)) = code_key_parts(key) {
            let Some(theirs) = SavedCode::parse(value) else {
                continue;
            };
            let mine = here.get(key).and_then(|raw| SavedCode::parse(raw));
            if mine.as_ref().is_some_and(|mine| mine.code == theirs.code) {
                continue;
            }
            result.changes.push(CodeChange {
                exercise: scope.is_empty().then_some(exercise),
                key: key.clone(),
                replaces: mine.is_some(),
                newer_here: mine.as_ref().is_some_and(|mine| mine.newer_than(&theirs)),
            });
            let stamped = SavedCode {
                code: theirs.code,
                saved: Some(now),
            };
            result.writes.insert(key.clone(), stamped.to_json());
        } else if key.ends_with(DONE_SUFFIX) && key.len() > "pyplay:".len() {
            let read = |raw: Option<&String>| -> HashSet<Selection> {
                raw.and_then(|raw| serde_json::from_str(raw).ok())
                    .unwrap_or_default()
            };
            let mut done = read(here.get(key));
            let before = done.len();
            done.extend(read(Some(value)));
            if done.len() > before {
                result.newly_done += done.len() - before;
                let mut sorted: Vec<_> = done.into_iter().collect();
                sorted.sort();
                result.writes.insert(
                    key.clone(),
                    serde_json::to_string(&sorted).unwrap_or_default(),
                );
            }
        } else if here.get(key) != Some(value) {
            result.writes.insert(key.clone(), value.clone());
        }
    }
    result
        .changes
        .sort_by_key(|change| (change.exercise.is_none(), change.key.clone()));
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(list: &[(&str, &str)]) -> BTreeMap<String, String> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn stamped(code: &str, saved: f64) -> String {
        SavedCode {
            code: code.into(),
            saved: Some(saved),
        }
        .to_json()
    }

    #[test]
    fn saved_code_reads_both_formats() {
        assert_eq!(
            SavedCode::parse("\"print(1)\""),
            Some(SavedCode {
                code: "print(1)".into(),
                saved: None
            })
        );
        let new = SavedCode::parse(&stamped("x", 5.0)).unwrap();
        assert_eq!(new.saved, Some(5.0));
        assert!(new.newer_than(&SavedCode::parse("\"y\"").unwrap()));
        assert_eq!(SavedCode::parse("{"), None);
    }

    #[test]
    fn a_file_that_is_not_progress_says_which_way() {
        let not_progress = ProgressFile::parse("{\"hello\": 1}").err();
        assert!(
            matches!(not_progress, Some(ImportError::NotProgressFile(_))),
            "{not_progress:?}"
        );
        let newer = ProgressFile::parse(r#"{"format": "pyplay-progress-9", "entries": {}}"#).err();
        assert_eq!(
            newer,
            Some(ImportError::UnknownFormat("pyplay-progress-9".into()))
        );
        let file =
            format!(r#"{{"format": "{EXPORT_FORMAT}", "entries": {{"pyplay:done": "[]"}}}}"#);
        assert_eq!(ProgressFile::parse(&file).map(|f| f.entries.len()), Ok(1));
    }

    #[test]
    fn code_keys_name_scope_and_exercise() {
        let sel = ("loops".to_string(), "range".to_string());
        assert_eq!(
            code_key_parts("pyplay:code:loops/range"),
            Some(("", sel.clone()))
        );
        assert_eq!(
            code_key_parts("pyplay:embed:https://a.org:code:loops/range"),
            Some(("embed:https://a.org:", sel))
        );
        assert_eq!(code_key_parts("pyplay:done"), None);
        assert_eq!(code_key_parts("pyplay:preferences"), None);
    }

    #[test]
    fn the_plan_lists_replaced_code_and_which_is_newer() {
        let file = entries(&[
            ("pyplay:code:a/older-here", &stamped("file", 20.0)),
            ("pyplay:code:a/newer-here", &stamped("file", 10.0)),
            ("pyplay:code:a/same", &stamped("same", 1.0)),
            ("pyplay:code:a/new", "\"added\""),
            ("pyplay:embed:https://s.org:code:a/new", "\"embed\""),
            ("pyplay:done", r#"[["a","x"],["a","y"]]"#),
            ("pyplay:current", r#"["a","new"]"#),
            ("other", "ignored"),
        ]);
        let here = entries(&[
            ("pyplay:code:a/older-here", &stamped("mine", 15.0)),
            ("pyplay:code:a/newer-here", &stamped("mine", 15.0)),
            ("pyplay:code:a/same", &stamped("same", 9.0)),
            ("pyplay:done", r#"[["a","x"],["a","z"]]"#),
        ]);
        let plan = plan(&file, &here, 99.0);
        let listed: Vec<_> = plan
            .changes
            .iter()
            .map(|c| (c.key.as_str(), c.replaces, c.newer_here))
            .collect();
        assert_eq!(
            listed,
            [
                ("pyplay:code:a/new", false, false),
                ("pyplay:code:a/newer-here", true, true),
                ("pyplay:code:a/older-here", true, false),
                ("pyplay:embed:https://s.org:code:a/new", false, false),
            ]
        );
        assert_eq!(plan.newly_done, 1);
        let done: Vec<Selection> = serde_json::from_str(&plan.writes["pyplay:done"]).unwrap();
        assert_eq!(done.len(), 3);
        let written = SavedCode::parse(&plan.writes["pyplay:code:a/newer-here"]).unwrap();
        assert_eq!((written.code.as_str(), written.saved), ("file", Some(99.0)));
        assert!(!plan.writes.contains_key("pyplay:code:a/same"));
        assert!(plan.writes.contains_key("pyplay:current"));
        assert!(!plan.writes.contains_key("other"));
    }
}

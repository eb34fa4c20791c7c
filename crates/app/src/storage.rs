//! Everything the page keeps in localStorage, in one place (gloo-storage): each exercise's code
//! and which exercise was open. Keys start with `pyplay:` and include lesson and exercise ids.

use gloo_storage::{LocalStorage, Storage};
use std::collections::HashSet;

fn code_key(lesson: &str, exercise: &str) -> String {
    format!("pyplay:code:{lesson}/{exercise}")
}

const CURRENT_KEY: &str = "pyplay:current";
const DONE_KEY: &str = "pyplay:done";

/// Exercises whose checks all passed once, as (lesson id, exercise id).
pub fn load_done() -> HashSet<(String, String)> {
    LocalStorage::get(DONE_KEY).unwrap_or_default()
}

pub fn save_done(done: &HashSet<(String, String)>) {
    let _ = LocalStorage::set(DONE_KEY, done);
}

pub fn load_code(lesson: &str, exercise: &str) -> Option<String> {
    LocalStorage::get(code_key(lesson, exercise)).ok()
}

/// Saves the code; an error means the browser refused (private mode, storage full).
pub fn save_code(lesson: &str, exercise: &str, code: &str) -> Result<(), String> {
    LocalStorage::set(code_key(lesson, exercise), code).map_err(|e| e.to_string())
}

pub fn load_current() -> Option<(String, String)> {
    LocalStorage::get(CURRENT_KEY).ok()
}

pub fn save_current(lesson: &str, exercise: &str) {
    let _ = LocalStorage::set(CURRENT_KEY, (lesson, exercise));
}

/// Format marker of an exported progress file.
const EXPORT_FORMAT: &str = "pyplay-progress-1";

#[derive(serde::Serialize, serde::Deserialize)]
struct Export {
    format: String,
    /// Every `pyplay:` localStorage entry, raw.
    entries: std::collections::BTreeMap<String, String>,
}

/// All of pyplay's saved state (code, done marks, open exercise) as a JSON document.
pub fn export_progress() -> String {
    let mut entries = std::collections::BTreeMap::new();
    let storage = LocalStorage::raw();
    for i in 0..storage.length().unwrap_or(0) {
        if let Ok(Some(key)) = storage.key(i)
            && key.starts_with("pyplay:")
            && let Ok(Some(value)) = storage.get_item(&key)
        {
            entries.insert(key, value);
        }
    }
    serde_json::to_string_pretty(&Export {
        format: EXPORT_FORMAT.into(),
        entries,
    })
    .unwrap_or_default()
}

/// Restores an exported document; returns how many entries were restored.
pub fn import_progress(text: &str) -> Result<usize, String> {
    let export: Export = serde_json::from_str(text)
        .map_err(|err| format!("this is not a pyplay progress file ({err})"))?;
    if export.format != EXPORT_FORMAT {
        return Err(format!(
            "this progress file has an unknown format \"{}\"",
            export.format
        ));
    }
    let storage = LocalStorage::raw();
    let mut count = 0;
    for (key, value) in export
        .entries
        .iter()
        .filter(|(key, _)| key.starts_with("pyplay:"))
    {
        storage.set_item(key, value).map_err(|_| {
            "the browser refused to save the progress (storage full or disabled)".to_owned()
        })?;
        count += 1;
    }
    Ok(count)
}

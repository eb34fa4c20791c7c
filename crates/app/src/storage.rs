//! Everything the page keeps in localStorage, in one place (gloo-storage): each exercise's code
//! and which exercise was open. Keys start with `pyplay:` and include lesson and exercise ids.

use gloo_storage::{LocalStorage, Storage};
use std::collections::HashSet;

fn code_key(lesson: &str, exercise: &str) -> String {
    format!("pyplay:code:{lesson}/{exercise}")
}

const CURRENT_KEY: &str = "pyplay:current";

/// Said when the browser gives this page no storage at all (e.g. an embed on another site in
/// a browser that blocks third-party storage). gloo-storage would panic; we carry on unsaved.
const BLOCKED: &str = "this browser does not let pyplay save anything on this page";

/// The page's localStorage, or None when the browser blocks it (reading it throws).
fn raw() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn available() -> bool {
    raw().is_some()
}
const DONE_KEY: &str = "pyplay:done";

/// Exercises whose checks all passed once, as (lesson id, exercise id).
pub fn load_done() -> HashSet<(String, String)> {
    available()
        .then(|| LocalStorage::get(DONE_KEY).ok())
        .flatten()
        .unwrap_or_default()
}

pub fn save_done(done: &HashSet<(String, String)>) {
    if available() {
        let _ = LocalStorage::set(DONE_KEY, done);
    }
}

pub fn load_code(lesson: &str, exercise: &str) -> Option<String> {
    available()
        .then(|| LocalStorage::get(code_key(lesson, exercise)).ok())
        .flatten()
}

/// Saves the code; an error means the browser refused (private mode, storage full, blocked).
pub fn save_code(lesson: &str, exercise: &str, code: &str) -> Result<(), String> {
    if !available() {
        return Err(BLOCKED.into());
    }
    LocalStorage::set(code_key(lesson, exercise), code).map_err(|e| e.to_string())
}

pub fn load_current() -> Option<(String, String)> {
    available()
        .then(|| LocalStorage::get(CURRENT_KEY).ok())
        .flatten()
}

pub fn save_current(lesson: &str, exercise: &str) {
    if available() {
        let _ = LocalStorage::set(CURRENT_KEY, (lesson, exercise));
    }
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
    let Some(storage) = raw() else {
        return String::new();
    };
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
    let storage = raw().ok_or_else(|| BLOCKED.to_owned())?;
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

const PREFERENCES_KEY: &str = "pyplay:preferences";

/// The learner's display preferences (a missing or unreadable entry gives the defaults).
pub fn load_preferences() -> crate::state::preferences::Preferences {
    available()
        .then(|| LocalStorage::get(PREFERENCES_KEY).ok())
        .flatten()
        .unwrap_or_default()
}

pub fn save_preferences(preferences: &crate::state::preferences::Preferences) {
    if available() {
        let _ = LocalStorage::set(PREFERENCES_KEY, preferences);
    }
}

//! Everything the page keeps in localStorage, in one place (gloo-storage): each exercise's code
//! and which exercise was open. Keys start with `pyplay:` and include lesson and exercise ids.
//! An embed keeps the learner's work apart, per site it is embedded in
//! (`pyplay:embed:<site>:…`, [`keep_apart_for`]): a page that embeds an exercise can neither
//! read nor overwrite what was written in the app or in another site's embed.

use gloo_storage::{LocalStorage, Storage};
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    /// "" for the app; `embed:<site>:` in an embed.
    static SCOPE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// From now on, keep the learner's work (code, done marks, the open exercise) apart for an
/// embed in `site`'s pages.
pub fn keep_apart_for(site: &str) {
    SCOPE.with(|scope| *scope.borrow_mut() = scope_for(site));
}

fn scope_for(site: &str) -> String {
    format!("embed:{site}:")
}

/// The key of a piece of the learner's work, in this page's scope.
fn work_key(name: &str) -> String {
    SCOPE.with(|scope| format!("pyplay:{}{name}", scope.borrow()))
}

fn code_key(lesson: &str, exercise: &str) -> String {
    work_key(&format!("code:{lesson}/{exercise}"))
}

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

/// Exercises whose checks all passed once, as (lesson id, exercise id).
pub fn load_done() -> HashSet<(String, String)> {
    available()
        .then(|| LocalStorage::get(work_key("done")).ok())
        .flatten()
        .unwrap_or_default()
}

pub fn save_done(done: &HashSet<(String, String)>) {
    if available() {
        let _ = LocalStorage::set(work_key("done"), done);
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
        .then(|| LocalStorage::get(work_key("current")).ok())
        .flatten()
}

pub fn save_current(lesson: &str, exercise: &str) {
    if available() {
        let _ = LocalStorage::set(work_key("current"), (lesson, exercise));
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

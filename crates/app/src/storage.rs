//! Everything the page keeps in localStorage, in one place (gloo-storage): each exercise's code
//! (with the time it was saved; `durable.rs` keeps a second copy that survives a killed
//! browser) and which exercise was open. Keys start with `pyplay:` and include lesson and exercise ids.
//! An embed keeps the learner's work apart, per site it is embedded in
//! (`pyplay:embed:<site>:…`, [`keep_apart_for`]): a page that embeds an exercise can neither
//! read nor overwrite what was written in the app or in another site's embed.

use crate::state::Selection;
use crate::state::progress::{
    self, EXPORT_FORMAT, ImportError, ImportPlan, ProgressFile, SavedCode, Snapshot, StorageError,
    code_key_parts,
};
use gloo_storage::{LocalStorage, Storage};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};

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

/// The page's localStorage, or None when the browser blocks it (reading it throws: e.g. an
/// embed on another site in a browser that blocks third-party storage). gloo-storage would
/// panic; we carry on unsaved ([`StorageError::Blocked`]).
fn raw() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The page's localStorage, or why there is none.
fn writable() -> Result<web_sys::Storage, StorageError> {
    raw().ok_or(StorageError::Blocked)
}

/// Why the browser refused a write: a full storage (`QuotaExceededError`), else its own words.
fn refusal(err: &wasm_bindgen::JsValue) -> StorageError {
    let field = |name: &str| {
        js_sys::Reflect::get(err, &name.into())
            .ok()
            .and_then(|value| value.as_string())
            .filter(|text| !text.is_empty())
    };
    match field("name") {
        Some(name) if name == "QuotaExceededError" => StorageError::Full,
        name => StorageError::Refused(field("message").or(name).unwrap_or_default()),
    }
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
    code_of_value(&raw()?.get_item(&code_key(lesson, exercise)).ok()??)
}

/// Saves the code with the time, and returns the entry written (key, raw value) for the
/// durable copy; an error means the browser refused (private mode, storage full, blocked).
pub fn save_code(
    lesson: &str,
    exercise: &str,
    code: &str,
) -> Result<(String, String), StorageError> {
    let storage = writable()?;
    let key = code_key(lesson, exercise);
    let value = SavedCode {
        code: code.to_owned(),
        saved: Some(js_sys::Date::now()),
    }
    .to_json();
    storage
        .set_item(&key, &value)
        .map_err(|err| refusal(&err))?;
    Ok((key, value))
}

/// The exercise whose code `key` holds, if it is one of this page's scope.
pub fn exercise_of_key(key: &str) -> Option<Selection> {
    let (scope, exercise) = code_key_parts(key)?;
    SCOPE
        .with(|mine| *mine.borrow() == scope)
        .then_some(exercise)
}

/// The code in a raw stored value (as a `storage` event carries it).
pub fn code_of_value(raw: &str) -> Option<String> {
    SavedCode::parse(raw).map(|saved| saved.code)
}

/// The done marks in a raw stored value, if `key` holds this page's.
pub fn done_of_entry(key: &str, raw: &str) -> Option<HashSet<Selection>> {
    (key == work_key("done"))
        .then(|| serde_json::from_str(raw).ok())
        .flatten()
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

/// Every `pyplay:` entry, raw.
fn entries() -> BTreeMap<String, String> {
    let mut entries = BTreeMap::new();
    let Some(storage) = raw() else {
        return entries;
    };
    for i in 0..storage.length().unwrap_or(0) {
        if let Ok(Some(key)) = storage.key(i)
            && key.starts_with("pyplay:")
            && let Ok(Some(value)) = storage.get_item(&key)
        {
            entries.insert(key, value);
        }
    }
    entries
}

/// All of pyplay's saved state (code, done marks, open exercise) as a JSON document.
pub fn export_progress() -> String {
    if !available() {
        return String::new();
    }
    serde_json::to_string_pretty(&ProgressFile {
        format: EXPORT_FORMAT.into(),
        entries: entries(),
    })
    .unwrap_or_default()
}

/// What importing an exported document would write and change here.
pub fn plan_import(text: &str) -> Result<ImportPlan, ImportError> {
    let file = ProgressFile::parse(text)?;
    writable()?;
    Ok(progress::plan(
        &file.entries,
        &entries(),
        js_sys::Date::now(),
    ))
}

/// Writes `entries` (None: removes the key) and returns what was there before; on a refusal
/// puts back what it had written and says why.
pub fn write_entries(entries: &[(String, Option<String>)]) -> Result<Snapshot, StorageError> {
    let storage = writable()?;
    let mut before = Snapshot::new();
    for (key, value) in entries {
        before.push((key.clone(), storage.get_item(key).ok().flatten()));
        let written = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
        if let Err(err) = written {
            let _ = write_entries(&before);
            return Err(refusal(&err));
        }
    }
    Ok(before)
}

/// Puts copies from the durable store (`durable.rs`) back where localStorage lost them or holds
/// older code (the browser was killed before it wrote localStorage to disk).
pub fn recover(copies: Vec<(String, String)>) {
    let Some(storage) = raw() else {
        return;
    };
    for (key, value) in copies {
        let Some(durable) = SavedCode::parse(&value) else {
            continue;
        };
        let local = storage
            .get_item(&key)
            .ok()
            .flatten()
            .and_then(|raw| SavedCode::parse(&raw));
        if local.is_none_or(|local| durable.newer_than(&local)) {
            let _ = storage.set_item(&key, &value);
        }
    }
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

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

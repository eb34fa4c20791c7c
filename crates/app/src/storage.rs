//! Everything the page keeps in localStorage, in one place (gloo-storage): each exercise's code
//! and which exercise was open. Keys start with `pyplay:` and include lesson and exercise ids.

use gloo_storage::{LocalStorage, Storage};

fn code_key(lesson: &str, exercise: &str) -> String {
    format!("pyplay:code:{lesson}/{exercise}")
}

const CURRENT_KEY: &str = "pyplay:current";

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

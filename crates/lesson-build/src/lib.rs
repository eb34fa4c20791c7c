//! The organizers' lesson build: their TOML sources (`lessons/*.toml`, see lessons/README.md)
//! in, the app's static JSON (the `pyplay-lessons` model) out. Errors name the file, the line
//! and the field; a broken lesson is listed in the index with its errors while the rest build.
//! Exercise text is Markdown in the source and safe HTML in the JSON: it is rendered here, at
//! build time, so the page needs no Markdown renderer. Hints are plain text with code in
//! backticks, rendered to safe HTML here too. Used by `pyplay lessons` and
//! `pyplay verify` (crates/cli); the page and the worker never compile it.

mod build;
mod data;
mod hint;
mod markdown;
mod source;

pub use build::{Built, Translation, build, language_folders, unlisted_lessons};
pub use data::{data_file, data_file_exists};
pub use hint::render_hint;
pub use markdown::render_markdown;
pub use source::{Order, parse_lesson_toml};

#[cfg(test)]
mod tests;

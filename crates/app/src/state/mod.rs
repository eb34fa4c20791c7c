//! The page's state, as reducers: every change is a named action, so the two `Action` enums are
//! the list of what can happen on the page.
//! - [`session`]: the run (loading → ready → running → waiting for input → …) and its output;
//! - [`workspace`]: the catalog, the open exercise, its code, reset/undo, done marks, the
//!   scratch page of a shared link, another tab's version to choose about, an import;
//! - [`progress`]: saved work as data (a saved program's format, what an import would change).
//!
//! Reducers are pure (no browser calls), so they are tested natively; the hooks in `hooks/` do
//! the effects (storage, the worker, the embedding page) and dispatch what happened.

pub mod output;
pub mod preferences;
pub mod progress;
pub mod session;
pub mod workspace;

/// Which exercise is open: lesson id and exercise id.
pub type Selection = (String, String);

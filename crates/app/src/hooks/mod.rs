//! The page's effects, one hook each; `App` wires them to the components.
//! - [`use_python`]: the run session reducer and Python behind it (jobs, data files, Stop, input);
//! - [`use_workspace`]: the workspace reducer, loading the lessons and saving the learner's work;
//! - [`use_embed`]: the embedding page's events and commands;
//! - [`use_follow`]: a scrolling box that follows new content (the shell's output);
//! - [`use_preferences`]: colours, text size and language;
//! - [`use_words`]: the page's words in that language;
//! - [`use_text`]: a text field's value as it is typed.

pub mod use_embed;
pub mod use_follow;
pub mod use_preferences;
pub mod use_python;
pub mod use_text;
pub mod use_words;
pub mod use_workspace;

//! The learner's workspace for the page: loads the lessons, opens exercises with their saved
//! code, and saves what the learner changes (code on every edit, done marks, the open exercise).
//! The state itself is the `Workspace` reducer; this hook does the loading and saving around it.

use crate::lessons::load_catalog;
use crate::page::{PageOptions, base_url};
use crate::state::Selection;
use crate::state::session::RunEnd;
use crate::state::workspace::{Action, Workspace};
use crate::storage;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct WorkspaceHandle {
    pub state: UseReducerHandle<Workspace>,
    /// An embed shows one exercise; it doesn't move the app's place.
    embed: bool,
}

impl WorkspaceHandle {
    /// Opens an exercise with the code the learner left there (or its starter).
    pub fn open(&self, selection: Selection) {
        if self.state.scratch {
            // Leaving a shared program: drop it from the address, so a reload doesn't bring it
            // back over the lessons.
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&base_url()),
                );
            }
        }
        if !self.embed {
            storage::save_current(&selection.0, &selection.1);
        }
        let saved = storage::load_code(&selection.0, &selection.1);
        self.state.dispatch(Action::Open { selection, saved });
    }

    pub fn edit(&self, code: String) {
        self.state.dispatch(Action::Edit { code });
    }

    pub fn reset(&self) {
        self.state.dispatch(Action::ResetToStarter);
    }

    pub fn undo(&self) {
        self.state.dispatch(Action::UndoReset);
    }

    /// Saves the code now (before anything risky, such as running it).
    pub fn save_now(&self) {
        save(&self.state);
    }

    /// The lesson data files the open exercise's programs may open.
    pub fn files(&self) -> Vec<String> {
        let state = &*self.state;
        state
            .selection
            .as_ref()
            .map(|selection| state.catalog.files(selection))
            .unwrap_or_default()
    }
}

/// Saves the open exercise's code (a scratch page has none) and reports what the browser said.
fn save(state: &UseReducerHandle<Workspace>) {
    if let Some((lesson, exercise)) = &state.selection {
        let error = storage::save_code(lesson, exercise, &state.code).err();
        if error != state.save_error {
            state.dispatch(Action::Saved { error });
        }
    }
}

/// The workspace; `ended` is how the last run ended (a passing check marks its exercise done).
#[hook]
pub fn use_workspace(page: &PageOptions, ended: Option<&RunEnd>) -> WorkspaceHandle {
    let state = {
        let shared = page.shared.clone().and_then(Result::ok);
        use_reducer(move || Workspace::new(shared, storage::load_done()))
    };
    {
        let (state, page) = (state.clone(), page.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match load_catalog().await {
                    Ok(lessons) => {
                        let lessons = Rc::new(lessons);
                        let catalog = crate::state::workspace::Catalog::Loaded(lessons.clone());
                        let open = catalog.initial(&page, storage::load_current()).map(
                            |(lesson, exercise)| {
                                if !page.embed {
                                    storage::save_current(&lesson, &exercise);
                                }
                                let saved = storage::load_code(&lesson, &exercise);
                                ((lesson, exercise), saved)
                            },
                        );
                        state.dispatch(Action::CatalogLoaded { lessons, open });
                    }
                    Err(errors) => state.dispatch(Action::CatalogFailed { errors }),
                }
            });
        });
    }
    {
        let state = state.clone();
        use_effect_with(state.edits, move |edits| {
            if *edits > 0 {
                save(&state);
            }
        });
    }
    use_effect_with(state.done.clone(), |done| storage::save_done(done));
    {
        let passed = ended.and_then(|end| end.passed.clone());
        let state = state.clone();
        use_effect_with(passed, move |passed| {
            if let Some(exercise) = passed {
                state.dispatch(Action::Passed {
                    exercise: exercise.clone(),
                });
            }
        });
    }
    WorkspaceHandle {
        state,
        embed: page.embed,
    }
}

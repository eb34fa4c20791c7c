//! The learner's workspace for the page: loads the lessons, opens exercises with their saved
//! code, and saves what the learner changes (code on every edit, done marks, the open exercise).
//! The state itself is the `Workspace` reducer; this hook does the loading and saving around it.
//!
//! No lost work: code goes to localStorage on every edit and, after `DURABLE_AFTER_MS` of
//! quiet, to the durable copy (`durable.rs`), which is read back at start. Another tab's saves
//! arrive as `storage` events (`ChangedElsewhere`); before writing, this page checks storage
//! still holds what it last read or wrote, so it never overwrites another tab's code unasked.
//! Importing a progress file is read, asked about, written, and can be undone.

use crate::durable;
use crate::lessons::load_catalog;
use crate::page::{PageOptions, base_url};
use crate::state::Selection;
use crate::state::progress::{ImportError, Snapshot, code_key_parts};
use crate::state::session::RunEnd;
use crate::state::workspace::{Action, Import, Workspace};
use crate::storage;
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use pyplay_i18n::Language;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// How long after the last keystroke the durable copy is written (a transaction that waits
/// for the disk: not one per keystroke).
const DURABLE_AFTER_MS: u32 = 300;

/// Entries waiting for the durable copy, and the timer that writes them.
#[derive(Default)]
struct DurableQueue {
    entries: BTreeMap<String, Option<String>>,
    timer: Option<Timeout>,
}

type Queue = Rc<RefCell<DurableQueue>>;

#[derive(Clone)]
pub struct WorkspaceHandle {
    pub state: UseReducerHandle<Workspace>,
    /// An embed shows one exercise; it doesn't move the app's place.
    embed: bool,
    queue: Queue,
}

impl PartialEq for WorkspaceHandle {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state && self.embed == other.embed
    }
}

impl WorkspaceHandle {
    /// Opens an exercise with the code the learner left there (or its starter).
    pub fn open(&self, selection: Selection) {
        let saved = self.leave_for(&selection);
        self.state.dispatch(Action::Open { selection, saved });
    }

    /// "Use this code" on a mentor's reply: opens its exercise with the mentor's code; the
    /// learner's stays for Undo.
    pub fn use_reply(&self, selection: Selection, code: String) {
        let saved = self.leave_for(&selection);
        self.state.dispatch(Action::UseReply {
            selection,
            saved,
            code,
        });
    }

    /// Before opening `selection`: leaves a link's scratch page and remembers the exercise as
    /// the open one; gives the code saved there.
    fn leave_for(&self, selection: &Selection) -> Option<String> {
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
        storage::load_code(&selection.0, &selection.1)
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
        save(&self.state, &self.queue);
        flush(&self.state, &self.queue, self.state.edits);
    }

    /// Of two versions of the code, keep the editor's (saved over the other).
    pub fn keep_mine(&self) {
        self.state.dispatch(Action::KeepMine);
    }

    /// Of two versions of the code, take the other one.
    pub fn use_other(&self) {
        self.state.dispatch(Action::UseOtherVersion);
    }

    /// A progress file was chosen: read what it would change, and ask. None: the browser could
    /// not read the file.
    pub fn read_import(&self, text: Option<String>) {
        let plan = text.map_or(Err(ImportError::Unreadable), |text| {
            storage::plan_import(&text)
        });
        self.state.dispatch(match plan {
            Ok(plan) => Action::ImportRead {
                plan: Rc::new(plan),
            },
            Err(why) => Action::ImportFailed { why },
        });
    }

    pub fn cancel_import(&self) {
        self.state.dispatch(Action::ImportCancelled);
    }

    /// The learner said yes: write the file's entries, keeping what was there for Undo.
    pub fn confirm_import(&self) {
        let Import::Asking(plan) = &self.state.import else {
            return;
        };
        let writes: Vec<_> = plan
            .writes
            .iter()
            .map(|(key, value)| (key.clone(), Some(value.clone())))
            .collect();
        match storage::write_entries(&writes) {
            Ok(undo) => {
                self.queue_durable(&writes);
                let (done, saved) = self.read_back();
                self.state.dispatch(Action::ImportConfirmed {
                    undo: Rc::new(undo),
                    done,
                    saved,
                });
            }
            Err(why) => self
                .state
                .dispatch(Action::ImportFailed { why: why.into() }),
        }
    }

    /// Puts back exactly what storage held before the import.
    pub fn undo_import(&self) {
        let Import::Done { undo, .. } = &self.state.import else {
            return;
        };
        let undo: &Snapshot = undo;
        if let Err(why) = storage::write_entries(undo) {
            self.state
                .dispatch(Action::ImportFailed { why: why.into() });
            return;
        }
        self.queue_durable(undo);
        let (done, saved) = self.read_back();
        self.state.dispatch(Action::ImportUndone { done, saved });
    }

    /// Code entries written outside the editor go to the durable copy too (else an older
    /// copy there would look newer, or one removed here would come back).
    fn queue_durable(&self, entries: &[(String, Option<String>)]) {
        let mut queue = self.queue.borrow_mut();
        for (key, value) in entries {
            if code_key_parts(key).is_some() {
                queue.entries.insert(key.clone(), value.clone());
            }
        }
        drop(queue);
        flush(&self.state, &self.queue, self.state.edits);
    }

    /// Done marks and the open exercise's code, as storage holds them now.
    fn read_back(&self) -> (std::collections::HashSet<Selection>, Option<String>) {
        let saved = self
            .state
            .selection
            .as_ref()
            .and_then(|(lesson, exercise)| storage::load_code(lesson, exercise));
        (storage::load_done(), saved)
    }

    /// The lesson data files the open exercise's programs (or a help request's) may open.
    pub fn files(&self) -> Vec<String> {
        let state = &*self.state;
        state
            .files_of()
            .map(|selection| state.catalog.files(selection))
            .unwrap_or_default()
    }
}

/// Saves the open exercise's code (a scratch page has none) and reports what the browser said;
/// the durable copy follows after a moment of quiet. Nothing is saved while the learner is
/// choosing between two versions, nor over code another tab saved since this page last looked.
fn save(state: &UseReducerHandle<Workspace>, queue: &Queue) {
    let Some(selection) = state.selection.clone() else {
        return;
    };
    if state.other.is_some() {
        return;
    }
    let (lesson, exercise) = &selection;
    let there = storage::load_code(lesson, exercise);
    if there != state.base && there.as_deref() != Some(state.code.as_str()) {
        state.dispatch(Action::ChangedElsewhere {
            selection,
            code: there,
        });
        return;
    }
    let code = state.code.clone();
    match storage::save_code(lesson, exercise, &code) {
        Ok((key, value)) => {
            let mut waiting = queue.borrow_mut();
            waiting.entries.insert(key, Some(value));
            let (later, queue) = (state.clone(), queue.clone());
            let edits = state.edits;
            waiting.timer = Some(Timeout::new(DURABLE_AFTER_MS, move || {
                flush(&later, &queue, edits)
            }));
            drop(waiting);
            state.dispatch(Action::Saved {
                selection,
                code,
                error: None,
            });
        }
        Err(error) => {
            if Some(&error) != state.save_error.as_ref() {
                state.dispatch(Action::Saved {
                    selection,
                    code,
                    error: Some(error),
                });
            }
        }
    }
}

/// Writes the waiting entries to the durable copy now; reports edit `edits` as durable.
fn flush(state: &UseReducerHandle<Workspace>, queue: &Queue, edits: u32) {
    let entries: Vec<_> = {
        let mut waiting = queue.borrow_mut();
        waiting.timer = None;
        std::mem::take(&mut waiting.entries).into_iter().collect()
    };
    if entries.is_empty() {
        return;
    }
    let state = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = durable::write(entries).await.is_ok();
        state.dispatch(Action::DurablySaved { edits, ok });
    });
}

/// The workspace; `ended` is how the last run ended (a passing check marks its exercise done).
#[hook]
pub fn use_workspace(
    page: &PageOptions,
    ended: Option<&RunEnd>,
    language: Language,
) -> WorkspaceHandle {
    let state = {
        let shared = page.shared.clone().and_then(Result::ok);
        use_reducer(move || Workspace::new(shared.as_ref(), storage::load_done()))
    };
    // The lessons come again in the learner's new language (same ids: the open exercise and
    // its code stay as they are). `wanted` is the language chosen last: lessons that arrive in
    // another one (a slow load overtaken by a newer choice) are dropped.
    let wanted = use_mut_ref(|| None::<Language>);
    {
        let (state, page) = (state.clone(), page.clone());
        use_effect_with(language, move |language| {
            let language = *language;
            let first = wanted.borrow_mut().replace(language).is_none();
            let wanted = move || wanted.borrow().unwrap_or(language);
            if !first {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(lessons) = load_catalog(language).await
                        && wanted() == language
                    {
                        state.dispatch(Action::LessonsTranslated {
                            lessons: Rc::new(lessons),
                        });
                    }
                });
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                // The durable copy is read while the lessons load; code it holds that
                // localStorage lost (a killed browser) is put back before anything opens.
                let (mut catalog, copies) =
                    futures::future::join(load_catalog(language), durable::read_all()).await;
                if let Ok(copies) = copies {
                    storage::recover(copies);
                }
                // The learner chose another language meanwhile: this first load (the one that
                // opens an exercise) brings the lessons in that one.
                let mut loaded = language;
                while wanted() != loaded {
                    loaded = wanted();
                    catalog = load_catalog(loaded).await;
                }
                match catalog {
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
    let queue: Queue = use_mut_ref(DurableQueue::default);
    {
        let (state, queue) = (state.clone(), queue.clone());
        use_effect_with(state.edits, move |edits| {
            if *edits > 0 {
                save(&state, &queue);
            }
        });
    }
    {
        // Another tab (or window) of this site saved: its code for an exercise, its done marks.
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let Some(key) = event.key() else {
                        return;
                    };
                    let value = event.new_value();
                    if let Some(selection) = storage::exercise_of_key(&key) {
                        let code = value.as_deref().and_then(storage::code_of_value);
                        state.dispatch(Action::ChangedElsewhere { selection, code });
                    } else if let Some(done) = value
                        .as_deref()
                        .and_then(|raw| storage::done_of_entry(&key, raw))
                    {
                        state.dispatch(Action::DoneElsewhere { done });
                    }
                })
            });
            // Removed when dropped.
            move || drop(listener)
        });
    }
    // Closing or reloading the tab while the learner is asked which version to keep would drop
    // the editor's unsaved text: the browser asks first.
    use_effect_with(state.other.is_some(), |asking| {
        let guard = web_sys::window().filter(|_| *asking).map(|window| {
            EventListener::new_with_options(
                &window,
                "beforeunload",
                EventListenerOptions::enable_prevent_default(),
                |event| event.prevent_default(),
            )
        });
        move || drop(guard)
    });
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
        queue,
    }
}

//! The learner's workspace as one reducer: the lesson catalog, the open exercise and its code,
//! reset and undo, done marks, the scratch page a Share link opens, another version of the code
//! to choose about (another tab's, or code saved before what was typed while the lessons
//! loaded) and an import waiting to be confirmed or undone. Saving is not done here:
//! `hooks/use_workspace.rs` saves what the actions changed and reports back with `Saved`.

use super::Selection;
use super::progress::{ImportError, ImportPlan, Snapshot, StorageError};
use crate::lessons::LoadedLesson;
use crate::page::{PageOptions, Shared};
use pyplay_lessons::Exercise;
use std::collections::HashSet;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub enum Catalog {
    Loading,
    Loaded(Rc<Vec<LoadedLesson>>),
    /// The index itself could not be used: why.
    Failed(Vec<String>),
}

impl Catalog {
    pub fn lessons(&self) -> Rc<Vec<LoadedLesson>> {
        match self {
            Catalog::Loaded(lessons) => lessons.clone(),
            _ => Rc::default(),
        }
    }

    pub fn exercise(&self, (lesson_id, exercise_id): &Selection) -> Option<&Exercise> {
        let Catalog::Loaded(lessons) = self else {
            return None;
        };
        lessons.iter().find_map(|lesson| match lesson {
            LoadedLesson::Ready(lesson) if &lesson.id == lesson_id => {
                lesson.exercises.iter().find(|e| &e.id == exercise_id)
            }
            _ => None,
        })
    }

    /// The data files of the lesson that holds `selection`.
    pub fn files(&self, (lesson_id, _): &Selection) -> Vec<String> {
        let Catalog::Loaded(lessons) = self else {
            return Vec::new();
        };
        lessons
            .iter()
            .find_map(|lesson| match lesson {
                LoadedLesson::Ready(lesson) if &lesson.id == lesson_id => {
                    Some(lesson.files.clone())
                }
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The titles of an exercise's lesson and of the exercise.
    pub fn titles(&self, (lesson_id, exercise_id): &Selection) -> Option<(String, String)> {
        let Catalog::Loaded(lessons) = self else {
            return None;
        };
        lessons.iter().find_map(|lesson| match lesson {
            LoadedLesson::Ready(lesson) if &lesson.id == lesson_id => lesson
                .exercises
                .iter()
                .find(|e| &e.id == exercise_id)
                .map(|e| (lesson.title.clone(), e.title.clone())),
            _ => None,
        })
    }

    fn first_exercise(&self) -> Option<Selection> {
        let Catalog::Loaded(lessons) = self else {
            return None;
        };
        lessons.iter().find_map(|lesson| match lesson {
            LoadedLesson::Ready(lesson) => lesson
                .exercises
                .first()
                .map(|e| (lesson.id.clone(), e.id.clone())),
            LoadedLesson::Broken { .. } => None,
        })
    }

    /// What to open when the lessons arrive: nothing on a scratch page; the exercise the URL
    /// names (an embed shows only that one); else the one open last time, else the first.
    pub fn initial(&self, page: &PageOptions, last_open: Option<Selection>) -> Option<Selection> {
        if page.shared.as_ref().is_some_and(Result::is_ok) {
            return None;
        }
        let exists = |s: &Selection| self.exercise(s).is_some();
        let asked = page.exercise.clone().filter(exists);
        if page.embed && page.exercise.is_some() {
            return asked;
        }
        asked
            .or(last_open.filter(exists))
            .or_else(|| self.first_exercise())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub catalog: Catalog,
    pub selection: Option<Selection>,
    /// The editor's text.
    pub code: String,
    /// Showing a link's program (Share, a help request, a mentor's reply): nothing is saved,
    /// nothing runs by itself.
    pub scratch: bool,
    /// The exercise a help request's or reply's code was written for (shown beside it; its
    /// data files are there when it runs).
    pub about: Option<Selection>,
    /// The learner's code before "Reset to starter code" or "Use this code" (a mentor's reply),
    /// for Undo (until they type again or open another exercise).
    pub before_reset: Option<(Selection, String)>,
    /// What replaced it was a mentor's code, not the starter.
    pub reply_used: bool,
    /// Exercises whose checks all passed.
    pub done: Rc<HashSet<Selection>>,
    /// Why the browser refused to save the code, if it did.
    pub save_error: Option<StorageError>,
    /// Counts the learner's changes to the code (typing, reset, undo): each is saved.
    pub edits: u32,
    /// The open exercise's code as the browser's storage held it when this page last read or
    /// wrote it (None: nothing saved). Saving checks storage still holds it: if another tab
    /// wrote since, this page asks instead of overwriting.
    pub base: Option<String>,
    /// Another version of the open exercise's code, shown beside the learner's until they
    /// choose; nothing is saved meanwhile.
    pub other: Option<OtherVersion>,
    /// The last edit whose code is in the copy that survives a killed browser.
    pub durable_edits: u32,
    /// That copy can't be written here (no IndexedDB): only localStorage holds the code.
    pub durable_unavailable: bool,
    /// An import being asked about, or done and offered for undo.
    pub import: Import,
}

/// A version of the open exercise's code that is not the one in the editor.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherVersion {
    pub code: String,
    /// What storage holds for the exercise now (the code, unless the starter: None).
    pub stored: Option<String>,
    pub from: OtherSource,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum OtherSource {
    /// Another tab (or window) saved this exercise's code.
    AnotherTab,
    /// Code saved on an earlier visit, while the editor holds what was typed before the
    /// lessons loaded.
    SavedBefore,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub enum Import {
    #[default]
    None,
    /// A file was read: what it would change, waiting for the learner's yes.
    Asking(Rc<ImportPlan>),
    /// Imported; Undo writes back what was there (`changed`: programs replaced or added).
    Done { undo: Rc<Snapshot>, changed: usize },
    /// The file could not be used: why.
    Failed(ImportError),
}

/// How safe the editor's code is, for the page to show (`data-saved`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SaveState {
    /// In localStorage; the durable copy follows after a moment of quiet.
    Pending,
    /// Also in the copy that survives a killed browser.
    Durable,
    /// Only in localStorage (this browser gives the page no IndexedDB).
    LocalOnly,
    /// Not saved: waiting for the learner to choose between two versions.
    Held,
}

impl SaveState {
    pub fn name(self) -> &'static str {
        match self {
            SaveState::Pending => "pending",
            SaveState::Durable => "durable",
            SaveState::LocalOnly => "local",
            SaveState::Held => "held",
        }
    }
}

impl Workspace {
    /// A workspace before the lessons have loaded: a link's code, if there is one.
    pub fn new(shared: Option<&Shared>, done: HashSet<Selection>) -> Self {
        let (code, about) = match shared {
            Some(Shared::Code(code)) => (Some(code), None),
            Some(Shared::Help(request)) => (Some(&request.code), request.exercise.as_ref()),
            Some(Shared::Reply(reply)) => (Some(&reply.code), reply.exercise.as_ref()),
            None => (None, None),
        };
        Self {
            catalog: Catalog::Loading,
            selection: None,
            scratch: code.is_some(),
            code: code.cloned().unwrap_or_default(),
            about: about.map(|e| (e.lesson.clone(), e.exercise.clone())),
            before_reset: None,
            reply_used: false,
            done: Rc::new(done),
            save_error: None,
            edits: 0,
            base: None,
            other: None,
            durable_edits: 0,
            durable_unavailable: false,
            import: Import::None,
        }
    }

    pub fn save_state(&self) -> SaveState {
        if self.other.is_some() {
            SaveState::Held
        } else if self.durable_unavailable {
            SaveState::LocalOnly
        } else if self.durable_edits == self.edits {
            SaveState::Durable
        } else {
            SaveState::Pending
        }
    }

    /// The open exercise's starter code.
    fn starter(&self) -> String {
        self.exercise()
            .map(|e| e.starter.clone())
            .unwrap_or_default()
    }

    /// Shows what storage now holds for the open exercise (after an import or its undo).
    fn reload_code(&mut self, saved: Option<String>) {
        if self.selection.is_some() && !self.scratch {
            self.code = saved.clone().unwrap_or_else(|| self.starter());
            self.base = saved;
            self.other = None;
            self.before_reset = None;
        }
    }

    pub fn exercise(&self) -> Option<&Exercise> {
        self.catalog.exercise(self.selection.as_ref()?)
    }

    /// The exercise whose code the editor shows: the open one, or the one a help request's or
    /// reply's code was written for.
    pub fn exercise_shown(&self) -> Option<&Exercise> {
        self.exercise()
            .or_else(|| self.catalog.exercise(self.about.as_ref()?))
    }

    /// The exercise whose data files a run gets (see [`Workspace::exercise_shown`]).
    pub fn files_of(&self) -> Option<&Selection> {
        self.selection.as_ref().or(self.about.as_ref())
    }

    /// Undo is offered right after a reset of the open exercise.
    pub fn can_undo(&self) -> bool {
        self.before_reset
            .as_ref()
            .is_some_and(|(at, _)| Some(at) == self.selection.as_ref())
    }

    fn open(&mut self, selection: Selection, saved: Option<String>) {
        if let Some(exercise) = self.catalog.exercise(&selection) {
            self.code = saved.clone().unwrap_or_else(|| exercise.starter.clone());
            self.base = saved;
            self.selection = Some(selection);
            self.scratch = false;
            self.about = None;
            self.before_reset = None;
            self.other = None;
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The lessons arrived; `open` is the exercise to show first, with its saved code.
    CatalogLoaded {
        lessons: Rc<Vec<LoadedLesson>>,
        open: Option<(Selection, Option<String>)>,
    },
    /// The lesson index could not be loaded or read.
    CatalogFailed { errors: Vec<String> },
    /// The lessons arrived again, in the language the learner changed to (a translation keeps
    /// its lesson's ids, so what is open stays open).
    LessonsTranslated { lessons: Rc<Vec<LoadedLesson>> },
    /// The learner chose an exercise; `saved` is the code they left there.
    Open {
        selection: Selection,
        saved: Option<String>,
    },
    /// The learner typed (or the embedding page set the code).
    Edit { code: String },
    /// "Use this code" on a mentor's reply: its exercise opens (`saved`: the learner's code
    /// there) with the mentor's code in the editor; Undo puts the learner's back.
    UseReply {
        selection: Selection,
        saved: Option<String>,
        code: String,
    },
    /// "Reset to starter code" (after the learner confirmed).
    ResetToStarter,
    /// Put back the code from before the reset.
    UndoReset,
    /// Every check of this exercise passed: done, for good.
    Passed { exercise: Selection },
    /// The code of `selection` was written to storage (error None) or the browser refused.
    Saved {
        selection: Selection,
        code: String,
        error: Option<StorageError>,
    },
    /// Another tab saved `selection`'s code (None: removed it), or this page found storage
    /// changed when it went to save.
    ChangedElsewhere {
        selection: Selection,
        code: Option<String>,
    },
    /// Another tab's done marks: added to these.
    DoneElsewhere { done: HashSet<Selection> },
    /// Of two versions, the learner keeps the editor's (saved over the other, deliberately).
    KeepMine,
    /// Of two versions, the learner takes the other one.
    UseOtherVersion,
    /// The durable copy now holds the code of edit `edits` (ok), or can't be written (not ok).
    DurablySaved { edits: u32, ok: bool },
    /// A progress file was read: what importing it would change.
    ImportRead { plan: Rc<ImportPlan> },
    /// The progress file could not be used.
    ImportFailed { why: ImportError },
    /// The learner said no to the import.
    ImportCancelled,
    /// Imported; `undo` is what storage held before. `done` and `saved` (the open exercise's
    /// code) are read back from storage.
    ImportConfirmed {
        undo: Rc<Snapshot>,
        done: HashSet<Selection>,
        saved: Option<String>,
    },
    /// Undo import: storage holds what it held before; `done` and `saved` read back from it.
    ImportUndone {
        done: HashSet<Selection>,
        saved: Option<String>,
    },
}

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::CatalogLoaded { lessons, open } => {
                next.catalog = Catalog::Loaded(lessons);
                // What the learner typed while the lessons were loading is kept.
                let typed = (next.edits > 0 && next.selection.is_none() && !next.scratch)
                    .then(|| next.code.clone())
                    .filter(|code| !code.trim().is_empty());
                if let Some((selection, saved)) = open {
                    next.open(selection, saved.clone());
                    if let Some(typed) = typed.filter(|_| next.selection.is_some()) {
                        match saved {
                            Some(saved) if saved != typed => {
                                next.other = Some(OtherVersion {
                                    code: saved.clone(),
                                    stored: Some(saved),
                                    from: OtherSource::SavedBefore,
                                });
                            }
                            _ => next.edits += 1,
                        }
                        next.code = typed;
                    }
                }
            }
            Action::CatalogFailed { errors } => next.catalog = Catalog::Failed(errors),
            // Until the first load has opened an exercise, it brings the latest language itself.
            Action::LessonsTranslated { .. } if matches!(next.catalog, Catalog::Loading) => {}
            Action::LessonsTranslated { lessons } => next.catalog = Catalog::Loaded(lessons),
            // While the learner is asked which version to keep, the editor's text is saved
            // nowhere: another exercise opens only once they have chosen.
            Action::Open { .. } if next.other.is_some() => {}
            Action::Open { selection, saved } => next.open(selection, saved),
            Action::Edit { code } => {
                next.before_reset = None;
                next.code = code;
                next.edits += 1;
            }
            Action::ResetToStarter => {
                if let (Some(exercise), Some(selection)) = (next.exercise(), &next.selection) {
                    let starter = exercise.starter.clone();
                    let mine = std::mem::replace(&mut next.code, starter);
                    next.before_reset = Some((selection.clone(), mine));
                    next.reply_used = false;
                    next.edits += 1;
                }
            }
            Action::UseReply { .. } if next.other.is_some() => {}
            Action::UseReply {
                selection,
                saved,
                code,
            } => {
                next.open(selection.clone(), saved);
                if next.selection.as_ref() == Some(&selection) && next.code != code {
                    let mine = std::mem::replace(&mut next.code, code);
                    next.before_reset = Some((selection, mine));
                    next.reply_used = true;
                    next.edits += 1;
                }
            }
            Action::UndoReset => {
                if next.can_undo()
                    && let Some((_, mine)) = next.before_reset.take()
                {
                    next.code = mine;
                    next.edits += 1;
                }
            }
            Action::Passed { exercise } => {
                if !next.done.contains(&exercise) {
                    Rc::make_mut(&mut next.done).insert(exercise);
                }
            }
            Action::Saved {
                selection,
                code,
                error,
            } => {
                if error.is_none() && next.selection.as_ref() == Some(&selection) {
                    next.base = Some(code);
                }
                next.save_error = error;
            }
            Action::ChangedElsewhere { selection, code } => {
                if next.selection.as_ref() != Some(&selection) || next.scratch {
                    return Rc::new(next);
                }
                let starter = next.starter();
                let theirs = code.clone().unwrap_or_else(|| starter.clone());
                let unchanged_here =
                    next.other.is_none() && next.code == next.base.clone().unwrap_or(starter);
                if theirs == next.code {
                    next.base = code;
                    next.other = None;
                } else if unchanged_here {
                    next.code = theirs;
                    next.base = code;
                    next.before_reset = None;
                } else {
                    next.other = Some(OtherVersion {
                        code: theirs,
                        stored: code,
                        from: OtherSource::AnotherTab,
                    });
                }
            }
            Action::DoneElsewhere { done } => {
                if !done.is_subset(&next.done) {
                    Rc::make_mut(&mut next.done).extend(done);
                }
            }
            Action::KeepMine => {
                if let Some(other) = next.other.take() {
                    next.base = other.stored;
                    next.edits += 1;
                }
            }
            Action::UseOtherVersion => {
                if let Some(other) = next.other.take() {
                    next.code = other.code;
                    next.base = other.stored;
                    next.before_reset = None;
                }
            }
            Action::DurablySaved { edits, ok } => {
                next.durable_edits = next.durable_edits.max(edits);
                next.durable_unavailable = !ok;
            }
            Action::ImportRead { plan } => next.import = Import::Asking(plan),
            Action::ImportFailed { why } => next.import = Import::Failed(why),
            Action::ImportCancelled => next.import = Import::None,
            Action::ImportConfirmed { undo, done, saved } => {
                let changed = match &next.import {
                    Import::Asking(plan) => plan.changes.len(),
                    _ => 0,
                };
                next.import = Import::Done { undo, changed };
                next.done = Rc::new(done);
                next.reload_code(saved);
            }
            Action::ImportUndone { done, saved } => {
                next.import = Import::None;
                next.done = Rc::new(done);
                next.reload_code(saved);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyplay_lessons::Lesson;

    fn lessons() -> Rc<Vec<LoadedLesson>> {
        let exercise = |id: &str, starter: &str| Exercise {
            id: id.into(),
            title: id.into(),
            text: String::new(),
            starter: starter.into(),
            hints: Vec::new(),
            solution: None,
            checks: Vec::new(),
            starter_may_pass: false,
            check_seconds: None,
            predict: false,
        };
        Rc::new(vec![LoadedLesson::Ready(Lesson {
            id: "first".into(),
            title: "First steps".into(),
            files: vec!["data/words.txt".into()],
            exercises: vec![
                exercise("hello", "print('hi')\n"),
                exercise("sum", "# add\n"),
            ],
        })])
    }

    fn sel(exercise: &str) -> Selection {
        ("first".into(), exercise.into())
    }

    fn loaded() -> Rc<Workspace> {
        Rc::new(Workspace::new(None, HashSet::new())).reduce(Action::CatalogLoaded {
            lessons: lessons(),
            open: Some((sel("hello"), None)),
        })
    }

    #[test]
    fn opening_shows_saved_code_or_the_starter() {
        let w = loaded();
        assert_eq!(w.code, "print('hi')\n");
        assert_eq!(w.exercise().unwrap().id, "hello");
        let w = w.reduce(Action::Open {
            selection: sel("sum"),
            saved: Some("print(1 + 2)\n".into()),
        });
        assert_eq!(w.code, "print(1 + 2)\n");
        assert_eq!(w.catalog.files(&sel("sum")), ["data/words.txt"]);
    }

    /// Lessons in another language replace the catalog only, keeping what is open and its
    /// code; before the first load has opened anything they are left to it.
    #[test]
    fn translated_lessons_keep_the_open_exercise_and_wait_for_the_first_load() {
        let w = loaded().reduce(Action::Edit {
            code: "mine\n".into(),
        });
        let w = w.reduce(Action::LessonsTranslated { lessons: lessons() });
        assert_eq!(w.selection, Some(sel("hello")));
        assert_eq!(w.code, "mine\n");
        let loading = Rc::new(Workspace::new(None, HashSet::new()));
        let w = loading.reduce(Action::LessonsTranslated { lessons: lessons() });
        assert!(matches!(w.catalog, Catalog::Loading));
    }

    #[test]
    fn an_unknown_exercise_is_not_opened() {
        let w = loaded().reduce(Action::Open {
            selection: sel("nope"),
            saved: None,
        });
        assert_eq!(w.selection, Some(sel("hello")));
    }

    #[test]
    fn reset_can_be_undone_until_the_learner_types() {
        let w = loaded()
            .reduce(Action::Edit {
                code: "mine\n".into(),
            })
            .reduce(Action::ResetToStarter);
        assert_eq!(w.code, "print('hi')\n");
        assert!(w.can_undo());
        let undone = w.clone().reduce(Action::UndoReset);
        assert_eq!(undone.code, "mine\n");
        assert!(!undone.can_undo());
        let typed = w.reduce(Action::Edit {
            code: "other\n".into(),
        });
        assert!(!typed.can_undo());
        assert_eq!(typed.clone().reduce(Action::UndoReset).code, "other\n");
        assert_eq!(typed.edits, 3);
    }

    #[test]
    fn opening_another_exercise_drops_the_undo() {
        let w = loaded()
            .reduce(Action::ResetToStarter)
            .reduce(Action::Open {
                selection: sel("sum"),
                saved: None,
            });
        assert!(!w.can_undo());
    }

    #[test]
    fn a_shared_program_is_a_scratch_page_until_an_exercise_is_chosen() {
        let shared = Shared::Code("print(42)".into());
        let w = Rc::new(Workspace::new(Some(&shared), HashSet::new()));
        assert!(w.scratch);
        assert_eq!(w.code, "print(42)");
        let w = w.reduce(Action::CatalogLoaded {
            lessons: lessons(),
            open: None,
        });
        assert!(w.scratch && w.selection.is_none());
        let w = w.reduce(Action::Open {
            selection: sel("hello"),
            saved: None,
        });
        assert!(!w.scratch);
        assert_eq!(w.code, "print('hi')\n");
    }

    fn reply() -> Shared {
        Shared::Reply(crate::page::Reply {
            exercise: Some(crate::page::ExerciseRef {
                lesson: "first".into(),
                exercise: "sum".into(),
                title: "sum".into(),
            }),
            code: "print(1 + 2)  # the mentor's\n".into(),
            note: "Add them.".into(),
            question: String::new(),
        })
    }

    #[test]
    fn a_reply_is_shown_beside_its_exercise_and_saves_nothing_by_itself() {
        let w =
            Rc::new(Workspace::new(Some(&reply()), HashSet::new())).reduce(Action::CatalogLoaded {
                lessons: lessons(),
                open: None,
            });
        assert!(w.scratch && w.selection.is_none());
        assert_eq!(w.exercise_shown().unwrap().id, "sum");
        assert_eq!(w.files_of(), Some(&sel("sum")));
        assert_eq!(w.code, "print(1 + 2)  # the mentor's\n");
        assert_eq!(w.edits, 0);
    }

    #[test]
    fn using_a_reply_keeps_the_learners_code_for_undo() {
        let w = Rc::new(Workspace::new(Some(&reply()), HashSet::new()))
            .reduce(Action::CatalogLoaded {
                lessons: lessons(),
                open: None,
            })
            .reduce(Action::UseReply {
                selection: sel("sum"),
                saved: Some("print(1 - 2)  # mine\n".into()),
                code: "print(1 + 2)  # the mentor's\n".into(),
            });
        assert!(!w.scratch && w.about.is_none());
        assert_eq!(w.selection, Some(sel("sum")));
        assert_eq!(w.code, "print(1 + 2)  # the mentor's\n");
        assert_eq!(w.base.as_deref(), Some("print(1 - 2)  # mine\n"));
        assert!(w.can_undo() && w.reply_used && w.edits == 1);
        let undone = w.reduce(Action::UndoReset);
        assert_eq!(undone.code, "print(1 - 2)  # mine\n");
        // The same code as the learner's: nothing to undo.
        let same = loaded().reduce(Action::UseReply {
            selection: sel("hello"),
            saved: None,
            code: "print('hi')\n".into(),
        });
        assert!(!same.can_undo() && same.edits == 0);
    }

    #[test]
    fn passing_marks_done_once() {
        let w = loaded().reduce(Action::Passed {
            exercise: sel("sum"),
        });
        let again = w.clone().reduce(Action::Passed {
            exercise: sel("sum"),
        });
        assert!(again.done.contains(&sel("sum")));
        assert!(Rc::ptr_eq(&w.done, &again.done));
    }

    #[test]
    fn the_first_exercise_shown_follows_the_page_and_the_last_visit() {
        let catalog = Catalog::Loaded(lessons());
        let app = PageOptions::default();
        assert_eq!(catalog.initial(&app, None), Some(sel("hello")));
        assert_eq!(catalog.initial(&app, Some(sel("sum"))), Some(sel("sum")));
        assert_eq!(catalog.initial(&app, Some(sel("gone"))), Some(sel("hello")));
        let asked = PageOptions {
            exercise: Some(sel("sum")),
            ..PageOptions::default()
        };
        assert_eq!(
            catalog.initial(&asked, Some(sel("hello"))),
            Some(sel("sum"))
        );
        let embed_of_missing = PageOptions {
            embed: true,
            exercise: Some(sel("gone")),
            ..PageOptions::default()
        };
        assert_eq!(catalog.initial(&embed_of_missing, Some(sel("sum"))), None);
        let shared = PageOptions {
            shared: Some(Ok(Shared::Code("print(1)".into()))),
            ..PageOptions::default()
        };
        assert_eq!(catalog.initial(&shared, Some(sel("sum"))), None);
    }

    fn saved(w: Rc<Workspace>) -> Rc<Workspace> {
        let (selection, code) = (w.selection.clone().unwrap(), w.code.clone());
        w.reduce(Action::Saved {
            selection,
            code,
            error: None,
        })
    }

    #[test]
    fn another_tabs_code_is_taken_when_nothing_changed_here() {
        let w = saved(loaded().reduce(Action::Edit {
            code: "mine\n".into(),
        }));
        let w = w.reduce(Action::ChangedElsewhere {
            selection: sel("hello"),
            code: Some("theirs\n".into()),
        });
        assert_eq!(w.code, "theirs\n");
        assert_eq!(w.base.as_deref(), Some("theirs\n"));
        assert!(w.other.is_none());
        // Another exercise's change is not this editor's business.
        let w = w.reduce(Action::ChangedElsewhere {
            selection: sel("sum"),
            code: Some("x".into()),
        });
        assert_eq!(w.code, "theirs\n");
        // Removed elsewhere (an undone import): the starter.
        let w = w.reduce(Action::ChangedElsewhere {
            selection: sel("hello"),
            code: None,
        });
        assert_eq!(w.code, "print('hi')\n");
        assert_eq!(w.base, None);
    }

    #[test]
    fn when_both_tabs_changed_the_code_the_learner_chooses() {
        // Typed here, not saved yet (or found storage changed when saving).
        let w = loaded().reduce(Action::Edit {
            code: "mine\n".into(),
        });
        let asking = w.reduce(Action::ChangedElsewhere {
            selection: sel("hello"),
            code: Some("theirs\n".into()),
        });
        assert_eq!(asking.code, "mine\n");
        assert_eq!(
            asking.other.as_ref().map(|o| (o.code.as_str(), o.from)),
            Some(("theirs\n", OtherSource::AnotherTab))
        );
        assert_eq!(asking.save_state(), SaveState::Held);
        let typed_on = asking.clone().reduce(Action::Edit {
            code: "mine, more\n".into(),
        });
        assert!(
            typed_on.other.is_some(),
            "typing on doesn't answer the question"
        );
        let moved = typed_on.clone().reduce(Action::Open {
            selection: sel("sum"),
            saved: None,
        });
        assert_eq!(
            moved.code, "mine, more\n",
            "leaving would drop the unsaved text"
        );

        let theirs = typed_on.clone().reduce(Action::UseOtherVersion);
        assert_eq!(theirs.code, "theirs\n");
        assert_eq!(theirs.base.as_deref(), Some("theirs\n"));
        assert!(theirs.other.is_none());

        let mine = typed_on.clone().reduce(Action::KeepMine);
        assert_eq!(mine.code, "mine, more\n");
        assert_eq!(
            mine.base.as_deref(),
            Some("theirs\n"),
            "saving will replace theirs"
        );
        assert_eq!(mine.edits, typed_on.edits + 1, "and it is saved");
    }

    #[test]
    fn code_typed_before_the_lessons_came_is_kept() {
        let typing = Rc::new(Workspace::new(None, HashSet::new())).reduce(Action::Edit {
            code: "typed\n".into(),
        });
        let fresh = typing.clone().reduce(Action::CatalogLoaded {
            lessons: lessons(),
            open: Some((sel("hello"), None)),
        });
        assert_eq!(fresh.code, "typed\n");
        assert!(fresh.other.is_none());
        assert!(fresh.edits > typing.edits, "and saved");

        let over_saved = typing.reduce(Action::CatalogLoaded {
            lessons: lessons(),
            open: Some((sel("hello"), Some("saved\n".into()))),
        });
        assert_eq!(over_saved.code, "typed\n");
        assert_eq!(
            over_saved.other.as_ref().map(|o| (o.code.as_str(), o.from)),
            Some(("saved\n", OtherSource::SavedBefore))
        );
        assert_eq!(over_saved.reduce(Action::UseOtherVersion).code, "saved\n");
    }

    #[test]
    fn the_durable_copy_follows_the_edits() {
        let w = loaded();
        assert_eq!(w.save_state(), SaveState::Durable);
        let w = w.reduce(Action::Edit { code: "a".into() });
        assert_eq!(w.save_state(), SaveState::Pending);
        let w = w.reduce(Action::Edit { code: "ab".into() });
        let w = w.reduce(Action::DurablySaved { edits: 1, ok: true });
        assert_eq!(w.save_state(), SaveState::Pending);
        let w = w.reduce(Action::DurablySaved { edits: 2, ok: true });
        assert_eq!(w.save_state(), SaveState::Durable);
        let w = w.reduce(Action::DurablySaved {
            edits: 2,
            ok: false,
        });
        assert_eq!(w.save_state(), SaveState::LocalOnly);
    }

    #[test]
    fn an_import_is_asked_about_then_can_be_undone() {
        let w = saved(loaded().reduce(Action::Edit {
            code: "mine\n".into(),
        }));
        let plan = Rc::new(ImportPlan::default());
        let asking = w.reduce(Action::ImportRead { plan });
        assert!(matches!(asking.import, Import::Asking(_)));
        assert_eq!(asking.code, "mine\n");
        assert_eq!(
            asking.clone().reduce(Action::ImportCancelled).import,
            Import::None
        );
        let undo = Rc::new(vec![(
            "pyplay:code:first/hello".to_string(),
            Some("\"mine\\n\"".to_string()),
        )]);
        let imported = asking.reduce(Action::ImportConfirmed {
            undo,
            done: HashSet::from([sel("sum")]),
            saved: Some("from the file\n".into()),
        });
        assert_eq!(imported.code, "from the file\n");
        assert!(imported.done.contains(&sel("sum")));
        assert!(matches!(imported.import, Import::Done { .. }));
        let undone = imported.reduce(Action::ImportUndone {
            done: HashSet::new(),
            saved: Some("mine\n".into()),
        });
        assert_eq!(undone.code, "mine\n");
        assert_eq!(undone.import, Import::None);
        assert!(undone.done.is_empty());
    }

    #[test]
    fn done_marks_from_another_tab_are_added() {
        let w = loaded().reduce(Action::Passed {
            exercise: sel("hello"),
        });
        let w = w.reduce(Action::DoneElsewhere {
            done: HashSet::from([sel("sum")]),
        });
        assert!(w.done.contains(&sel("hello")) && w.done.contains(&sel("sum")));
    }
}

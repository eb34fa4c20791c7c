//! The learner's workspace as one reducer: the lesson catalog, the open exercise and its code,
//! reset and undo, done marks, and the scratch page a Share link opens. Saving is not done here:
//! `hooks/use_workspace.rs` saves what the actions changed and reports back with `Saved`.

use super::Selection;
use crate::lessons::LoadedLesson;
use crate::page::PageOptions;
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
    /// Showing a Share link's program: nothing is saved, nothing runs by itself.
    pub scratch: bool,
    /// The learner's code before "Reset to starter code", for Undo (until they type again or
    /// open another exercise).
    pub before_reset: Option<(Selection, String)>,
    /// Exercises whose checks all passed.
    pub done: Rc<HashSet<Selection>>,
    /// Why the browser refused to save the code, if it did.
    pub save_error: Option<String>,
    /// Counts the learner's changes to the code (typing, reset, undo): each is saved.
    pub edits: u32,
}

impl Workspace {
    /// A workspace before the lessons have loaded: a shared link's code, if there is one.
    pub fn new(shared: Option<String>, done: HashSet<Selection>) -> Self {
        Self {
            catalog: Catalog::Loading,
            selection: None,
            scratch: shared.is_some(),
            code: shared.unwrap_or_default(),
            before_reset: None,
            done: Rc::new(done),
            save_error: None,
            edits: 0,
        }
    }

    pub fn exercise(&self) -> Option<&Exercise> {
        self.catalog.exercise(self.selection.as_ref()?)
    }

    /// Undo is offered right after a reset of the open exercise.
    pub fn can_undo(&self) -> bool {
        self.before_reset
            .as_ref()
            .is_some_and(|(at, _)| Some(at) == self.selection.as_ref())
    }

    fn open(&mut self, selection: Selection, saved: Option<String>) {
        if let Some(exercise) = self.catalog.exercise(&selection) {
            self.code = saved.unwrap_or_else(|| exercise.starter.clone());
            self.selection = Some(selection);
            self.scratch = false;
            self.before_reset = None;
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
    /// The learner chose an exercise; `saved` is the code they left there.
    Open {
        selection: Selection,
        saved: Option<String>,
    },
    /// The learner typed (or the embedding page set the code).
    Edit { code: String },
    /// "Reset to starter code" (after the learner confirmed).
    ResetToStarter,
    /// Put back the code from before the reset.
    UndoReset,
    /// Every check of this exercise passed: done, for good.
    Passed { exercise: Selection },
    /// The code was saved (None) or the browser refused (why).
    Saved { error: Option<String> },
}

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            Action::CatalogLoaded { lessons, open } => {
                next.catalog = Catalog::Loaded(lessons);
                if let Some((selection, saved)) = open {
                    next.open(selection, saved);
                }
            }
            Action::CatalogFailed { errors } => next.catalog = Catalog::Failed(errors),
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
            Action::Saved { error } => next.save_error = error,
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
        let w = Rc::new(Workspace::new(Some("print(42)".into()), HashSet::new()));
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
            shared: Some(Ok("print(1)".into())),
            ..PageOptions::default()
        };
        assert_eq!(catalog.initial(&shared, Some(sel("sum"))), None);
    }
}

use super::{
    check_results::CheckResults, console::Console, editor::Editor, exercise_help::ExerciseHelp,
    exercise_text::ExerciseText, lesson_list::LessonList, progress::Progress,
    reset_code::ResetCode, share::Share, toolbar::Toolbar,
};
use crate::host_page::{self, Command, Event};
use crate::lessons::{LoadedLesson, fetch_file, load_catalog};
use crate::page::PageOptions;
use crate::python::{Python, PythonEvent};
use crate::state::{Action, Phase, Session};
use crate::storage;
use pyplay_lessons::{Check, Exercise, file_name};
use pyplay_protocol::{FromWorker, ToWorker};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

pub use crate::state::Selection;

/// What the learner asked the worker to do with the editor's code.
#[derive(Clone)]
enum Job {
    Run,
    Check(Vec<Check>),
    /// A line typed at the `>>>` console.
    Console(String),
}

#[derive(Clone, PartialEq)]
enum Catalog {
    Loading,
    Loaded(Rc<Vec<LoadedLesson>>),
    Failed(Vec<String>),
}

fn find<'a>(
    lessons: &'a [LoadedLesson],
    (lesson_id, exercise_id): &Selection,
) -> Option<&'a Exercise> {
    lessons.iter().find_map(|lesson| match lesson {
        LoadedLesson::Ready(lesson) if &lesson.id == lesson_id => {
            lesson.exercises.iter().find(|e| &e.id == exercise_id)
        }
        _ => None,
    })
}

/// The data files of the lesson that holds the selected exercise.
fn lesson_files(lessons: &[LoadedLesson], (lesson_id, _): &Selection) -> Vec<String> {
    lessons
        .iter()
        .find_map(|lesson| match lesson {
            LoadedLesson::Ready(lesson) if &lesson.id == lesson_id => Some(lesson.files.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn first_exercise(lessons: &[LoadedLesson]) -> Option<Selection> {
    lessons.iter().find_map(|lesson| match lesson {
        LoadedLesson::Ready(lesson) => lesson
            .exercises
            .first()
            .map(|e| (lesson.id.clone(), e.id.clone())),
        LoadedLesson::Broken { .. } => None,
    })
}

fn action_for(event: PythonEvent) -> Option<Action> {
    Some(match event {
        PythonEvent::Failed(message) => Action::Failed { message },
        PythonEvent::Message(message) => match message {
            FromWorker::Ready { .. } => Action::WorkerReady,
            FromWorker::Output {
                run_id,
                stream,
                text,
            } => Action::Output {
                run_id,
                stream,
                text,
            },
            FromWorker::InputRequest { run_id, seq } => Action::InputRequested { run_id, seq },
            FromWorker::InputReceived { .. } => return None,
            FromWorker::Finished { run_id, outcome } => Action::Finished { run_id, outcome },
            FromWorker::ConsoleMore { run_id } => Action::ConsoleMore { run_id },
            FromWorker::Checked { run_id, results } => Action::Checked { run_id, results },
            FromWorker::Crashed { message } => Action::Crashed { message },
        },
    })
}

/// The app (not the embed) showing this exercise, or this code in a scratch page.
fn full_app_link(selection: Option<&Selection>, code: &str) -> String {
    match selection {
        Some((lesson, exercise)) => format!(
            "{}{}",
            crate::page::base_url(),
            crate::page::exercise_query(lesson, exercise)
        ),
        None => crate::page::share_link(code),
    }
}

#[component]
pub fn App() -> Html {
    let session = use_reducer(Session::default);
    let python = {
        let dispatcher = session.dispatcher();
        use_memo((), move |_| {
            Python::start(Callback::from(move |event| {
                if let Some(action) = action_for(event) {
                    dispatcher.dispatch(action);
                }
            }))
        })
    };
    let page = use_memo((), |_| PageOptions::from_location());
    let catalog = use_state(|| Catalog::Loading);
    let selection = use_state(|| None::<Selection>);
    // A shared link's program (a scratch page: nothing saved, nothing run by itself).
    let shared = page.shared.clone().and_then(Result::ok);
    let scratch = use_state(|| shared.is_some());
    let code = use_state(|| shared.unwrap_or_default());
    let save_error = use_state(|| None::<String>);

    let open = {
        let selection = selection.clone();
        let code = code.clone();
        let catalog = catalog.clone();
        let embed = page.embed;
        Callback::from(
            move |(lessons, chosen): (Rc<Vec<LoadedLesson>>, Selection)| {
                if let Some(exercise) = find(&lessons, &chosen) {
                    let saved = storage::load_code(&chosen.0, &chosen.1);
                    code.set(saved.unwrap_or_else(|| exercise.starter.clone()));
                    // An embed shows one exercise; it doesn't move the app's place.
                    if !embed {
                        storage::save_current(&chosen.0, &chosen.1);
                    }
                    selection.set(Some(chosen));
                }
                if !matches!(&*catalog, Catalog::Loaded(l) if Rc::ptr_eq(l, &lessons)) {
                    catalog.set(Catalog::Loaded(lessons));
                }
            },
        )
    };

    {
        let catalog = catalog.clone();
        let open = open.clone();
        let (page, scratch) = (page.clone(), *scratch);
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match load_catalog().await {
                    Ok(lessons) => {
                        let lessons = Rc::new(lessons);
                        let asked = page
                            .exercise
                            .clone()
                            .filter(|s| find(&lessons, s).is_some());
                        let chosen = if scratch {
                            None
                        } else if page.embed && page.exercise.is_some() {
                            asked
                        } else {
                            asked
                                .or_else(storage::load_current)
                                .filter(|s| find(&lessons, s).is_some())
                                .or_else(|| first_exercise(&lessons))
                        };
                        match chosen {
                            Some(chosen) => open.emit((lessons, chosen)),
                            None => catalog.set(Catalog::Loaded(lessons)),
                        }
                    }
                    Err(errors) => catalog.set(Catalog::Failed(errors)),
                }
            });
        });
    }

    let on_change = {
        let code = code.clone();
        let selection = selection.clone();
        let save_error = save_error.clone();
        Callback::from(move |text: String| {
            if let Some((lesson, exercise)) = &*selection {
                let result = storage::save_code(lesson, exercise, &text).err();
                if *save_error != result {
                    save_error.set(result);
                }
            }
            code.set(text);
        })
    };

    // Data files fetched once per page, by path under lessons/.
    let file_cache = use_mut_ref(HashMap::<String, Rc<Vec<u8>>>::new);
    // Run and Check share everything but the last message to the worker.
    let on_job = {
        let session = session.clone();
        let python = python.clone();
        let code = code.clone();
        let selection = selection.clone();
        let catalog = catalog.clone();
        let origin = page.origin.clone();
        Callback::from(move |job: Job| {
            if session.phase != Phase::Ready {
                return;
            }
            // Save before anything risky.
            if let Some((lesson, exercise)) = &*selection {
                let _ = storage::save_code(lesson, exercise, &code);
            }
            let files = match (&*catalog, &*selection) {
                (Catalog::Loaded(lessons), Some(chosen)) => lesson_files(lessons, chosen),
                _ => Vec::new(),
            };
            let run_id = session.run_id + 1;
            let message = match job {
                Job::Run => ToWorker::Run {
                    run_id,
                    source: (*code).clone(),
                },
                Job::Check(checks) => ToWorker::Check {
                    run_id,
                    source: (*code).clone(),
                    checks,
                },
                Job::Console(line) => {
                    let mut lines = session.console_lines.clone();
                    lines.push(line);
                    ToWorker::Console {
                        run_id,
                        source: lines.join("\n"),
                    }
                }
            };
            let kind = match &message {
                ToWorker::Check { .. } => "check",
                ToWorker::Console { .. } => "console",
                _ => "run",
            };
            host_page::post(&Event::RunStarted { kind }, origin.as_deref());
            session.dispatch(match (&message, &*selection) {
                (ToWorker::Check { .. }, Some(chosen)) => Action::CheckStarted {
                    run_id,
                    exercise: chosen.clone(),
                },
                (ToWorker::Console { source, .. }, _) => Action::ConsoleStarted {
                    run_id,
                    line: source.rsplit('\n').next().unwrap_or_default().to_owned(),
                },
                _ => Action::RunStarted { run_id },
            });
            let (python, cache) = ((*python).clone(), file_cache.clone());
            let dispatcher = session.dispatcher();
            let generation = python.generation();
            wasm_bindgen_futures::spawn_local(async move {
                for path in files {
                    let cached = cache.borrow().get(&path).cloned();
                    let data = match cached {
                        Some(data) => data,
                        None => match fetch_file(&format!("lessons/{path}")).await {
                            Ok(data) => {
                                let data = Rc::new(data);
                                cache.borrow_mut().insert(path.clone(), data.clone());
                                data
                            }
                            Err(err) => {
                                let text = format!("{err}. The program runs without it.");
                                dispatcher.dispatch(Action::Note { text });
                                continue;
                            }
                        },
                    };
                    python.put_file(file_name(&path), &data);
                }
                // Stopped while the files loaded: the new worker is not ours to run on.
                if python.generation() == generation {
                    python.send(&message);
                }
            });
        })
    };
    let on_run = on_job.reform(|()| Job::Run);
    let on_console = on_job.reform(Job::Console);
    let exercise = match (&*catalog, &*selection) {
        (Catalog::Loaded(lessons), Some(chosen)) => find(lessons, chosen).cloned(),
        _ => None,
    };
    let on_check = exercise.as_ref().filter(|e| !e.checks.is_empty()).map(|e| {
        let checks = e.checks.clone();
        on_job.reform(move |()| Job::Check(checks.clone()))
    });

    // Reset to starter code keeps the learner's code for Undo until they type again or open
    // another exercise.
    let before_reset = use_state(|| None::<(Selection, String)>);
    let on_reset = {
        let before_reset = before_reset.clone();
        let on_change = on_change.clone();
        let code = code.clone();
        let starter = exercise.as_ref().map(|e| e.starter.clone());
        let selection = selection.clone();
        Callback::from(move |()| {
            if let (Some(starter), Some(chosen)) = (&starter, &*selection) {
                let mine = (*code).clone();
                on_change.emit(starter.clone());
                before_reset.set(Some((chosen.clone(), mine)));
            }
        })
    };
    let undoable = before_reset
        .as_ref()
        .filter(|(at, _)| Some(at) == selection.as_ref());
    let on_undo = undoable.map(|(_, mine)| {
        let (mine, before_reset, on_change) =
            (mine.clone(), before_reset.clone(), on_change.clone());
        Callback::from(move |()| {
            on_change.emit(mine.clone());
            before_reset.set(None);
        })
    });
    let on_edit = {
        let before_reset = before_reset.clone();
        let on_change = on_change.clone();
        Callback::from(move |text: String| {
            if before_reset.is_some() {
                before_reset.set(None);
            }
            on_change.emit(text);
        })
    };

    // Passing every check marks the checked exercise done, for good (even if the learner has
    // opened another one meanwhile).
    let done = use_state(storage::load_done);
    {
        let done = done.clone();
        let origin = page.origin.clone();
        use_effect_with(
            (session.checks.clone(), session.checked.clone()),
            move |(checks, checked)| {
                let passed = checks
                    .as_ref()
                    .is_some_and(|r| !r.is_empty() && r.iter().all(|c| c.passed));
                if let (true, Some((lesson, exercise))) = (passed, checked) {
                    host_page::post(
                        &Event::ExercisePassed { lesson, exercise },
                        origin.as_deref(),
                    );
                }
                if let (true, Some(chosen)) = (passed, checked)
                    && !done.contains(chosen)
                {
                    let mut next = (*done).clone();
                    next.insert(chosen.clone());
                    storage::save_done(&next);
                    done.set(next);
                }
            },
        );
    }

    let on_stop = {
        let session = session.clone();
        let python = python.clone();
        Callback::from(move |()| {
            python.restart();
            session.dispatch(Action::Stopped);
        })
    };

    let on_input = {
        let session = session.clone();
        let python = python.clone();
        Callback::from(move |line: Option<String>| {
            if let Phase::AwaitingInput { seq } = session.phase {
                session.dispatch(Action::InputAnswered { line: line.clone() });
                python.answer(seq, line);
            }
        })
    };

    // A traceback's line link puts the editor's cursor on that line.
    let go_to = use_state(|| None::<(u32, u32)>);
    let on_line = {
        let go_to = go_to.clone();
        Callback::from(move |line: u32| {
            let request = go_to.map_or(1, |(_, n)| n.wrapping_add(1));
            go_to.set(Some((line, request)));
        })
    };

    // The embedding page hears when Python is ready and how each run ends.
    {
        let origin = page.origin.clone();
        let before = use_mut_ref(|| Phase::Starting);
        let ready_told = use_mut_ref(|| false);
        let session = session.clone();
        // Ready once the exercise is open too, so a `set-code` sent on `ready` is not then
        // replaced by the exercise's saved or starter code.
        let opened = !matches!(*catalog, Catalog::Loading);
        use_effect_with(
            (session.phase, session.run_id, opened),
            move |(phase, _, opened)| {
                let was = std::mem::replace(&mut *before.borrow_mut(), *phase);
                let origin = origin.as_deref();
                let was_running = matches!(was, Phase::Running | Phase::AwaitingInput { .. });
                if *phase == Phase::Ready
                    && *opened
                    && !std::mem::replace(&mut *ready_told.borrow_mut(), true)
                {
                    host_page::post(&Event::Ready, origin);
                }
                if was_running && matches!(phase, Phase::Ready | Phase::Starting) {
                    let output: String = session.output.iter().map(|s| s.text.as_str()).collect();
                    let (status, error) = match &session.outcome {
                        _ if session.stopped => ("stopped", None),
                        Some(pyplay_protocol::Outcome::Error { error }) => {
                            ("error", Some(error.kind.as_str()))
                        }
                        _ => ("ok", None),
                    };
                    host_page::post(
                        &Event::RunFinished {
                            output: &output,
                            status,
                            error,
                        },
                        origin,
                    );
                }
            },
        );
    }

    let on_select = {
        let open = open.clone();
        let catalog = catalog.clone();
        let scratch = scratch.clone();
        Callback::from(move |chosen: Selection| {
            if *scratch {
                // Leaving the shared program: drop it from the address, so a reload doesn't
                // bring it back over the lessons.
                scratch.set(false);
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&crate::page::base_url()),
                    );
                }
            }
            if let Catalog::Loaded(lessons) = &*catalog {
                open.emit((lessons.clone(), chosen));
            }
        })
    };

    // Commands from the page an embed sits in.
    {
        let latest = use_mut_ref(|| (on_edit.clone(), on_run.clone(), on_check.clone()));
        *latest.borrow_mut() = (on_edit.clone(), on_run.clone(), on_check.clone());
        let origin = page.origin.clone();
        use_effect_with((), move |_| {
            let listener = host_page::listen(
                origin,
                Callback::from(move |command| {
                    let (set_code, run, check) = latest.borrow().clone();
                    match command {
                        Command::SetCode(code) => set_code.emit(code),
                        Command::Run => run.emit(()),
                        Command::Check => {
                            if let Some(check) = check {
                                check.emit(());
                            }
                        }
                    }
                }),
            );
            move || drop(listener)
        });
    }

    let main = match &*catalog {
        _ if *scratch => html! {
            <div class="shared-note">
                <h2>{ "A shared program" }</h2>
                <p>{ "Someone shared this program with you. It has not run: read it, then press Run when you are ready. \
                      Changes here are not saved (Share makes a new link); your own work in the lessons is untouched." }</p>
            </div>
        },
        Catalog::Loading => html! { <p class="loading">{ "Loading lessons…" }</p> },
        Catalog::Failed(errors) => html! {
            <div class="lesson-error" role="alert">
                <h2>{ "The lessons could not be loaded" }</h2>
                <ul>{ for errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }</ul>
                <p>{ "Ask your organizer to fix the file named above. You can still write and run code below." }</p>
            </div>
        },
        Catalog::Loaded(_) => match &exercise {
            Some(exercise) => html! {
                <>
                    <ExerciseText exercise={exercise.clone()} />
                    <ExerciseHelp key={exercise.id.clone()} exercise={exercise.clone()} />
                </>
            },
            None => html! { <p>{ "Pick an exercise from the list." }</p> },
        },
    };

    let lessons = match &*catalog {
        Catalog::Loaded(lessons) => lessons.clone(),
        _ => Rc::new(Vec::new()),
    };

    let share_exercise = exercise
        .as_ref()
        .zip((*selection).clone())
        .map(|(e, (lesson, id))| (lesson, id, e.title.clone()));
    let classes = classes!(
        "app",
        page.embed.then_some("embed"),
        page.dark.then_some("theme-dark")
    );
    html! {
        <div class={classes}>
            if !page.embed {
                <header class="top">
                    <h1>{ "pyplay" }</h1>
                    <span class="tagline">{ "Python in your browser" }</span>
                    <Progress />
                </header>
                <nav class="sidebar" aria-label="Lessons">
                    <LessonList lessons={lessons} selected={(*selection).clone()} done={(*done).clone()}
                        on_select={on_select} />
                </nav>
            }
            <main class="work">
                <super::update_notice::UpdateNotice />
                if page.embed {
                    // The whole app in a tab of its own: also the way out when a browser
                    // blocks what an embed on another site needs (storage, input()).
                    <a class="open-full" href={full_app_link(selection.as_ref(), &code)} target="_blank" rel="noopener">
                        { "Open in pyplay ↗" }
                    </a>
                }
                if let Some(Err(why)) = &page.shared {
                    <p class="notice" role="alert">{ format!("This link's code could not be opened: {why}.") }</p>
                }
                <section class="exercise">{ main }</section>
                <Editor code={(*code).clone()} on_change={on_edit} on_run={on_run.clone()}
                    error_line={session.error_line} go_to={*go_to} readonly={page.readonly} />
                if let Some(err) = &*save_error {
                    <p class="save-error" role="alert">
                        { format!("Your browser is not letting pyplay save your code ({err}). Copy it somewhere safe before closing this tab.") }
                    </p>
                }
                <Toolbar phase={session.phase} on_run={on_run} on_check={on_check} on_stop={on_stop.clone()} />
                if exercise.is_some() && !page.readonly {
                    <ResetCode on_reset={on_reset} on_undo={on_undo} />
                }
                if !page.embed {
                    <Share code={(*code).clone()} exercise={share_exercise} />
                }
                if let (Some(results), true) = (&session.checks, session.checked == *selection) {
                    <CheckResults results={results.clone()} />
                }
                <Console session={(*session).clone()} on_input={on_input} on_line={on_line}
                    on_console={on_console} on_stop={on_stop} repl={page.console} />
            </main>
        </div>
    }
}

use super::import_preview::storage_problem;
use super::{
    check_results::CheckResults, console::Console, drawing_pane::DrawingPane, editor::Editor,
    exercise_pane::ExercisePane, help_request::HelpRequestView, import_preview::ImportPreview,
    lesson_nav::LessonNav, mentor_reply::MentorReply, other_version::OtherVersion,
    predict::Predict, preferences::PreferencesBar, progress::Progress, reset_code::ResetCode,
    share::Share, skip_link::SkipLink, startup_progress::StartupProgress, step_view::StepView,
    toolbar::Toolbar, update_notice::UpdateNotice,
};
use crate::hooks::use_embed::{EmbedCommands, HostLink, use_embed};
use crate::hooks::use_preferences::use_preferences;
use crate::hooks::use_python::{Job, use_python};
use crate::hooks::use_workspace::use_workspace;
use crate::page::{ExerciseRef, PageOptions, Shared, base_url, embedding_site, full_app_link};
use crate::python::Spare;
use crate::state::session::{Action as SessionAction, Phase};
use crate::state::workspace::Catalog;
use crate::storage;
use pyplay_i18n::Words;
use std::rc::Rc;
use yew::prelude::*;

/// The page: wires the hooks (Python, the workspace, the embedding page) to the components.
#[component]
pub fn App() -> Html {
    let page = use_memo((), |_| {
        let page = PageOptions::from_location();
        if page.embed {
            // Before anything is loaded: an embed's work is kept apart per embedding site.
            storage::keep_apart_for(&embedding_site(page.origin.as_deref()));
        }
        page
    });
    let preferences = use_preferences(page.language);
    // An embed's spare worker (for an instant Stop) waits for its first run: a workshop page
    // may hold many embeds, most never run.
    let language = preferences.words.language;
    let python = use_python(
        if page.embed {
            Spare::AfterFirstJob
        } else {
            Spare::WhenReady
        },
        language,
    );
    let session = &*python.session;
    let workspace = use_workspace(&page, session.ended.as_ref(), language);
    let work = &*workspace.state;
    let exercise = work.exercise().cloned();
    // A help request's or a mentor's reply's page (until the learner opens an exercise).
    let (help, reply) = match &page.shared {
        Some(Ok(Shared::Help(request))) if work.scratch => (Some(request), None),
        Some(Ok(Shared::Reply(reply))) if work.scratch => (None, Some(reply)),
        _ => (None, None),
    };
    // The mentor is editing a copy of a help request's code.
    let answering = use_state(|| false);

    // Run, Check and the console save the code first, then hand it to Python.
    let start = {
        let (python, workspace) = (python.clone(), workspace.clone());
        Callback::from(move |job: Job| {
            workspace.save_now();
            python.start(job, &workspace.state.code, workspace.files());
        })
    };
    // A help request's program runs with the lines its learner typed for input().
    let replay = help.map(|request| request.inputs.clone());
    let on_run = start.reform(move |()| replay.clone().map_or(Job::Run, Job::Replay));
    let on_console = start.reform(Job::Console);
    let on_step = (!page.embed).then(|| start.reform(|()| Job::StepThrough));
    let on_step_move = {
        let python = python.clone();
        Callback::from(move |step| python.step(step))
    };
    let on_steps_close = {
        let python = python.clone();
        Callback::from(move |()| python.close_steps())
    };
    // The line a step-through is at, while the editor holds the code it stepped through.
    let stepping = session.stepping.clone();
    // What the program printed when it was stepped through (for "predict the output"); not
    // known when only its first steps were recorded.
    let printed = stepping
        .as_ref()
        .filter(|s| s.code == work.code)
        .and_then(|s| s.trace().filter(|t| !t.truncated))
        .map(|t| AttrValue::from(t.output.clone()));
    let step_line = stepping
        .as_ref()
        .filter(|s| s.code == work.code)
        .and_then(|s| {
            s.trace()
                .and_then(|t| t.steps.get(s.at))
                .map(|step| step.line)
        });
    let on_check = exercise
        .as_ref()
        .filter(|e| !e.checks.is_empty())
        .zip(work.selection.clone())
        .map(|(e, exercise)| {
            let (checks, seconds) = (e.checks.clone(), e.check_seconds());
            start.reform(move |()| Job::Check {
                checks: checks.clone(),
                exercise: exercise.clone(),
                seconds,
            })
        });
    // An embed starts Python when it comes into view (index.html) or, before that, when the
    // learner touches it: a click or focus anywhere in it (editor, console, Run).
    let on_use = {
        let python = python.clone();
        Callback::from(move |_: FocusEvent| python.want())
    };
    let on_touch = {
        let python = python.clone();
        Callback::from(move |_: PointerEvent| python.want())
    };
    let on_stop = {
        let python = python.clone();
        Callback::from(move |()| python.stop())
    };
    let on_interrupt = {
        let python = python.clone();
        Callback::from(move |()| python.interrupt())
    };
    let on_input = {
        let python = python.clone();
        Callback::from(move |line| python.answer(line))
    };
    let on_edit = {
        let workspace = workspace.clone();
        Callback::from(move |code| workspace.edit(code))
    };
    let on_select = {
        let workspace = workspace.clone();
        Callback::from(move |selection| workspace.open(selection))
    };
    let on_reset = {
        let workspace = workspace.clone();
        Callback::from(move |()| workspace.reset())
    };
    let on_undo = work.can_undo().then(|| {
        let workspace = workspace.clone();
        Callback::from(move |()| workspace.undo())
    });
    let on_use_other = {
        let workspace = workspace.clone();
        Callback::from(move |()| workspace.use_other())
    };
    let on_keep_mine = {
        let workspace = workspace.clone();
        Callback::from(move |()| workspace.keep_mine())
    };
    let on_import_file = {
        let workspace = workspace.clone();
        Callback::from(move |text| workspace.read_import(text))
    };
    let on_import_confirm = {
        let workspace = workspace.clone();
        Callback::from(move |()| workspace.confirm_import())
    };
    let on_import_cancel = {
        let workspace = workspace.clone();
        Callback::from(move |()| workspace.cancel_import())
    };
    let on_import_undo = {
        let workspace = workspace.clone();
        Callback::from(move |()| workspace.undo_import())
    };
    let on_answer = {
        let answering = answering.clone();
        Callback::from(move |()| answering.set(true))
    };
    // A reply about an exercise the lessons have: use its code there, or go back to one's own.
    let reply_exercise = reply
        .and_then(|reply| reply.exercise.as_ref())
        .map(|e| (e.lesson.clone(), e.exercise.clone()))
        .filter(|selection| work.catalog.exercise(selection).is_some());
    let on_use_reply = reply_exercise.clone().map(|selection| {
        let workspace = workspace.clone();
        Callback::from(move |()| {
            workspace.use_reply(selection.clone(), workspace.state.code.clone())
        })
    });
    let on_open_mine =
        reply_exercise.map(|selection| on_select.reform(move |()| selection.clone()));
    // A traceback's line link puts the editor's cursor on that line: (line, request number).
    let go_to = use_state(|| None::<(u32, u32)>);
    let on_line = {
        let go_to = go_to.clone();
        Callback::from(move |line: u32| {
            let request = go_to.map_or(1, |(_, n)| n.wrapping_add(1));
            go_to.set(Some((line, request)));
        })
    };

    {
        // pyplay's notes in the output ("Program stopped.") are in the page's language.
        let (session, words) = (python.session.clone(), preferences.words.clone());
        use_effect_with(words, move |words| {
            session.dispatch(SessionAction::Words(words.clone()))
        });
    }
    use_embed(
        HostLink {
            embed: page.embed,
            origin: page.origin.clone(),
            origin_problem: page.origin_problem.clone(),
        },
        session,
        !matches!(work.catalog, Catalog::Loading),
        EmbedCommands {
            set_code: on_edit.clone(),
            run: on_run.clone(),
            check: on_check.clone(),
        },
    );

    let selection = work.selection.as_ref();
    let share_exercise = exercise
        .as_ref()
        .zip(selection)
        .map(|(e, (lesson, id))| (lesson.clone(), id.clone(), e.title.clone()));
    // "Get help" sends the exercise, the code and the last run (not from a help page itself).
    let help_request = (help.is_none() && reply.is_none()).then(|| {
        let exercise = share_exercise
            .clone()
            .map(|(lesson, exercise, title)| ExerciseRef {
                lesson,
                exercise,
                title,
            });
        session.help_request(&work.code, exercise)
    });
    let open_full = full_app_link(
        &base_url(),
        selection.map(|(l, e)| (l.as_str(), e.as_str())),
        &work.code,
    );
    let checks = session
        .checks
        .clone()
        .filter(|_| session.checked.as_ref() == selection);
    let classes = classes!(
        "app",
        page.embed.then_some("embed"),
        (page.dark || preferences.dark).then_some("theme-dark")
    );
    html! {
        <ContextProvider<Rc<Words>> context={preferences.words.clone()}>
        <div class={classes}>
            if !page.embed {
                <SkipLink />
                <header class="top">
                    <h1>{ "pyplay" }</h1>
                    <span class="tagline">{ preferences.words.text("app-tagline") }</span>
                    <PreferencesBar preferences={preferences.preferences} language={preferences.words.language}
                        on_change={preferences.set.clone()} />
                    <Progress on_file={on_import_file} />
                </header>
                <LessonNav lessons={work.catalog.lessons()} selected={work.selection.clone()}
                    title={exercise.as_ref().map(|e| e.title.clone())} done={work.done.clone()}
                    on_select={on_select} />
            }
            <main class="work" onfocusin={on_use} onpointerdown={on_touch}>
                <UpdateNotice />
                <ImportPreview import={work.import.clone()} catalog={work.catalog.clone()}
                    on_confirm={on_import_confirm} on_cancel={on_import_cancel} on_undo={on_import_undo} />
                if page.embed {
                    // The whole app in a tab of its own: also the way out when a browser
                    // blocks what an embed on another site needs (storage, input()).
                    <a class="open-full" href={open_full} target="_blank" rel="noopener">
                        { preferences.words.text("open-full") }
                    </a>
                }
                if let Some(Err(why)) = &page.shared {
                    <p class="notice" role="alert">{ link_problem(&preferences.words, *why) }</p>
                }
                <div class="code-side">
                    if let Some(request) = help {
                        <HelpRequestView request={request.clone()} code={work.code.clone()} answering={*answering}
                            on_answer={on_answer} />
                    }
                    if let Some(reply) = reply {
                        <MentorReply reply={reply.clone()} on_use={on_use_reply} on_mine={on_open_mine} />
                    }
                    <ExercisePane catalog={work.catalog.clone()} scratch={work.scratch} link={help.is_some() || reply.is_some()}
                        exercise={work.exercise_shown().cloned()} compact={page.embed} />
                    if let Some(exercise) = exercise.as_ref().filter(|e| e.predict && !page.embed) {
                        <Predict key={exercise.id.clone()} printed={printed} />
                    }
                    if let Some(other) = &work.other {
                        <OtherVersion from={other.from} on_use={on_use_other} on_keep={on_keep_mine} />
                    }
                    <Editor code={work.code.clone()} on_change={on_edit} on_run={on_run.clone()}
                        error_line={session.error_line} go_to={*go_to} readonly={page.readonly || (help.is_some() && !*answering)}
                        saved={work.save_state().name()} step_line={step_line} />
                    if let Some(err) = &work.save_error {
                        <p class="save-error" role="alert">
                            { preferences.words.text_with("save-refused", &[("why", storage_problem(&preferences.words, err).into())]) }
                        </p>
                    }
                    <Toolbar phase={session.phase} queued={session.queued.is_some()} on_run={on_run} on_check={on_check} on_stop={on_stop} on_step={on_step} />
                    if session.phase == Phase::Starting {
                        <StartupProgress />
                    }
                    if exercise.is_some() && !page.readonly {
                        <ResetCode on_reset={on_reset} on_undo={on_undo} reply_used={work.reply_used} />
                    }
                    if !page.embed {
                        <Share code={work.code.clone()} exercise={share_exercise} help={help_request} />
                    }
                </div>
                // Beside the code on wide screens (style.css), so Run's result is in view.
                <div class="run-side">
                    if let Some(stepping) = stepping {
                        <StepView changed={stepping.code != work.code} stepping={stepping} on_move={on_step_move}
                            on_close={on_steps_close} />
                    }
                    if let Some(results) = checks {
                        <CheckResults results={results} />
                    }
                    <DrawingPane board={python.board.clone()} />
                    <Console phase={session.phase} output={session.output.clone()} notice={session.notice.clone()}
                        more={!session.console_lines.is_empty()} on_input={on_input} on_line={on_line}
                        on_console={on_console} on_interrupt={on_interrupt} repl={page.console} />
                </div>
            </main>
        </div>
        </ContextProvider<Rc<Words>>>
    }
}

/// Why a link's code could not be opened, in words.
fn link_problem(words: &Words, why: pyplay_share::Error) -> String {
    let why = match why {
        pyplay_share::Error::TooLong => "link-too-long",
        // Not shown (no shared code is no problem); said like damage if it ever is.
        pyplay_share::Error::Damaged | pyplay_share::Error::NotShared => "link-damaged",
    };
    words.text_with("link-problem", &[("why", words.text(why).into())])
}

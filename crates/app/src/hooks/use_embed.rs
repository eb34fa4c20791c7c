//! An embedded exercise and the page it sits in (docs/EMBED.md): the events follow the run
//! session's transitions — Python ready with the exercise open, a run's start (a new run id), a
//! run's end (`Session::ended`) — and the host page's commands become the page's own actions.

use crate::host_page;
use crate::state::session::{Phase, Session};
use pyplay_protocol::embed::{Command, Event, RunStatus};
use std::collections::VecDeque;
use yew::prelude::*;

/// What the host page's commands do.
#[derive(Clone, PartialEq)]
pub struct EmbedCommands {
    pub set_code: Callback<String>,
    pub run: Callback<()>,
    /// None when the exercise has no checks.
    pub check: Option<Callback<()>>,
}

/// Who the page talks to: nobody unless it is an embed (the full app obeys no page that frames
/// it), and nobody when its `origin=` is not an origin (said in the console).
#[derive(Clone, PartialEq)]
pub struct HostLink {
    pub embed: bool,
    pub origin: Option<String>,
    pub origin_problem: Option<String>,
}

/// `opened`: the lessons have loaded and the exercise (if any) is open, so a `set-code` sent on
/// `ready`, or before, is not then replaced by the exercise's saved or starter code.
#[hook]
pub fn use_embed(link: HostLink, session: &Session, opened: bool, commands: EmbedCommands) {
    let talks = link.embed && link.origin_problem.is_none();
    {
        let link = link.clone();
        use_effect_with((), move |_| {
            if let (true, Some(problem)) = (link.embed, link.origin_problem) {
                web_sys::console::warn_1(
                    &format!(
                        "pyplay embed: origin= {problem}; this embed obeys no commands and sends \
                         no events until it names your site (see docs/EMBED.md)"
                    )
                    .into(),
                );
            }
        });
    }
    let origin = link.origin.clone();
    {
        let origin = origin.clone();
        let told = use_mut_ref(|| false);
        use_effect_with(session.phase == Phase::Ready && opened, move |ready| {
            if talks && *ready && !std::mem::replace(&mut *told.borrow_mut(), true) {
                host_page::post(&Event::Ready, origin.as_deref());
            }
        });
    }
    {
        let origin = origin.clone();
        let kind = session.kind;
        use_effect_with(session.run_id, move |run_id| {
            if talks && *run_id > 0 {
                host_page::post(&Event::RunStarted { kind }, origin.as_deref());
            }
        });
    }
    {
        let origin = origin.clone();
        let output = session.output.clone();
        use_effect_with(session.ended.clone(), move |ended| {
            let Some(end) = ended.as_ref().filter(|_| talks && host_page::embedded()) else {
                return;
            };
            let finished = Event::RunFinished {
                output: output.text(),
                status: end.status,
                error: end.error.clone().filter(|_| end.status == RunStatus::Error),
            };
            host_page::post(&finished, origin.as_deref());
            if let Some((lesson, exercise)) = end.passed.clone() {
                host_page::post(
                    &Event::ExercisePassed { lesson, exercise },
                    origin.as_deref(),
                );
            }
        });
    }
    // Commands wait until the exercise is open (a `set-code` before that would be replaced by
    // the exercise's saved or starter code: an embed that was out of view gets the commands sent
    // to it before it had loaded as soon as it starts), and are done one per render, so each
    // sees what the one before it did (a `run` after a `set-code` runs the new code).
    let queue = use_mut_ref(VecDeque::<Command>::new);
    let next = use_force_update();
    let latest = use_mut_ref(|| commands.clone());
    *latest.borrow_mut() = commands;
    {
        let (queue, next) = (queue.clone(), next.clone());
        use_effect(move || {
            let command = if opened {
                queue.borrow_mut().pop_front()
            } else {
                None
            };
            if let Some(command) = command {
                let commands = latest.borrow().clone();
                match command {
                    Command::SetCode { code } => commands.set_code.emit(code),
                    Command::Run => commands.run.emit(()),
                    Command::Check => {
                        if let Some(check) = commands.check {
                            check.emit(());
                        }
                    }
                }
                next.force_update();
            }
        });
    }
    // The listener lives as long as the page.
    use_effect_with((), move |_| {
        let listener = talks.then(|| {
            host_page::listen(
                origin,
                Callback::from(move |command| {
                    queue.borrow_mut().push_back(command);
                    next.force_update();
                }),
            )
        });
        move || drop(listener)
    });
}

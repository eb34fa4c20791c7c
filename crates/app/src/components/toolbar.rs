use crate::hooks::use_words::use_words;
use crate::state::session::Phase;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub phase: Phase,
    /// A job waits for Python to start.
    pub queued: bool,
    pub on_run: Callback<()>,
    /// Present when the exercise has checks.
    pub on_check: Option<Callback<()>>,
    pub on_stop: Callback<()>,
    /// "Step through" (not in embeds).
    #[prop_or_default]
    pub on_step: Option<Callback<()>>,
}

/// Run, Check, Step through and Stop, and what Python is doing (`data-phase` is what tests wait on). Run and Check
/// work while Python starts: the job waits for it.
#[component]
pub fn Toolbar(props: &Props) -> Html {
    let words = use_words();
    let (status, phase) = match props.phase {
        Phase::Starting if props.queued => ("status-starting-queued", "starting"),
        Phase::Starting => ("status-starting", "starting"),
        Phase::Ready => ("status-ready", "ready"),
        Phase::Running => ("status-running", "running"),
        Phase::AwaitingInput { .. } => ("status-input", "input"),
        Phase::Failed => ("status-failed", "failed"),
    };
    let status = words.text(status);
    let running = matches!(props.phase, Phase::Running | Phase::AwaitingInput { .. });
    let on_run = props.on_run.reform(|_: MouseEvent| ());
    let on_stop = props.on_stop.reform(|_: MouseEvent| ());
    let can_start = matches!(props.phase, Phase::Ready | Phase::Starting);
    html! {
        <div class="toolbar">
            <button id="run" class="run" onclick={on_run} disabled={!can_start}
                title={words.text("run-button.title")}>{ words.text("run-button") }</button>
            if let Some(on_check) = &props.on_check {
                <button id="check" class="check" onclick={on_check.reform(|_: MouseEvent| ())}
                    disabled={!can_start}>{ words.text("check-button") }</button>
            }
            if let Some(on_step) = &props.on_step {
                <button id="step" class="step" onclick={on_step.reform(|_: MouseEvent| ())} disabled={!can_start}
                    aria-label={words.text("step-button.label")} title={words.text("step-button.title")}>
                    { words.text("step-button") }
                </button>
            }
            <button id="stop" class="stop" onclick={on_stop} disabled={!running}>{ words.text("stop-button") }</button>
            <span id="status" class="status" data-phase={phase} role="status">{ status }</span>
        </div>
    }
}

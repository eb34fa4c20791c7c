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
    let (status, phase) = match props.phase {
        Phase::Starting if props.queued => (
            "Starting Python… your program runs as soon as it is ready",
            "starting",
        ),
        Phase::Starting => ("Starting Python…", "starting"),
        Phase::Ready => ("Ready", "ready"),
        Phase::Running => ("Running…", "running"),
        Phase::AwaitingInput { .. } => ("Waiting for your input", "input"),
        Phase::Failed => ("Python is not available", "failed"),
    };
    let running = matches!(props.phase, Phase::Running | Phase::AwaitingInput { .. });
    let on_run = props.on_run.reform(|_: MouseEvent| ());
    let on_stop = props.on_stop.reform(|_: MouseEvent| ());
    let can_start = matches!(props.phase, Phase::Ready | Phase::Starting);
    html! {
        <div class="toolbar">
            <button id="run" class="run" onclick={on_run} disabled={!can_start}
                title="Run (Ctrl+Enter)">{ "▶ Run" }</button>
            if let Some(on_check) = &props.on_check {
                <button id="check" class="check" onclick={on_check.reform(|_: MouseEvent| ())}
                    disabled={!can_start}>{ "✔ Check" }</button>
            }
            if let Some(on_step) = &props.on_step {
                <button id="step" class="step" onclick={on_step.reform(|_: MouseEvent| ())} disabled={!can_start}
                    aria-label="Step through" title="Step through: run the program, then go through it one line at a time">{ "Step" }</button>
            }
            <button id="stop" class="stop" onclick={on_stop} disabled={!running}>{ "■ Stop" }</button>
            <span id="status" class="status" data-phase={phase} role="status">{ status }</span>
        </div>
    }
}

use crate::hooks::use_words::use_words;
use crate::state::session::{StepMove, Stepping};
use pyplay_i18n::Words;
use pyplay_steps::{Event, Trace, Value};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub stepping: Rc<Stepping>,
    /// The editor's code is no longer the code that was stepped through.
    pub changed: bool,
    pub on_move: Callback<StepMove>,
    pub on_close: Callback<()>,
}

/// Collections with more items than this start folded (a 50-key dict would push the other
/// variables out of view).
const FOLD_OVER: usize = 6;

/// "list, 3 items", "dict, 1 key".
fn count_text(words: &Words, kind: &str, count: usize) -> String {
    let id = if kind == "dict" {
        "steps-keys"
    } else {
        "steps-items"
    };
    format!(
        "{kind}, {}",
        words.text_with(id, &[("count", count.into())])
    )
}

/// A collection's rows in a table, under its caption; folded when it is long.
fn collection_html(words: &Words, kind: &str, count: usize, rows: Html) -> Html {
    let caption = count_text(words, kind, count);
    if count > FOLD_OVER {
        html! {
            <details class="step-collection">
                <summary>{ caption }</summary>
                <table class={classes!("step-items", kind.to_owned())}>{ rows }</table>
            </details>
        }
    } else {
        html! {
            <table class={classes!("step-items", kind.to_owned())}>
                <caption>{ caption }</caption>
                { rows }
            </table>
        }
    }
}

/// A value: a plain `repr`, or a list, tuple, set or dict laid out item by item (with indexes
/// or keys), nested collections inside.
fn value_html(words: &Words, value: &Value) -> Html {
    let more_row = |more: usize| {
        (more > 0).then(|| html! { <tr><th /><td>{ words.text_with("steps-more", &[("count", more.into())]) }</td></tr> })
    };
    match value {
        Value::Atom { text } => html! { <code>{ text }</code> },
        Value::Items { kind, items, more } => {
            let indexed = kind == "list" || kind == "tuple";
            let rows = html! {
                <>
                    { for items.iter().enumerate().map(|(i, item)| html! {
                        <tr>
                            <th scope="row">{ if indexed { i.to_string() } else { String::new() } }</th>
                            <td>{ value_html(words, item) }</td>
                        </tr>
                    }) }
                    { for more_row(*more) }
                </>
            };
            collection_html(words, kind, items.len() + more, rows)
        }
        Value::Pairs { kind, items, more } => {
            let rows = html! {
                <>
                    { for items.iter().map(|(key, item)| html! {
                        <tr><th scope="row">{ value_html(words, key) }</th><td>{ value_html(words, item) }</td></tr>
                    }) }
                    { for more_row(*more) }
                </>
            };
            collection_html(words, kind, items.len() + more, rows)
        }
    }
}

/// What step `at` is, in words.
fn describe(words: &Words, trace: &Trace, at: usize) -> String {
    let step = &trace.steps[at];
    let function = step
        .frames
        .last()
        .map(|f| f.function.as_str())
        .unwrap_or("");
    let what = match step.event {
        Event::Line => words.text_with("steps-line", &[("line", step.line.into())]),
        Event::Return if function == "<module>" => words.text("steps-ended"),
        Event::Return => words.text_with(
            "steps-returns",
            &[
                ("function", function.into()),
                (
                    "value",
                    step.value
                        .as_ref()
                        .map(Value::text)
                        .unwrap_or_default()
                        .into(),
                ),
            ],
        ),
        Event::Exception => words.text_with(
            "steps-raised",
            &[
                ("line", step.line.into()),
                ("error", step.exception.clone().unwrap_or_default().into()),
            ],
        ),
    };
    let count = words.text_with(
        "step-count",
        &[("at", (at + 1).into()), ("count", trace.steps.len().into())],
    );
    format!("{count}: {what}")
}

/// Step-through: moves through a recorded run (first, back, next, last, run to a line),
/// showing which line runs next (highlighted in the editor too), every frame's variables, and
/// the output so far.
#[component]
pub fn StepView(props: &Props) -> Html {
    let words = use_words();
    let line_field = use_node_ref();
    let stepping = &props.stepping;
    let go = |step: StepMove| props.on_move.reform(move |_: MouseEvent| step);
    let on_to_line = {
        let (field, on_move) = (line_field.clone(), props.on_move.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(line) = field
                .cast::<HtmlInputElement>()
                .and_then(|f| f.value().trim().parse::<u32>().ok())
            {
                on_move.emit(StepMove::ToLine(line));
            }
        })
    };
    let on_key = {
        let on_move = props.on_move.clone();
        Callback::from(move |event: KeyboardEvent| {
            let step = match event.key().as_str() {
                "ArrowRight" => StepMove::Next,
                "ArrowLeft" => StepMove::Back,
                "Home" => StepMove::First,
                "End" => StepMove::Last,
                _ => return,
            };
            event.prevent_default();
            on_move.emit(step);
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let body = match (&stepping.trace, stepping.trace()) {
        (None, _) => html! {
            <p class="step-status" role="status">{ words.text("steps-recording") }</p>
        },
        (Some(Err(why)), _) => html! {
            <p class="step-status" role="alert">{ words.text_with("steps-failed", &[("why", why.as_str().into())]) }</p>
        },
        (Some(Ok(_)), None) => html! {
            <p class="step-status" role="status">{ words.text("steps-none") }</p>
        },
        (Some(Ok(_)), Some(trace)) => {
            let at = stepping.at.min(trace.steps.len() - 1);
            let step = &trace.steps[at];
            let last = trace.steps.len() - 1;
            html! {
                <>
                    <div class="step-controls" role="group" aria-label={words.text("steps-controls")} onkeydown={on_key}>
                        <button id="step-first" type="button" onclick={go(StepMove::First)} disabled={at == 0}>{ words.text("steps-first") }</button>
                        <button id="step-back" type="button" onclick={go(StepMove::Back)} disabled={at == 0}>{ words.text("steps-back") }</button>
                        <button id="step-next" type="button" onclick={go(StepMove::Next)} disabled={at == last}>{ words.text("steps-next") }</button>
                        <button id="step-last" type="button" onclick={go(StepMove::Last)} disabled={at == last}>{ words.text("steps-last") }</button>
                        <form class="step-to-line" onsubmit={on_to_line}>
                            <label for="step-line">{ words.text("steps-to-line") }</label>
                            <input id="step-line" ref={line_field} type="number" min="1" inputmode="numeric" />
                            <button id="step-go" type="submit">{ words.text("steps-go") }</button>
                        </form>
                    </div>
                    <p id="step-status" class="step-status" role="status" aria-live="polite">{ describe(&words, trace, at) }</p>
                    if trace.truncated {
                        <p class="hint">{ words.text_with("steps-truncated", &[("count", trace.steps.len().into())]) }</p>
                    }
                    <div class="step-frames">
                        { for step.frames.iter().rev().map(|frame| html! {
                            <section class="step-frame">
                                <h3>{ if frame.function == "<module>" {
                                    words.text("steps-globals")
                                } else {
                                    words.text_with("steps-inside", &[("function", frame.function.as_str().into()), ("line", frame.line.into())])
                                } }</h3>
                                if frame.variables.is_empty() {
                                    <p class="hint">{ words.text("steps-no-variables") }</p>
                                } else {
                                    <table class="step-variables">
                                        { for frame.variables.iter().map(|v| html! {
                                            <tr><th scope="row">{ &v.name }</th><td>{ value_html(&words, &v.value) }</td></tr>
                                        }) }
                                    </table>
                                }
                            </section>
                        }) }
                    </div>
                    <h3>{ words.text("steps-output") }</h3>
                    <pre id="step-output" class="step-output">{ trace.output_before(at).to_owned() }</pre>
                </>
            }
        }
    };
    html! {
        <section class="steps" aria-labelledby="steps-title">
            <h2 id="steps-title">
                { words.text("steps-title") }
                <button id="step-close" class="step-close" type="button" onclick={close}>{ words.text("steps-close") }</button>
            </h2>
            if props.changed {
                <p class="notice">{ words.text("steps-changed") }</p>
            }
            { body }
        </section>
    }
}

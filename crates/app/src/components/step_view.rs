use crate::state::session::{StepMove, Stepping};
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
fn count_text(kind: &str, count: usize) -> String {
    let (one, many) = if kind == "dict" {
        ("key", "keys")
    } else {
        ("item", "items")
    };
    format!("{kind}, {count} {}", if count == 1 { one } else { many })
}

/// A collection's rows in a table, under its caption; folded when it is long.
fn collection_html(kind: &str, count: usize, rows: Html) -> Html {
    let caption = count_text(kind, count);
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
fn value_html(value: &Value) -> Html {
    let more_row = |more: usize| {
        (more > 0).then(|| html! { <tr><th /><td>{ format!("… and {more} more") }</td></tr> })
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
                            <td>{ value_html(item) }</td>
                        </tr>
                    }) }
                    { for more_row(*more) }
                </>
            };
            collection_html(kind, items.len() + more, rows)
        }
        Value::Pairs { kind, items, more } => {
            let rows = html! {
                <>
                    { for items.iter().map(|(key, item)| html! {
                        <tr><th scope="row">{ value_html(key) }</th><td>{ value_html(item) }</td></tr>
                    }) }
                    { for more_row(*more) }
                </>
            };
            collection_html(kind, items.len() + more, rows)
        }
    }
}

/// What step `at` is, in words.
fn describe(trace: &Trace, at: usize) -> String {
    let step = &trace.steps[at];
    let function = step
        .frames
        .last()
        .map(|f| f.function.as_str())
        .unwrap_or("");
    let what = match step.event {
        Event::Line => format!("line {} runs next", step.line),
        Event::Return if function == "<module>" => "the program has ended".to_owned(),
        Event::Return => format!(
            "{function}() returns {}",
            step.value.as_ref().map(Value::text).unwrap_or_default()
        ),
        Event::Exception => format!(
            "line {} raised {}",
            step.line,
            step.exception.as_deref().unwrap_or("an exception")
        ),
    };
    format!("Step {} of {}: {what}", at + 1, trace.steps.len())
}

/// Step-through: moves through a recorded run (first, back, next, last, run to a line),
/// showing which line runs next (highlighted in the editor too), every frame's variables, and
/// the output so far.
#[component]
pub fn StepView(props: &Props) -> Html {
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
            <p class="step-status" role="status">{ "Recording the program's steps… (it runs as usual: answer its input() below)" }</p>
        },
        (Some(Err(why)), _) => html! {
            <p class="step-status" role="alert">{ format!("The steps could not be recorded ({why}).") }</p>
        },
        (Some(Ok(_)), None) => html! {
            <p class="step-status" role="status">{ "The program ran no lines of its own: there is nothing to step through." }</p>
        },
        (Some(Ok(_)), Some(trace)) => {
            let at = stepping.at.min(trace.steps.len() - 1);
            let step = &trace.steps[at];
            let last = trace.steps.len() - 1;
            html! {
                <>
                    <div class="step-controls" role="group" aria-label="Move through the steps" onkeydown={on_key}>
                        <button id="step-first" type="button" onclick={go(StepMove::First)} disabled={at == 0}>{ "« First" }</button>
                        <button id="step-back" type="button" onclick={go(StepMove::Back)} disabled={at == 0}>{ "◀ Back" }</button>
                        <button id="step-next" type="button" onclick={go(StepMove::Next)} disabled={at == last}>{ "Next ▶" }</button>
                        <button id="step-last" type="button" onclick={go(StepMove::Last)} disabled={at == last}>{ "Last »" }</button>
                        <form class="step-to-line" onsubmit={on_to_line}>
                            <label for="step-line">{ "Run to line" }</label>
                            <input id="step-line" ref={line_field} type="number" min="1" inputmode="numeric" />
                            <button id="step-go" type="submit">{ "Go" }</button>
                        </form>
                    </div>
                    <p id="step-status" class="step-status" role="status" aria-live="polite">{ describe(trace, at) }</p>
                    if trace.truncated {
                        <p class="hint">{ format!("Only the first {} steps were recorded; the program ran on to its end. \
                                                  Try smaller numbers (a shorter loop) to see it all.", trace.steps.len()) }</p>
                    }
                    <div class="step-frames">
                        { for step.frames.iter().rev().map(|frame| html! {
                            <section class="step-frame">
                                <h3>{ if frame.function == "<module>" { "The program's variables".to_owned() } else { format!("Inside {}() (line {})", frame.function, frame.line) } }</h3>
                                if frame.variables.is_empty() {
                                    <p class="hint">{ "No variables yet." }</p>
                                } else {
                                    <table class="step-variables">
                                        { for frame.variables.iter().map(|v| html! {
                                            <tr><th scope="row">{ &v.name }</th><td>{ value_html(&v.value) }</td></tr>
                                        }) }
                                    </table>
                                }
                            </section>
                        }) }
                    </div>
                    <h3>{ "Output so far" }</h3>
                    <pre id="step-output" class="step-output">{ trace.output_before(at).to_owned() }</pre>
                </>
            }
        }
    };
    html! {
        <section class="steps" aria-labelledby="steps-title">
            <h2 id="steps-title">
                { "Step through" }
                <button id="step-close" class="step-close" type="button" onclick={close}>{ "Close" }</button>
            </h2>
            if props.changed {
                <p class="notice">{ "The code has changed since these steps were recorded: press Step again to see the new code's steps." }</p>
            }
            { body }
        </section>
    }
}

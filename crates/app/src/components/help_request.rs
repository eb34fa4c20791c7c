use super::copy_field::CopyField;
use crate::page::{HelpRequest, Reply, base_url, reply_link};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub request: HelpRequest,
    /// The editor's code: the learner's, or the mentor's edited copy.
    pub code: String,
    /// The mentor is editing a copy (the editor is read-only until then).
    pub answering: bool,
    pub on_answer: Callback<()>,
}

/// A learner's help request, read-only, for a mentor: their question, what they typed, the
/// output they saw; Run re-runs it with the same input. "Answer with an edited copy" lets the
/// mentor change the code and send back a reply link with a note.
#[component]
pub fn HelpRequestView(props: &Props) -> Html {
    let note = use_state(String::new);
    let on_note = {
        let note = note.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            note.set(area.value());
        })
    };
    let request = &props.request;
    let about = match &request.exercise {
        Some(exercise) => format!(" for the exercise “{}”", exercise.title),
        None => String::new(),
    };
    let typed = match request.inputs.len() {
        0 => String::new(),
        1 => " Run re-runs it with the line they typed.".to_owned(),
        n => format!(" Run re-runs it with the {n} lines they typed."),
    };
    // Built only while answering: the mentor's copy, their note, the question it answers.
    let reply = Reply {
        exercise: request.exercise.clone(),
        code: props.code.clone(),
        note: (*note).clone(),
        question: request.question.clone(),
    }
    .trimmed();
    let link = if props.answering {
        reply_link(&base_url(), &reply)
    } else {
        String::new()
    };
    html! {
        <section class="mentor-card help-request" aria-labelledby="help-request-title">
            <h2 id="help-request-title">{ "A help request" }</h2>
            <p>
                { format!("A learner sent you their program{about}, as it was when they asked. Nothing here is saved \
                           and nothing runs by itself; their own copy is in their browser.{typed}") }
            </p>
            if !request.question.is_empty() {
                <h3>{ "Their question" }</h3>
                <blockquote class="question">{ &request.question }</blockquote>
            }
            if let Some(error) = &request.error {
                <p class="help-error">{ "It ended with: " }<code>{ error }</code></p>
            }
            if !request.inputs.is_empty() {
                <h3>{ "What they typed for input()" }</h3>
                <ol class="typed-lines">
                    { for request.inputs.iter().map(|line| html! { <li><code>{ line }</code></li> }) }
                </ol>
            }
            if !request.output.is_empty() {
                <details class="recorded" open=true>
                    <summary>{ "The output they saw" }</summary>
                    <pre id="recorded-output" class="output-text">{ &request.output }</pre>
                </details>
            }
            if props.answering {
                <div class="reply-panel" role="group" aria-label="Your answer">
                    <p>{ "Change the code in the editor as you would suggest, run it, then send them this link. \
                          It opens beside their own code; theirs changes only if they choose to use yours." }</p>
                    <label for="reply-note">{ "A note for them (optional)" }</label>
                    <textarea id="reply-note" rows="2" maxlength="1000" value={(*note).clone()} oninput={on_note}
                        placeholder="e.g. Look at how name is spelled on line 2." />
                    <CopyField id="reply-link" text={link.clone()} label="The link to send back:" />
                    <CopyField id="reply-chat" multiline=true text={reply.chat_text(&link)}
                        label="Or paste this message into the chat:" />
                </div>
            } else {
                <button id="answer" type="button" onclick={props.on_answer.reform(|_: MouseEvent| ())}>
                    { "Answer with an edited copy" }
                </button>
            }
        </section>
    }
}

use super::copy_field::CopyField;
use super::get_help::chat_line;
use crate::hooks::use_text::use_text;
use crate::hooks::use_words::use_words;
use crate::page::{HelpRequest, Reply, base_url, reply_link};
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
    let words = use_words();
    let (note, on_note) = use_text();
    let request = &props.request;
    let intro = match &request.exercise {
        Some(exercise) => words.text_with(
            "request-intro-exercise",
            &[("title", exercise.title.as_str().into())],
        ),
        None => words.text("request-intro"),
    };
    let typed = match request.inputs.len() {
        0 => String::new(),
        n => format!(
            " {}",
            words.text_with("request-replays", &[("count", n.into())])
        ),
    };
    // Only while answering: the reply link (the mentor's copy, their note, the question it
    // answers) and its chat text.
    let answer = props.answering.then(|| {
        let reply = Reply {
            exercise: request.exercise.clone(),
            code: props.code.clone(),
            note: (*note).clone(),
            question: request.question.clone(),
        }
        .trimmed();
        let link = reply_link(&base_url(), &reply);
        let chat = reply.chat_text(&link, |line| chat_line(&words, line));
        (link, chat)
    });
    html! {
        <section class="mentor-card help-request" aria-labelledby="help-request-title">
            <h2 id="help-request-title">{ words.text("request-title") }</h2>
            <p>
                { format!("{intro}{typed}") }
            </p>
            if !request.question.is_empty() {
                <h3>{ words.text("request-question") }</h3>
                <blockquote class="question">{ &request.question }</blockquote>
            }
            if let Some(error) = &request.error {
                <p class="help-error">{ format!("{} ", words.text("request-error")) }<code>{ error }</code></p>
            }
            if !request.inputs.is_empty() {
                <h3>{ words.text("request-inputs") }</h3>
                <ol class="typed-lines">
                    { for request.inputs.iter().map(|line| html! { <li><code>{ line }</code></li> }) }
                </ol>
            }
            if !request.output.is_empty() {
                <details class="recorded" open=true>
                    <summary>{ words.text("request-output") }</summary>
                    <pre id="recorded-output" class="output-text">{ &request.output }</pre>
                </details>
            }
            if let Some((link, chat)) = answer {
                <div class="reply-panel" role="group" aria-label={words.text("reply-panel.label")}>
                    <p>{ words.text("reply-panel") }</p>
                    <label for="reply-note">{ words.text("reply-note") }</label>
                    <textarea id="reply-note" rows="2" maxlength="1000" value={(*note).clone()} oninput={on_note}
                        placeholder={words.text("reply-note.placeholder")} />
                    <CopyField id="reply-link" text={link} label={words.text("reply-link")} />
                    <CopyField id="reply-chat" multiline=true text={chat}
                        label={words.text("chat-text")} />
                </div>
            } else {
                <button id="answer" type="button" onclick={props.on_answer.reform(|_: MouseEvent| ())}>
                    { words.text("request-answer") }
                </button>
            }
        </section>
    }
}

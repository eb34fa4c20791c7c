use super::copy_field::CopyField;
use crate::hooks::use_text::use_text;
use crate::hooks::use_words::use_words;
use crate::page::{HelpRequest, base_url, help_link};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the link carries besides the question: the exercise, the code, and the last run's
    /// typed lines, output and error.
    pub request: HelpRequest,
}

/// "Get help": a link for a mentor (and a message for a chat) carrying the learner's exact
/// situation, with an optional question. Nothing is uploaded: it all travels in the link.
#[component]
pub fn GetHelp(props: &Props) -> Html {
    let words = use_words();
    let (question, on_question) = use_text();
    let request = HelpRequest {
        question: (*question).clone(),
        ..props.request.clone()
    }
    .trimmed();
    let link = help_link(&base_url(), &request);
    let carries = {
        let mut parts = vec![words.text("help-carries-code")];
        if !request.inputs.is_empty() {
            parts.push(words.text_with(
                "help-carries-inputs",
                &[("count", request.inputs.len().into())],
            ));
        }
        if !request.output.is_empty() {
            parts.push(words.text("help-carries-output"));
        }
        if request.exercise.is_some() {
            parts.push(words.text("help-carries-exercise"));
        }
        parts.join(", ")
    };
    html! {
        <div class="help-panel" role="group" aria-label={words.text("help-button")}>
            <p>
                { words.text_with("help-intro", &[("carries", carries.into())]) }
            </p>
            if let Some(error) = &request.error {
                <p class="help-error">{ format!("{} ", words.text("help-error")) }<code>{ error }</code></p>
            }
            <label for="help-question">{ words.text("help-question") }</label>
            <textarea id="help-question" rows="2" maxlength="1000" value={(*question).clone()} oninput={on_question}
                placeholder={words.text("help-question.placeholder")} />
            <CopyField id="help-link" text={link.clone()} label={words.text("help-link")} />
            <CopyField id="help-chat" multiline=true text={request.chat_text(&link)}
                label={words.text("chat-text")} />
        </div>
    }
}

use super::copy_field::CopyField;
use crate::hooks::use_text::use_text;
use crate::hooks::use_words::use_words;
use crate::page::{ChatLine, HelpRequest, base_url, help_link};
use pyplay_i18n::Words;
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
            <CopyField id="help-chat" multiline=true text={request.chat_text(&link, |line| chat_line(&words, line))}
                label={words.text("chat-text")} />
        </div>
    }
}

/// A line of the chat message for a help request's or a reply's link, in the page's language.
pub fn chat_line(words: &Words, line: ChatLine<'_>) -> String {
    let (id, name, value) = match line {
        ChatLine::AskForHelp { exercise: None } => return words.text("chat-ask"),
        ChatLine::AskForHelp {
            exercise: Some(title),
        } => ("chat-ask-exercise", "exercise", title),
        ChatLine::Question(question) => ("chat-question", "question", question),
        ChatLine::Error(error) => ("chat-error", "error", error),
        ChatLine::OpenRequest(link) => ("chat-open-request", "link", link),
        ChatLine::Answer { exercise: None } => return words.text("chat-answer"),
        ChatLine::Answer {
            exercise: Some(title),
        } => ("chat-answer-exercise", "exercise", title),
        ChatLine::OpenReply(link) => ("chat-open-reply", "link", link),
    };
    words.text_with(id, &[(name, value.into())])
}

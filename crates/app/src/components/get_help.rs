use super::copy_field::CopyField;
use crate::page::{HelpRequest, base_url, help_link};
use web_sys::HtmlTextAreaElement;
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
    let question = use_state(String::new);
    let on_question = {
        let question = question.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            question.set(area.value());
        })
    };
    let request = HelpRequest {
        question: (*question).clone(),
        ..props.request.clone()
    }
    .trimmed();
    let link = help_link(&base_url(), &request);
    let carries = {
        let mut parts = vec!["your code".to_owned()];
        if !request.inputs.is_empty() {
            parts.push(format!(
                "the {} line{} you typed for input()",
                request.inputs.len(),
                if request.inputs.len() == 1 { "" } else { "s" }
            ));
        }
        if !request.output.is_empty() {
            parts.push("the output of your last run".into());
        }
        if request.exercise.is_some() {
            parts.push("which exercise it is".into());
        }
        parts.join(", ")
    };
    html! {
        <div class="help-panel" role="group" aria-label="Get help">
            <p>
                { format!("Stuck? Send this link to a mentor (in your workshop's chat, or by email). It holds {carries}. \
                           Nothing is uploaded: it all travels inside the link, and opening it never changes your work.") }
            </p>
            if let Some(error) = &request.error {
                <p class="help-error">{ "The error it shows them: " }<code>{ error }</code></p>
            }
            <label for="help-question">{ "What are you stuck on? (optional)" }</label>
            <textarea id="help-question" rows="2" maxlength="1000" value={(*question).clone()} oninput={on_question}
                placeholder="e.g. I expected it to say hello, but it says NameError" />
            <CopyField id="help-link" text={link.clone()} label="The link for your mentor:" />
            <CopyField id="help-chat" multiline=true text={request.chat_text(&link)}
                label="Or paste this message into the chat:" />
        </div>
    }
}

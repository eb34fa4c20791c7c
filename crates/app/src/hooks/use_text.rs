//! A text field's value as the learner types it (a question, a note, a prediction).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The text typed so far, and the `oninput` for the `<textarea>` that holds it.
#[hook]
pub fn use_text() -> (UseStateHandle<String>, Callback<InputEvent>) {
    let text = use_state(String::new);
    let on_input = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            text.set(area.value());
        })
    };
    (text, on_input)
}

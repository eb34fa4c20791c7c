use crate::hooks::use_words::use_words;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The field's id (tests and the label find it by this).
    pub id: AttrValue,
    pub label: AttrValue,
    pub text: AttrValue,
    /// A text of several lines (a message for a chat): shown in a text area.
    #[prop_or_default]
    pub multiline: bool,
}

/// Copies text with the async clipboard API (selecting it is the fallback the user sees).
fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"writeText".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (clipboard, write) {
        (Some(clipboard), Some(write)) => write.call1(&clipboard, &text.into()).is_ok(),
        _ => false,
    }
}

/// A read-only text (a link, a snippet) that selects itself when focused, and a Copy button.
#[component]
pub fn CopyField(props: &Props) -> Html {
    let words = use_words();
    let copied = use_state(|| false);
    {
        // "Copied." is about this text: a new text hasn't been copied yet.
        let copied = copied.clone();
        use_effect_with(props.text.clone(), move |_| copied.set(false));
    }
    let on_copy = {
        let (text, copied) = (props.text.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(copy(&text)))
    };
    let select_all = Callback::from(|event: FocusEvent| {
        if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
            input.select();
        } else if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
            area.select();
        }
    });
    html! {
        <>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if props.multiline {
                <textarea id={props.id.clone()} readonly=true rows="4" value={props.text.clone()} onfocus={select_all} />
            } else {
                <input id={props.id.clone()} type="text" readonly=true value={props.text.clone()} onfocus={select_all} />
            }
            <button type="button" onclick={on_copy}>{ words.text("copy-button") }</button>
            if *copied {
                <span role="status">{ words.text("copy-done") }</span>
            }
        </>
    }
}

use crate::page::{base_url, embed_snippet, share_link};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
    /// The open exercise: lesson id, exercise id, title (None in a scratch page).
    pub exercise: Option<(String, String, String)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    Share,
    Embed,
}

/// Copies text with the async clipboard API (selecting it is the fallback the learner sees).
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

/// "Share" makes a link that opens this code in a scratch page (never run by itself);
/// "Embed" gives the `<iframe>` for an organizer's page.
#[component]
pub fn Share(props: &Props) -> Html {
    let panel = use_state(|| None::<Panel>);
    let copied = use_state(|| false);
    let toggle = |which: Panel| {
        let (panel, copied) = (panel.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            copied.set(false);
            panel.set(if *panel == Some(which) {
                None
            } else {
                Some(which)
            });
        })
    };
    let text = match *panel {
        Some(Panel::Share) => share_link(&base_url(), &props.code),
        Some(Panel::Embed) => embed_snippet(
            &base_url(),
            props
                .exercise
                .as_ref()
                .map(|(l, e, t)| (l.as_str(), e.as_str(), t.as_str())),
            &props.code,
        ),
        None => String::new(),
    };
    let on_copy = {
        let (text, copied) = (text.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(copy(&text)))
    };
    let select_all = Callback::from(|event: FocusEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        input.select();
    });
    html! {
        <div class="share">
            <button id="share" type="button" onclick={toggle(Panel::Share)}
                aria-expanded={(*panel == Some(Panel::Share)).to_string()}>{ "Share" }</button>
            <button id="embed" type="button" onclick={toggle(Panel::Embed)}
                aria-expanded={(*panel == Some(Panel::Embed)).to_string()}>{ "Embed" }</button>
            if let Some(which) = *panel {
                <div class="share-panel" role="group" aria-label={if which == Panel::Share { "Share link" } else { "Embed code" }}>
                    <label for="share-text">{
                        if which == Panel::Share {
                            "A link to this code (it opens in a scratch page and never runs by itself):"
                        } else {
                            "Paste this into your web page to embed this exercise:"
                        }
                    }</label>
                    <input id="share-text" type="text" readonly=true value={text} onfocus={select_all} />
                    <button type="button" onclick={on_copy}>{ "Copy" }</button>
                    if *copied {
                        <span role="status">{ "Copied." }</span>
                    }
                </div>
            }
        </div>
    }
}

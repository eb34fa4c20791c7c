use super::copy_field::CopyField;
use super::embed_code::EmbedCode;
use super::get_help::GetHelp;
use crate::hooks::use_words::use_words;
use crate::page::{HelpRequest, base_url, share_link};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
    /// The open exercise: lesson id, exercise id, title (None in a scratch page).
    pub exercise: Option<(String, String, String)>,
    /// What "Get help" sends a mentor (None: no Get help, e.g. on a help request's own page).
    pub help: Option<HelpRequest>,
}

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    Share,
    Help,
    Embed,
}

/// "Share" makes a link that opens this code in a scratch page (never run by itself); "Get help"
/// a link that shows a mentor the learner's situation (`GetHelp`). Organizers'
/// tools wait in a small "More" menu, out of attendees' way: "Embed on a web page" writes the
/// `<iframe>` for a workshop's site.
#[component]
pub fn Share(props: &Props) -> Html {
    let words = use_words();
    let panel = use_state(|| None::<Panel>);
    let more = use_node_ref();
    let toggle = |which: Panel| {
        let (panel, more) = (panel.clone(), more.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(menu) = more.cast::<web_sys::Element>() {
                let _ = menu.remove_attribute("open");
            }
            panel.set(if *panel == Some(which) {
                None
            } else {
                Some(which)
            });
        })
    };
    html! {
        <div class="share">
            <button id="share" type="button" onclick={toggle(Panel::Share)}
                aria-expanded={(*panel == Some(Panel::Share)).to_string()}>{ words.text("share-button") }</button>
            if props.help.is_some() {
                <button id="get-help" type="button" onclick={toggle(Panel::Help)}
                    aria-expanded={(*panel == Some(Panel::Help)).to_string()}>{ words.text("help-button") }</button>
            }
            <details class="more" ref={more.clone()}>
                <summary id="more">{ words.text("more-menu") }</summary>
                <div class="more-menu">
                    <button id="embed" type="button" onclick={toggle(Panel::Embed)}
                        aria-expanded={(*panel == Some(Panel::Embed)).to_string()}>{ words.text("embed-button") }</button>
                </div>
            </details>
            if *panel == Some(Panel::Share) {
                <div class="share-panel" role="group" aria-label={words.text("share-link.label")}>
                    <CopyField id="share-text" text={share_link(&base_url(), &props.code)}
                        label={words.text("share-link")} />
                </div>
            }
            if let (Some(Panel::Help), Some(request)) = (*panel, &props.help) {
                <GetHelp request={request.clone()} />
            }
            if *panel == Some(Panel::Embed) {
                <EmbedCode code={props.code.clone()} exercise={props.exercise.clone()} />
            }
        </div>
    }
}

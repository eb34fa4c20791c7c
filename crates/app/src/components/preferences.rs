use crate::state::preferences::{Preferences, Theme};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub preferences: Preferences,
    pub on_change: Callback<Preferences>,
}

/// Colours (light, dark, like the device) and text size, in the page's header.
#[component]
pub fn PreferencesBar(props: &Props) -> Html {
    let current = props.preferences;
    let on_theme = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let theme = Theme::ALL
                .into_iter()
                .find(|t| t.id() == select.value())
                .unwrap_or_default();
            on_change.emit(Preferences { theme, ..current });
        })
    };
    let resize = |up: bool| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(current.resized(up)))
    };
    html! {
        <div class="preferences">
            <label for="theme">{ "Colours" }</label>
            <select id="theme" onchange={on_theme}>
                { for Theme::ALL.into_iter().map(|theme| html! {
                    <option value={theme.id()} selected={theme == current.theme}>{ theme.label() }</option>
                }) }
            </select>
            <span class="text-size" role="group" aria-label="Text size">
                <button type="button" id="text-smaller" onclick={resize(false)}>
                    { "A−" }<span class="visually-hidden">{ " (smaller text)" }</span>
                </button>
                <span class="size" aria-live="polite">{ format!("{}%", current.text_size) }</span>
                <button type="button" id="text-larger" onclick={resize(true)}>
                    { "A+" }<span class="visually-hidden">{ " (larger text)" }</span>
                </button>
            </span>
        </div>
    }
}

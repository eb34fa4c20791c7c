use crate::hooks::use_words::use_words;
use crate::state::preferences::{Preferences, Theme};
use pyplay_i18n::Language;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub preferences: Preferences,
    /// The language the page speaks now (the chosen one, the link's, or the browser's).
    pub language: Language,
    pub on_change: Callback<Preferences>,
}

/// Language, colours (light, dark, like the device) and text size, in the page's header.
#[component]
pub fn PreferencesBar(props: &Props) -> Html {
    let words = use_words();
    let current = props.preferences;
    let on_language = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            let language = Language::from_code(&select.value());
            on_change.emit(Preferences {
                language,
                ..current
            });
        })
    };
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
            <label for="language">{ words.text("language-label") }</label>
            <select id="language" onchange={on_language}>
                { for Language::OFFERED.into_iter().map(|language| html! {
                    <option value={language.code()} lang={language.code()} selected={language == props.language}>
                        { language.name() }
                    </option>
                }) }
            </select>
            <label for="theme">{ words.text("colours-label") }</label>
            <select id="theme" onchange={on_theme}>
                { for Theme::ALL.into_iter().map(|theme| html! {
                    <option value={theme.id()} selected={theme == current.theme}>{ words.text(theme.label()) }</option>
                }) }
            </select>
            <span class="text-size" role="group" aria-label={words.text("text-size-label")}>
                <button type="button" id="text-smaller" onclick={resize(false)}>
                    { "A−" }<span class="visually-hidden">{ format!(" {}", words.text("text-smaller")) }</span>
                </button>
                <span class="size" aria-live="polite">{ format!("{}%", current.text_size) }</span>
                <button type="button" id="text-larger" onclick={resize(true)}>
                    { "A+" }<span class="visually-hidden">{ format!(" {}", words.text("text-larger")) }</span>
                </button>
            </span>
        </div>
    }
}

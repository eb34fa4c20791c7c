//! The learner's display preferences, applied to the page: text size on the root element (the
//! whole page is sized in rem), dark colours when chosen or when the device prefers them (and the
//! device's setting is followed while it changes), and the language: the page's `?lang=`, else
//! the one chosen, else the browser's first that pyplay speaks (`lang` and `dir` on the root
//! element follow it). Remembered in localStorage.

use crate::state::preferences::Preferences;
use crate::storage;
use gloo_events::EventListener;
use pyplay_i18n::{Language, Words};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

#[derive(Clone, PartialEq)]
pub struct PreferencesHandle {
    pub preferences: Preferences,
    /// Dark colours are on.
    pub dark: bool,
    /// The page's language, and its words.
    pub words: Rc<Words>,
    pub set: Callback<Preferences>,
}

fn device_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
        .is_some_and(|query| query.matches())
}

/// The browser's languages, most wanted first.
fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// `forced`: the page's `?lang=` (it wins over the learner's choice, e.g. a workshop's link).
#[hook]
pub fn use_preferences(forced: Option<Language>) -> PreferencesHandle {
    let preferences = use_state_eq(storage::load_preferences);
    let prefers_dark = use_state_eq(device_prefers_dark);
    {
        let prefers_dark = prefers_dark.setter();
        use_effect_with((), move |_| {
            let query = web_sys::window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten());
            let listener = query.map(|query| {
                EventListener::new(&query, "change", move |_| {
                    prefers_dark.set(device_prefers_dark())
                })
            });
            // Removed when dropped.
            move || drop(listener)
        });
    }
    use_effect_with(preferences.text_size, |size| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = root.style().set_property("font-size", &format!("{size}%"));
        }
    });
    // Read once: App renders on every batch of output.
    let browser = *use_memo((), |_| Language::preferred(&browser_languages()));
    let language = forced.or(preferences.language).unwrap_or(browser);
    let words = use_memo(language, |language| Rc::new(Words::new(*language)));
    use_effect_with(language, |language| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", language.code());
            let _ = root.set_attribute("dir", if language.rtl() { "rtl" } else { "ltr" });
        }
    });
    let set = {
        let preferences = preferences.clone();
        Callback::from(move |next: Preferences| {
            storage::save_preferences(&next);
            preferences.set(next);
        })
    };
    PreferencesHandle {
        preferences: *preferences,
        dark: preferences.theme.is_dark(*prefers_dark),
        words: (*words).clone(),
        set,
    }
}

//! The learner's display preferences, applied to the page: text size on the root element (the
//! whole page is sized in rem), dark colours when chosen or when the device prefers them (and the
//! device's setting is followed while it changes). Remembered in localStorage.

use crate::state::preferences::Preferences;
use crate::storage;
use gloo_events::EventListener;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

#[derive(Clone, PartialEq)]
pub struct PreferencesHandle {
    pub preferences: Preferences,
    /// Dark colours are on.
    pub dark: bool,
    pub set: Callback<Preferences>,
}

fn device_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
        .is_some_and(|query| query.matches())
}

#[hook]
pub fn use_preferences() -> PreferencesHandle {
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
        set,
    }
}

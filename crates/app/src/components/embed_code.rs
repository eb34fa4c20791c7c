use super::copy_field::CopyField;
use crate::hooks::use_words::use_words;
use crate::page::{EmbedOptions, SiteError, base_url, embed_snippet, site_origin};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
    /// The open exercise: lesson id, exercise id, title (None in a scratch page).
    pub exercise: Option<(String, String, String)>,
}

/// For organizers: the `<iframe>` that puts this exercise (or this code) into their own page,
/// with the options they choose — their site's address first, so the embed obeys and reports
/// to that site alone (docs/EMBED.md).
#[component]
pub fn EmbedCode(props: &Props) -> Html {
    let words = use_words();
    let site = use_state(String::new);
    let options = use_state(EmbedOptions::default);
    let origin = match site.trim() {
        "" => Ok(None),
        typed => site_origin(typed).map(Some),
    };
    let chosen = EmbedOptions {
        origin: origin.clone().ok().flatten(),
        ..(*options).clone()
    };
    let title = match &props.exercise {
        Some((_, _, title)) => {
            words.text_with("embed-frame-exercise", &[("title", title.as_str().into())])
        }
        None => words.text("embed-frame-editor"),
    };
    let snippet = embed_snippet(
        &base_url(),
        props
            .exercise
            .as_ref()
            .map(|(l, e, _)| (l.as_str(), e.as_str())),
        &props.code,
        &chosen,
        &title,
    );
    let on_site = {
        let site = site.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            site.set(input.value());
        })
    };
    let toggle = |set: fn(&mut EmbedOptions, bool)| {
        let options = options.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let mut next = (*options).clone();
            set(&mut next, input.checked());
            options.set(next);
        })
    };
    let error = origin.as_ref().err().map(|error| match error {
        SiteError::NoScheme(typed) => {
            words.text_with("embed-site-no-scheme", &[("typed", typed.as_str().into())])
        }
        SiteError::NotAnAddress(typed) => words.text_with(
            "embed-site-not-address",
            &[("typed", typed.as_str().into())],
        ),
    });
    let option = |id: &str| format!(" {}", words.text(id));
    html! {
        <div class="share-panel embed-code" role="group" aria-label={words.text("embed-panel")}>
            <label for="embed-site">{ words.text("embed-site") }</label>
            <input id="embed-site" type="url" placeholder={words.text("embed-site.placeholder")} value={(*site).clone()}
                oninput={on_site} aria-invalid={error.is_some().to_string()}
                aria-describedby={error.as_ref().map(|_| "embed-site-error")} />
            if let Some(error) = error {
                <p id="embed-site-error" class="field-error" role="alert">{ error }</p>
            }
            <fieldset class="embed-options">
                <legend class="visually-hidden">{ words.text("embed-options") }</legend>
                <label><input id="embed-dark" type="checkbox" checked={options.dark}
                    onchange={toggle(|o, on| o.dark = on)} />{ option("embed-dark") }</label>
                <label><input id="embed-readonly" type="checkbox" checked={options.readonly}
                    onchange={toggle(|o, on| o.readonly = on)} />{ option("embed-readonly") }</label>
                <label><input id="embed-no-console" type="checkbox" checked={options.no_console}
                    onchange={toggle(|o, on| o.no_console = on)} />{ option("embed-no-console") }</label>
            </fieldset>
            <CopyField id="embed-text" text={snippet} label={words.text("embed-paste")} />
        </div>
    }
}

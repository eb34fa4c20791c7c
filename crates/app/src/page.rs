//! What the page's URL asks for. The app page is `index.html`; `embed.html` redirects to
//! `index.html?embed&…` with the same options, for organizers' iframes (see docs/EMBED.md):
//! - `embed`: a compact page with one exercise or a free editor, no lesson list;
//! - `lesson` + `exercise`: which exercise to show (embeds; the app otherwise opens the last one);
//! - `#code=…` (fragment): a shared program, shown in a scratch editor that never overwrites
//!   saved work and never runs by itself (`pyplay-share` packs it);
//! - `readonly`, `console=0`, `theme=dark`: embed options; `origin=`: the embedding site,
//!   whose messages alone are obeyed and to which events are sent.

use web_sys::UrlSearchParams;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageOptions {
    pub embed: bool,
    pub exercise: Option<(String, String)>,
    /// The shared program, or why it could not be read.
    pub shared: Option<Result<String, String>>,
    pub readonly: bool,
    pub console: bool,
    pub dark: bool,
    pub origin: Option<String>,
}

impl PageOptions {
    pub fn from_location() -> Self {
        let location = web_sys::window().map(|w| w.location());
        let search = location
            .as_ref()
            .and_then(|l| l.search().ok())
            .unwrap_or_default();
        let hash = location
            .as_ref()
            .and_then(|l| l.hash().ok())
            .unwrap_or_default();
        let params = UrlSearchParams::new_with_str(&search).ok();
        let get = |name: &str| params.as_ref().and_then(|p| p.get(name));
        let flag = |name: &str| get(name).is_some_and(|v| v != "0" && v != "false");
        let shared = match pyplay_share::decode(&hash) {
            Ok(code) => Some(Ok(code)),
            Err(pyplay_share::Error::NotShared) => None,
            Err(err) => Some(Err(err.to_string())),
        };
        Self {
            embed: flag("embed"),
            exercise: get("lesson").zip(get("exercise")),
            shared,
            readonly: flag("readonly"),
            console: get("console").is_none_or(|v| v != "0" && v != "false"),
            dark: get("theme").as_deref() == Some("dark"),
            origin: get("origin").filter(|o| !o.is_empty()),
        }
    }
}

/// The app's address without query or fragment (e.g. `https://x.org/workshop/`).
pub fn base_url() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let href = window.location().href().unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let page = &href[..end];
    // Links point at the folder, so they work whatever the host calls the index page.
    match page.rfind('/') {
        Some(slash) if page[slash + 1..].ends_with(".html") => page[..=slash].to_owned(),
        _ => page.to_owned(),
    }
}

/// A link that opens `code` in a scratch page of this app.
pub fn share_link(code: &str) -> String {
    format!("{}#{}", base_url(), pyplay_share::encode(code))
}

/// The `<iframe>` an organizer pastes into their page: one exercise, or a free editor with
/// `code` when there is no exercise.
pub fn embed_snippet(exercise: Option<(&str, &str, &str)>, code: &str) -> String {
    let (src, title) = match exercise {
        Some((lesson, id, title)) => (
            format!("{}embed.html{}", base_url(), exercise_query(lesson, id)),
            format!("Python exercise: {title}"),
        ),
        None => (
            format!("{}embed.html#{}", base_url(), pyplay_share::encode(code)),
            "Python editor".to_owned(),
        ),
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"520\" style=\"border:1px solid #c8ccd2;border-radius:4px\" loading=\"lazy\"></iframe>",
        src.replace('&', "&amp;").replace('"', "&quot;"),
        title
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    )
}

/// `?lesson=…&exercise=…`: opens that exercise (the app and embed.html read the same query).
pub fn exercise_query(lesson: &str, exercise: &str) -> String {
    format!("?lesson={}&exercise={}", encode(lesson), encode(exercise))
}

fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

//! What the page's URL asks for, and the links the page writes. The app page is `index.html`;
//! `embed.html` redirects to `index.html?embed&…` with the same options, for organizers' iframes
//! (see docs/EMBED.md):
//! - `embed`: a compact page with one exercise or a free editor, no lesson list;
//! - `lesson` + `exercise`: which exercise to show (embeds; the app otherwise opens the last one);
//! - `#code=…` (fragment): a shared program, shown in a scratch editor that never overwrites
//!   saved work and never runs by itself (`pyplay-share` packs it); `#help=…` a learner's help
//!   request and `#reply=…` a mentor's answer, each shown on a scratch page of its own;
//! - `lang=es`: the page's language, over the learner's choice (a workshop's link, an embed);
//! - `readonly`, `console=0`, `theme=dark`: embed options; `origin=`: the embedding site,
//!   whose messages alone are obeyed and to which events are sent.
//!
//! Parsing and link building are plain functions of strings (tested natively); only
//! [`PageOptions::from_location`] and [`base_url`] read the browser's address.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
pub use pyplay_share::help::{ChatLine, ExerciseRef, HelpRequest, Reply, Shared};

#[derive(Clone, Debug, PartialEq)]
pub struct PageOptions {
    pub embed: bool,
    pub exercise: Option<(String, String)>,
    /// The shared program, help request or reply, or why it could not be read.
    pub shared: Option<Result<Shared, pyplay_share::Error>>,
    pub readonly: bool,
    /// Show the `>>>` console prompt.
    pub console: bool,
    pub dark: bool,
    /// The language the link asks for (`lang=`).
    pub language: Option<pyplay_i18n::Language>,
    /// The embedding site whose commands alone are obeyed, as browsers write origins
    /// (`site_origin`: `https://w.example/` and `https://w.example/page` are
    /// `https://w.example`).
    pub origin: Option<String>,
    /// Why the `origin=` given is no origin (then no command is obeyed and no event sent).
    pub origin_problem: Option<String>,
}

impl Default for PageOptions {
    fn default() -> Self {
        Self::parse("", "")
    }
}

impl PageOptions {
    pub fn from_location() -> Self {
        let location = web_sys::window().map(|w| w.location());
        let read = |part: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
            location
                .as_ref()
                .and_then(|l| part(l).ok())
                .unwrap_or_default()
        };
        Self::parse(
            &read(web_sys::Location::search),
            &read(web_sys::Location::hash),
        )
    }

    /// The options of an address with this `?query` and `#fragment`.
    pub fn parse(search: &str, hash: &str) -> Self {
        let params: Vec<(String, String)> =
            form_urlencoded::parse(search.trim_start_matches('?').as_bytes())
                .into_owned()
                .collect();
        let get = |name: &str| {
            params
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
        };
        let on = |value: &str| value != "0" && value != "false";
        let flag = |name: &str| get(name).is_some_and(|v| on(&v));
        let shared = match pyplay_share::help::decode_any(hash) {
            Ok(shared) => Some(Ok(shared)),
            Err(pyplay_share::Error::NotShared) => None,
            Err(err) => Some(Err(err)),
        };
        let origin = get("origin")
            .filter(|o| !o.trim().is_empty())
            .map(|o| site_origin(&o));
        Self {
            embed: flag("embed"),
            exercise: get("lesson").zip(get("exercise")),
            shared,
            readonly: flag("readonly"),
            console: get("console").is_none_or(|v| on(&v)),
            dark: get("theme").as_deref() == Some("dark"),
            language: get("lang").and_then(|code| pyplay_i18n::Language::from_code(&code)),
            origin: origin.clone().and_then(Result::ok),
            origin_problem: origin.and_then(Result::err).map(|err| err.to_string()),
        }
    }
}

/// The site whose page embeds this one, for keeping an embed's saved work apart per site: the
/// `origin=` it names, else what the browser says is the embedding page's origin
/// (`location.ancestorOrigins`, or the referrer), else "unknown".
pub fn embedding_site(origin: Option<&str>) -> String {
    if let Some(origin) = origin {
        return origin.to_owned();
    }
    let window = web_sys::window();
    let ancestor = window
        .as_ref()
        .and_then(|w| js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into()).ok())
        .and_then(|list| js_sys::Reflect::get(&list, &"0".into()).ok())
        .and_then(|first| first.as_string());
    let referrer = || {
        window
            .as_ref()
            .and_then(|w| w.document())
            .map(|d| d.referrer())
            .and_then(|r| site_origin(&r).ok())
    };
    ancestor
        .or_else(referrer)
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The app's address without query or fragment (e.g. `https://x.org/workshop/`).
pub fn base_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    folder_of(&href)
}

/// `href` without query or fragment, and without the page's file name: links point at the
/// folder, so they work whatever the host calls the index page.
pub fn folder_of(href: &str) -> String {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let page = &href[..end];
    match page.rfind('/') {
        Some(slash) if page[slash + 1..].ends_with(".html") => page[..=slash].to_owned(),
        _ => page.to_owned(),
    }
}

/// A link (under `base`) that opens `code` in a scratch page of the app.
pub fn share_link(base: &str, code: &str) -> String {
    format!("{base}#{}", pyplay_share::encode(code))
}

/// A link (under `base`) that shows a mentor this help request.
pub fn help_link(base: &str, request: &HelpRequest) -> String {
    format!("{base}#{}", pyplay_share::help::encode_help(request))
}

/// A link (under `base`) that shows the learner this reply.
pub fn reply_link(base: &str, reply: &Reply) -> String {
    format!("{base}#{}", pyplay_share::help::encode_reply(reply))
}

/// The app itself (not the embed) showing this exercise, or this code in a scratch page.
pub fn full_app_link(base: &str, exercise: Option<(&str, &str)>, code: &str) -> String {
    match exercise {
        Some((lesson, id)) => format!("{base}{}", exercise_query(lesson, id)),
        None => share_link(base, code),
    }
}

/// The height inside the `<iframe>` the Embed panel writes: the compact embed layout (style.css)
/// is tested to show the exercise, the editor, Run and the output at 700×450 without scrolling.
pub const EMBED_HEIGHT: u32 = 450;

/// What an organizer chose in the Embed panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedOptions {
    /// The embedding site's origin, already checked by [`site_origin`].
    pub origin: Option<String>,
    pub dark: bool,
    pub readonly: bool,
    pub no_console: bool,
}

/// The `<iframe>` an organizer pastes into their page: one exercise (lesson id, exercise id),
/// or a free editor with `code` when there is no exercise. `title` names the frame for screen
/// readers (e.g. "Python exercise: Loops", in the page's language).
pub fn embed_snippet(
    base: &str,
    exercise: Option<(&str, &str)>,
    code: &str,
    options: &EmbedOptions,
    title: &str,
) -> String {
    let mut query = match exercise {
        Some((lesson, id)) => exercise_query(lesson, id),
        None => String::new(),
    };
    let mut add = |option: String| {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(&option);
    };
    if options.readonly {
        add("readonly=1".into());
    }
    if options.no_console {
        add("console=0".into());
    }
    if options.dark {
        add("theme=dark".into());
    }
    if let Some(origin) = &options.origin {
        add(format!("origin={}", utf8_percent_encode(origin, COMPONENT)));
    }
    let fragment = match exercise {
        Some(_) => String::new(),
        None => format!("#{}", pyplay_share::encode(code)),
    };
    let src = format!("{base}embed.html{query}{fragment}");
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"box-sizing:border-box;border:1px solid #c8ccd2;border-radius:4px\" loading=\"lazy\"></iframe>",
        src.replace('&', "&amp;").replace('"', "&quot;"),
        title
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;"),
        // The frame's inside is EMBED_HEIGHT; its 1 px border is inside its width and height
        // (border-box), so 100% wide never sticks out of the organizer's column.
        EMBED_HEIGHT + 2,
    )
}

/// Why what an organizer typed is not their site's address (the Embed panel says it in the
/// page's language; `Display` is the English, for the console).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteError {
    /// It does not start with `https://` or `http://`.
    NoScheme(String),
    /// It has no host, or one no browser would accept.
    NotAnAddress(String),
}

impl std::fmt::Display for SiteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SiteError::NoScheme(typed) => {
                write!(f, "“{typed}” needs to start with https:// (or http://)")
            }
            SiteError::NotAnAddress(typed) => write!(
                f,
                "“{typed}” is not a web address (e.g. https://workshop.example)"
            ),
        }
    }
}

/// The origin (`https://host[:port]`) of what an organizer typed as their site's address, as
/// browsers compare it: a path, a trailing slash or capitals in the host don't matter. An
/// address without `http://` or `https://`, or without a host, gets an error saying so.
pub fn site_origin(typed: &str) -> Result<String, SiteError> {
    let typed = typed.trim();
    let (scheme, rest) = typed
        .split_once("://")
        .ok_or_else(|| SiteError::NoScheme(typed.to_owned()))?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(SiteError::NoScheme(typed.to_owned()));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let valid = |c: char| c.is_ascii_alphanumeric() || "-.:[]_".contains(c);
    if host.is_empty() || host.starts_with(':') || !host.chars().all(valid) {
        return Err(SiteError::NotAnAddress(typed.to_owned()));
    }
    let host = match host.rsplit_once(':') {
        Some((name, "443")) if scheme == "https" => name.to_owned(),
        Some((name, "80")) if scheme == "http" => name.to_owned(),
        _ => host,
    };
    Ok(format!("{scheme}://{host}"))
}

/// What JavaScript's `encodeURIComponent` leaves alone.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// `?lesson=…&exercise=…`: opens that exercise (the app and embed.html read the same query).
pub fn exercise_query(lesson: &str, exercise: &str) -> String {
    let encode = |value| utf8_percent_encode(value, COMPONENT);
    format!("?lesson={}&exercise={}", encode(lesson), encode(exercise))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_has_no_options_by_default() {
        let page = PageOptions::parse("", "");
        assert!(!page.embed && !page.readonly && !page.dark && page.console);
        assert_eq!(
            (page.exercise, page.shared, page.origin, page.origin_problem),
            (None, None, None, None)
        );
    }

    #[test]
    fn embed_options_are_read() {
        let page = PageOptions::parse(
            "?embed=1&lesson=loops&exercise=for%20each&readonly&console=0&theme=dark&origin=https%3A%2F%2Fw.example",
            "",
        );
        assert!(page.embed && page.readonly && page.dark && !page.console);
        assert_eq!(page.exercise, Some(("loops".into(), "for each".into())));
        assert_eq!(page.origin.as_deref(), Some("https://w.example"));
        assert!(!PageOptions::parse("?embed=false&readonly=0", "").embed);
        assert!(PageOptions::parse("?origin=", "").origin.is_none());
        // Written as browsers compare origins; a typo is a problem, never "obey anyone".
        let slash = PageOptions::parse("?origin=https%3A%2F%2FW.example%2Fweek1%2F", "");
        assert_eq!(
            (slash.origin.as_deref(), slash.origin_problem),
            (Some("https://w.example"), None)
        );
        let typo = PageOptions::parse("?origin=w.example", "");
        assert!(typo.origin.is_none() && typo.origin_problem.is_some());
        assert!(PageOptions::parse("?lesson=loops", "").exercise.is_none());
        let spanish = PageOptions::parse("?lang=es-MX", "").language;
        assert_eq!(spanish, Some(pyplay_i18n::Language::Spanish));
        assert_eq!(PageOptions::parse("?lang=xx", "").language, None);
    }

    #[test]
    fn a_shared_program_comes_from_the_fragment() {
        let link = share_link("https://x.org/w/", "print('hi')\n");
        let hash = &link[link.find('#').unwrap()..];
        let page = PageOptions::parse("", hash);
        assert_eq!(page.shared, Some(Ok(Shared::Code("print('hi')\n".into()))));
        let damaged = PageOptions::parse("", "#code=%%%");
        assert_eq!(damaged.shared, Some(Err(pyplay_share::Error::Damaged)));
        assert_eq!(PageOptions::parse("", "#top").shared, None);
    }

    #[test]
    fn help_requests_and_replies_come_from_the_fragment() {
        let request = HelpRequest {
            code: "print(x)\n".into(),
            question: "Why?".into(),
            ..HelpRequest::default()
        };
        let link = help_link("https://x.org/w/", &request);
        assert!(link.starts_with("https://x.org/w/#help="));
        let page = PageOptions::parse("", &link[link.find('#').unwrap()..]);
        assert_eq!(page.shared, Some(Ok(Shared::Help(request))));
        let reply = Reply {
            code: "x = 1\nprint(x)\n".into(),
            note: "x needs a value first.".into(),
            ..Reply::default()
        };
        let link = reply_link("https://x.org/w/", &reply);
        let page = PageOptions::parse("", &link[link.find('#').unwrap()..]);
        assert_eq!(page.shared, Some(Ok(Shared::Reply(reply))));
        assert!(matches!(
            PageOptions::parse("", "#help=AAAA").shared,
            Some(Err(_))
        ));
    }

    #[test]
    fn links_point_at_the_folder() {
        assert_eq!(
            folder_of("https://x.org/w/index.html?embed=1#code=x"),
            "https://x.org/w/"
        );
        assert_eq!(folder_of("https://x.org/w/"), "https://x.org/w/");
        assert_eq!(folder_of("https://x.org/w/embed.html"), "https://x.org/w/");
    }

    #[test]
    fn exercise_links_encode_ids_like_the_browser() {
        assert_eq!(exercise_query("a b", "x&y"), "?lesson=a%20b&exercise=x%26y");
        assert_eq!(
            full_app_link("https://x.org/w/", Some(("loops", "range")), "ignored"),
            "https://x.org/w/?lesson=loops&exercise=range"
        );
        assert!(
            full_app_link("https://x.org/w/", None, "print(1)")
                .starts_with("https://x.org/w/#code=")
        );
    }

    #[test]
    fn the_embed_snippet_escapes_its_attributes() {
        let none = EmbedOptions::default();
        let snippet = embed_snippet(
            "https://x.org/w/",
            Some(("loops", "range")),
            "",
            &none,
            "Python exercise: Counting \"up\" & <down>",
        );
        assert!(
            snippet.contains("src=\"https://x.org/w/embed.html?lesson=loops&amp;exercise=range\"")
        );
        assert!(
            snippet.contains("title=\"Python exercise: Counting &quot;up&quot; &amp; &lt;down>\"")
        );
        assert!(snippet.contains(&format!("height=\"{}\"", EMBED_HEIGHT + 2)));
        let free = embed_snippet("https://x.org/w/", None, "print(1)", &none, "Python editor");
        assert!(free.contains("embed.html#code=") && free.contains("title=\"Python editor\""));
    }

    #[test]
    fn the_embed_snippet_carries_the_organizers_options() {
        let options = EmbedOptions {
            origin: Some("https://workshop.example".into()),
            dark: true,
            readonly: true,
            no_console: true,
        };
        let snippet = embed_snippet(
            "https://x.org/w/",
            Some(("loops", "range")),
            "",
            &options,
            "R",
        );
        assert!(snippet.contains(
            "embed.html?lesson=loops&amp;exercise=range&amp;readonly=1&amp;console=0&amp;theme=dark&amp;origin=https%3A%2F%2Fworkshop.example\""
        ));
        // What the embed reads back is what the organizer chose.
        let src = &snippet[snippet.find('?').unwrap()..snippet.find("\" title").unwrap()];
        let page = PageOptions::parse(&src.replace("&amp;", "&"), "");
        assert_eq!(page.origin.as_deref(), Some("https://workshop.example"));
        assert!(page.dark && page.readonly && !page.console);
        let free = embed_snippet(
            "https://x.org/w/",
            None,
            "print(1)",
            &EmbedOptions {
                dark: true,
                ..EmbedOptions::default()
            },
            "Python editor",
        );
        assert!(free.contains("embed.html?theme=dark#code="));
    }

    #[test]
    fn an_organizers_site_address_becomes_its_origin() {
        for (typed, origin) in [
            ("https://workshop.example", "https://workshop.example"),
            ("https://workshop.example/", "https://workshop.example"),
            (
                " https://Workshop.Example/pyplay/week1.html?x#y ",
                "https://workshop.example",
            ),
            ("HTTP://localhost:8000/", "http://localhost:8000"),
            ("https://w.example:443/", "https://w.example"),
            ("http://w.example:80", "http://w.example"),
            ("https://w.example:8443", "https://w.example:8443"),
            ("http://[::1]:8080/", "http://[::1]:8080"),
        ] {
            assert_eq!(site_origin(typed).as_deref(), Ok(origin), "{typed}");
        }
        for typed in [
            "workshop.example",
            "ftp://w.example",
            "https://",
            "https:// w.example",
            "https://:80",
        ] {
            let err = site_origin(typed).unwrap_err().to_string();
            assert!(err.contains("https://"), "{typed}: {err}");
        }
    }
}

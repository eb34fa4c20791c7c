//! The words the page shows, in the learner's language (issue 18 item 3).
//!
//! Each language is a Fluent catalog, `locales/<code>.ftl`, compiled in (a few KB each, brotli);
//! English is complete and is what a message missing from another catalog falls back to. The
//! tests check every catalog parses, has every English message and uses the same variables.
//! [`Language::PseudoRtl`] is English written right to left (a Fluent transform), never offered in the chooser: it is how the right-to-left layout is tested
//! (`?lang=ar-XB`).
//! To add a language: add its catalog here and a [`Language`] variant (see README.md).

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A language the page can speak.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "es")]
    Spanish,
    /// English, flipped and right to left: for testing layouts.
    #[serde(rename = "ar-XB")]
    PseudoRtl,
}

const ENGLISH: &str = include_str!("../locales/en.ftl");
const SPANISH: &str = include_str!("../locales/es.ftl");

impl Language {
    /// The languages the chooser offers.
    pub const OFFERED: [Language; 2] = [Language::English, Language::Spanish];
    pub const ALL: [Language; 3] = [Language::English, Language::Spanish, Language::PseudoRtl];

    /// Its BCP 47 code (`lang=` on the page).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::PseudoRtl => "ar-XB",
        }
    }

    /// Its name in itself, for the chooser.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "Español",
            Language::PseudoRtl => "Pseudo RTL",
        }
    }

    /// Written right to left.
    pub fn rtl(self) -> bool {
        self == Language::PseudoRtl
    }

    fn catalog(self) -> &'static str {
        match self {
            Language::English | Language::PseudoRtl => ENGLISH,
            Language::Spanish => SPANISH,
        }
    }

    /// The language a code names: exactly (`ar-XB`), or by its first part (`es-MX` is
    /// Spanish).
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim();
        if let Some(exact) = Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
        {
            return Some(exact);
        }
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Self::OFFERED
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The first of the browser's languages (`navigator.languages`, in its order) that pyplay
    /// offers; else English.
    pub fn preferred<S: AsRef<str>>(browser: &[S]) -> Language {
        browser
            .iter()
            .filter_map(|code| Self::from_code(code.as_ref()))
            .find(|l| Self::OFFERED.contains(l))
            .unwrap_or_default()
    }
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

/// English shown right to left, as Chromium's `ar-XB` pseudo-locale does: each text between
/// RIGHT-TO-LEFT OVERRIDE and POP DIRECTIONAL FORMATTING. (fluent-pseudo's flipped letters
/// would pull in `regex`: hundreds of KB of wasm for a test locale.)
fn pseudo_rtl(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(format!("\u{202E}{text}\u{202C}"))
}

fn bundle(language: Language, source: &'static str) -> FluentBundle<FluentResource> {
    let id = language
        .code()
        .parse()
        .expect("pyplay's language codes parse");
    let mut bundle = FluentBundle::new(vec![id]);
    // Isolation marks keep an inserted name's direction apart from the text around it; in a
    // left-to-right language they would only get in the way of copying and testing text.
    bundle.set_use_isolating(language.rtl());
    if language == Language::PseudoRtl {
        bundle.set_transform(Some(pseudo_rtl));
    }
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
    let _ = bundle.add_resource(resource);
    bundle
}

/// One language's messages, with English behind them.
pub struct Words {
    pub language: Language,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.language.code())
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl Words {
    pub fn new(language: Language) -> Self {
        Self {
            language,
            bundle: bundle(language, language.catalog()),
            english: (language.catalog() != ENGLISH).then(|| bundle(Language::English, ENGLISH)),
        }
    }

    /// Message `id` (or `id.attribute`) with no variables.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// Message `id` (or `id.attribute`) with its variables; English if this catalog lacks it,
    /// and the id itself if English does too (the tests keep that from happening).
    pub fn text_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.to_string()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        std::iter::once(&self.bundle)
            .chain(self.english.as_ref())
            .find_map(|bundle| format(bundle, id, &fluent_args))
            .unwrap_or_else(|| id.to_owned())
    }
}

fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs) -> Option<String> {
    let (message, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

#[cfg(test)]
mod tests;

//! The learner's display preferences: light or dark (or the system's choice), text size, and
//! the page's language (or the browser's choice).
//! Kept in localStorage (`storage.rs`), applied by `hooks/use_preferences.rs`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Whatever the device is set to (`prefers-color-scheme`).
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The message id of its name (`pyplay_i18n`).
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "theme-system",
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Dark colours, given whether the device prefers them.
    pub fn is_dark(self, device_prefers_dark: bool) -> bool {
        match self {
            Theme::System => device_prefers_dark,
            Theme::Light => false,
            Theme::Dark => true,
        }
    }
}

/// Text sizes offered, in percent of the browser's.
pub const TEXT_SIZES: [u16; 7] = [90, 100, 110, 125, 150, 175, 200];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub theme: Theme,
    /// Percent of the browser's text size.
    pub text_size: u16,
    /// The language chosen in the page; None: the browser's.
    pub language: Option<pyplay_i18n::Language>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            theme: Theme::System,
            text_size: 100,
            language: None,
        }
    }
}

impl Preferences {
    /// One step larger (`up`) or smaller; stays within [`TEXT_SIZES`].
    pub fn resized(self, up: bool) -> Self {
        let at = TEXT_SIZES
            .iter()
            .position(|&size| size >= self.text_size)
            .unwrap_or(TEXT_SIZES.len() - 1);
        let at = if up {
            (at + 1).min(TEXT_SIZES.len() - 1)
        } else {
            at.saturating_sub(1)
        };
        Self {
            text_size: TEXT_SIZES[at],
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_steps_stay_in_range() {
        let p = Preferences::default();
        assert_eq!(p.resized(true).text_size, 110);
        assert_eq!(p.resized(false).text_size, 90);
        assert_eq!(p.resized(false).resized(false).text_size, 90);
        let big = Preferences {
            text_size: 200,
            ..p
        };
        assert_eq!(big.resized(true).text_size, 200);
        let odd = Preferences {
            text_size: 120,
            ..p
        };
        assert_eq!(odd.resized(true).text_size, 150);
    }

    #[test]
    fn the_system_theme_follows_the_device() {
        assert!(Theme::System.is_dark(true));
        assert!(!Theme::System.is_dark(false));
        assert!(Theme::Dark.is_dark(false));
        assert!(!Theme::Light.is_dark(true));
    }

    #[test]
    fn stored_preferences_survive_missing_fields() {
        let p: Preferences = serde_json::from_str(r#"{"theme":"dark"}"#).unwrap();
        assert_eq!((p.theme, p.text_size, p.language), (Theme::Dark, 100, None));
        let p: Preferences = serde_json::from_str(r#"{"language":"es"}"#).unwrap();
        assert_eq!(p.language, Some(pyplay_i18n::Language::Spanish));
    }
}

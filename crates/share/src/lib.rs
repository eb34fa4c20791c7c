//! A program in a URL fragment: `#code=` + base64url(raw deflate(UTF-8)); in [`help`], a help
//! request or a mentor's reply the same way. Share links and embeds carry code this way, so it
//! never reaches a server (fragments aren't sent) and fits in a link.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The fragment key: `#code=…`.
pub const KEY: &str = "code=";
/// Longest program a link may unpack to (a corrupt or hostile link can't make a huge string).
pub const MAX_CODE_BYTES: usize = 512 * 1024;

pub mod help;

/// The fragment (without `#`) for `code`.
pub fn encode(code: &str) -> String {
    format!("{KEY}{}", pack(code))
}

/// Text as it travels in a fragment: deflated, then base64url.
fn pack(text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    URL_SAFE_NO_PAD.encode(packed)
}

/// The text [`pack`] made, at most [`MAX_CODE_BYTES`] long.
fn unpack(data: &str) -> Result<String, Error> {
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| Error::Damaged)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_CODE_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => Error::TooLong,
            _ => Error::Damaged,
        })?;
    String::from_utf8(bytes).map_err(|_| Error::Damaged)
}

/// Why a link's code could not be read. The app says it in the learner's language; `Display`
/// is the English, for logs and tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The fragment is not a `code=` one: no shared code (not an error to show).
    NotShared,
    /// Damaged, e.g. cut off when it was copied.
    Damaged,
    TooLong,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Error::NotShared => "this link has no shared code",
            Error::Damaged => {
                "the shared code in this link is damaged (was the link cut off when it was copied?)"
            }
            Error::TooLong => "the shared code in this link is too long",
        })
    }
}

/// The code in a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<String, Error> {
    unpack(field(fragment, KEY).ok_or(Error::NotShared)?)
}

/// The value of `key` (e.g. `code=`) in a fragment (with or without the leading `#`) whose
/// parts are joined by `&`.
fn field<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|part| part.strip_prefix(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_round_trips_through_a_fragment() {
        let code = "name = input(\"Name? \")\nprint(f\"Hello, {name}! ✓\")\n\tindent\n";
        let fragment = encode(code);
        assert!(fragment.starts_with("code="));
        assert!(
            fragment[5..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_eq!(decode(&format!("#{fragment}")).unwrap(), code);
        assert_eq!(decode(&format!("x=1&{fragment}")).unwrap(), code);
    }

    #[test]
    fn long_programs_get_much_shorter() {
        let code = "for i in range(10):\n    print(i * i)\n".repeat(50);
        assert!(encode(&code).len() < code.len() / 5);
    }

    #[test]
    fn broken_links_say_what_is_wrong() {
        assert_eq!(decode("#lesson=1"), Err(Error::NotShared));
        assert_eq!(decode(""), Err(Error::NotShared));
        let fragment = encode("print('a fairly long program, cut off in the middle')\n");
        assert_eq!(decode(&fragment[..fragment.len() / 2]), Err(Error::Damaged));
        assert_eq!(decode("code=!!!"), Err(Error::Damaged));
        let huge = encode(&"x".repeat(MAX_CODE_BYTES + 1));
        assert_eq!(decode(&huge), Err(Error::TooLong));
    }
}

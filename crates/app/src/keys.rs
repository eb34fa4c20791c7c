//! Keys pressed on the drawing, as Tk names them: the browser's `KeyboardEvent.key` → Tk's
//! keysym and the character typed (what `event.keysym` and `event.char` are in a handler).

/// Tk's keysym and character for a browser key name; `None` for keys a program never gets
/// (Tab moves focus on, so the page keeps it).
pub fn tk_key(key: &str) -> Option<(String, String)> {
    let named = |keysym: &str, char: &str| Some((keysym.to_owned(), char.to_owned()));
    match key {
        "Tab" | "Unidentified" | "Dead" | "" => None,
        "ArrowLeft" => named("Left", ""),
        "ArrowRight" => named("Right", ""),
        "ArrowUp" => named("Up", ""),
        "ArrowDown" => named("Down", ""),
        "Enter" => named("Return", "\r"),
        " " => named("space", " "),
        "Backspace" => named("BackSpace", "\u{8}"),
        "Escape" => named("Escape", "\u{1b}"),
        "Delete" => named("Delete", "\u{7f}"),
        "Shift" => named("Shift_L", ""),
        "Control" => named("Control_L", ""),
        "Alt" => named("Alt_L", ""),
        "Meta" => named("Meta_L", ""),
        "CapsLock" => named("Caps_Lock", ""),
        "PageUp" => named("Prior", ""),
        "PageDown" => named("Next", ""),
        "Home" | "End" | "Insert" => named(key, ""),
        _ => {
            let mut chars = key.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => named(&char_keysym(c), key),
                // F1…F12 and other named keys keep their name.
                _ => named(key, ""),
            }
        }
    }
}

/// The keysym of a key that types one character (X11's names for punctuation).
fn char_keysym(c: char) -> String {
    let name = match c {
        '!' => "exclam",
        '"' => "quotedbl",
        '#' => "numbersign",
        '$' => "dollar",
        '%' => "percent",
        '&' => "ampersand",
        '\'' => "apostrophe",
        '(' => "parenleft",
        ')' => "parenright",
        '*' => "asterisk",
        '+' => "plus",
        ',' => "comma",
        '-' => "minus",
        '.' => "period",
        '/' => "slash",
        ':' => "colon",
        ';' => "semicolon",
        '<' => "less",
        '=' => "equal",
        '>' => "greater",
        '?' => "question",
        '@' => "at",
        '[' => "bracketleft",
        '\\' => "backslash",
        ']' => "bracketright",
        '^' => "asciicircum",
        '_' => "underscore",
        '`' => "grave",
        '{' => "braceleft",
        '|' => "bar",
        '}' => "braceright",
        '~' => "asciitilde",
        _ => return c.to_string(),
    };
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::tk_key;

    fn keysym(key: &str) -> String {
        tk_key(key).map(|(k, _)| k).unwrap_or_default()
    }

    #[test]
    fn arrows_space_and_letters_are_named_as_in_tk() {
        assert_eq!(keysym("ArrowLeft"), "Left");
        assert_eq!(keysym(" "), "space");
        assert_eq!(keysym("Enter"), "Return");
        assert_eq!(tk_key("a"), Some(("a".into(), "a".into())));
        assert_eq!(tk_key("A"), Some(("A".into(), "A".into())));
        assert_eq!(tk_key(","), Some(("comma".into(), ",".into())));
        assert_eq!(keysym("F5"), "F5");
        assert_eq!(tk_key("Tab"), None);
    }
}

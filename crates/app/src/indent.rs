//! Indentation at the `>>>` console, as IDLE's shell does it (pure, tested natively):
//! - [`next_indent`]: what a `...` line starts with — 4 spaces more after a line ending in `:`,
//!   the same inside a block, 4 fewer after `return`/`pass`/`break`/`continue`/`raise`, under
//!   the first item inside an open bracket, nothing inside a triple-quoted string;
//! - [`entered`]: a line of only spaces counts as empty, so Enter on the pre-filled indentation
//!   ends the block (CPython's `python3 -i` would wait for a truly empty line);
//! - [`tab`] and [`shift_tab`]: Tab puts spaces up to the next multiple of 4 columns, Shift+Tab
//!   takes the line back to the one before — as in the editor.
//!
//! Offsets in [`Edit`] are UTF-16 code units, as the DOM counts them in an `<input>`.

const INDENT: usize = 4;

/// Lines after which the block goes on one level out (IDLE dedents after them too).
const DEDENTERS: [&str; 5] = ["return", "pass", "break", "continue", "raise"];

/// What is open where the lines of a statement stop.
#[derive(Default)]
struct Scan {
    /// Inside a string that goes on to the next line (triple-quoted, or after a backslash).
    in_string: bool,
    /// The open brackets: (line, column in chars) of each.
    brackets: Vec<(usize, usize)>,
    /// The last line ends with a backslash continuation.
    continued: bool,
    /// The line where the last logical line (of code, not only a comment) starts.
    logical_start: usize,
    /// The last logical line's last character of code (outside strings and comments).
    last_code: Option<char>,
}

fn scan(lines: &[String]) -> Scan {
    let mut scan = Scan::default();
    let mut quote: Option<(char, usize)> = None; // quote character, 1 or 3
    let mut new_logical = true;
    for (number, line) in lines.iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        scan.continued = false;
        while i < chars.len() {
            let c = chars[i];
            if let Some((q, size)) = quote {
                if c == '\\' {
                    if i + 1 == chars.len() {
                        break; // a backslash continues any string
                    }
                    i += 2;
                    continue;
                }
                if c == q && chars[i..].iter().take(size).filter(|&&d| d == q).count() == size {
                    quote = None;
                    scan.last_code = Some(q);
                    i += size;
                    continue;
                }
                i += 1;
                continue;
            }
            if c == '#' {
                break;
            }
            if !c.is_whitespace() && new_logical {
                new_logical = false;
                scan.logical_start = number;
            }
            match c {
                '\'' | '"' => {
                    let size = if chars[i..].iter().take(3).filter(|&&d| d == c).count() == 3 {
                        3
                    } else {
                        1
                    };
                    quote = Some((c, size));
                    i += size;
                    continue;
                }
                '(' | '[' | '{' => scan.brackets.push((number, i)),
                ')' | ']' | '}' => {
                    scan.brackets.pop();
                }
                '\\' if i + 1 == chars.len() => scan.continued = true,
                _ => {}
            }
            if !c.is_whitespace() {
                scan.last_code = Some(c);
            }
            i += 1;
        }
        match quote {
            // A one-line string ends with its line unless a backslash continues it.
            Some((_, 1)) if !line.ends_with('\\') => quote = None,
            _ => {}
        }
        if quote.is_none() && scan.brackets.is_empty() && !scan.continued {
            new_logical = true;
        }
    }
    scan.in_string = quote.is_some();
    scan
}

/// The leading spaces and tabs of `line`.
fn leading(line: &str) -> &str {
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// Whitespace reaching column `column` (in chars) of `line`: its tabs kept, so it lines up.
fn up_to_column(line: &str, column: usize) -> String {
    line.chars()
        .take(column)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect()
}

/// One level less than `indent`: a tab less, or spaces back to the previous multiple of 4.
fn dedent(indent: &str) -> String {
    if let Some(rest) = indent.strip_suffix('\t') {
        return rest.to_owned();
    }
    let spaces = indent.len() - indent.trim_end_matches(' ').len();
    let keep = spaces.saturating_sub(1) / INDENT * INDENT;
    indent[..indent.len() - spaces + keep].to_owned()
}

/// The indentation the next `...` line starts with, after `lines` (the statement so far, as
/// sent: a line of only spaces already made empty by [`entered`]).
pub fn next_indent(lines: &[String]) -> String {
    let Some(last) = lines.last() else {
        return String::new();
    };
    let scan = scan(lines);
    if scan.in_string {
        return String::new(); // spaces would be part of the string
    }
    let base = leading(&lines[scan.logical_start]);
    if let Some(&(number, column)) = scan.brackets.last() {
        // Under the first item after the bracket, or one level in if the bracket ends its line.
        let line = &lines[number];
        let after = line.chars().skip(column + 1);
        let gap = after.clone().take_while(|c| c.is_whitespace()).count();
        return match after.clone().nth(gap) {
            Some(c) if c != '#' => up_to_column(line, column + 1 + gap),
            _ => format!("{base}{}", " ".repeat(INDENT)),
        };
    }
    if scan.continued {
        return format!("{base}{}", " ".repeat(INDENT));
    }
    if last.trim().is_empty() {
        return String::new(); // the empty line ended the statement
    }
    if scan.last_code == Some(':') {
        return format!("{base}{}", " ".repeat(INDENT));
    }
    let first_word = lines[scan.logical_start]
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    if DEDENTERS.contains(&first_word) {
        dedent(base)
    } else {
        base.to_owned()
    }
}

/// The line to send when Enter is pressed on `line` after the statement's earlier lines
/// `before`: a line of only spaces is empty (it ends a block, as in IDLE), except inside a
/// string, where the spaces are text.
pub fn entered(before: &[String], line: &str) -> String {
    if line.trim().is_empty() && !scan(before).in_string {
        String::new()
    } else {
        line.to_owned()
    }
}

/// A one-line input's text and selection after a key, in UTF-16 offsets.
#[derive(Debug, PartialEq, Eq)]
pub struct Edit {
    pub text: String,
    pub start: u32,
    pub end: u32,
}

/// The byte index of UTF-16 offset `offset` in `text` (its end if past it).
fn byte_index(text: &str, offset: u32) -> usize {
    let mut units = 0;
    for (index, c) in text.char_indices() {
        if units >= offset as usize {
            return index;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Tab: spaces up to the next multiple of 4 columns at the cursor; with a selection, the whole
/// line moves in by 4 (as the editor indents the selected lines).
pub fn tab(text: &str, start: u32, end: u32) -> Edit {
    if start != end {
        let step = INDENT as u32;
        return Edit {
            text: format!("{}{text}", " ".repeat(INDENT)),
            start: start + step,
            end: end + step,
        };
    }
    let at = byte_index(text, start);
    let spaces = INDENT - text[..at].chars().count() % INDENT;
    let cursor = start + spaces as u32;
    Edit {
        text: format!("{}{}{}", &text[..at], " ".repeat(spaces), &text[at..]),
        start: cursor,
        end: cursor,
    }
}

/// Shift+Tab: the line's indentation back to the previous multiple of 4 (or a tab less).
pub fn shift_tab(text: &str, start: u32, end: u32) -> Edit {
    let indent = leading(text);
    let removed = (indent.len() - dedent(indent).len()) as u32; // spaces and tabs: 1 unit each
    Edit {
        text: text[removed as usize..].to_owned(),
        start: start.saturating_sub(removed),
        end: end.saturating_sub(removed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case: the statement's lines so far, and the indentation of the next line.
    fn check(cases: &[(&[&str], &str)]) {
        for (lines, indent) in cases {
            let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            assert_eq!(next_indent(&lines), *indent, "after {lines:?}");
        }
    }

    #[test]
    fn a_line_ending_in_a_colon_indents_the_next_by_four() {
        check(&[
            (&["for i in range(3):"], "    "),
            (&["def f(x):  # doubles"], "    "),
            (&["if True:", "    while x:"], "        "),
            (&["class A:", "    def f(self):"], "        "),
            (&["if True:", "\tif x:"], "\t    "),
        ]);
    }

    #[test]
    fn inside_a_block_the_next_line_keeps_the_indentation() {
        check(&[
            (&["for i in range(3):", "    print(i)"], "    "),
            (&["if a:", "    if b:", "        x = 1"], "        "),
            (&["if a:", "    # just a comment"], "    "),
            (&["@decorator"], ""),
            // A colon in a string or a comment opens no block.
            (&["if a:", "    s = 'x:'"], "    "),
            (&["if a:", "    x = 1  # note:"], "    "),
        ]);
    }

    #[test]
    fn return_pass_break_continue_and_raise_end_their_block() {
        check(&[
            (&["def f():", "    return 1"], ""),
            (&["for x in y:", "    if x:", "        break"], "    "),
            (&["while 1:", "    pass"], ""),
            (&["try:", "    raise ValueError('x')"], ""),
            (&["for x in y:", "    continue"], ""),
            (&["if a:", "    passed = 1"], "    "),
            (&["if a:", "      return"], "    "), // back to a multiple of 4
        ]);
    }

    #[test]
    fn an_empty_line_ends_the_statement() {
        check(&[(&["for i in range(3):", "    print(i)", ""], "")]);
    }

    #[test]
    fn inside_brackets_the_next_line_lines_up_with_the_first_item() {
        check(&[
            (&["print('one',"], "      "),
            (&["if True:", "    x = [1,"], "         "),
            (&["colors = ["], "    "), // nothing after the bracket: one level in
            (&["if True:", "    d = {  # ages"], "        "),
            (&["f(a, (b,"], "      "), // the innermost bracket
            (&["f(1,", "  2)"], ""),
            (&["print('(', x,"], "      "), // a bracket in a string is text
            (&["x = [1,", "", "     2,"], "     "), // an empty line goes on
            (&["def f(a,", "      b):"], "    "),
        ]);
    }

    #[test]
    fn inside_a_string_nothing_is_added_and_a_backslash_indents() {
        check(&[
            (&["text = '''first"], ""),
            (&["if a:", "    s = \"\"\"doc"], ""),
            (&["s = 'abc\\"], ""),
            (&["text = '''a", "b'''"], ""),
            (&["if a:", "    t = '''a", "b''' + s"], "    "),
            (&["total = 1 + \\"], "    "),
            (&["if a:", "    x = 1 + \\"], "        "),
        ]);
    }

    #[test]
    fn a_line_of_spaces_is_sent_empty_except_in_a_string() {
        assert_eq!(entered(&[], "    "), "");
        assert_eq!(entered(&["if a:".into()], "    "), "");
        assert_eq!(entered(&["if a:".into()], "    x"), "    x");
        assert_eq!(entered(&["s = '''a".into()], "   "), "   ");
    }

    fn edit(text: &str, start: u32, end: u32) -> Edit {
        Edit {
            text: text.into(),
            start,
            end,
        }
    }

    #[test]
    fn tab_goes_to_the_next_multiple_of_four_columns() {
        assert_eq!(tab("", 0, 0), edit("    ", 4, 4));
        assert_eq!(tab("    ", 4, 4), edit("        ", 8, 8));
        assert_eq!(tab("  x", 2, 2), edit("    x", 4, 4));
        assert_eq!(tab("ab", 1, 1), edit("a   b", 4, 4));
        assert_eq!(tab("é", 1, 1), edit("é   ", 4, 4));
        // With a selection the line moves in.
        assert_eq!(tab("x = 1", 0, 1), edit("    x = 1", 4, 5));
    }

    #[test]
    fn shift_tab_takes_the_indentation_back_one_level() {
        assert_eq!(shift_tab("        x", 9, 9), edit("    x", 5, 5));
        assert_eq!(shift_tab("      x", 7, 7), edit("    x", 5, 5));
        assert_eq!(shift_tab("  x", 1, 1), edit("x", 0, 0));
        assert_eq!(shift_tab("\tx", 2, 2), edit("x", 1, 1));
        assert_eq!(shift_tab("x", 1, 1), edit("x", 1, 1));
    }
}

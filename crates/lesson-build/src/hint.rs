//! Hints are plain text in which code is written in backticks (`` `print(total)` ``), rendered
//! to HTML at build time: the text escaped, each code span a `<code>` (a `<pre><code>` block
//! when the code has line breaks). Nothing else is Markdown: hints are full of code written
//! without backticks (`__init__`, `a*b*c`), which Markdown would turn into bold and italics.

/// Renders a hint to HTML that is safe to insert into the page.
pub fn render_hint(hint: &str) -> String {
    let mut html = String::with_capacity(hint.len() + 16);
    let mut rest = hint;
    while let Some(start) = rest.find('`') {
        escape_into(&mut html, &rest[..start]);
        let ticks = run_of_backticks(&rest[start..]);
        let after = &rest[start + ticks..];
        match closing(after, ticks) {
            Some(end) => {
                code_into(&mut html, &after[..end]);
                rest = &after[end + ticks..];
            }
            // No closing run of the same length: the backticks are just text.
            None => {
                html.push_str(&rest[start..start + ticks]);
                rest = after;
            }
        }
    }
    escape_into(&mut html, rest);
    html
}

/// How many backticks `text` starts with.
fn run_of_backticks(text: &str) -> usize {
    text.bytes().take_while(|&b| b == b'`').count()
}

/// Where the first run of exactly `ticks` backticks in `text` starts.
fn closing(text: &str, ticks: usize) -> Option<usize> {
    let mut at = 0;
    while let Some(found) = text[at..].find('`') {
        let start = at + found;
        let run = run_of_backticks(&text[start..]);
        if run == ticks {
            return Some(start);
        }
        at = start + run;
    }
    None
}

/// A code span. As in Markdown, one space just inside each backtick run is dropped when both
/// are there (so ``` `` `x` `` ``` can show backticks), unless the code is only spaces.
fn code_into(html: &mut String, code: &str) {
    let code = match code.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
        Some(inner) if !code.trim().is_empty() => inner,
        _ => code,
    };
    if code.contains('\n') {
        html.push_str("<pre><code>");
        escape_into(html, code);
        html.push_str("</code></pre>");
    } else {
        html.push_str("<code>");
        escape_into(html, code);
        html.push_str("</code>");
    }
}

fn escape_into(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            c => html.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::render_hint;

    #[test]
    fn code_in_backticks_becomes_code() {
        assert_eq!(
            render_hint("Then `print(total)` shows it."),
            "Then <code>print(total)</code> shows it."
        );
        assert_eq!(
            render_hint("`for guest in guests:`"),
            "<code>for guest in guests:</code>"
        );
    }

    #[test]
    fn text_and_code_are_escaped() {
        assert_eq!(
            render_hint("At most means `<=`; <script>alert('x') & \"y\"</script>"),
            "At most means <code>&lt;=</code>; &lt;script&gt;alert(&#39;x&#39;) &amp; \
             &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(
            render_hint("`</code><img src=x onerror=alert(1)>`"),
            "<code>&lt;/code&gt;&lt;img src=x onerror=alert(1)&gt;</code>"
        );
    }

    /// Only backticks mean anything: underscores and stars are code people write unquoted.
    #[test]
    fn nothing_else_is_markdown() {
        assert_eq!(
            render_hint("__init__ and a*b*c, *not* **bold**"),
            "__init__ and a*b*c, *not* **bold**"
        );
    }

    #[test]
    fn an_unclosed_backtick_is_text() {
        assert_eq!(render_hint("a ` alone"), "a ` alone");
        assert_eq!(
            render_hint("`code` and ` alone"),
            "<code>code</code> and ` alone"
        );
        assert_eq!(render_hint("``x` y"), "``x` y");
    }

    #[test]
    fn double_backticks_can_hold_a_backtick() {
        assert_eq!(
            render_hint("Type `` `x` `` here"),
            "Type <code>`x`</code> here"
        );
        assert_eq!(render_hint("` `"), "<code> </code>");
    }

    #[test]
    fn code_with_line_breaks_is_a_block() {
        assert_eq!(
            render_hint("`if done:\n    break`"),
            "<pre><code>if done:\n    break</code></pre>"
        );
    }
}

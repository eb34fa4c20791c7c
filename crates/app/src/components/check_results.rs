use crate::hooks::use_words::use_words;
use pyplay_lessons::{CheckResult, Failure};
use std::ops::Range;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Vec<CheckResult>>,
}

/// What Check found: each check passed or not, and for a failure what differs — the expected
/// and the actual console side by side, the first line that differs marked in both and named
/// in words.
#[component]
pub fn CheckResults(props: &Props) -> Html {
    let words = use_words();
    let all_passed = !props.results.is_empty() && props.results.iter().all(|r| r.passed);
    let items = props.results.iter().map(|result| {
        let failure = match &result.failure {
            None => html! {},
            Some(Failure::Message { text }) => html! { <p class="check-message">{ text }</p> },
            Some(Failure::Output { input, expected, actual }) => {
                let difference = first_difference(expected, actual);
                let marked = |text: &str, line: Option<Range<usize>>| match line {
                    Some(line) => html! {
                        <>
                            { &text[..line.start] }
                            <mark class="first-difference">{ &text[line.clone()] }</mark>
                            { &text[line.end..] }
                        </>
                    },
                    None => html! { { text } },
                };
                let (expected_line, actual_line, note) = match difference {
                    Some(d) => (d.expected.clone(), d.actual.clone(), html! {
                        <p class="first-difference-note">{ d.describe(&words) }</p>
                    }),
                    None => (None, None, html! {}),
                };
                html! {
                    <div class="check-diff">
                        if !input.is_empty() {
                            <p>{ words.text_with("check-typing", &[("input", input.join(" ⏎ ").into())]) }</p>
                        }
                        { note }
                        <div class="diff-columns">
                            <figure>
                                <figcaption>{ words.text("check-expected") }</figcaption>
                                <pre class="expected">{ marked(expected, expected_line) }</pre>
                            </figure>
                            <figure>
                                <figcaption>{ words.text("check-showed") }</figcaption>
                                <pre class="actual">{ marked(actual, actual_line) }</pre>
                            </figure>
                        </div>
                    </div>
                }
            }
        };
        html! {
            <li class={if result.passed { "check passed" } else { "check failed" }}>
                <span class="mark" aria-hidden="true">{ if result.passed { "✓ " } else { "✗ " } }</span>
                <span class="visually-hidden">{ if result.passed { "Passed: " } else { "Failed: " } }</span>
                { &result.title }
                { failure }
            </li>
        }
    });
    html! {
        <section id="checks" class="checks" aria-label="Check results" aria-live="polite">
            if all_passed {
                <p class="all-passed">{ "All checks passed — exercise done!" }</p>
            }
            <ul>{ for items }</ul>
        </section>
    }
}

/// The first line where the program's output differs from the expected output: its number
/// (from 1) and where it is in each text (without its line break), `None` on the side that has
/// no such line.
#[derive(Clone, Debug, PartialEq)]
pub struct FirstDifference {
    pub line: usize,
    pub expected: Option<Range<usize>>,
    pub actual: Option<Range<usize>>,
}

impl FirstDifference {
    /// The difference in words, for everyone (the marks are only colour).
    pub fn describe(&self, words: &pyplay_i18n::Words) -> String {
        let id = match (&self.expected, &self.actual) {
            (Some(_), None) => "check-difference-missing",
            (None, Some(_)) => "check-difference-extra",
            _ => "check-difference",
        };
        words.text_with(id, &[("line", self.line.into())])
    }
}

/// Where `expected` and `actual` first differ, line by line. Spaces at line ends are ignored
/// first (checks ignore them unless a lesson asks for an exact match), so the line marked is the
/// one a learner must change; only if that finds nothing do they count. `None` if every line is
/// the same (the texts differ at most in a final line break).
pub fn first_difference(expected: &str, actual: &str) -> Option<FirstDifference> {
    let (want, got) = (lines(expected), lines(actual));
    let differs_at = |same: fn(&str, &str) -> bool| {
        (0..want.len().max(got.len())).find(|&i| match (want.get(i), got.get(i)) {
            (Some(a), Some(b)) => !same(&expected[a.clone()], &actual[b.clone()]),
            _ => true,
        })
    };
    let i =
        differs_at(|a, b| a.trim_end() == b.trim_end()).or_else(|| differs_at(|a, b| a == b))?;
    Some(FirstDifference {
        line: i + 1,
        expected: want.get(i).cloned(),
        actual: got.get(i).cloned(),
    })
}

/// Each line of `text`, as a byte range without its line break.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut start = 0;
    text.split_inclusive('\n')
        .map(|line| {
            let range = start..start + line.trim_end_matches('\n').len();
            start += line.len();
            range
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marked line's text on each side.
    fn marked<'a>(
        expected: &'a str,
        actual: &'a str,
    ) -> Option<(usize, Option<&'a str>, Option<&'a str>)> {
        first_difference(expected, actual).map(|d| {
            (
                d.line,
                d.expected.map(|r| &expected[r]),
                d.actual.map(|r| &actual[r]),
            )
        })
    }

    #[test]
    fn the_first_differing_line_is_marked_in_both() {
        assert_eq!(
            marked("a\nb\nc\n", "a\nB\nc\n"),
            Some((2, Some("b"), Some("B")))
        );
        assert_eq!(marked("one\n", "two"), Some((1, Some("one"), Some("two"))));
    }

    #[test]
    fn a_missing_or_extra_line_is_marked_on_the_side_that_has_it() {
        // The calculator exercise with one print missing.
        assert_eq!(
            marked("86400\n10080\n", "86400\n"),
            Some((2, Some("10080"), None))
        );
        assert_eq!(
            marked("86400\n", "86400\n10080\n"),
            Some((2, None, Some("10080")))
        );
        assert_eq!(marked("", "hi\n"), Some((1, None, Some("hi"))));
    }

    #[test]
    fn spaces_at_line_ends_count_only_if_nothing_else_differs() {
        assert_eq!(marked("a \nb\n", "a\nc\n"), Some((2, Some("b"), Some("c"))));
        assert_eq!(
            marked("a \nb\n", "a\nb\n"),
            Some((1, Some("a "), Some("a")))
        );
    }

    #[test]
    fn an_empty_line_can_be_the_difference() {
        let d = first_difference("a\n\nb\n", "a\nx\nb\n").unwrap();
        assert_eq!(d.expected, Some(2..2));
        assert_eq!(d.actual, Some(2..3));
    }

    #[test]
    fn the_same_lines_have_no_difference() {
        assert_eq!(marked("a\nb\n", "a\nb\n"), None);
        assert_eq!(marked("a\nb", "a\nb\n"), None);
        assert_eq!(marked("", ""), None);
    }

    #[test]
    fn ranges_are_bytes_of_multibyte_text() {
        assert_eq!(
            marked("héllo\nwörld\n", "héllo\nworld\n"),
            Some((2, Some("wörld"), Some("world")))
        );
    }

    #[test]
    fn the_difference_is_said_in_words() {
        let english = pyplay_i18n::Words::new(pyplay_i18n::Language::English);
        let words = |e, a| first_difference(e, a).unwrap().describe(&english);
        assert_eq!(
            words("a\n", "b\n"),
            "The first difference is line 1 (marked)."
        );
        assert_eq!(
            words("a\nb\n", "a\n"),
            "The first difference is line 2: your program showed nothing there."
        );
        assert_eq!(
            words("a\n", "a\nb\n"),
            "The first difference is line 2: nothing more was expected."
        );
    }
}

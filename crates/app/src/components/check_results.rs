use crate::hooks::use_words::use_words;
use pyplay_i18n::Words;
use pyplay_lessons::{CheckResult, CheckTitle, Construct, Failure};
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
            Some(failure) => html! { <p class="check-message">{ failure_words(failure, &words) }</p> },
        };
        html! {
            <li class={if result.passed { "check passed" } else { "check failed" }}>
                <span class="mark" aria-hidden="true">{ if result.passed { "✓ " } else { "✗ " } }</span>
                <span class="visually-hidden">{ format!("{} ", words.text(if result.passed { "check-passed" } else { "check-failed" })) }</span>
                { title_words(&result.title, &words) }
                { failure }
            </li>
        }
    });
    html! {
        <section id="checks" class="checks" aria-label={words.text("check-results")} aria-live="polite">
            if all_passed {
                <p class="all-passed">{ words.text("check-all-passed") }</p>
            }
            <ul>{ for items }</ul>
        </section>
    }
}

/// What a check checked, in the learner's language (in English, the title's `Display`).
pub fn title_words(title: &CheckTitle, words: &Words) -> String {
    let named = |id, name: &str| words.text_with(id, &[("name", name.into())]);
    match title {
        CheckTitle::Output => words.text("check-title-output"),
        CheckTitle::WithInput { input } => words.text_with(
            "check-title-with-input",
            &[("input", input.join(", ").into())],
        ),
        CheckTitle::Tests => words.text("check-title-tests"),
        CheckTitle::Drawing => words.text("check-title-drawing"),
        CheckTitle::Plot => words.text("check-title-plot"),
        CheckTitle::Uses { construct } => match construct {
            Construct::For => words.text("check-title-uses-for"),
            Construct::While => words.text("check-title-uses-while"),
            Construct::Def => words.text("check-title-uses-def"),
            Construct::If => words.text("check-title-uses-if"),
            Construct::Return => words.text("check-title-uses-return"),
            Construct::Comprehension => words.text("check-title-uses-comprehension"),
            Construct::FString => words.text("check-title-uses-f-string"),
            Construct::Call(name) => named("check-title-uses-call", name),
            Construct::Method(name) => named("check-title-uses-method", name),
            Construct::Import(name) => named("check-title-uses-import", name),
        },
    }
}

/// Why a check failed, in the learner's language (in English, the failure's `Display`). Words
/// pyplay shows as they are (an organizer's, Python's) stay as they are. (A differing output
/// is shown side by side instead; this gives its English summary.)
pub fn failure_words(failure: &Failure, words: &Words) -> String {
    // The check stopped the program: its KeyboardInterrupt says why.
    let stopped = |why: String, line: u32| {
        if line > 0 {
            words.text_with(
                "check-error",
                &[
                    ("error", "KeyboardInterrupt".into()),
                    ("message", why.into()),
                    ("line", line.into()),
                ],
            )
        } else {
            format!("KeyboardInterrupt: {why}")
        }
    };
    match failure {
        Failure::Output { .. } => failure.to_string(),
        Failure::Message { text } => text.clone(),
        Failure::Error {
            error,
            message,
            line,
        } => words.text_with(
            "check-error",
            &[
                ("error", error.as_str().into()),
                ("message", message.as_str().into()),
                ("line", (*line).into()),
            ],
        ),
        Failure::TooMuchOutput { limit, line } => stopped(
            words.text_with("check-stopped-output", &[("limit", (*limit).into())]),
            *line,
        ),
        Failure::TooManyFrames { limit, line } => stopped(
            words.text_with("check-stopped-frames", &[("limit", (*limit).into())]),
            *line,
        ),
        Failure::Internal { message } => words.text_with(
            "check-internal-problem",
            &[("message", message.as_str().into())],
        ),
        Failure::Unreadable { message } => {
            words.text_with("check-unreadable", &[("message", message.as_str().into())])
        }
        Failure::NoPlotSummary => words.text("check-no-plot-summary"),
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
    pub fn describe(&self, words: &Words) -> String {
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

    /// Every title and failure pyplay words: the English catalog says what their `Display`
    /// says (the words `pyplay verify` and the browser tests know), Spanish its own words.
    #[test]
    fn check_results_are_said_in_the_learners_language() {
        use pyplay_i18n::Language;
        let english = Words::new(Language::English);
        let spanish = Words::new(Language::Spanish);
        let mut titles = vec![
            CheckTitle::Output,
            CheckTitle::WithInput {
                input: vec!["3".into(), "4".into()],
            },
            CheckTitle::Tests,
            CheckTitle::Drawing,
            CheckTitle::Plot,
        ];
        let named = ["call:len", "method:split", "import:random"];
        let constructs = Construct::SIMPLE
            .into_iter()
            .chain(named.map(|text| text.parse().unwrap()));
        titles.extend(constructs.map(|construct| CheckTitle::Uses { construct }));
        for title in &titles {
            let said = title_words(title, &english);
            assert_eq!(said, title.to_string());
            assert!(!said.starts_with("check-"), "{said}");
            assert_ne!(title_words(title, &spanish), said, "{title:?}");
        }
        let title = |title| title_words(&title, &spanish);
        assert_eq!(
            title(CheckTitle::WithInput {
                input: vec!["3".into(), "4".into()]
            }),
            "Con la entrada 3, 4"
        );
        assert_eq!(
            title(CheckTitle::Uses {
                construct: Construct::Call("len".into())
            }),
            "Llama a len()"
        );

        let failures = [
            Failure::Error {
                error: "NameError".into(),
                message: "name 'x' is not defined".into(),
                line: 3,
            },
            Failure::TooMuchOutput {
                limit: 100_000,
                line: 3,
            },
            Failure::TooMuchOutput {
                limit: 100_000,
                line: 0,
            },
            Failure::TooManyFrames {
                limit: 3_600,
                line: 7,
            },
            Failure::Internal {
                message: "a panic".into(),
            },
            Failure::Unreadable {
                message: "SyntaxError: invalid syntax".into(),
            },
            Failure::NoPlotSummary,
        ];
        for failure in &failures {
            let said = failure_words(failure, &english);
            assert_eq!(said, failure.to_string());
            assert_ne!(failure_words(failure, &spanish), said, "{failure:?}");
        }
        assert_eq!(
            failure_words(&failures[0], &spanish),
            "Tu programa se detuvo con NameError: name 'x' is not defined (línea 3)."
        );
        assert!(
            failure_words(&failures[1], &spanish).contains("después de 100000 caracteres"),
            "{}",
            failure_words(&failures[1], &spanish)
        );
        // An organizer's or Python's words stay as they are.
        let message = Failure::Message {
            text: "Use a for loop to repeat the print.".into(),
        };
        assert_eq!(
            failure_words(&message, &spanish),
            "Use a for loop to repeat the print."
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

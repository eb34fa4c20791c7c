use pyplay_lessons::{CheckResult, Failure};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub results: Rc<Vec<CheckResult>>,
}

/// What Check found: each check passed or not, and for a failure what differs.
#[component]
pub fn CheckResults(props: &Props) -> Html {
    let all_passed = !props.results.is_empty() && props.results.iter().all(|r| r.passed);
    let items = props.results.iter().map(|result| {
        let failure = match &result.failure {
            None => html! {},
            Some(Failure::Message { text }) => html! { <p class="check-message">{ text }</p> },
            Some(Failure::Output { input, expected, actual }) => html! {
                <div class="check-diff">
                    if !input.is_empty() {
                        <p>{ format!("Typing: {}", input.join(" ⏎ ")) }</p>
                    }
                    <div class="diff-columns">
                        <figure>
                            <figcaption>{ "Expected" }</figcaption>
                            <pre class="expected">{ expected }</pre>
                        </figure>
                        <figure>
                            <figcaption>{ "Your program showed" }</figcaption>
                            <pre class="actual">{ actual }</pre>
                        </figure>
                    </div>
                </div>
            },
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

use crate::hooks::use_words::use_words;
use pyplay_lessons::Exercise;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub exercise: Exercise,
}

/// Hints revealed one at a time, and the solution behind a confirmation. Keyed by exercise, so
/// opening another exercise starts hidden again.
#[component]
pub fn ExerciseHelp(props: &Props) -> Html {
    let words = use_words();
    let shown_hints = use_state(|| 0usize);
    let solution = use_state(|| SolutionState::Hidden);
    let hints = &props.exercise.hints;
    let next_hint = {
        let shown_hints = shown_hints.clone();
        Callback::from(move |_: MouseEvent| shown_hints.set(*shown_hints + 1))
    };
    let set_solution = |state: SolutionState| {
        let solution = solution.clone();
        Callback::from(move |_: MouseEvent| solution.set(state))
    };
    let solution_view = match (&props.exercise.solution, *solution) {
        (None, _) => html! {},
        (Some(_), SolutionState::Hidden) => html! {
            <button class="solution-button" onclick={set_solution(SolutionState::Confirming)}>
                { words.text("solution-show") }
            </button>
        },
        (Some(_), SolutionState::Confirming) => html! {
            <span class="confirm" role="group" aria-label={words.text("solution-ask.label")}>
                { format!("{} ", words.text("solution-ask")) }
                <button onclick={set_solution(SolutionState::Shown)}>{ words.text("solution-yes") }</button>
                <button onclick={set_solution(SolutionState::Hidden)}>{ words.text("solution-not-yet") }</button>
            </span>
        },
        (Some(code), SolutionState::Shown) => html! {
            <figure class="solution">
                <figcaption>{ words.text("solution-caption") }</figcaption>
                <pre>{ code }</pre>
            </figure>
        },
    };
    html! {
        <div class="help">
            if *shown_hints > 0 {
                <ol class="hints">
                    { for hints.iter().take(*shown_hints).map(String::as_str).map(hint_item) }
                </ol>
            }
            if *shown_hints < hints.len() {
                <button class="hint-button" onclick={next_hint}>
                    { words.text_with("hint-show", &[("left", (hints.len() - *shown_hints).into())]) }
                </button>
            }
            { solution_view }
        </div>
    }
}

/// A hint: HTML that the lesson build made from the organizer's text, escaped, with code in
/// `<code>` (pyplay-lesson-build), so it is inserted as it is.
fn hint_item(hint: &str) -> Html {
    let hint = Html::from_html_unchecked(AttrValue::from(hint.to_owned()));
    html! { <li>{ hint }</li> }
}

#[derive(Clone, Copy, PartialEq)]
enum SolutionState {
    Hidden,
    Confirming,
    Shown,
}

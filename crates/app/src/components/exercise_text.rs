use pyplay_lessons::Exercise;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub exercise: Exercise,
    /// Show the title (the embed's compact view shows it as the fold's summary instead).
    pub titled: bool,
}

/// The exercise's title and its text: HTML that the lesson build rendered from the organizer's
/// Markdown and made safe (pyplay-lesson-build), so the page needs no Markdown renderer.
#[component]
pub fn ExerciseText(props: &Props) -> Html {
    let body = Html::from_html_unchecked(AttrValue::from(props.exercise.text.clone()));
    html! {
        <article class="exercise-text">
            if props.titled {
                <h2>{ &props.exercise.title }</h2>
            }
            { body }
        </article>
    }
}

use pyplay_lessons::{Exercise, render_markdown};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub exercise: Exercise,
}

/// The exercise's title and its Markdown text (rendered and made safe by pyplay-lessons).
#[component]
pub fn ExerciseText(props: &Props) -> Html {
    let body = Html::from_html_unchecked(AttrValue::from(render_markdown(&props.exercise.text)));
    html! {
        <article class="exercise-text">
            <h2>{ &props.exercise.title }</h2>
            { body }
        </article>
    }
}

use super::exercise_help::ExerciseHelp;
use super::exercise_text::ExerciseText;
use crate::hooks::use_words::use_words;
use crate::state::workspace::Catalog;
use pyplay_lessons::Exercise;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub catalog: Catalog,
    /// Showing a shared link's program instead of an exercise.
    pub scratch: bool,
    /// The scratch page is a help request's or a mentor's reply (its card says what it is);
    /// `exercise` is the one its code was written for.
    #[prop_or_default]
    pub link: bool,
    pub exercise: Option<Exercise>,
    /// The embed's compact view: the exercise folds away (its title stays) to give the editor
    /// room, and there is no lesson list to point at.
    pub compact: bool,
}

/// Above the editor: the open exercise (text, hints, solution), what a shared program is, or
/// why the lessons are not there.
#[component]
pub fn ExercisePane(props: &Props) -> Html {
    let words = use_words();
    let content = match (&props.catalog, &props.exercise) {
        (_, Some(exercise)) if props.scratch && props.link => html! {
            <details class="exercise-details">
                <summary><h2>{ words.text_with("exercise-about", &[("title", exercise.title.as_str().into())]) }</h2></summary>
                <ExerciseText exercise={exercise.clone()} titled=false />
                <ExerciseHelp key={exercise.id.clone()} exercise={exercise.clone()} />
            </details>
        },
        _ if props.scratch && props.link => Html::default(),
        // An organizer's free editor: their page says what it is for.
        _ if props.scratch && props.compact => Html::default(),
        _ if props.scratch => html! {
            <div class="shared-note">
                <h2>{ words.text("shared-title") }</h2>
                <p>{ words.text("shared-intro") }</p>
            </div>
        },
        (Catalog::Loading, _) => html! { <p class="loading">{ words.text("lessons-loading") }</p> },
        (Catalog::Failed(errors), _) => html! {
            <div class="lesson-error" role="alert">
                <h2>{ words.text("lessons-failed") }</h2>
                <ul>{ for errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }</ul>
                <p>{ words.text("lessons-failed-hint") }</p>
            </div>
        },
        (Catalog::Loaded(_), Some(exercise)) if props.compact => html! {
            <details class="exercise-details" open=true>
                <summary><h2>{ &exercise.title }</h2></summary>
                <ExerciseText exercise={exercise.clone()} titled=false />
                <ExerciseHelp key={exercise.id.clone()} exercise={exercise.clone()} />
            </details>
        },
        (Catalog::Loaded(_), Some(exercise)) => html! {
            <>
                <ExerciseText exercise={exercise.clone()} titled=true />
                <ExerciseHelp key={exercise.id.clone()} exercise={exercise.clone()} />
            </>
        },
        (Catalog::Loaded(_), None) if props.compact => Html::default(),
        (Catalog::Loaded(_), None) => html! { <p>{ words.text("lessons-pick") }</p> },
    };
    html! { <section class="exercise">{ content }</section> }
}

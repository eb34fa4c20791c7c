use super::exercise_help::ExerciseHelp;
use super::exercise_text::ExerciseText;
use crate::state::workspace::Catalog;
use pyplay_lessons::Exercise;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub catalog: Catalog,
    /// Showing a shared link's program instead of an exercise.
    pub scratch: bool,
    pub exercise: Option<Exercise>,
}

/// Above the editor: the open exercise (text, hints, solution), what a shared program is, or
/// why the lessons are not there.
#[component]
pub fn ExercisePane(props: &Props) -> Html {
    let content = match (&props.catalog, &props.exercise) {
        _ if props.scratch => html! {
            <div class="shared-note">
                <h2>{ "A shared program" }</h2>
                <p>{ "Someone shared this program with you. It has not run: read it, then press Run when you are ready. \
                      Changes here are not saved (Share makes a new link); your own work in the lessons is untouched." }</p>
            </div>
        },
        (Catalog::Loading, _) => html! { <p class="loading">{ "Loading lessons…" }</p> },
        (Catalog::Failed(errors), _) => html! {
            <div class="lesson-error" role="alert">
                <h2>{ "The lessons could not be loaded" }</h2>
                <ul>{ for errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }</ul>
                <p>{ "Ask your organizer to fix the file named above. You can still write and run code below." }</p>
            </div>
        },
        (Catalog::Loaded(_), Some(exercise)) => html! {
            <>
                <ExerciseText exercise={exercise.clone()} />
                <ExerciseHelp key={exercise.id.clone()} exercise={exercise.clone()} />
            </>
        },
        (Catalog::Loaded(_), None) => html! { <p>{ "Pick an exercise from the list." }</p> },
    };
    html! { <section class="exercise">{ content }</section> }
}

use crate::hooks::use_words::use_words;
use crate::lessons::LoadedLesson;
use crate::state::Selection;
use std::collections::HashSet;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub lessons: Rc<Vec<LoadedLesson>>,
    pub selected: Option<Selection>,
    /// Exercises whose checks passed.
    pub done: HashSet<Selection>,
    pub on_select: Callback<Selection>,
}

/// Lessons and their exercises; a broken lesson file shows what is wrong with it.
#[component]
pub fn LessonList(props: &Props) -> Html {
    let words = use_words();
    let items = props.lessons.iter().map(|lesson| match lesson {
        LoadedLesson::Ready(lesson) => {
            let exercises = lesson.exercises.iter().map(|exercise| {
                let chosen = (lesson.id.clone(), exercise.id.clone());
                let current = props.selected.as_ref() == Some(&chosen);
                let done = props.done.contains(&chosen);
                let onclick = props.on_select.reform(move |_: MouseEvent| chosen.clone());
                html! {
                    <li>
                        <button class={classes!("exercise-link", current.then_some("current"))}
                            aria-current={current.then_some("true")} {onclick}>
                            { &exercise.title }
                            if done {
                                <span class="done" aria-label={format!(" {}", words.text("lesson-done.label"))}
                                    title={words.text("lesson-done")}>{ " ✓" }</span>
                            }
                        </button>
                    </li>
                }
            });
            html! {
                <li class="lesson" key={lesson.id.clone()}>
                    <h3>{ &lesson.title }</h3>
                    <ol>{ for exercises }</ol>
                </li>
            }
        }
        LoadedLesson::Broken { entry, errors } => html! {
            <li class="lesson broken" key={entry.id.clone()}>
                <h3>{ &entry.title }</h3>
                <p role="alert">{ words.text("lesson-broken") }</p>
                <ul>{ for errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }</ul>
            </li>
        },
    });
    html! { <ul class="lessons">{ for items }</ul> }
}

use super::lesson_list::LessonList;
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
    /// The open exercise's title, shown on the menu button on small screens.
    pub title: Option<String>,
    pub done: Rc<HashSet<Selection>>,
    pub on_select: Callback<Selection>,
}

/// The lesson list: beside the work on wide screens; on phones a menu (a button that opens the
/// list, closed again once an exercise is chosen), so the exercise is not below the whole list.
#[component]
pub fn LessonNav(props: &Props) -> Html {
    let words = use_words();
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let on_select = {
        let (open, on_select) = (open.clone(), props.on_select.clone());
        Callback::from(move |selection| {
            open.set(false);
            on_select.emit(selection);
            // On a phone the exercise is under the (now closed) menu: go to it.
            if let Some(work) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("main.work").ok().flatten())
            {
                work.scroll_into_view();
            }
        })
    };
    html! {
        <nav class={classes!("sidebar", open.then_some("open"))} aria-label={words.text("lessons-button")}>
            <button type="button" class="lessons-toggle" aria-expanded={(*open).to_string()}
                aria-controls="lesson-list" onclick={toggle}>
                <span aria-hidden="true">{ "☰ " }</span>{ words.text("lessons-button") }
                if let Some(title) = &props.title {
                    <span class="current-title">{ format!(": {title}") }</span>
                }
            </button>
            <div id="lesson-list" class="lesson-list">
                <LessonList lessons={props.lessons.clone()} selected={props.selected.clone()}
                    done={(*props.done).clone()} on_select={on_select} />
            </div>
        </nav>
    }
}

use crate::state::progress::CodeChange;
use crate::state::workspace::{Catalog, Import};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub import: Import,
    /// For the exercises' titles.
    pub catalog: Catalog,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
    pub on_undo: Callback<()>,
}

/// Importing a progress file: what it would change (which exercises' code it replaces, and
/// where the code here is newer), asked before anything is written; then "Undo import".
#[component]
pub fn ImportPreview(props: &Props) -> Html {
    let describe = |change: &CodeChange| {
        let name = match &change.exercise {
            Some(exercise) => props
                .catalog
                .titles(exercise)
                .map(|(lesson, title)| format!("{lesson} › {title}"))
                .unwrap_or_else(|| format!("{} › {}", exercise.0, exercise.1)),
            None => format!(
                "an embedded exercise ({})",
                change.key.trim_start_matches("pyplay:")
            ),
        };
        let what = match (change.replaces, change.newer_here) {
            (false, _) => "added (no code here yet)",
            (true, false) => "your code here is replaced",
            (true, true) => "your code here is replaced (it is newer here than in the file)",
        };
        html! {
            <li class={classes!(change.newer_here.then_some("newer-here"))}>
                <strong>{ name }</strong>{ format!(": {what}") }
            </li>
        }
    };
    match &props.import {
        Import::None => html! {},
        Import::Failed(why) => html! {
            <p class="progress-error" role="alert">{ format!("Could not import: {why}.") }</p>
        },
        Import::Asking(plan) => {
            let replaced = plan.changes.iter().filter(|c| c.replaces).count();
            html! {
                <section class="import-preview" aria-labelledby="import-title">
                    <h2 id="import-title">{ "Import this progress file?" }</h2>
                    if plan.changes.is_empty() {
                        <p>{ "It holds no code that differs from yours here." }</p>
                    } else {
                        <p>{ if replaced > 0 {
                            "It changes the code of these exercises. Your code here is kept until you say yes, and you can undo the import afterwards."
                        } else {
                            "It adds code to these exercises; none of yours is replaced."
                        } }</p>
                        <ul>{ for plan.changes.iter().map(describe) }</ul>
                    }
                    if plan.newly_done > 0 {
                        <p>{ format!("It marks {} more exercise{} done.", plan.newly_done,
                            if plan.newly_done == 1 { "" } else { "s" }) }</p>
                    }
                    <button class="import-confirm" onclick={props.on_confirm.reform(|_: MouseEvent| ())}>
                        { if replaced > 0 { "Import and replace" } else { "Import" } }
                    </button>
                    { " " }
                    <button onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ "Cancel" }</button>
                </section>
            }
        }
        Import::Done { changed, .. } => html! {
            <p class="import-done" role="status">
                { format!("Progress imported ({changed} program{} changed). ", if *changed == 1 { "" } else { "s" }) }
                <button class="import-undo" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ "Undo import" }</button>
            </p>
        },
    }
}

use crate::hooks::use_words::use_words;
use crate::state::progress::{CodeChange, ImportError, StorageError};
use crate::state::workspace::{Catalog, Import};
use pyplay_i18n::Words;
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

/// Why the browser would not keep what pyplay wrote, in words (after "Could not import:", and
/// in the notice that the code is not being saved).
pub fn storage_problem(words: &Words, error: &StorageError) -> String {
    match error {
        StorageError::Blocked => words.text("storage-blocked"),
        StorageError::Full => words.text("storage-full"),
        StorageError::Refused(detail) => {
            words.text_with("storage-refused", &[("detail", detail.as_str().into())])
        }
    }
}

/// Why a progress file could not be imported, in words.
fn import_problem(words: &Words, error: &ImportError) -> String {
    match error {
        ImportError::Unreadable => words.text("import-unreadable"),
        ImportError::NotProgressFile(detail) => {
            words.text_with("import-not-progress", &[("detail", detail.as_str().into())])
        }
        ImportError::UnknownFormat(format) => words.text_with(
            "import-unknown-format",
            &[("format", format.as_str().into())],
        ),
        ImportError::Storage(error) => storage_problem(words, error),
    }
}

/// Importing a progress file: what it would change (which exercises' code it replaces, and
/// where the code here is newer), asked before anything is written; then "Undo import".
#[component]
pub fn ImportPreview(props: &Props) -> Html {
    let words = use_words();
    let describe = |change: &CodeChange| {
        let name = match &change.exercise {
            Some(exercise) => props
                .catalog
                .titles(exercise)
                .map(|(lesson, title)| format!("{lesson} › {title}"))
                .unwrap_or_else(|| format!("{} › {}", exercise.0, exercise.1)),
            None => words.text_with(
                "import-embedded",
                &[("key", change.key.trim_start_matches("pyplay:").into())],
            ),
        };
        let what = words.text(match (change.replaces, change.newer_here) {
            (false, _) => "import-change-added",
            (true, false) => "import-change-replaced",
            (true, true) => "import-change-newer-here",
        });
        html! {
            <li class={classes!(change.newer_here.then_some("newer-here"))}>
                <strong>{ name }</strong>{ format!(": {what}") }
            </li>
        }
    };
    match &props.import {
        Import::None => html! {},
        Import::Failed(why) => html! {
            <p class="progress-error" role="alert">
                { words.text_with("import-failed", &[("why", import_problem(&words, why).into())]) }
            </p>
        },
        Import::Asking(plan) => {
            let replaced = plan.changes.iter().filter(|c| c.replaces).count();
            html! {
                <section class="import-preview" aria-labelledby="import-title">
                    <h2 id="import-title">{ words.text("import-title") }</h2>
                    if plan.changes.is_empty() {
                        <p>{ words.text("import-nothing") }</p>
                    } else {
                        <p>{ words.text(if replaced > 0 { "import-replaces" } else { "import-adds" }) }</p>
                        <ul>{ for plan.changes.iter().map(describe) }</ul>
                    }
                    if plan.newly_done > 0 {
                        <p>{ words.text_with("import-marks-done", &[("count", plan.newly_done.into())]) }</p>
                    }
                    <button class="import-confirm" onclick={props.on_confirm.reform(|_: MouseEvent| ())}>
                        { words.text(if replaced > 0 { "import-confirm-replace" } else { "import-confirm" }) }
                    </button>
                    { " " }
                    <button onclick={props.on_cancel.reform(|_: MouseEvent| ())}>{ words.text("import-cancel") }</button>
                </section>
            }
        }
        Import::Done { changed, .. } => html! {
            <p class="import-done" role="status">
                { format!("{} ", words.text_with("import-done", &[("count", (*changed).into())])) }
                <button class="import-undo" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ words.text("import-undo") }</button>
            </p>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyplay_i18n::Language;

    #[test]
    fn why_an_import_or_a_save_failed_is_said_in_the_pages_language() {
        let english = Words::new(Language::English);
        // What tests/e2e/embed.test.mjs looks for in a blocked embed's save notice.
        assert!(
            storage_problem(&english, &StorageError::Blocked).contains("does not let pyplay save")
        );
        let not_progress = ImportError::NotProgressFile("expected value at line 1 column 1".into());
        assert_eq!(
            import_problem(&english, &not_progress),
            "this is not a pyplay progress file (expected value at line 1 column 1)"
        );
        let spanish = Words::new(Language::Spanish);
        for error in [
            ImportError::Unreadable,
            not_progress,
            ImportError::UnknownFormat("pyplay-progress-9".into()),
            ImportError::Storage(StorageError::Full),
            ImportError::Storage(StorageError::Refused("The operation is insecure.".into())),
        ] {
            let (en, es) = (
                import_problem(&english, &error),
                import_problem(&spanish, &error),
            );
            assert!(!en.is_empty() && en != es, "{error:?}: {en} / {es}");
        }
    }
}

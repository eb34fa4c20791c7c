use crate::hooks::use_words::use_words;
use crate::{download, storage};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// A progress file was chosen: its text, or None if the browser could not read it (nothing
    /// is imported before the learner confirms).
    pub on_file: Callback<Option<String>>,
}

/// Export all progress (code, done marks) to a file, and import it on another browser or after
/// clearing this one. What an import would change is shown and asked about by `ImportPreview`.
#[component]
pub fn Progress(props: &Props) -> Html {
    let words = use_words();
    let export = Callback::from(|_: MouseEvent| {
        if let Some(blob) = download::text_blob(&storage::export_progress(), "application/json") {
            download::save(&blob, "pyplay-progress.json");
        }
    });
    let import = {
        let on_file = props.on_file.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // The same file can be chosen again (after Cancel).
            input.set_value("");
            let on_file = on_file.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                on_file.emit(text);
            });
        })
    };
    html! {
        <div class="progress">
            <button id="export" onclick={export}>{ words.text("export-progress") }</button>
            <label class="import">
                { words.text("import-progress") }
                <input id="import" type="file" accept="application/json,.json" onchange={import} />
            </label>
        </div>
    }
}

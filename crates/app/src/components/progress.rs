use crate::{download, storage};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Export all progress (code, done marks) to a file, and import it on another browser or after
/// clearing this one. Importing reloads the page so everything reads the restored state.
#[component]
pub fn Progress() -> Html {
    let message = use_state(|| None::<String>);
    let export = Callback::from(|_: MouseEvent| {
        if let Some(blob) = download::text_blob(&storage::export_progress(), "application/json") {
            download::save(&blob, "pyplay-progress.json");
        }
    });
    let import = {
        let message = message.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                match storage::import_progress(&text.unwrap_or_default()) {
                    Ok(_) => {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    }
                    Err(err) => message.set(Some(format!("Could not import: {err}."))),
                }
            });
        })
    };
    html! {
        <div class="progress">
            <button id="export" onclick={export}>{ "Export progress" }</button>
            <label class="import">
                { "Import progress" }
                <input id="import" type="file" accept="application/json,.json" onchange={import} />
            </label>
            if let Some(text) = &*message {
                <span class="progress-error" role="alert">{ text }</span>
            }
        </div>
    }
}

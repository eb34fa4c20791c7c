use crate::hooks::use_words::use_words;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// "Skip to the editor": the first thing Tab reaches in the app, shown only when focused, so a
/// keyboard user doesn't tab through the header and every lesson's exercise links (hundreds of
/// stops once the projects came) to reach the code. It puts the cursor in the editor.
#[component]
pub fn SkipLink() -> Html {
    let words = use_words();
    let onclick = Callback::from(|event: MouseEvent| {
        // Not a navigation: `#code` in the address would read as a (broken) shared program.
        event.prevent_default();
        let editor = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("#code .cm-content").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(editor) = editor {
            let _ = editor.focus();
        }
    });
    html! {
        <a class="skip-link" href="#code" {onclick}>{ words.text("skip-to-editor") }</a>
    }
}

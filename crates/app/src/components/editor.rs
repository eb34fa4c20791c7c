use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
    pub on_change: Callback<String>,
    pub on_run: Callback<()>,
    /// Line of the last error, to point at.
    pub error_line: Option<u32>,
}

const INDENT: &str = "    ";

/// Inserts text at the cursor the way typing does, so the browser's undo keeps working.
fn insert_text(area: &HtmlTextAreaElement, text: &str) {
    let document: Option<HtmlDocument> = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into().ok());
    let inserted = document
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, text)
                .ok()
        })
        .unwrap_or(false);
    if !inserted {
        let _ = area.set_range_text(text);
        let end = area.selection_end().ok().flatten().unwrap_or(0);
        let _ = area.set_selection_range(end, end);
    }
}

/// A plain code editor: Tab indents with 4 spaces, Ctrl/Cmd+Enter runs, and Esc then Tab
/// leaves the editor (so keyboard users are never trapped).
#[component]
pub fn Editor(props: &Props) -> Html {
    let escaped = use_mut_ref(|| false);
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_change.emit(area.value());
        })
    };
    let onkeydown = {
        let on_run = props.on_run.clone();
        let on_change = props.on_change.clone();
        let escaped = escaped.clone();
        Callback::from(move |event: KeyboardEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            let key = event.key();
            if key == "Escape" {
                *escaped.borrow_mut() = true;
                return;
            }
            let leaving = std::mem::take(&mut *escaped.borrow_mut());
            if key == "Enter" && (event.ctrl_key() || event.meta_key()) {
                event.prevent_default();
                on_run.emit(());
            } else if key == "Tab"
                && !leaving
                && !event.shift_key()
                && !event.ctrl_key()
                && !event.alt_key()
            {
                event.prevent_default();
                insert_text(&area, INDENT);
                on_change.emit(area.value());
            }
        })
    };
    html! {
        <div class="editor">
            <label for="code" class="visually-hidden">{ "Your program" }</label>
            <textarea id="code" class="code" spellcheck="false" autocapitalize="off"
                autocomplete="off" wrap="off" value={props.code.clone()} {oninput} {onkeydown}
                aria-describedby="editor-help" />
            <p id="editor-help" class="hint">
                { "Ctrl+Enter runs. Tab indents; press Esc then Tab to leave the editor." }
                if let Some(line) = props.error_line {
                    <span class="error-line">{ format!(" The last error was on line {line}.") }</span>
                }
            </p>
        </div>
    }
}

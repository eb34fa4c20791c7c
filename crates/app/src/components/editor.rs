use crate::hooks::use_words::use_words;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

// The editor bundle (web/editor/editor.js, CodeMirror 6) defines `pyplayEditor`.
#[wasm_bindgen]
extern "C" {
    type CodeEditor;

    #[wasm_bindgen(js_namespace = pyplayEditor, js_name = create)]
    fn create_editor(
        parent: &web_sys::Element,
        doc: &str,
        on_change: &js_sys::Function,
        on_run: &js_sys::Function,
        label: &str,
        described_by: &str,
        read_only: bool,
    ) -> CodeEditor;
    #[wasm_bindgen(method, js_name = getDoc)]
    fn get_doc(this: &CodeEditor) -> String;
    #[wasm_bindgen(method, js_name = setDoc)]
    fn set_doc(this: &CodeEditor, doc: &str);
    #[wasm_bindgen(method, js_name = setLabel)]
    fn set_label(this: &CodeEditor, label: &str);
    #[wasm_bindgen(method, js_name = setReadOnly)]
    fn set_read_only(this: &CodeEditor, readonly: bool);
    #[wasm_bindgen(method, js_name = setStepLine)]
    fn set_step_line(this: &CodeEditor, line: u32);
    #[wasm_bindgen(method, js_name = setErrorLine)]
    fn set_error_line(this: &CodeEditor, line: u32);
    #[wasm_bindgen(method, js_name = goToLine)]
    fn go_to_line(this: &CodeEditor, line: u32);
    #[wasm_bindgen(method)]
    fn destroy(this: &CodeEditor);
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: String,
    pub on_change: Callback<String>,
    pub on_run: Callback<()>,
    /// Line of the last error, highlighted until the program changes.
    pub error_line: Option<u32>,
    /// A request to put the cursor on a line: (line, a number that changes with each request).
    pub go_to: Option<(u32, u32)>,
    /// Show the code without letting it be edited (an embed option; a help request until the
    /// mentor answers).
    #[prop_or_default]
    pub readonly: bool,
    /// The line a step-through is at (it runs next), highlighted.
    #[prop_or_default]
    pub step_line: Option<u32>,
    /// How safe the code is (`SaveState::name`), for tests and tools: `data-saved`.
    #[prop_or_default]
    pub saved: &'static str,
}

/// The code editor (CodeMirror 6): Python highlighting, line numbers, auto-indent, Tab and
/// Shift+Tab indent by 4 spaces, bracket matching, undo/redo, Ctrl/Cmd+Enter runs, and Esc then
/// Tab leaves the editor (so keyboard users are never trapped).
#[component]
pub fn Editor(props: &Props) -> Html {
    let words = use_words();
    // The editor's accessible name, in the page's language (it follows a change of language).
    let label = words.text("editor-label");
    let host = use_node_ref();
    let editor = use_mut_ref(|| None::<CodeEditor>);
    // The JS callbacks live as long as the editor and always call the latest props.
    let callbacks = use_mut_ref(|| (props.on_change.clone(), props.on_run.clone()));
    *callbacks.borrow_mut() = (props.on_change.clone(), props.on_run.clone());
    {
        let (host, editor, callbacks) = (host.clone(), editor.clone(), callbacks.clone());
        let (code, label) = (props.code.clone(), label.clone());
        let readonly = props.readonly;
        use_effect_with((), move |()| {
            let on_change = {
                let callbacks = callbacks.clone();
                Closure::<dyn Fn(String)>::new(move |doc: String| callbacks.borrow().0.emit(doc))
            };
            let on_run = Closure::<dyn Fn()>::new(move || callbacks.borrow().1.emit(()));
            if let Some(element) = host.cast::<web_sys::Element>() {
                let created = create_editor(
                    &element,
                    &code,
                    on_change.as_ref().unchecked_ref(),
                    on_run.as_ref().unchecked_ref(),
                    &label,
                    "editor-help",
                    readonly,
                );
                *editor.borrow_mut() = Some(created);
            }
            let closures = Rc::new(RefCell::new(Some((on_change, on_run))));
            move || {
                if let Some(editor) = editor.borrow_mut().take() {
                    editor.destroy();
                }
                closures.borrow_mut().take();
            }
        });
    }
    {
        // Another exercise, a reset or an undo of it: show that program.
        let editor = editor.clone();
        use_effect_with(props.code.clone(), move |code| {
            if let Some(editor) = &*editor.borrow()
                && editor.get_doc() != *code
            {
                editor.set_doc(code);
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(label, move |label| {
            if let Some(editor) = &*editor.borrow() {
                editor.set_label(label);
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(props.readonly, move |readonly| {
            if let Some(editor) = &*editor.borrow() {
                editor.set_read_only(*readonly);
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(props.error_line, move |line| {
            if let Some(editor) = &*editor.borrow() {
                editor.set_error_line(line.unwrap_or(0));
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(props.step_line, move |line| {
            if let Some(editor) = &*editor.borrow() {
                editor.set_step_line(line.unwrap_or(0));
            }
        });
    }
    {
        let editor = editor.clone();
        use_effect_with(props.go_to, move |go_to| {
            if let (Some(editor), Some((line, _))) = (&*editor.borrow(), go_to) {
                editor.go_to_line(*line);
            }
        });
    }
    html! {
        <div class="editor" data-saved={props.saved}>
            <div id="code" class="code" ref={host} />
            <p id="editor-help" class="hint">
                <span class="keys">{ words.text("editor-keys") }</span>
                if let Some(line) = props.error_line {
                    <span class="error-line">{ format!(" {}", words.text_with("editor-error-line", &[("line", line.into())])) }</span>
                }
            </p>
        </div>
    }
}

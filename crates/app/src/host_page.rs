//! Talking to the page an embed sits in, with `postMessage` (documented in docs/EMBED.md).
//! Events go out as `{source: "pyplay", type, …}`; commands come in as `{type: "pyplay:…"}` and
//! are obeyed only from the parent window, and only from `origin` when the embed names one.

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::Callback;

/// Something the embed tells its host page.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Event<'a> {
    /// Python is ready to run.
    Ready,
    /// Run or Check was pressed (or asked for).
    RunStarted { kind: &'a str },
    /// The run ended; `output` is what the learner saw, `status` `ok`, `error` or `stopped`.
    RunFinished {
        output: &'a str,
        status: &'a str,
        error: Option<&'a str>,
    },
    /// Every check of the exercise passed.
    ExercisePassed { lesson: &'a str, exercise: &'a str },
}

/// A command from the host page.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetCode(String),
    Run,
    Check,
}

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    // Not embedded: the window is its own parent.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// Sends `event` to the embedding page (nothing if the page isn't embedded).
pub fn post(event: &Event, origin: Option<&str>) {
    let Some(parent) = parent() else { return };
    let Ok(value) = event.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) else {
        return;
    };
    let _ = js_sys::Reflect::set(&value, &"source".into(), &"pyplay".into());
    let _ = parent.post_message(&value, origin.unwrap_or("*"));
}

/// Calls `on_command` for each command the embedding page sends; returns the listener to keep.
pub fn listen(
    origin: Option<String>,
    on_command: Callback<Command>,
) -> Option<Closure<dyn Fn(web_sys::MessageEvent)>> {
    let parent = parent()?;
    let listener =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let from_parent = event
                .source()
                .is_some_and(|source| js_sys::Object::is(&source, &parent));
            if !from_parent || origin.as_ref().is_some_and(|o| *o != event.origin()) {
                return;
            }
            let data = event.data();
            let field = |name: &str| {
                js_sys::Reflect::get(&data, &name.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            let command = match field("type").as_deref() {
                Some("pyplay:set-code") => field("code").map(Command::SetCode),
                Some("pyplay:run") => Some(Command::Run),
                Some("pyplay:check") => Some(Command::Check),
                _ => None,
            };
            if let Some(command) = command {
                on_command.emit(command);
            }
        });
    let window = web_sys::window()?;
    window
        .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(listener)
}

//! Talking to the page an embed sits in, with `postMessage`: the typed events and commands of
//! `pyplay_protocol::embed` (documented for organizers in docs/EMBED.md). Commands are obeyed
//! only from the parent window, and only from `origin` when the embed names one (a message
//! from elsewhere is reported in the console); only embeds talk to their page at all.

use pyplay_protocol::embed::{Command, Event, SOURCE};
use pyplay_protocol::wire;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use yew::Callback;

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    // Not embedded: the window is its own parent.
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

/// The page is inside another page's iframe.
pub fn embedded() -> bool {
    parent().is_some()
}

/// Sends `event` to the embedding page (nothing if the page isn't embedded).
pub fn post(event: &Event, origin: Option<&str>) {
    let Some(parent) = parent() else { return };
    let value = wire::to_js(event);
    let _ = js_sys::Reflect::set(&value, &"source".into(), &SOURCE.into());
    let _ = parent.post_message(&value, origin.unwrap_or("*"));
}

/// Calls `on_command` for each command the embedding page sends; returns the listener to keep.
/// Commands sent before the app started (index.html keeps them while an embed out of view has
/// not loaded the app, `pyplayTakeMessages`, and starts it) come first, in order.
pub fn listen(
    origin: Option<String>,
    on_command: Callback<Command>,
) -> Option<Closure<dyn Fn(web_sys::MessageEvent)>> {
    let parent = parent()?;
    let handle = move |event: web_sys::MessageEvent| {
        let from_parent = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &parent));
        if !from_parent {
            return;
        }
        if let Some(origin) = origin.as_ref().filter(|o| **o != event.origin()) {
            // Said where the organizer looks (the console shows a frame's messages too).
            web_sys::console::warn_1(
                &format!(
                    "pyplay embed: ignored a message from {}: this embed obeys only {origin} \
                     (its origin= option; see docs/EMBED.md)",
                    event.origin()
                )
                .into(),
            );
            return;
        }
        if let Ok(command) = wire::from_js::<Command>(event.data()) {
            on_command.emit(command);
        }
    };
    let window = web_sys::window()?;
    let early = js_sys::Reflect::get(&window, &"pyplayTakeMessages".into())
        .ok()
        .and_then(|take| take.dyn_into::<js_sys::Function>().ok())
        .and_then(|take| take.call0(&window).ok())
        .map(|taken| js_sys::Array::from(&taken))
        .unwrap_or_default();
    for event in early.iter() {
        if let Ok(event) = event.dyn_into::<web_sys::MessageEvent>() {
            handle(event);
        }
    }
    let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(handle);
    window
        .add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
        .ok()?;
    Some(listener)
}

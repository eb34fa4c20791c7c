//! Protocol values ↔ JS values (wasm only): the one place where both sides of every boundary
//! convert. Values go out JSON-compatible (plain objects, `null` for `None`, `Uint8Array` for
//! bytes) with serde-wasm-bindgen, and come back through the same serde types.

use crate::Start;
use js_sys::{Object, Reflect, SharedArrayBuffer};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

/// Serialises a protocol value into a plain, JSON-compatible JS value (for `postMessage`).
///
/// Panics if `value` can't be serialised, which no protocol type does (their maps have string
/// keys and their numbers fit a JS number).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .expect("protocol values serialise")
}

/// Reads a protocol value from a JS value (a message's `data`); the error says what didn't fit.
pub fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value(value).map_err(|err| err.to_string())
}

/// Page side: the message that starts a worker — `start` with the compiled `WebAssembly.Module`
/// in [`Start::MODULE_FIELD`] and, for the shared channel, the buffer in
/// [`Start::SHARED_FIELD`] (neither is serde data).
pub fn start_message(
    start: &Start,
    module: &JsValue,
    shared: Option<&SharedArrayBuffer>,
) -> JsValue {
    let message = to_js(start);
    let _ = Reflect::set(&message, &Start::MODULE_FIELD.into(), module);
    if let Some(shared) = shared {
        let _ = Reflect::set(&message, &Start::SHARED_FIELD.into(), shared);
    }
    message
}

/// Worker side: reads a message written by [`start_message`] (or index.html's `boot`): the
/// [`Start`] and the SharedArrayBuffer if it carries one. The module is left to the JavaScript
/// that instantiated it.
pub fn read_start(message: &JsValue) -> Result<(Start, Option<SharedArrayBuffer>), String> {
    let object = message
        .dyn_ref::<Object>()
        .ok_or_else(|| format!("a start message must be an object, not {message:?}"))?;
    let shared = Reflect::get(object, &Start::SHARED_FIELD.into())
        .ok()
        .filter(|shared| !shared.is_null() && !shared.is_undefined())
        .map(|shared| shared.unchecked_into::<SharedArrayBuffer>());
    // Only the serde data: a shallow copy without the module and the buffer.
    let data = Object::assign(&Object::new(), object);
    for field in [Start::MODULE_FIELD, Start::SHARED_FIELD] {
        let _ = Reflect::delete_property(&data, &field.into());
    }
    Ok((from_js(data.into())?, shared))
}

//! The JavaScript that writes or reads protocol shapes itself — `web/worker.js` (the `crashed`
//! message when the wasm can't even be instantiated) and `web/index.html` (the early `boot`
//! message) — must agree with the Rust types. Each test renders what the JavaScript must say
//! from the Rust and fails naming what differs.

use pyplay_protocol::{FromWorker, Start};
use serde_json::Value;

fn web_file(name: &str) -> String {
    let path = format!("{}/../../web/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("can't read {path}: {err}"))
}

fn to_json(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap()
}

/// The `type` of a serialised tagged value and its other fields' names.
fn tag_and_fields(value: &Value) -> (Value, Vec<String>) {
    let object = value.as_object().expect("a tagged object");
    let fields = object
        .keys()
        .filter(|key| *key != "type")
        .cloned()
        .collect();
    (object["type"].clone(), fields)
}

#[test]
fn worker_js_writes_crashed_as_the_rust_type() {
    let (tag, fields) = tag_and_fields(&to_json(&FromWorker::Crashed {
        message: "boom".into(),
    }));
    let [field] = fields.as_slice() else {
        panic!("FromWorker::Crashed has fields {fields:?}; web/worker.js writes one");
    };
    let want = format!("const crashed = ({field}) => ({{ type: {tag}, {field} }});");
    let worker_js = web_file("worker.js");
    assert!(
        worker_js.contains(&want),
        "web/worker.js must write FromWorker::Crashed as the Rust does: `{want}`"
    );
    let module = format!("data.{}", Start::MODULE_FIELD);
    assert!(
        worker_js.contains(&module),
        "web/worker.js must find start messages' module in `{module}`"
    );
}

#[test]
fn index_html_boots_with_start_boot() {
    let (tag, fields) = tag_and_fields(&to_json(&Start::Boot));
    assert!(fields.is_empty(), "Start::Boot has fields {fields:?}");
    let want = format!("postMessage({{ type: {tag}, {} }})", Start::MODULE_FIELD);
    assert!(
        web_file("index.html").contains(&want),
        "web/index.html must post Start::Boot as the Rust writes it: `{want}`"
    );
}

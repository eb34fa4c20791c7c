//! The JavaScript that writes or reads protocol shapes itself — `web/sw.js` (all of its end of
//! the service-worker channel), `web/worker.js` (the `crashed` message when the wasm can't even
//! be instantiated) and `web/index.html` (the early `boot` message) — must agree with the Rust
//! types. Each test renders what the JavaScript must say from the Rust and fails naming what
//! differs.

use pyplay_protocol::service_worker::{self, SyncReply, SyncRequest, ToServiceWorker};
use pyplay_protocol::{FromWorker, Start};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

fn web_file(name: &str) -> String {
    // Read when the test runs (not env!): clones sharing a target dir share this binary.
    let crate_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo test sets it");
    let path = format!("{crate_dir}/../../web/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("can't read {path}: {err}"))
}

/// The script's one-line, top-level `const NAME = <JSON>;` declarations, by name (an `Err` for a
/// declaration whose value is not JSON).
fn json_constants(script: &str) -> BTreeMap<String, Result<Value, String>> {
    let mut found = BTreeMap::new();
    for line in script.lines() {
        let Some((name, rest)) = line
            .strip_prefix("const ")
            .and_then(|declaration| declaration.split_once(" = "))
        else {
            continue;
        };
        // The value ends at the first `;` before which it is JSON (a string may hold `;`).
        let value = rest
            .match_indices(';')
            .find_map(|(end, _)| serde_json::from_str::<Value>(&rest[..end]).ok())
            .ok_or_else(|| format!("`{rest}`"));
        found.insert(name.trim().to_owned(), value);
    }
    found
}

fn to_json(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap()
}

/// A request as sw.js reads it: `{op, ...query}`, every query value a string.
fn as_sw_js_reads(request: &SyncRequest) -> Value {
    let path = request.path();
    let mut query = path
        .strip_prefix(service_worker::PREFIX)
        .expect("requests are under PREFIX")
        .splitn(2, '?');
    let mut object = Map::new();
    object.insert("op".into(), json!(query.next().unwrap()));
    for pair in query
        .next()
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (name, value) = pair.split_once('=').expect("name=value");
        object.insert(name.into(), json!(value));
    }
    Value::Object(object)
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
fn sw_js_constants_equal_the_rust_ones() {
    let expected = [
        ("PREFIX", json!(service_worker::PREFIX)),
        ("MARK_HEADER", json!(service_worker::MARK_HEADER)),
        ("HOLD_MS", json!(service_worker::HOLD_MS)),
        (
            "INPUT",
            to_json(&ToServiceWorker::Input {
                session: "17-2".into(),
                seq: 3,
                line: Some("hi".into()),
            }),
        ),
        ("SKIP_WAITING", to_json(&ToServiceWorker::SkipWaiting)),
        ("PING", as_sw_js_reads(&SyncRequest::Ping)),
        (
            "READ",
            as_sw_js_reads(&SyncRequest::Input {
                session: "17-2",
                seq: 3,
            }),
        ),
        ("SLEEP", as_sw_js_reads(&SyncRequest::Sleep { ms: 250 })),
        ("OK", to_json(&SyncReply::Ok)),
        ("LINE", to_json(&SyncReply::Line { line: "hi".into() })),
        ("EOF", to_json(&SyncReply::Eof)),
        ("PENDING", to_json(&SyncReply::Pending)),
    ];
    let found = json_constants(&web_file("sw.js"));
    let differences: Vec<String> = expected
        .iter()
        .filter_map(|(name, rust)| match found.get(*name) {
            None => Some(format!("{name}: missing; want `const {name} = {rust};`")),
            Some(Err(why)) => Some(format!("{name}: not JSON ({why}); want {rust}")),
            Some(Ok(js)) if js != rust => Some(format!("{name}: sw.js has {js}, Rust {rust}")),
            Some(Ok(_)) => None,
        })
        .collect();
    assert!(
        differences.is_empty(),
        "web/sw.js differs from pyplay_protocol::service_worker:\n  {}",
        differences.join("\n  ")
    );
}

#[test]
fn the_constant_reader_reads_json_declarations_only() {
    let found = json_constants(
        "const A = \"x;y\";\nconst B = {\"k\":1}; // a; note\nconst C = new URL(\"./\");\n  const D = 1;\nconst E = 2000;",
    );
    assert_eq!(found["A"], Ok(json!("x;y")));
    assert_eq!(found["B"], Ok(json!({"k": 1})));
    assert!(found["C"].is_err());
    assert!(!found.contains_key("D"), "only top-level declarations");
    assert_eq!(found["E"], Ok(json!(2000)));
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
fn worker_js_reads_answers_as_the_rust_type() {
    use pyplay_protocol::ToWorker;
    let (tag, fields) = tag_and_fields(&to_json(&ToWorker::Answer {
        seq: 1,
        line: Some("x".into()),
    }));
    let constants = json_constants(&web_file("worker.js"));
    assert_eq!(
        constants.get("ANSWER"),
        Some(&Ok(tag)),
        "web/worker.js's ANSWER must be ToWorker::Answer's tag"
    );
    assert_eq!(
        fields,
        ["line", "seq"],
        "web/worker.js reads data.seq and data.line"
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

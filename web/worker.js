// Boots the Python worker. The page compiles the wasm module once and sends it in the worker's
// start message (pyplay_protocol::Start: "boot" from index.html, "init" from the app), so a worker
// replaced after Stop starts without downloading or compiling again.
importScripts("pyplay-worker.js");

let queue = Promise.resolve();
self.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};

// Start messages carry the compiled module: instantiate it (once), then the Rust reads the rest
// of the message (pyplay_worker::start). Every other message is a ToWorker for
// pyplay_worker::handle.
let instantiated = null;
const instantiate = (module) => (instantiated ??= wasm_bindgen({ module_or_path: module }));

// FromWorker::Crashed, written out here because when the module fails to instantiate no Rust can
// run (crates/protocol/tests/web.rs pins it to the Rust type).
const crashed = (message) => ({ type: "crashed", message });

async function handle(data) {
  try {
    if (data && data.module) {
      await instantiate(data.module);
      wasm_bindgen.start(data);
    } else {
      wasm_bindgen.handle(data);
    }
  } catch (err) {
    // A Rust panic aborts the instance (the panic hook already reported it); anything else
    // thrown here also leaves the worker unusable. Either way the page replaces this worker.
    self.postMessage(crashed(String((err && err.message) || err)));
  }
}

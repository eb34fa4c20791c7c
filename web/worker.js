// Boots the Python worker. The page compiles the wasm module once and sends it with "init" (and
// "boot"), so a worker replaced after Stop starts without downloading or compiling again.
importScripts("pyplay-worker.js");

let queue = Promise.resolve();
self.onmessage = (event) => {
  queue = queue.then(() => handle(event.data));
};

// "boot" (from index.html, for the first worker, while the page loads) instantiates the module
// and starts the interpreter early; "init" (from the page's python.rs) gives the input channel.
let instantiated = null;
const instantiate = (module) => (instantiated ??= wasm_bindgen({ module_or_path: module }));

async function handle(data) {
  try {
    if (data && data.type === "boot") {
      await instantiate(data.module);
      wasm_bindgen.boot();
    } else if (data && data.type === "init") {
      await instantiate(data.module);
      wasm_bindgen.start(data.channel, data.shared ?? null, data.session);
    } else {
      wasm_bindgen.handle(data);
    }
  } catch (err) {
    // A Rust panic aborts the instance (the panic hook already reported it); anything else
    // thrown here also leaves the worker unusable. Either way the page replaces this worker.
    self.postMessage({ type: "crashed", message: String((err && err.message) || err) });
  }
}

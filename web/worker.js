// Boots the Python worker. The page compiles the wasm module once and sends it in the worker's
// start message (pyplay_protocol::Start: "boot" from index.html, "init" from the app), so a worker
// replaced after Stop starts without downloading or compiling again.
importScripts("pyplay-worker.js");

// JavaScript Promise Integration (Chromium 137+), the input channel that needs neither shared
// memory nor our service worker (pyplay_protocol::Channel::Jspi): a run is started through
// `WebAssembly.promising`, and when Python waits for a line (or a sleep) the wasm calls a
// `WebAssembly.Suspending` import: the run is suspended, this worker's event loop goes on, and
// the page's answer (ToWorker::Answer, below) resumes it.
const JSPI = typeof WebAssembly.Suspending === "function" && typeof WebAssembly.promising === "function";
// The Rust's imports that may suspend (crates/worker/src/channel.rs, `pyplayJspi`).
const SUSPENDING = /^__wbg_(waitForLine|sleep)_/;
// ToWorker::Answer's tag (pinned to the Rust type by crates/protocol/tests/web.rs).
const ANSWER = "answer";
const lines = new Map(); // seq -> a waiting run's resolve, or an answer that came first
self.pyplayJspi = {
  available: () => JSPI,
  waitForLine: (seq) =>
    new Promise((resolve) => {
      if (lines.has(seq)) {
        resolve(lines.get(seq).line);
        lines.delete(seq);
      } else {
        lines.set(seq, { resolve });
      }
    }),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
function answered(seq, line) {
  const waiting = lines.get(seq);
  if (waiting && waiting.resolve) {
    lines.delete(seq);
    waiting.resolve(line);
  } else {
    lines.set(seq, { line });
  }
}

// wasm-bindgen's loader instantiates the module; under JSPI the suspending imports are wrapped
// on the way in and the message handler is taken out promising.
let promisingHandle = null;
const instantiateWasm = WebAssembly.instantiate;
WebAssembly.instantiate = async (module, imports) => {
  if (JSPI) {
    for (const namespace of Object.values(imports)) {
      for (const name of Object.keys(namespace)) {
        if (SUSPENDING.test(name)) namespace[name] = new WebAssembly.Suspending(namespace[name]);
      }
    }
  }
  const result = await instantiateWasm(module, imports);
  const instance = result instanceof WebAssembly.Instance ? result : result.instance;
  if (JSPI) promisingHandle = WebAssembly.promising(instance.exports.handle);
  return result;
};

let queue = Promise.resolve();
self.onmessage = (event) => {
  const data = event.data;
  // An answer goes to the suspended run at once; queued, it would wait for that run to end.
  if (data && data.type === ANSWER) return answered(data.seq, data.line);
  queue = queue.then(() => handle(data));
};

// Start messages carry the compiled module: instantiate it (once), then the Rust reads the rest
// of the message (pyplay_worker::start). Every other message is a ToWorker for
// pyplay_worker::handle.
let instantiated = null;
const instantiate = (module) =>
  (instantiated ??= measured("pyplay:instantiate", () => wasm_bindgen({ module_or_path: module })));

// Start-up steps as performance measures in this worker's timeline, for scripts/bench (which
// reads them through Playwright) and DevTools' Performance panel: "pyplay:instantiate", then
// "pyplay:start" per start message; the first one starts the interpreter (RustPython built, its
// runner imported), an Init after a Boot only sets up the input channel and says Ready.
async function measured(name, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start });
  }
}

// FromWorker::Crashed, written out here because when the module fails to instantiate no Rust can
// run (crates/protocol/tests/web.rs pins it to the Rust type).
const crashed = (message) => ({ type: "crashed", message });

async function handle(data) {
  try {
    if (data && data.module) {
      await instantiate(data.module);
      await measured("pyplay:start", () => wasm_bindgen.start(data));
    } else if (promisingHandle) {
      await promisingHandle(data);
    } else {
      wasm_bindgen.handle(data);
    }
  } catch (err) {
    // A Rust panic aborts the instance (the panic hook already reported it); anything else
    // thrown here (the memory cap refusing an allocation, a trap) also leaves the worker
    // unusable. Either way the page replaces this worker; the Rust says why if it still can.
    try {
      wasm_bindgen.report_crash(err);
    } catch {
      self.postMessage(crashed(String((err && err.message) || err)));
    }
  }
}

// Loads Pyodide (npm package, served under ./pyodide/) and runs programs sent by bench/pyodide.html.
import { loadPyodide } from "./pyodide/pyodide.mjs";

// Start-up steps for bench/run.mjs's breakdown, as performance measures in this worker's
// timeline: "pyodide:instantiate" (Pyodide compiles and instantiates its wasm in one
// WebAssembly.instantiateStreaming) and "pyodide:load" (all of loadPyodide).
async function measured(name, work) {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start });
  }
}
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = (...args) =>
  measured("pyodide:instantiate", () => instantiateStreaming(...args));

let pyodide;
const queue = [];
const handle = ({ data }) => {
  if (data.file) {
    pyodide.FS.writeFile(data.file, data.text);
    return;
  }
  let error = null;
  const globals = pyodide.globals.get("dict")();
  try {
    pyodide.runPython(data.code, { globals });
  } catch (e) {
    error = String(e);
    postMessage({ type: "out", text: error });
  } finally {
    globals.destroy();
  }
  postMessage({ type: "done", id: data.id, error });
};
onmessage = (event) => (pyodide ? handle(event) : queue.push(event));

try {
  pyodide = await measured("pyodide:load", () => loadPyodide({
    indexURL: new URL("./pyodide/", import.meta.url).href,
    stdout: (line) => postMessage({ type: "out", text: line + "\n" }),
    stderr: (line) => postMessage({ type: "out", text: line + "\n" }),
  }));
  postMessage({ type: "ready" });
  for (const event of queue.splice(0)) handle(event);
} catch (e) {
  postMessage({ type: "failed", error: String(e) });
}

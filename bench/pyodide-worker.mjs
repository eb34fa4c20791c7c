// Loads Pyodide (npm package, served under ./pyodide/) and runs programs sent by bench/pyodide.html.
import { loadPyodide } from "./pyodide/pyodide.mjs";

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
  pyodide = await loadPyodide({
    indexURL: new URL("./pyodide/", import.meta.url).href,
    stdout: (line) => postMessage({ type: "out", text: line + "\n" }),
    stderr: (line) => postMessage({ type: "out", text: line + "\n" }),
  });
  postMessage({ type: "ready" });
  for (const event of queue.splice(0)) handle(event);
} catch (e) {
  postMessage({ type: "failed", error: String(e) });
}

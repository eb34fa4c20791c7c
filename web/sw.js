// pyplay's service worker. It answers the Python worker's synchronous requests under
// __pyplay_sync__/ so that input() and time.sleep can block without SharedArrayBuffer
// (pages that are not cross-origin isolated, e.g. exercises embedded in another site).
// Protocol: docs/ARCHITECTURE.md, "Blocking without freezing". Every other request goes to the
// network untouched.
const PREFIX = "__pyplay_sync__/";
const MARK_HEADER = "x-pyplay-sync";
const HOLD_MS = 2000;

const ready = new Map(); // "session/seq" -> answer not yet read
const waiting = new Map(); // "session/seq" -> resolve of a held request
const delivered = new Set(); // answers read already: ignore the page's re-sends

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  const m = event.data;
  if (!m || m.type !== "pyplay-input") return;
  const key = `${m.session}/${m.seq}`;
  if (delivered.has(key)) return;
  const answer = m.eof ? { status: "eof" } : { status: "line", line: String(m.line) };
  const resolve = waiting.get(key);
  if (resolve) {
    waiting.delete(key);
    delivered.add(key);
    resolve(answer);
  } else {
    ready.set(key, answer);
  }
});

function reply(body) {
  return new Response(JSON.stringify(body), {
    headers: { "content-type": "application/json", "cache-control": "no-store", [MARK_HEADER]: "1" },
  });
}

function readInput(key) {
  if (ready.has(key)) {
    const answer = ready.get(key);
    ready.delete(key);
    delivered.add(key);
    return Promise.resolve(reply(answer));
  }
  return new Promise((resolve) => {
    waiting.set(key, resolve);
    setTimeout(() => {
      if (waiting.get(key) === resolve) {
        waiting.delete(key);
        resolve({ status: "pending" });
      }
    }, HOLD_MS);
  }).then(reply);
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  const at = url.pathname.indexOf("/" + PREFIX);
  if (at < 0) return;
  const op = url.pathname.slice(at + 1 + PREFIX.length);
  const params = url.searchParams;
  if (op === "ping") {
    event.respondWith(reply({ status: "ok" }));
  } else if (op === "input") {
    event.respondWith(readInput(`${params.get("session")}/${params.get("seq")}`));
  } else if (op === "sleep") {
    const ms = Math.min(Math.max(Number(params.get("ms")) || 0, 0), HOLD_MS);
    event.respondWith(new Promise((resolve) => setTimeout(() => resolve(reply({ status: "ok" })), ms)));
  } else {
    event.respondWith(new Response("unknown pyplay request", { status: 404, headers: { [MARK_HEADER]: "1" } }));
  }
});

// pyplay's service worker. Two jobs:
//
// 1. Offline and updates (docs/ARCHITECTURE.md, "Offline and updates"). At install it caches every
//    file of the build (the list below, written by web/precache.mjs) in a cache named by the
//    build's version, and then serves them cache-first, so the app works offline after one visit
//    and a page only ever gets the files of the version it was loaded with. A new deploy installs
//    next to the running one and waits; the page shows "A new version of pyplay is ready" and, on
//    Reload, posts SKIP_WAITING ({type: "pyplay-skip-waiting"}). Activation deletes the older caches.
// 2. It answers the Python worker's synchronous requests under __pyplay_sync__/ so that input() and
//    time.sleep can block without SharedArrayBuffer (pages that are not cross-origin isolated, e.g.
//    plain static hosts or exercises embedded in another site). Protocol: docs/ARCHITECTURE.md,
//    "Blocking without freezing".
//
// Requests for anything else (other origins, POSTs, files not in the build) go to the network.

// Filled in by web/precache.mjs when Trunk builds for release: { version, files: [{path, integrity}] }.
const PRECACHE = /* precache */ { "version": "dev", "files": [] } /* end precache */;

// The folder this file is in is the app's (any sub-path). Cache names carry it, so two pyplays
// under one origin (e.g. two GitHub Pages projects) never delete each other's caches.
const BASE = new URL("./", self.location);
const CACHE_PREFIX = `pyplay:${BASE.pathname}:`;
const CACHE = CACHE_PREFIX + PRECACHE.version;
const INTEGRITY = new Map(PRECACHE.files.map((f) => [f.path, f.integrity]));
const urlOf = (path) => new URL(path, BASE).href;

// ---- offline: the precache ----

let filling = null;

/** Caches the listed files the cache lacks; resolves to the number that failed (logged). */
function fillCache() {
  if (!INTEGRITY.size) return Promise.resolve(0);
  filling ??= (async () => {
    const cache = await caches.open(CACHE);
    const have = new Set((await cache.keys()).map((request) => request.url));
    const missing = PRECACHE.files.filter((f) => !have.has(urlOf(f.path)));
    const results = await Promise.allSettled(missing.map((f) => cacheFile(cache, f.path)));
    const failed = results.filter((r) => r.status === "rejected");
    if (failed.length) {
      console.warn(`pyplay: ${failed.length} of ${missing.length} files not cached:`, failed.map((r) => String(r.reason)));
    }
    return failed.length;
  })().finally(() => (filling = null));
  return filling;
}

/** Fetches this build's `path` (revalidating the HTTP cache, so a file the page downloaded
 *  a moment ago costs a 304, not a second download; `integrity` refuses any other build's bytes)
 *  and stores it. */
async function cacheFile(cache, path) {
  const response = await clean(await fetch(urlOf(path), { cache: "no-cache", integrity: INTEGRITY.get(path) }));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  await cache.put(urlOf(path), response.clone());
  return response;
}

/** A redirected response can't answer a navigation: keep its body and headers only. */
async function clean(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

async function fromCache(path) {
  const cache = await caches.open(CACHE);
  return cache.match(urlOf(path));
}

/** Cache-first for the build's files; cached responses keep their headers (COOP/COEP). */
async function cacheFirst(request, path) {
  const cached = await fromCache(path);
  if (cached) return cached;
  try {
    return await cacheFile(await caches.open(CACHE), path);
  } catch {
    return fetch(request); // Not this build's bytes (a newer deploy?) or offline: as the network says.
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const older = (await caches.keys()).some((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE);
      const failed = await fillCache();
      if (older) {
        // An update must be complete: the version running now keeps working (offline too) until
        // it is, and the browser tries again at its next update check.
        if (failed) throw new Error(`pyplay ${PRECACHE.version}: ${failed} files could not be cached`);
      } else {
        // The first visit (or a dev build, or a pyplay from before caching): no page can pair
        // old and new files, so take over at once. A file that failed is left out: the worker
        // still installs, so input() works on hosts without COOP/COEP even on a bad connection;
        // a missing file is fetched and cached when first asked for, and each visit tries again.
        await self.skipWaiting();
      }
      // Otherwise this version waits until a page asks (Reload in the update notice) or every
      // pyplay tab is closed.
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

// ---- input() and sleep without SharedArrayBuffer ----

// The protocol with the page and the Python worker, as crates/protocol/src/service_worker.rs
// defines it. Each value is JSON; `cargo test -p pyplay-protocol` (tests/web.rs) fails, naming the
// constant, when one differs from the Rust. Messages and requests are shown by example.
const PREFIX = "__pyplay_sync__/";
const MARK_HEADER = "x-pyplay-sync";
const HOLD_MS = 2000;
// From the page (ToServiceWorker). `line` is null for end of input (Ctrl+D).
const INPUT = {"type":"pyplay-input","session":"17-2","seq":3,"line":"hi"};
const SKIP_WAITING = {"type":"pyplay-skip-waiting"};
// The Python worker's synchronous requests (SyncRequest::path), read here as {op, ...query}.
const PING = {"op":"ping"};
const READ = {"op":"input","session":"17-2","seq":"3"};
const SLEEP = {"op":"sleep","ms":"250"};
// What they are answered (SyncReply).
const OK = {"status":"ok"};
const LINE = {"status":"line","line":"hi"};
const EOF = {"status":"eof"};
const PENDING = {"status":"pending"};

const ready = new Map(); // "session/seq" -> answer not yet read
const waiting = new Map(); // "session/seq" -> resolve of a held request
const delivered = new Set(); // answers read already: ignore the page's re-sends

self.addEventListener("message", (event) => {
  const m = event.data;
  if (m && m.type === SKIP_WAITING.type) {
    self.skipWaiting();
    return;
  }
  if (!m || m.type !== INPUT.type) return;
  const key = `${m.session}/${m.seq}`;
  if (delivered.has(key)) return;
  const answer = m.line == null ? EOF : { ...LINE, line: String(m.line) };
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
        resolve(PENDING);
      }
    }, HOLD_MS);
  }).then(reply);
}

function answerSync(event, url, at) {
  const request = { ...Object.fromEntries(url.searchParams), op: url.pathname.slice(at + 1 + PREFIX.length) };
  if (request.op === PING.op) {
    event.respondWith(reply(OK));
  } else if (request.op === READ.op) {
    event.respondWith(readInput(`${request.session}/${request.seq}`));
  } else if (request.op === SLEEP.op) {
    const ms = Math.min(Math.max(Number(request.ms) || 0, 0), HOLD_MS);
    event.respondWith(new Promise((resolve) => setTimeout(() => resolve(reply(OK)), ms)));
  } else {
    event.respondWith(new Response("unknown pyplay request", { status: 404, headers: { [MARK_HEADER]: "1" } }));
  }
}

// ---- requests ----

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const at = url.pathname.indexOf("/" + PREFIX);
  if (at >= 0) return answerSync(event, url, at);

  if (request.method !== "GET" || url.origin !== BASE.origin || !INTEGRITY.size) return;
  if (!url.pathname.startsWith(BASE.pathname)) return;
  // The query never picks another file (index.html?embed=1, ?lesson=…): match by path alone.
  const path = url.pathname.slice(BASE.pathname.length) || "index.html";
  if (INTEGRITY.has(path)) {
    event.respondWith(cacheFirst(request, path));
  } else if (request.mode === "navigate" && !path.includes("/")) {
    // Another page name in the app's folder: the network's answer, or the app when offline.
    event.respondWith(fetch(request).catch(() => fromCache("index.html").then((r) => r ?? Response.error())));
  } else {
    return;
  }
  // Each visit tops up a precache that an earlier bad connection cut short.
  if (request.mode === "navigate") event.waitUntil(fillCache());
});

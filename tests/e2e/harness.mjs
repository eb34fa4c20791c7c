// Shared helpers for pyplay's end-to-end tests: serve dist/ on 127.0.0.1 (with or without the
// cross-origin isolation headers) and drive Debian's Chromium with playwright-core.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { before, after } from "node:test";
import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The npm tools live in web/package.json.
const require = createRequire(new URL("../../web/package.json", import.meta.url));
export const { chromium } = require("playwright-core");
const sirv = require("sirv");

// The built site; PYPLAY_DIST points elsewhere (e.g. a second build made side by side).
export const DIST = process.env.PYPLAY_DIST
  ? path.resolve(process.env.PYPLAY_DIST) + path.sep
  : fileURLToPath(new URL("../../dist/", import.meta.url));

/**
 * Serves dist/ on a free loopback port. `isolated` adds COOP/COEP (SharedArrayBuffer).
 * `replace` maps a path (e.g. "/lessons/index.json") to `{ status, body, type }` served instead
 * (type: the content-type, JSON unless given). `base` serves the site under a sub-path (e.g.
 * "/workshop/pyplay/"; `replace` paths stay relative to the site); anything outside it is a 404.
 * `dir` serves another folder than dist/. `requests` lists every response: `{ path, status, bytes }`
 * (bytes of the body sent).
 */
export async function serve({ isolated, replace = {}, base = "/", dir = DIST }) {
  // Precompressed `.br` / `.gz` siblings (web/compress.mjs) are served when the browser accepts them,
  // as hosts with brotli_static / gzip_static do.
  const files = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true });
  const requests = [];
  const server = createServer((req, res) => {
    const entry = { path: new URL(req.url, "http://x").pathname, status: 0, bytes: 0 };
    requests.push(entry);
    for (const name of ["write", "end"]) {
      const original = res[name].bind(res);
      res[name] = (chunk, ...rest) => {
        if (chunk && typeof chunk !== "function") entry.bytes += Buffer.byteLength(chunk);
        return original(chunk, ...rest);
      };
    }
    res.on("finish", () => (entry.status = res.statusCode));
    if (isolated) {
      res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
      res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    }
    if (!req.url.startsWith(base)) {
      res.statusCode = 404;
      res.end("not found");
      return;
    }
    req.url = req.url.slice(base.length - 1);
    const replacement = replace[new URL(req.url, "http://x").pathname];
    if (replacement) {
      res.statusCode = replacement.status ?? 200;
      res.setHeader("content-type", replacement.type ?? "application/json");
      res.end(replacement.body ?? "");
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return {
    url,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections(); // Kept-alive connections too: the site is really gone.
      }),
  };
}

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/**
 * The memory a Chromium (the one `launch` opened with this `profile`) uses, in MB: the sum of
 * the proportional set size (PSS, /proc/<pid>/smaps_rollup) of its browser process and every
 * process below it (zygotes, renderers of every site, GPU and utility processes; workers are
 * threads of their renderer). PSS rather than RSS: pages shared between Chromium's processes
 * (its code, the zygote's copy-on-write memory) count once in the sum instead of once per
 * process, so the sum is what the browser costs the machine. CDP's memory APIs see one
 * renderer's JavaScript heap, not the wasm memories and compiled code of workers in
 * cross-site frames. Linux only.
 *
 * Left out: Chromium's own UI, rendered by WebUI renderers (`--top-chrome-webui`: the omnibox
 * popup, in headless Chromium too). It loads by itself in the first second or so after launch,
 * growing from ~40 to ~80 MB whatever the tab shows; counted, that growth landed in whichever
 * measurement came next (~20–27 MB of the "memory six embeds add", issue 14 item 8).
 */
export function chromiumMemoryMB(profile) {
  const parents = new Map();
  let root;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      parents.set(pid, stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith("--type="))) root = pid;
    } catch {} // gone meanwhile
  }
  if (!root) throw new Error(`no Chromium with the profile ${profile}`);
  const below = (pid) => pid === root || (parents.has(pid) && pid !== "1" && below(parents.get(pid)));
  const browserUi = (pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--top-chrome-webui");
  let kb = 0;
  for (const pid of parents.keys()) {
    if (!below(pid)) continue;
    try {
      if (browserUi(pid)) continue;
      kb += Number(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8").match(/^Pss:\s+(\d+) kB/m)[1]);
    } catch {} // gone meanwhile
  }
  return kb / 1024;
}

/**
 * The Python workers (web/worker.js) running in `page` and all its frames, cross-site ones
 * too (Playwright attaches to every frame's workers); a terminated worker drops out.
 */
export const pythonWorkers = (page) => page.workers().filter((w) => w.url().endsWith("/worker.js"));

/** Resolves once every Python worker now running has handled its start message: its
 *  interpreter is up (the running worker's Ready, or a spare that is warm). */
export const pythonWorkersBooted = (page) =>
  Promise.all(pythonWorkers(page).map((w) => w.evaluate(async () => {
    // web/worker.js: `instantiated` is set when the start message is handled, and `queue` then
    // holds that handling (the start message may not have arrived yet: wait for it).
    while (typeof instantiated === "undefined" || !instantiated) await new Promise((r) => setTimeout(r, 20));
    await queue;
  })));

/**
 * A workshop's page embedding one exercise per `[lesson, exercise]` pair from the app at
 * `appUrl`, one under another with a paragraph between, in the snippet's 452 px frames (without
 * `loading="lazy"`: every frame loads, as with older snippets or hand-written ones), served on
 * `hostname` (`localhost` is another site than the app's 127.0.0.1). The frames are `#embed-1`…;
 * `window.events` collects their events as `{embed: N, ...event}`, `window.send(n, message)`
 * sends embed N a command. Returns `{ url, close }`. `url + "?bare"` is the same page without
 * the frames (what the page costs without its embeds, to measure what they add).
 */
export async function serveWorkshop(appUrl, exercises, hostname = "localhost") {
  const frames = exercises.map(([lesson, exercise], i) => `
    <h2>Exercise ${i + 1}</h2>
    <p>Read the exercise, change the code and press Run. ${"Some words of the workshop's own. ".repeat(8)}</p>
    <iframe id="embed-${i + 1}" src="${appUrl}embed.html?lesson=${lesson}&exercise=${exercise}"
      title="Python exercise" width="100%" height="452" style="box-sizing:border-box;border:1px solid #c8ccd2"></iframe>`);
  const html = (frames) => `<!doctype html><meta charset="utf-8"><title>Workshop, week 1</title>
    <body style="max-width:760px;margin:auto;font:16px sans-serif"><h1>Week 1: Python basics</h1>${frames.join("")}
    <script>
      window.events = [];
      const embeds = [...document.querySelectorAll("iframe")];
      addEventListener("message", (e) => {
        const embed = embeds.findIndex((f) => f.contentWindow === e.source) + 1;
        if (embed && e.data && e.data.source === "pyplay") window.events.push({ embed, ...e.data });
      });
      window.send = (n, m) => embeds[n - 1].contentWindow.postMessage(m, "*");
    </script>`;
  const bare = exercises.map((_, i) => `
    <h2>Exercise ${i + 1}</h2>
    <p>Read the exercise, change the code and press Run. ${"Some words of the workshop's own. ".repeat(8)}</p>`);
  const server = createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(html(req.url.endsWith("?bare") ? bare : frames));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://${hostname}:${server.address().port}/`,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}

/** Which of the workshop page's embeds (1-based) the browser shows at load: any part of the
 *  frame inside the viewport. */
export const embedsInView = (page) =>
  page.evaluate(() => [...document.querySelectorAll("iframe")]
    .map((frame, i) => [i + 1, frame.getBoundingClientRect()])
    .filter(([, r]) => r.bottom > 0 && r.top < innerHeight && r.height > 0)
    .map(([n]) => n));

/**
 * Opens `workshop` (serveWorkshop) in `browser`'s page and waits until every embed in view is
 * ready. Memory is read before, as the sum over the browser (chromiumMemoryMB): `blank` in the
 * tab as it was, `before` with the same page without its frames (what the embeds add is counted
 * from there: the host page's own renderer is not theirs). `ready`: ms until the embeds in view
 * were ready.
 */
export async function openWorkshop(browser, workshop, timeout = 60_000) {
  const { page, profile } = browser;
  const blank = chromiumMemoryMB(profile);
  await page.goto(`${workshop.url}?bare`);
  const before = chromiumMemoryMB(profile);
  const start = Date.now();
  await page.goto(workshop.url);
  const inView = await embedsInView(page);
  for (const n of inView)
    await page.frameLocator(`#embed-${n}`).locator('#status[data-phase="ready"]').waitFor({ timeout });
  return { blank, before, inView, ready: Date.now() - start };
}

/** Frees what the garbage collector can in `page` and every frame (cross-site embeds' renderer
 *  too), so memory counts what they hold, not garbage V8 has not collected yet. */
export async function collectGarbage(page) {
  for (const frame of page.frames()) {
    const cdp = await page.context().newCDPSession(frame).catch(() => null); // same-process frames share their parent's
    await cdp?.send("HeapProfiler.collectGarbage");
    await cdp?.detach();
  }
}

/**
 * A fresh persistent Chromium profile (so reloads keep storage and the HTTP cache). `args` are
 * more command-line switches; `context` more Playwright context options (e.g.
 * `{ serviceWorkers: "block" }`, as a browser that keeps service workers from a page).
 * `restart()` quits the browser and starts it again on the same profile (what it stored is kept:
 * caches, the service worker, compiled code), as a visitor coming back another day; `context`
 * and `page` are then the new browser's.
 */
export async function launch({ args = [], context: options = {} } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), "pyplay-e2e-"));
  const browser = {
    profile,
    problems: [],
    restart: async () => {
      await browser.context.close();
      await open();
    },
    close: async () => {
      await browser.context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  const open = async () => {
    browser.context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [...CHROMIUM_ARGS, ...args],
      ...options,
    });
    browser.page = browser.context.pages()[0] ?? (await browser.context.newPage());
    browser.page.on("pageerror", (err) => browser.problems.push(`page error: ${err.message}`));
  };
  await open();
  return browser;
}

/**
 * Serves dist/ (see `serve`), opens it in a fresh Chromium (`options.browser`: see `launch`) and
 * returns the page, the page errors seen so far, and `close` for both.
 */
export async function openApp(options) {
  const server = await serve(options);
  const browser = await launch(options.browser);
  await browser.page.goto(server.url);
  return {
    page: browser.page,
    problems: browser.problems,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One app for a whole test file: opened (and Python ready) before its tests, closed after them.
 * Returns the object `openApp` gives, filled in once open: `{ page, problems, close }`;
 * `onOpen(app)` runs then (e.g. to set the file's own `page` variable).
 */
export function useApp(options, onOpen) {
  const app = {};
  before(async () => {
    Object.assign(app, await openApp(options));
    await waitReady(app.page);
    onOpen?.(app);
  });
  after(() => app.close?.());
  return app;
}

/**
 * Serves dist/ and opens a fresh Chromium for a whole test file, without opening the app (for
 * tests that start from another page, e.g. a workshop page embedding pyplay): `onOpen({ app,
 * browser, page })` runs before the tests (`app` is what `serve` returns, `browser` what
 * `launch` does); both are closed after them.
 */
export function useBrowser(options, onOpen) {
  let app, browser;
  before(async () => {
    app = await serve(options);
    browser = await launch();
    onOpen({ app, browser, page: browser.page });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });
}

/** Runs `code`, which must call input(), and presses Stop while it waits; returns once Python
 *  is ready again. */
export async function stopWhileWaitingForInput(page, code) {
  await setCode(page, code);
  await page.click("#run");
  await page.waitForSelector("#stdin");
  await page.click("#stop");
  await waitReady(page, 5_000);
}

/** Types `line` into the input() box and presses Enter. */
export async function answer(page, line) {
  await page.locator("#stdin").fill(line);
  await page.locator("#stdin").press("Enter");
}

/** Runs `code`, types `line` when it asks for input, and returns the output once it ends. */
export async function runAnswering(page, code, line) {
  await setCode(page, code);
  await page.click("#run");
  await answer(page, line);
  await waitReady(page);
  return output(page);
}

/** Waits until Python is ready to run (the status element's data-phase). */
export async function waitReady(page, timeout = 60_000) {
  await page.waitForSelector('#status[data-phase="ready"]', { timeout });
}

/** Replaces the editor's code the way a user pasting it would (select all, delete, paste). */
export async function setCode(page, code) {
  const editor = page.locator("#code .cm-content");
  await editor.click();
  await editor.press("ControlOrMeta+a");
  await editor.press("Delete");
  // One text insertion, like a paste: no auto-indent or bracket closing on the way.
  if (code) await page.keyboard.insertText(code);
}

/** The program in the editor. */
export const getCode = (page) =>
  page.evaluate(() => globalThis.pyplayEditor.docOf(document.getElementById("code")));

/** Runs the editor's program and waits until it has finished. */
export async function runToEnd(page, timeout = 60_000) {
  await page.click("#run");
  await page.waitForSelector('#status[data-phase="ready"]', { timeout });
}

export const output = (page) => page.locator("#output").innerText();

/** Presses Check and returns once the results show and Python is ready again. */
export async function check(page) {
  await page.click("#check");
  await page.waitForSelector("#checks");
  await waitReady(page);
}

/**
 * Starts recording the page's long tasks (over 50 ms, as Chromium reports them); the returned
 * function gives the longest seen since (ms; 0 if none) and starts again.
 */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    const watch = (globalThis.__longTasks = { max: 0 });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.max = Math.max(watch.max, entry.duration);
    }).observe({ type: "longtask" });
  });
  return () => page.evaluate(() => {
    const max = globalThis.__longTasks.max;
    globalThis.__longTasks.max = 0;
    return max;
  });
}

/**
 * From now on the page answers each input() the moment it is asked, as a learner who types at
 * once would (typing "a" and Enter in the input box), until `stopAnswering`. A call counts as
 * asked when the box is there and the output shows every earlier answer (each echoed on a line
 * of its own): the page may keep the same box from one input() to the next.
 */
export const answerEveryInput = (page) =>
  page.evaluate(() => {
    let sent = 0;
    const out = document.getElementById("output");
    globalThis.__answering = new MutationObserver(() => {
      const box = document.getElementById("stdin");
      if (box && (out.textContent.match(/\n/g) ?? []).length === sent) {
        sent++;
        box.value = "a";
        box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      }
    });
    globalThis.__answering.observe(out, { childList: true, subtree: true, characterData: true });
  });

export const stopAnswering = (page) =>
  page.evaluate(() => {
    globalThis.__answering?.disconnect();
    globalThis.__answering = null;
  });

/**
 * The time one input() round trip takes (ms, the mean of `n`) when the learner answers at once
 * (`answerEveryInput`); the program times its own input() calls.
 */
export async function inputRoundTrip(page, n = 200) {
  await answerEveryInput(page);
  await setCode(page, `import time\nstart = time.perf_counter()\nfor i in range(${n}):\n    input()\nprint("round trip", (time.perf_counter() - start) / ${n} * 1000)\n`);
  await runToEnd(page);
  await stopAnswering(page);
  const line = (await output(page)).split("\n").find((l) => l.startsWith("round trip"));
  return Number(line.split(" ")[2]);
}

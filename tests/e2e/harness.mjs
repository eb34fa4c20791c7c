// Shared helpers for pyplay's end-to-end tests: serve dist/ on 127.0.0.1 (with or without the
// cross-origin isolation headers) and drive Debian's Chromium with playwright-core.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { before, after } from "node:test";
import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync } from "node:fs";
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

/** A fresh persistent Chromium profile (so reloads keep storage and the HTTP cache). */
export async function launch() {
  const profile = mkdtempSync(path.join(tmpdir(), "pyplay-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves dist/ (see `serve`), opens it in a fresh Chromium and returns the page, the page
 * errors seen so far, and `close` for both.
 */
export async function openApp(options) {
  const server = await serve(options);
  const browser = await launch();
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

// Embeds cost nothing until used (issue 14, item 8). A workshop page on another site embeds six
// exercises one under another; only the embeds in view load the app and start Python (one worker
// each, no spare); the others show a line and a button and load nothing more, and the page adds
// ≤ 150 MB to the browser. An embed below the fold loads and starts when it is scrolled into
// view, runs, and only then gets its warm spare, so Stop stays instant. An embed used before it
// was seen (host commands, keyboard focus) loads, starts Python and does what was asked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import {
  useBrowser, serveWorkshop, openWorkshop, collectGarbage, embedsInView, pythonWorkers, pythonWorkersBooted, chromiumMemoryMB,
  output,
} from "./harness.mjs";

const EXERCISES = [
  ["first-steps", "hello"], ["first-steps", "calculator"], ["first-steps", "variables"],
  ["loops", "for-each"], ["loops", "range"], ["loops", "adding-up"],
];
const BUDGET_MB = 150;
const AXE = createRequire(new URL("../../web/package.json", import.meta.url)).resolve("axe-core/axe.min.js");

let app, browser, page, workshop;
/** Embeds that have started Python (came into view or were used): one worker each, and a
 *  spare in those that have run something. */
const started = new Set();
const ran = new Set();
const expectedWorkers = () => started.size + ran.size;
useBrowser({ isolated: false }, (opened) => ({ app, browser, page } = opened));

const embed = (n) => page.frameLocator(`#embed-${n}`);
const phase = (n) => embed(n).locator("#status").getAttribute("data-phase");
/** Embed `n` shows only its placeholder: no app (web/index.html's #embed-waiting). */
async function waiting(n) {
  const frame = embed(n);
  return (await frame.locator("#embed-waiting").isVisible()) && (await frame.locator(".app").count()) === 0;
}
const waitPhase = (n, want, timeout = 60_000) =>
  embed(n).locator(`#status[data-phase="${want}"]`).waitFor({ timeout });
/** Replaces embed `n`'s code as a learner pasting it would (harness.mjs `setCode`, in a frame). */
async function setCode(n, code) {
  const editor = embed(n).locator("#code .cm-content");
  await editor.click();
  await editor.press("ControlOrMeta+a");
  await editor.press("Delete");
  await page.keyboard.insertText(code);
}
/** Waits until `count` Python workers run in the page (Playwright reports each start and end). */
async function waitWorkers(count) {
  while (pythonWorkers(page).length !== count) {
    await Promise.race([page.waitForEvent("worker"), ...pythonWorkers(page).map((w) => new Promise((r) => w.once("close", r)))]);
  }
}

test("six embeds on a workshop page start Python only in view, one worker each and no spare", async (t) => {
  workshop = await serveWorkshop(app.url, EXERCISES);
  // Memory: the sum of PSS over all of this Chromium's processes (harness.mjs explains why),
  // with the same workshop page without its frames (what the embeds add: the host page's own
  // renderer, ~40 MB, is not theirs), and once the page with them has settled: every embed in
  // view ready with its exercise shown, every other embed showing its placeholder, every Python
  // worker's interpreter up. What the whole page adds to an about:blank tab is reported too.
  const { blank, before, inView, ready } = await openWorkshop(browser, workshop);
  assert.ok(inView.length >= 1 && inView.length < EXERCISES.length, `in view: ${inView}`);
  for (const n of inView) await embed(n).locator(".exercise h2").waitFor();
  for (let n = 1; n <= EXERCISES.length; n++) {
    if (!inView.includes(n)) await embed(n).getByText("Python exercise: it loads when you scroll to it.").waitFor();
  }
  await pythonWorkersBooted(page);
  const loaded = chromiumMemoryMB(browser.profile);
  const atLoad = loaded - before;
  await collectGarbage(page);
  const held = chromiumMemoryMB(browser.profile) - before;
  t.diagnostic(`embeds in view: ${inView}, ready after ${ready} ms; ${pythonWorkers(page).length} Python workers; ` +
    `the embeds added ${atLoad.toFixed(0)} MB at load, ${held.toFixed(0)} MB held after garbage collection; ` +
    `the whole page ${(loaded - blank).toFixed(0)} MB at load (browser before: ${blank.toFixed(0)} MB, with the page without its embeds: ${before.toFixed(0)} MB)`);

  assert.equal(pythonWorkers(page).length, inView.length, "one worker per embed in view, no spare");
  for (let n = 1; n <= EXERCISES.length; n++) {
    if (!inView.includes(n)) assert.ok(await waiting(n), `embed ${n} is out of view but loaded the app`);
  }
  for (const n of inView) started.add(n);
  memory = { atLoad, held };

  // What an embed out of view shows passes axe (after the measurement: axe is no embed's).
  const frame = await (await page.locator(`#embed-${EXERCISES.length}`).elementHandle()).contentFrame();
  await frame.addScriptTag({ path: AXE });
  const { violations } = await frame.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  assert.deepEqual(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`), []);
});

let memory;
// Measured with Chromium's memory-infra (bench/embeds-*.md, docs/ARCHITECTURE.md "Embeds cost
// nothing until used"): nearly all of it is the one embed in view — its renderer process, its app
// and its Python (the 19 MB module V8 keeps for compiling lazily, its compiled code, the
// interpreter's ~12 MB of wasm memory) — plus the spare renderer Chromium starts when the embeds
// take its last one, and ~2.5 MB per placeholder. It was ~190 MB until the embed compiled
// Python in a worker of its own (V8's streaming compiler held ~36 MB of received bytes until
// the page's next full garbage collection) and the measurement left out Chromium's own omnibox
// UI (harness.mjs chromiumMemoryMB).
test(`six embeds add ≤ ${BUDGET_MB} MB at load`, () => {
  assert.ok(memory, "the first test measured nothing");
  assert.ok(memory.atLoad <= BUDGET_MB, `the embeds added ${memory.atLoad.toFixed(0)} MB (budget ${BUDGET_MB})`);
});

test("an embed below the fold loads and starts when scrolled into view; its first Run starts the spare, so Stop is instant", async (t) => {
  const n = EXERCISES.length;
  assert.ok(await waiting(n));
  await page.locator(`#embed-${n}`).scrollIntoViewIfNeeded();
  await embed(n).locator(".exercise h2").waitFor();
  // It starts, and so does any neighbour that came into view with it.
  for (const k of await embedsInView(page)) {
    await waitPhase(k, "ready");
    started.add(k);
  }
  assert.ok(started.has(n));
  await waitWorkers(expectedWorkers());
  await pythonWorkersBooted(page);
  assert.equal(pythonWorkers(page).length, expectedWorkers(), "a spare started before the first run");

  const frame = embed(n);
  await setCode(n, "print(sum(range(10)))\n");
  await frame.locator("#run").click();
  await frame.locator("#output", { hasText: "45" }).waitFor();
  await waitPhase(n, "ready");
  assert.equal(await output(frame), "45\n");
  // The spare started with that run; once it is warm, Stop hands over to it at once.
  ran.add(n);
  await waitWorkers(expectedWorkers());
  await pythonWorkersBooted(page);

  await setCode(n, "while True:\n    pass\n");
  await frame.locator("#run").click();
  await waitPhase(n, "running");
  const stopped = await frame.locator("#stop").evaluate((stop) => new Promise((resolve) => {
    const status = document.getElementById("status");
    const start = performance.now();
    new MutationObserver(() => {
      if (status.dataset.phase === "ready") resolve(performance.now() - start);
    }).observe(status, { attributes: true });
    stop.click();
  }));
  t.diagnostic(`Stop → ready: ${stopped.toFixed(0)} ms`);
  assert.ok(stopped < 100, `Stop took ${stopped.toFixed(0)} ms to be ready again`);
  assert.match(await output(frame), /Program stopped/);
});

test("an embed used before it is seen loads and starts Python: host commands are done, focus starts it", async () => {
  // Back to the top; the embeds that never came into view have not loaded.
  await page.evaluate(() => scrollTo(0, 0));
  const unused = [];
  for (let n = 1; n <= EXERCISES.length; n++) if (await waiting(n)) unused.push(n);
  assert.ok(unused.length >= 2, `not loaded: ${unused}`);
  const [runs, focused] = unused.slice(-2);

  // The host page sets the code and presses Run before the embed has loaded: it loads, says it
  // is starting, then runs the host's code (not the exercise's).
  await page.evaluate((n) => window.send(n, { type: "pyplay:set-code", code: "print('from the host')\n" }), runs);
  await page.evaluate((n) => window.send(n, { type: "pyplay:run" }), runs);
  await embed(runs).locator("#status", { hasText: "runs as soon as it is ready" }).waitFor();
  await page.waitForFunction((n) => window.events.some((e) => e.embed === n && e.type === "run-finished"), runs, { timeout: 60_000 });
  const finished = await page.evaluate((n) => window.events.find((e) => e.embed === n && e.type === "run-finished"), runs);
  assert.deepEqual([finished.status, finished.output], ["ok", "from the host\n"]);
  assert.equal(await embed(runs).locator(".notice").count(), 0);

  // Keyboard focus (no scrolling) on the placeholder's button loads the embed and starts
  // Python; focus goes on to the embed's first control.
  assert.ok(await waiting(focused));
  const button = embed(focused).getByRole("button", { name: "Load it now" });
  await button.evaluate((el) => el.focus({ preventScroll: true }));
  await waitPhase(focused, "ready");
  await embed(focused).locator(".exercise h2").waitFor();
  assert.equal(await embed(focused).locator(":focus").textContent(), "Open in pyplay ↗");
  assert.ok(!(await embedsInView(page)).includes(focused), "the embed was scrolled into view");
  // The embed that ran has its spare; the one focused has not run.
  started.add(runs).add(focused);
  ran.add(runs);
  await waitWorkers(expectedWorkers());
  await workshop.close();
});

// Embeds fit (issue 12 item 6): organizers find "Embed" in a small "More" menu (attendees don't
// see it), its snippet carries their site's origin and options and is as high as the compact
// layout needs; at 700×450 that layout shows the exercise, the editor, Run and the output
// without scrolling, the exercise folds away to give the editor room, and the dark embed passes
// axe. PYPLAY_SCREENSHOTS=dir keeps a screenshot of the embed at 700×450.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { createServer } from "node:http";
import path from "node:path";
import { useBrowser, waitReady, setCode, runToEnd } from "./harness.mjs";

const require = createRequire(new URL("../../web/package.json", import.meta.url));
const AXE = require.resolve("axe-core/axe.min.js");

let app, browser, page, host;
useBrowser({ isolated: false }, (opened) => ({ app, browser, page } = opened));
after(() => new Promise((resolve) => (host ? host.close(resolve) : resolve())));

const EXERCISE = "Kinds of values";
const shot = (target, name) =>
  process.env.PYPLAY_SCREENSHOTS && target.screenshot({ path: path.join(process.env.PYPLAY_SCREENSHOTS, `${name}.png`) });

let snippet;
let hostSnippet = "";

test("Embed waits in the More menu, and its snippet carries the organizer's site and options", async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(app.url);
  await waitReady(page);
  await page.locator(".exercise-link", { hasText: EXERCISE }).click();
  assert.ok(await page.locator("#share").isVisible());
  assert.equal(await page.locator("#embed").isVisible(), false, "attendees see the Embed button");
  await page.click("#more");
  await page.click("#embed");
  assert.equal(await page.locator("#embed").isVisible(), false, "the menu stays open");
  const text = () => page.locator("#embed-text").inputValue();
  assert.match(await text(), /embed\.html\?lesson=first-steps&amp;exercise=types" title="Python exercise: Kinds of values"/);
  assert.match(await text(), / width="100%" height="452" style="box-sizing:border-box;border:1px solid/);

  // A site address with a path and a trailing slash becomes the origin browsers compare.
  await page.fill("#embed-site", "https://Workshop.Example/week1/");
  assert.match(await text(), /exercise=types&amp;origin=https%3A%2F%2Fworkshop\.example"/);
  await page.fill("#embed-site", "workshop.example");
  assert.match(await page.locator(".field-error").innerText(), /needs to start with https:\/\//);
  assert.doesNotMatch(await text(), /origin=/, "a bad address went into the snippet");
  assert.equal(await page.locator("#embed-site").getAttribute("aria-invalid"), "true");

  // The snippet the host page below pastes: its own origin, dark colours.
  host = createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    res.end(`<!doctype html><html lang="en"><title>Workshop site</title><body style="margin:0">
      <div style="width:700px">${hostSnippet}</div></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, "127.0.0.1", resolve));
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  await page.fill("#embed-site", `${hostOrigin}/`);
  await page.check("#embed-dark");
  snippet = await text();
  assert.match(snippet, /&amp;theme=dark&amp;origin=http%3A%2F%2F127\.0\.0\.1%3A\d+"/);
  assert.equal(await page.locator(".field-error").count(), 0);
});

test("pasted into a 700 px wide page, the 450 px embed shows the exercise, the editor, Run and the output without scrolling", async () => {
  hostSnippet = snippet.replace(' loading="lazy"', "");
  await page.goto(`http://127.0.0.1:${host.address().port}/`);
  await page.frameLocator("iframe").locator('#status[data-phase="ready"]').waitFor({ timeout: 60_000 });
  const frame = page.frames().find((f) => f.url().includes("embed=1"));
  assert.ok(frame, "the embed's frame");
  const size = await frame.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  assert.deepEqual(size, { width: 698, height: 450 }, "the frame's inside (700 px less its border)");
  await frame.locator(".exercise h2", { hasText: EXERCISE }).waitFor();
  assert.ok(await frame.evaluate(() => document.querySelector(".app").classList.contains("theme-dark")));
  await frame.locator("#run").click();
  await frame.waitForFunction(() => document.querySelector("#output").innerText.trim().length > 0);
  await frame.locator('#status[data-phase="ready"]').waitFor();
  const layout = await frame.evaluate(() => {
    const rect = (s) => document.querySelector(s).getBoundingClientRect().toJSON();
    return {
      scroll: { height: document.scrollingElement.scrollHeight, width: document.scrollingElement.scrollWidth },
      title: rect(".exercise h2"), code: rect("#code"), run: rect("#run"), check: rect("#check"),
      output: rect("#output"), repl: rect("#repl"),
    };
  });
  const inside = (r) => r.top >= 0 && r.left >= 0 && r.bottom <= 450 && r.right <= 698 && r.height > 0;
  assert.ok(layout.scroll.height <= 450 && layout.scroll.width <= 698, `the embed scrolls: ${JSON.stringify(layout.scroll)}`);
  for (const part of ["title", "code", "run", "check", "output", "repl"]) {
    assert.ok(inside(layout[part]), `${part} is not whole in the frame: ${JSON.stringify(layout[part])}`);
  }
  assert.ok(layout.code.height >= 100, `the editor is ${layout.code.height} px high`);
  assert.ok(layout.output.height >= 200, `the output is ${layout.output.height} px high`);
});

test("at 700×450 a long output ends with its explanation in view, and the exercise folds away for a taller editor", async () => {
  await page.setViewportSize({ width: 700, height: 450 });
  await page.goto(`${app.url}embed.html?lesson=first-steps&exercise=types&theme=dark`);
  await waitReady(page);
  await setCode(page, 'for i in range(40):\n    print("line", i)\nprint(nmae)\n');
  await runToEnd(page);
  const visible = (selector) =>
    page.evaluate((selector) => {
      const all = document.querySelectorAll(selector);
      const r = all[all.length - 1].getBoundingClientRect();
      const box = document.querySelector("#output").getBoundingClientRect();
      return r.height > 0 && r.top >= box.top - 1 && r.bottom <= Math.min(innerHeight, box.bottom) + 1;
    }, selector);
  assert.ok(await visible(".output .explain"), "the explanation is in view");
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight), "the page scrolls");
  const run = await page.locator("#run").boundingBox();
  assert.ok(run.y + run.height <= 450, `Run is below the fold (${JSON.stringify(run)})`);
  await shot(page, "embed-700x450");

  const before = (await page.locator("#code").boundingBox()).height;
  await page.click(".exercise-details > summary");
  assert.equal(await page.locator(".exercise-details").getAttribute("open"), null, "the exercise did not fold");
  assert.ok(await page.locator(".exercise h2", { hasText: EXERCISE }).isVisible(), "the title stays");
  const after = (await page.locator("#code").boundingBox()).height;
  assert.ok(after > before + 50, `the editor grew from ${before} to ${after} px`);
  await page.click(".exercise-details > summary");
  assert.equal(await page.locator(".exercise-details").getAttribute("open"), "");
});

test("the dark embed passes axe (contrast included) after a run with an error", async () => {
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  assert.deepEqual(serious, []);
});

test("no errors reached the page", () => {
  assert.deepEqual(browser.problems, []);
});

// Languages (issue 18 item 3): the page speaks the browser's language when pyplay has it
// (Spanish here), a chooser in the header changes it and is remembered, `?lang=` in a link
// wins, and a right-to-left language mirrors the layout while code stays left to right (tested
// with the pseudo-locale ar-XB: English written right to left).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, waitReady } from "./harness.mjs";

let app, english, spanish;
before(async () => {
  app = await serve({ isolated: true });
  english = await launch({ context: { locale: "en-US" } });
  spanish = await launch({ context: { locale: "es-MX" } });
});
after(async () => {
  await english?.close();
  await spanish?.close();
  await app?.close();
});

const rootLanguage = (page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

test("a browser set to Spanish gets pyplay in Spanish", async () => {
  const page = spanish.page;
  await page.goto(app.url);
  await waitReady(page);
  assert.deepEqual(await rootLanguage(page), ["es", "ltr"]);
  assert.equal(await page.locator("#run").innerText(), "▶ Ejecutar");
  assert.equal(await page.locator("#status").innerText(), "Listo");
  assert.equal(await page.locator("#language").inputValue(), "es");
});

test("the language chooser changes the page's words and is remembered", async () => {
  const page = english.page;
  await page.goto(app.url);
  await waitReady(page);
  assert.equal(await page.locator("#run").innerText(), "▶ Run");
  await page.locator("#language").selectOption("es");
  assert.equal(await page.locator("#run").innerText(), "▶ Ejecutar");
  assert.equal(await page.locator(".tagline").innerText(), "Python en tu navegador");
  await page.reload();
  await waitReady(page);
  assert.equal(await page.locator("#run").innerText(), "▶ Ejecutar");
  // A link's lang= wins over the choice.
  await page.goto(`${app.url}?lang=en`);
  await waitReady(page);
  assert.equal(await page.locator("#run").innerText(), "▶ Run");
  await page.locator("#language").selectOption("en");
});

test("a right-to-left language mirrors the page, and code stays left to right", async () => {
  const page = english.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${app.url}?lang=ar-XB`);
  await waitReady(page);
  assert.deepEqual(await rootLanguage(page), ["ar-XB", "rtl"]);
  assert.match(await page.locator("#run").innerText(), /\u202E/);
  const sidebar = await page.locator(".sidebar").boundingBox();
  const work = await page.locator(".work").boundingBox();
  assert.ok(sidebar.x > work.x, `the lesson list is on the right (${sidebar.x} > ${work.x})`);
  const code = await page.locator("#code .cm-content").evaluate((el) => getComputedStyle(el).direction);
  assert.equal(code, "ltr");
  const output = await page.locator("#output").evaluate((el) => getComputedStyle(el).direction);
  assert.equal(output, "ltr");
  // Nothing sticks out sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
});

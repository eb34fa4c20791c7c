// pyplay under a sub-path of a static host without COOP/COEP headers, as on GitHub Pages
// (https://someone.github.io/workshop/pyplay/): the page, the service worker (scoped to the
// folder), input() through it, lesson data files, the app manifest and its icons, and offline use
// all stay inside the folder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, waitReady, runToEnd, output, runAnswering } from "./harness.mjs";

const BASE = "/workshop/pyplay/";
let server, browser, page;

before(async () => {
  server = await serve({ isolated: false, base: BASE });
  browser = await launch();
  page = browser.page;
  await page.goto(server.url);
  await waitReady(page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the page is not cross-origin isolated and its service worker is scoped to the folder", async () => {
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, server.url);
});

test("input() works through the service worker", async () => {
  assert.equal(await runAnswering(page, 'a = input("A? ")\nprint(a * 2)\n', "py"), "A? py\npypy\n");
});

test("a lesson's data file opens with open()", async () => {
  await page.locator(".exercise-link", { hasText: "A file of animals" }).click();
  await page.locator(".exercise-text h2", { hasText: "A file of animals" }).waitFor();
  await runToEnd(page);
  assert.equal(await output(page), "cat\nemu\ngnu\n7 animals\n");
});

test("the app manifest and its icons load from the folder", async () => {
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const response = await fetch(link.href);
    const json = await response.json();
    const icons = [];
    for (const icon of json.icons) {
      const url = new URL(icon.src, link.href);
      const r = await fetch(url);
      icons.push({ path: url.pathname, status: r.status, type: r.headers.get("content-type") });
    }
    return { start: new URL(json.start_url, link.href).pathname, scope: new URL(json.scope, link.href).pathname, display: json.display, icons };
  });
  assert.equal(manifest.start, BASE);
  assert.equal(manifest.scope, BASE);
  assert.equal(manifest.display, "standalone");
  assert.deepEqual(manifest.icons, [
    { path: `${BASE}icons/icon-192.png`, status: 200, type: "image/png" },
    { path: `${BASE}icons/icon-512.png`, status: 200, type: "image/png" },
    { path: `${BASE}icons/icon.svg`, status: 200, type: "image/svg+xml" },
  ]);
});

test("offline under the sub-path: the app, a data file and input()", async () => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await server.close();
  await browser.context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await page.locator(".exercise-text h2", { hasText: "A file of animals" }).waitFor();
  assert.equal(await runAnswering(page, 'n = len(open("animals.txt").read().split())\nprint(n, input("More? "))\n', "cats"), "More? cats\n7 cats\n");
});

test("every request stayed inside the folder, and no errors reached the page", () => {
  assert.deepEqual(server.requests.filter((r) => !r.path.startsWith(BASE)).map((r) => r.path), []);
  assert.deepEqual(browser.problems, []);
});

// A browser with no way for input() to wait: no SharedArrayBuffer (no COOP/COEP), no service
// worker (Playwright's `serviceWorkers: "block"`) and no JavaScript Promise Integration (taken
// out of the worker's global scope before web/worker.js runs, as in browsers that lack it).
// Programs without input() run; one with input() gets a message in plain words that points at
// the learner's own line, with none of pyplay's frames.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, waitReady, setCode, runToEnd, output } from "./harness.mjs";

let page, app, browser;
before(async () => {
  app = await serve({ isolated: false });
  browser = await launch({ context: { serviceWorkers: "block" } });
  page = browser.page;
  await browser.context.route("**/worker.js", async (route) => {
    const response = await route.fetch();
    const body = "WebAssembly.Suspending = undefined;\n" + (await response.text());
    await route.fulfill({ response, body });
  });
  await page.goto(app.url);
  await waitReady(page);
});
after(async () => {
  await browser?.close();
  await app?.close();
});

test("the worker has no input channel", async () => {
  assert.equal(await page.locator("html").getAttribute("data-input-channel"), "none");
});

test("input() says in plain words why it can't wait, at the learner's line", async () => {
  await setCode(page, 'print("first")\nname = input("Name? ")\nprint(name)\n');
  await runToEnd(page);
  const text = await output(page);
  assert.match(text, /^first\nName\? /);
  assert.match(text, /line 2/);
  assert.match(text, /can't wait for your answer to input\(\) here/);
  assert.match(text, /Open in pyplay/);
  assert.doesNotMatch(text, /_pyplay|runner|cross-origin|service worker/i);
  assert.equal(await page.locator(".cm-error-line").innerText(), 'name = input("Name? ")');
});

test("programs without input() still run, and time.sleep still waits", async () => {
  await setCode(page, 'import time\nstart = time.monotonic()\ntime.sleep(0.3)\nprint(time.monotonic() - start >= 0.3)\n');
  await runToEnd(page);
  assert.equal(await output(page), "True\n");
});

// When Python can't be downloaded the page says so and what to do; the lessons and the code
// stay usable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, getCode } from "./harness.mjs";

test("a failed interpreter download is explained, and the code is still there", async () => {
  const app = await openApp({ isolated: true, replace: { "/pyplay-worker_bg.wasm": { status: 404, body: "gone" } } });
  try {
    const { page } = app;
    await page.waitForSelector('#status[data-phase="failed"]');
    const notice = await page.locator(".notice").innerText();
    assert.match(notice, /Python could not be downloaded/);
    assert.match(notice, /HTTP 404/);
    assert.match(notice, /reload the page; your code is saved/);
    assert.equal(await page.locator("#run").isDisabled(), true);
    // The lessons load independently of Python (the failure can show first).
    await page.waitForSelector(".exercise-text h2");
    assert.match(await getCode(page), /Hello, world/);
    assert.deepEqual(app.problems, []);
  } finally {
    await app.close();
  }
});

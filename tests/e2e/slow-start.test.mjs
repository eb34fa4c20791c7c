// A first visit on slow wifi (issue 12 item 7): while Python downloads, the page says how far
// along it is and that only the first visit is slow. Chromium's network emulation slows the link.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, waitReady } from "./harness.mjs";

test("a slow first visit shows the download's progress, then Python is ready", async () => {
  const server = await serve({ isolated: true });
  const browser = await launch();
  try {
    const { page } = browser;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    // ~16 Mbit/s: the interpreter takes a few seconds, as on a busy workshop network.
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: 40, downloadThroughput: 2_000_000, uploadThroughput: 500_000,
    });
    await page.goto(server.url);
    const progress = page.locator(".startup-progress");
    await progress.waitFor({ timeout: 30_000 });
    const first = await progress.innerText();
    assert.match(first, /Downloading Python: [\d.]+ of [\d.]+ MB\./);
    assert.match(first, /Only the first visit is slow/);
    const value = () => page.locator(".startup-progress progress").evaluate((p) => p.value);
    const before = await value();
    await page.waitForFunction((v) => {
      const p = document.querySelector(".startup-progress progress");
      return !p || p.value > v;
    }, before, { timeout: 30_000 });
    await waitReady(page, 120_000);
    assert.equal(await progress.count(), 0, "gone once Python is ready");
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

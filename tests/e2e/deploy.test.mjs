// An organizer's quick edit (README, "Run your own workshop"): a lesson changed after the site was
// built and visited goes into the built folder with `pyplay lessons deploy`, no Rust or wasm build;
// the open page then offers the new version, and Reload shows the changed lesson (not a stale
// `.br` copy or the old offline cache). Works on a copy of dist/ and of lessons/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launch, waitReady, DIST } from "./harness.mjs";
import { compressAll } from "../../web/compress.mjs";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Runs `pyplay lessons deploy SOURCE SITE` as the Trunk hook builds pyplay (no interpreter, its
 *  own target dir, so no wait for another build's lock); returns what it printed on stderr. */
function deploy(source, site) {
  const target = path.join(process.env.CARGO_TARGET_DIR ?? path.join(REPO, "target"), "hooks");
  const args = ["run", "--quiet", "--offline", "--locked", "-p", "pyplay-cli", "--no-default-features", "--bin", "pyplay",
    "--", "lessons", "deploy", source, site];
  try {
    execFileSync("cargo", args, { cwd: REPO, env: { ...process.env, CARGO_TARGET_DIR: target }, stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    assert.fail(`pyplay lessons deploy failed:\n${err.stderr}`);
  }
}

/** The version web/precache.mjs wrote into `dir`/sw.js. */
const versionOf = (dir) => readFileSync(path.join(dir, "sw.js"), "utf8").match(/"version":\s*"([^"]+)"/)[1];

test("a lesson changed after deploying reaches open pages: the update notice, then the new lesson", async () => {
  const work = mkdtempSync(path.join(tmpdir(), "pyplay-deploy-"));
  const site = path.join(work, "dist");
  const lessons = path.join(work, "lessons");
  // Real copies (deploy replaces files in it), without Trunk's staging folder if a build is running.
  cpSync(DIST, site, { recursive: true, filter: (src) => !path.basename(src).startsWith(".") });
  cpSync(path.join(REPO, "lessons"), lessons, { recursive: true });
  const server = await serve({ isolated: false, dir: site });
  const browser = await launch();
  const { page } = browser;
  try {
    // The first visit: the service worker caches this version.
    await page.goto(server.url);
    await page.locator(".exercise-text h2", { hasText: "Hello, world" }).waitFor();
    await waitReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);

    // The organizer renames the first exercise and deploys into the built folder.
    const file = path.join(lessons, "first-steps.toml");
    const source = readFileSync(file, "utf8");
    assert.ok(source.includes('title = "Hello, world"\n'), "first-steps.toml has no Hello, world");
    writeFileSync(file, source.replace('title = "Hello, world"\n', 'title = "Hello, deployed world"\n'));
    const before = versionOf(site);
    deploy(lessons, site);
    assert.notEqual(versionOf(site), before);
    assert.match(readFileSync(path.join(site, "lessons/first-steps.json"), "utf8"), /Hello, deployed world/);

    // The open page hears of it on its next visit, still showing what it had…
    await page.reload();
    await waitReady(page);
    await page.locator(".update-notice #update-reload").waitFor();
    assert.equal(await page.locator(".exercise-text h2").innerText(), "Hello, world");
    // …and Reload brings the changed lesson.
    const reloaded = page.waitForEvent("load");
    await page.click("#update-reload");
    await reloaded;
    await page.locator(".exercise-text h2", { hasText: "Hello, deployed world" }).waitFor();
    await waitReady(page);
    assert.deepEqual(browser.problems, []);
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test("compress.mjs leaves no stale copy beside a file that gets none any more", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pyplay-compress-"));
  try {
    mkdirSync(path.join(dir, "lessons"));
    const big = path.join(dir, "lessons/big.json");
    writeFileSync(big, JSON.stringify({ words: "word ".repeat(500) }));
    compressAll(dir);
    assert.ok(existsSync(`${big}.br`) && existsSync(`${big}.gz`));
    // The file shrinks under 1 KiB: its old copies would be served instead of it.
    writeFileSync(big, "{}");
    writeFileSync(path.join(dir, "sw.js.br"), "stale");
    writeFileSync(path.join(dir, "sw.js"), "// ".repeat(1000));
    compressAll(dir);
    assert.ok(!existsSync(`${big}.br`) && !existsSync(`${big}.gz`));
    assert.ok(!existsSync(path.join(dir, "sw.js.br")), "sw.js is never served from a copy");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Drawing benchmark (issue 13 item 9; run with `scripts/bench --drawing`, not part of the tests).
// No peer draws in the browser the way pyplay does (Pyodide has no tkinter or turtle), so the
// lines are measured against the targets: a 3,600-segment spirograph with tracer(0) finishes in
// ≤ 1 s; a 20×20 ColorWall redrawn every frame shows ≥ 30 frames/s; while it animates, a key
// typed into the editor shows within 100 ms. Prints a table and writes
// bench/drawing-<date>-<commit>.md. Each line is the median of BENCH_RUNS (default 5) runs.
import { serve, launch, setCode, DIST } from "../tests/e2e/harness.mjs";
import { writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS || 5);
const log = (...a) => console.error("#", ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const SPIROGRAPH = `import turtle
turtle.tracer(0)
t = turtle.Turtle()
t.hideturtle()
for i in range(3600):
    t.forward(2 + (i % 90) / 30)
    t.left(61)
turtle.update()
`;

const COLORWALL = `from tkinter import ALL, Canvas, Frame, SUNKEN, Tk
import colorsys, time
root = Tk()
frame = Frame(root, bd=5, relief=SUNKEN)
frame.pack()
canvas = Canvas(frame, width=400, height=400, bd=0, highlightthickness=0)
canvas.pack()
frames = 0
start = time.time()
while time.time() - start < 4:
    canvas.delete(ALL)
    for x in range(20):
        for y in range(20):
            r, g, b = colorsys.hsv_to_rgb((x + y + frames) / 40 % 1, 1, 1)
            canvas.create_rectangle(x * 20, y * 20, x * 20 + 20, y * 20 + 20,
                                    fill="#%02x%02x%02x" % (int(r * 255), int(g * 255), int(b * 255)))
    canvas.update()
    frames += 1
print(frames / (time.time() - start))
`;

// In the page: frames the pane actually showed (an animation frame in which the drawing
// changed), and how late keys typed into the editor appeared.
const WATCH = () => {
  const w = (window.__watch = { shown: 0, keyDelays: [], pendingKey: null, svgChanged: false });
  const svg = () => document.querySelector("#drawing svg");
  const observe = () => {
    const target = svg();
    if (!target) return requestAnimationFrame(observe);
    new MutationObserver(() => (w.svgChanged = true)).observe(target, { childList: true, subtree: true, attributes: true });
    const tick = () => {
      if (w.svgChanged) w.shown++;
      w.svgChanged = false;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  observe();
  document.addEventListener("keydown", (e) => { if (e.target.closest?.("#code")) w.pendingKey = e.timeStamp; }, true);
  const content = () => document.querySelector("#code .cm-content");
  const watchEditor = () => {
    if (!content()) return setTimeout(watchEditor, 50);
    new MutationObserver(() => {
      if (w.pendingKey != null) {
        w.keyDelays.push(performance.now() - w.pendingKey);
        w.pendingKey = null;
      }
    }).observe(content(), { childList: true, subtree: true, characterData: true });
  };
  watchEditor();
};

const frameNow = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));

const server = await serve({ isolated: true });
const browser = await launch();
const { page, context } = browser;
const spiro = [], wallShown = [], wallDrawn = [], keyMax = [];
try {
  await context.addInitScript(WATCH);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  await page.waitForSelector('#status[data-phase="ready"]', { timeout: 180_000 });
  for (let i = 0; i < RUNS; i++) {
    await setCode(page, SPIROGRAPH);
    const start = await page.evaluate(() => performance.now());
    await page.click("#run");
    await page.waitForSelector('#status[data-phase="ready"]', { timeout: 180_000 });
    await page.waitForFunction(() => document.querySelectorAll("#drawing svg > *").length > 1);
    const end = await frameNow(page);
    spiro.push(end - start);
    log(`spirograph ${i + 1}: ${(end - start).toFixed(0)} ms, ${await page.locator("#drawing svg").getAttribute("aria-label")}`);
  }
  for (let i = 0; i < RUNS; i++) {
    await setCode(page, COLORWALL + "# typing here\n");
    await page.evaluate(() => { window.__watch.keyDelays = []; });
    await page.click("#run");
    await page.waitForSelector('#status[data-phase="running"]');
    await page.waitForFunction(() => document.querySelectorAll("#drawing svg rect").length > 100, null, { timeout: 60_000 });
    const shownBefore = await page.evaluate(() => window.__watch.shown);
    const t0 = await page.evaluate(() => performance.now());
    // A learner typing while it animates: a key every 150 ms for 2 s.
    await page.locator("#code .cm-line").last().click();
    for (let k = 0; k < 12; k++) {
      await page.keyboard.type("x");
      await page.waitForTimeout(150);
    }
    const shown = (await page.evaluate(() => window.__watch.shown)) - shownBefore;
    const t1 = await page.evaluate(() => performance.now());
    await page.waitForSelector('#status[data-phase="ready"]', { timeout: 60_000 });
    const drawn = Number((await page.locator("#output").innerText()).trim());
    const delays = await page.evaluate(() => window.__watch.keyDelays);
    wallShown.push((shown * 1000) / (t1 - t0));
    wallDrawn.push(drawn);
    keyMax.push(Math.max(...delays));
    log(`colorwall ${i + 1}: program drew ${drawn.toFixed(1)} frames/s, the pane showed ${wallShown.at(-1).toFixed(1)}/s,`,
      `keys shown after ${delays.map((d) => d.toFixed(0)).join(" ")} ms`);
  }
  if (browser.problems.length) log("page problems:", browser.problems.join("; "));
} finally {
  await browser.close();
  await server.close();
}

const rows = [
  ["3,600-segment spirograph, tracer(0): Run → drawn (ms)", median(spiro), "≤ 1000", median(spiro) <= 1000],
  ["20×20 ColorWall: frames/s the program drew", median(wallDrawn), "≥ 30", median(wallDrawn) >= 30],
  ["20×20 ColorWall: frames/s the pane showed", median(wallShown), "≥ 30", median(wallShown) >= 30],
  ["Typing into the editor meanwhile: slowest key → shown (ms)", median(keyMax), "≤ 100", median(keyMax) <= 100],
];
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const table = [
  `| Line (median of ${RUNS}) | pyplay | target | met |`,
  "|---|---:|---:|:---:|",
  ...rows.map(([l, v, target, met]) => `| ${l} | ${fmt(v)} | ${target} | ${met ? "yes" : "**no**"} |`),
].join("\n");
const sh = (cmd) => { try { return execSync(cmd, { encoding: "utf8" }).trim(); } catch { return "?"; } };
const day = new Date().toISOString().slice(0, 10);
const commit = sh(`git -C ${JSON.stringify(path.resolve(HERE, ".."))} rev-parse --short HEAD`);
const file = `drawing-${day}-${commit}.md`;
writeFileSync(path.join(HERE, file), `# pyplay drawing — ${day}

Made by \`scripts/bench --drawing\` (bench/drawing.mjs) on release \`dist/\` (${DIST}), headless
Chromium at 1280×720, cross-origin isolated, ${sh("nproc")} cores, commit ${commit}. Pyodide has no
tkinter or turtle, so the lines are measured against the targets of issue 13. "Showed" counts
animation frames in which the pane's SVG changed; keys are timed from keydown to the editor's DOM
change.

${table}
`);
console.log(table);
console.log(`\nWrote bench/${file}`);

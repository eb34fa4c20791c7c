// Responsiveness under hostile programs (issue 14 item 4; run with `scripts/bench --trust`, not
// part of the tests, which assert the same targets): one input() round trip on each input
// channel when the learner answers at once (targets: ≤ 20 ms shared memory, ≤ 50 ms service
// worker and JSPI), and during a flood of `print("x")` the longest page task (≤ 100 ms) and
// Stop → ready (≤ 1 s). No peer runs these side by side (Pyodide's console has no Stop that
// keeps the page, nor input() without SharedArrayBuffer), so the lines are against the targets.
// Prints a table and writes bench/trust-<date>-<commit>.md. Medians of BENCH_RUNS (5).
import { openApp, waitReady, setCode, inputRoundTrip, watchLongTasks } from "../tests/e2e/harness.mjs";
import { writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS || 5);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const SETUPS = [
  ["shared memory (isolated page)", { isolated: true }, 20],
  ["service worker (plain page)", { isolated: false }, 50],
  ["JSPI (plain page, no service worker)", { isolated: false, browser: { context: { serviceWorkers: "block" } } }, 50],
];

const rows = [];
for (const [name, options, target] of SETUPS) {
  const app = await openApp(options);
  const { page } = app;
  await waitReady(page);
  const trips = [], tasks = [], stops = [];
  for (let i = 0; i < RUNS; i++) {
    trips.push(await inputRoundTrip(page, 100));
    await setCode(page, 'while True:\n    print("x")\n');
    const longest = await watchLongTasks(page);
    await page.click("#run");
    await page.waitForFunction(() => document.querySelector("#output").innerText.includes("earlier output was cut"));
    const stopAt = Date.now();
    await page.click("#stop");
    await waitReady(page, 10_000);
    stops.push(Date.now() - stopAt);
    tasks.push(await longest());
  }
  const channel = await page.locator("html").getAttribute("data-input-channel");
  rows.push([name, channel, median(trips), target, median(tasks), median(stops)]);
  console.error(`# ${name}: done`);
  await app.close();
}

const commit = execSync("git rev-parse --short HEAD").toString().trim();
const date = new Date().toISOString().slice(0, 10);
const table = [
  `# Responsiveness under hostile programs (${date}, ${commit}; medians of ${RUNS})`,
  "",
  "| set-up | channel | input() round trip | target | longest task in a print flood (≤ 100 ms) | Stop → ready (≤ 1000 ms) |",
  "|---|---|---:|---:|---:|---:|",
  ...rows.map(([name, channel, trip, target, task, stop]) =>
    `| ${name} | ${channel} | ${trip.toFixed(1)} ms | ≤ ${target} ms | ${task.toFixed(0)} ms | ${stop} ms |`),
  "",
].join("\n");
console.log(table);
writeFileSync(path.join(HERE, `trust-${date}-${commit}.md`), table);

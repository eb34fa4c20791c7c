// Six embeds on one workshop page (issue 14 item 8; run with `scripts/bench --embeds`, not part
// of the tests): what the page costs the browser at load and how long until the embeds in view
// are ready. The page (tests/e2e/harness.mjs `serveWorkshop`) is on another site (localhost)
// than pyplay (127.0.0.1, no COOP/COEP), six exercises one under another, every frame loaded.
// Each run is a fresh Chromium: memory is the sum of PSS over its processes
// (`chromiumMemoryMB`) before opening the page and once it has settled (every embed in view shows
// its exercise, every other one what it shows until it loads — its placeholder, or, in builds
// before embeds loaded lazily, its exercise — and every Python worker started has its
// interpreter up); time is from the navigation until every embed in view says Ready. Prints a table and writes bench/embeds-<date>-<commit>[-<label>].md
// (BENCH_LABEL, e.g. with PYPLAY_DIST pointing at another build). Medians of BENCH_RUNS (5).
import {
  serve, launch, serveWorkshop, openWorkshop, collectGarbage, pythonWorkers, pythonWorkersBooted, chromiumMemoryMB, DIST,
} from "../tests/e2e/harness.mjs";
import { writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS || 5);
const EXERCISES = [
  ["first-steps", "hello"], ["first-steps", "calculator"], ["first-steps", "variables"],
  ["loops", "for-each"], ["loops", "range"], ["loops", "adding-up"],
];
const log = (...a) => console.error("#", ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function once(appUrl) {
  const workshop = await serveWorkshop(appUrl, EXERCISES);
  const browser = await launch();
  try {
    const { page } = browser;
    // The same page without its frames first (harness.mjs serveWorkshop): what the embeds add
    // is counted from there; what the whole page adds, from the about:blank tab.
    const { blank, before, inView, ready } = await openWorkshop(browser, workshop, 120_000);
    for (let n = 1; n <= EXERCISES.length; n++)
      await page.frameLocator(`#embed-${n}`).locator(".exercise h2, #embed-waiting:not([hidden])").first().waitFor({ timeout: 120_000 });
    // Spares start after Ready (before this change, in every embed): wait for them too, then
    // until every worker has booted and no new one came meanwhile.
    let workers;
    do {
      workers = pythonWorkers(page).length;
      await pythonWorkersBooted(page);
      await page.waitForTimeout(1000); // a worker that is about to start (not a synchronisation)
    } while (pythonWorkers(page).length !== workers);
    const after = chromiumMemoryMB(browser.profile);
    // And what it holds once V8 has collected its garbage (in every frame's renderer).
    await collectGarbage(page);
    const held = chromiumMemoryMB(browser.profile) - before;
    return { inView: inView.length, ready, workers, added: after - before, held, page: after - blank, before, after };
  } finally {
    await browser.close();
    await workshop.close();
  }
}

const server = await serve({ isolated: false });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    runs.push(await once(server.url));
    log(`run ${i + 1}:`, JSON.stringify(runs.at(-1)));
  }
} finally {
  await server.close();
}

const sh = (cmd) => { try { return execSync(cmd, { encoding: "utf8" }).trim(); } catch { return "?"; } };
const commit = sh(`git -C ${JSON.stringify(path.resolve(HERE, ".."))} rev-parse --short HEAD`);
const label = (process.env.BENCH_LABEL || "").replace(/[^\w.-]/g, "");
const day = new Date().toISOString().slice(0, 10);
const table = [
  `| Six embeds on one page (median of ${RUNS}) | value |`,
  "|---|---:|",
  `| memory the six embeds add at load (MB, PSS of all Chromium processes, over the same page without them) | ${median(runs.map((r) => r.added)).toFixed(0)} |`,
  `| memory they hold after a garbage collection (MB) | ${median(runs.map((r) => r.held)).toFixed(0)} |`,
  `| memory the whole page adds at load (MB, over an about:blank tab, as earlier bench/embeds-*.md measured) | ${median(runs.map((r) => r.page)).toFixed(0)} |`,
  `| time until the embeds in view are ready (ms) | ${median(runs.map((r) => r.ready)).toFixed(0)} |`,
  `| embeds in view | ${median(runs.map((r) => r.inView))} |`,
  `| Python workers running once settled | ${median(runs.map((r) => r.workers))} |`,
].join("\n");
const file = `embeds-${day}-${commit}${label ? `-${label}` : ""}.md`;
writeFileSync(path.join(HERE, file), `# Six embeds on one page — ${day}${label ? ` (${label})` : ""}

Made by \`scripts/bench --embeds\` (bench/embeds.mjs) from \`${DIST}\`, commit ${commit}, on
${sh("nproc")} cores, ${sh("/usr/bin/chromium --version 2>/dev/null").split("\n").pop()}: a workshop page on
localhost embedding six exercises from pyplay on 127.0.0.1 (another site, no COOP/COEP), 1280×720.

${table}

Runs: ${JSON.stringify(runs.map(({ added, held, page, ready, workers }) => ({ added: Math.round(added), held: Math.round(held), page: Math.round(page), ready, workers })))}
`);
console.log(table);
console.log(`\nWrote bench/${file}`);

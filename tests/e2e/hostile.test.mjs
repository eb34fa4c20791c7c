// Hostile and rough programs (issue 14, item 9), each run on a cross-origin isolated page
// (SharedArrayBuffer input channel) and on a plain one (service-worker input channel). For every
// case: the page answers a click within 200 ms while the program runs (or right after it ends),
// Python is ready within 1 s of Stop (or within a bound after the program ends by itself), the
// editor still holds the program, and the learner sees what CPython would show, in plain words —
// never "internal problem". Some cases describe behaviour still being fixed (issue 14, item 3):
// they assert what the learner should see and fail until then.
//
// At the end it prints one `# ` line per case and page and writes the same table to
// bench/hostile.md.
import { describe, test, beforeEach, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { useApp, waitReady, setCode, getCode, output, watchLongTasks, answerEveryInput, stopAnswering } from "./harness.mjs";

const CLICK_MS = 200;
const STOP_MS = 1_000;
const NESTED = "a = []\nfor _ in range(100_000):\n    a = [a]\n";
const INPUTS = 1_000;

/**
 * The cases. `code` is the program; either it runs until Stop (`stop`: the output or selector
 * that shows it is well under way) or it ends by itself within `within` ms. `expect` is what the
 * learner should see in the output (a regex; `not` what they must not), `next` a program run
 * right after that must work normally, `reload` checks the code is still there after a reload.
 */
const CASES = [
  { name: "endless loop", code: 'print("started", flush=True)\nwhile True:\n    pass\n', stop: "started",
    expect: /Program stopped\./, reload: true },
  { name: "print flood", code: 'while True:\n    print("x")\n', stop: "earlier output was cut",
    expect: /earlier output was cut[\s\S]*Program stopped\./ },
  { name: "huge line", code: 'print("x" * 10**7)\n', within: 10_000, expect: /earlier output was cut[\s\S]*x{1000}\n$/ },
  { name: "50 MB string", code: 's = "x" * 50_000_000; print(len(s))\n', within: 10_000, expect: /^50000000$/m },
  // Desired (issue 14, item 3): a MemoryError or a message naming the megabytes used, quickly.
  { name: "memory bomb", code: 'a = []\nwhile True:\n    a.append("x" * 10**6)\n', within: 10_000,
    expect: /MemoryError|\d+ MB/, reload: true },
  { name: "recursion: plain function", code: "def f(n):\n    return f(n + 1)\n\nf(0)\n", within: 10_000,
    expect: /RecursionError: maximum recursion depth exceeded/ },
  // Recursion inside native code (and past a raised limit) must be a RecursionError too.
  { name: "recursion: repr of nested list", code: `${NESTED}print(repr(a))\n`, within: 10_000, expect: /RecursionError/ },
  { name: "recursion: == of nested lists", code: `${NESTED}b = []\nfor _ in range(100_000):\n    b = [b]\nprint(a == b)\n`,
    within: 10_000, expect: /RecursionError/ },
  { name: "recursion: json.dumps of nested list", code: `import json\n${NESTED}print(json.dumps(a))\n`, within: 10_000,
    expect: /RecursionError/, reload: true },
  { name: "recursion: copy.deepcopy of nested list", code: `import copy\n${NESTED}b = copy.deepcopy(a)\n`, within: 10_000,
    expect: /RecursionError/ },
  { name: "recursion: __repr__ calls repr(self)", code: "class A:\n    def __repr__(self):\n        return repr(self)\n\nprint(A())\n",
    within: 10_000, expect: /RecursionError/ },
  { name: "recursion: through a property", code: "class A:\n    @property\n    def x(self):\n        return self.x\n\nprint(A().x)\n",
    within: 10_000, expect: /RecursionError/ },
  { name: "recursion: through a sorted key", code: "def key(v):\n    return sorted([v], key=key)\n\nkey(1)\n",
    within: 10_000, expect: /RecursionError/ },
  { name: "recursion: setrecursionlimit(10**6)", code: "import sys\nsys.setrecursionlimit(10**6)\n\ndef f(n):\n    return f(n + 1)\n\nf(0)\n",
    within: 10_000, expect: /RecursionError/ },
  { name: `input storm (${INPUTS} answers)`, inputStorm: true, within: 60_000, expect: /^(a\n){1000}round trip [\d.]+\n$/ },
  { name: "input() waiting, then Stop", code: 'name = input("Name? ")\nprint("Hi", name)\n', stop: "#stdin",
    expect: /^Name\? \nProgram stopped\./m },
  { name: "sleep forever", code: 'import time\nprint("sleeping", flush=True)\ntime.sleep(10**9)\n', stop: "sleeping",
    expect: /sleeping\nProgram stopped\./ },
  // RustPython's wasm build runs the thread's target inside start(); that is fine as long as the
  // learner sees what the program prints and nothing breaks.
  { name: "threads", code: 'import threading\n\ndef work():\n    print("in the thread")\n\nthreading.Thread(target=work).start()\nprint("main done")\n',
    within: 10_000, expect: /^(in the thread\nmain done|main done\nin the thread)\n$/ },
  { name: "sys.exit(3)", code: "import sys\nsys.exit(3)\n", within: 5_000, expect: /^Program exited with status 3\.$/m },
  { name: 'sys.exit("bye")', code: 'import sys\nsys.exit("bye")\n', within: 5_000, expect: /^bye\nProgram exited with status 1\.$/m },
  // Exit statuses are what a shell sees after CPython: 2**40 is 0, so no note.
  { name: "sys.exit(2**40)", code: "import sys\nsys.exit(2**40)\n", within: 5_000, expect: /^$/, not: /status/ },
  { name: "raise SystemExit", code: 'print("before")\nraise SystemExit\n', within: 5_000, expect: /^before\n$/ },
  { name: 'os.system("ls")', code: 'import os\nos.system("ls")\n', within: 5_000, expect: /AttributeError: module 'os' has no attribute 'system'/ },
  { name: "open /etc/passwd", code: 'print(open("/etc/passwd").read())\n', within: 5_000,
    expect: /(FileNotFoundError|PermissionError): .*\/etc\/passwd/ },
  { name: "100 MB file", code: 'open("big.txt", "w").write("x" * 100_000_000)\nprint(len(open("big.txt").read()))\n', within: 20_000,
    expect: /^100000000$|MemoryError|\d+ MB/m },
  // Shown as text: escapes and NUL as they are, the lone surrogate as \udcff or U+FFFD (CPython
  // on a UTF-8 terminal raises UnicodeEncodeError instead), RTL text whole, markup never markup.
  { name: "ANSI, NUL, lone surrogate, RTL, markup", text: true, within: 5_000,
    show: (text) => text.split("\n").slice(0, 3).join(" ⏎ ") + " ⏎ … markup as text",
    code: 'print("\\x1b[31mred\\x1b[0m")\nprint("a\\x00b")\nprint("\\udcff")\nprint("שלום עולם مرحبا")\nprint("<script>document.title = \'owned\'</script><img src=x onerror=\\"document.title=\'owned\'\\">")\nprint("end")\n',
    expect: /red[\s\S]*a.?b\n(\\udcff|\uFFFD)\nשלום עולם مرحبا\n<script>document\.title = 'owned'<\/script><img src=x onerror="document\.title='owned'">\nend\n$/ },
  { name: "builtins poisoning: del builtins.print", code: 'import builtins\ndel builtins.print\nprint("hi")\n', within: 5_000,
    expect: /NameError: name 'print' is not defined/, next: true },
  // CPython's print() does nothing when sys.stdout is None.
  { name: "builtins poisoning: sys.stdout = None", code: 'import sys\nsys.stdout = None\nprint("hi")\n', within: 5_000,
    expect: /^$/, next: true },
];

const rows = [];

/**
 * How long a click takes to show its effect (ms): the mouse is pressed on "More" and the time
 * runs, in the page, from the press (the event's time stamp, which counts any wait for the main
 * thread) to the first frame after the menu opened. The menu is closed again afterwards.
 * Playwright's own click is not used for the timing: its checks that the button stands still
 * take several frames of their own.
 */
async function clickLatency(page) {
  const box = await page.locator("#more").boundingBox();
  await page.evaluate(() => {
    const click = (globalThis.__click = {});
    addEventListener("mousedown", (e) => (click.down = e.timeStamp), { capture: true, once: true });
    document.querySelector("details.more").addEventListener("toggle", () => {
      requestAnimationFrame(() => (click.shown = performance.now()));
    }, { once: true });
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => globalThis.__click.shown, null, { timeout: 5_000 });
  const ms = await page.evaluate(() => Math.round(globalThis.__click.shown - globalThis.__click.down));
  await page.click("#more", { timeout: 5_000 });
  await page.waitForSelector("details.more:not([open])", { timeout: 5_000 });
  return ms;
}

/**
 * Runs a loop of `n` input() calls answered the moment each is asked (`answerEveryInput`).
 * `whileRunning` runs once the answers fly. Returns the program, what `whileRunning` gave, and
 * the mean round trip (ms) the program timed.
 */
async function inputStorm(page, n, whileRunning) {
  await answerEveryInput(page);
  const code = `import time\nstart = time.perf_counter()\nfor i in range(${n}):\n    input()\nprint("round trip", (time.perf_counter() - start) / ${n} * 1000)\n`;
  await setCode(page, code);
  await page.click("#run");
  await page.waitForFunction(() => (document.getElementById("output").textContent.match(/\n/g) ?? []).length >= 10, null, { timeout: 10_000 });
  const during = await whileRunning();
  await waitReady(page, 60_000);
  await stopAnswering(page);
  const line = (await output(page)).split("\n").find((l) => l.startsWith("round trip"));
  return { code, during, perAnswer: Number(line.split(" ")[2]) };
}

/** From now on, `globalThis.__leftReady` says whether Python has left the ready phase (a run
 *  started), so a program that ends at once is not mistaken for one that has not started. */
const watchPhase = (page) => page.evaluate(() => {
  globalThis.__leftReady = false;
  globalThis.__phaseWatch?.disconnect();
  globalThis.__phaseWatch = new MutationObserver(() => {
    if (document.querySelector("#status").dataset.phase !== "ready") globalThis.__leftReady = true;
  });
  globalThis.__phaseWatch.observe(document.querySelector("#status"), { attributes: true });
});

/** Waits until the output contains `text`. */
const outputHas = (page, text, timeout) =>
  page.waitForFunction((t) => document.querySelector("#output").innerText.includes(t), text, { timeout });

/**
 * What the learner saw, in one short line: the lines the expectation matched (at most three),
 * else the error or pyplay's note, else the last line.
 */
function seen(text, expect) {
  const lines = text.split("\n").filter((l) => l.trim() && !l.startsWith("=== RESTART"));
  const match = expect && text.match(expect);
  const internal = (l) => l.match(/internal problem and restarted Python \((.*)\)\. Your code/);
  let line;
  if (match && match[0].trim()) line = match[0].split("\n").filter((l) => l.trim()).slice(-3).join(" ⏎ ");
  else if (!lines.length) line = "(no output)";
  else {
    line = lines.findLast((l) => /^[A-Za-z_.]*(Error|Exception|Exit|Interrupt)\b/.test(l) || internal(l)) ?? lines.at(-1);
    if (internal(line)) line = `internal problem (${internal(line)[1]})`;
  }
  line = line.replace(/\x1b/g, "\\e").replace(/\0/g, "\\0");
  return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

for (const kind of ["isolated", "plain"]) {
  describe(`${kind} page`, () => {
    let page;
    const app = useApp({ isolated: kind === "isolated" }, (opened) => {
      page = opened.page;
      page.on("dialog", (dialog) => {
        app.problems.push(`dialog: ${dialog.message()}`);
        dialog.dismiss().catch(() => {});
      });
    });

    // Every case starts from a ready page, whatever the case before left behind.
    beforeEach(async () => {
      const phase = await page.locator("#status").getAttribute("data-phase");
      if (phase !== "ready" && (await page.locator("#stop").isEnabled().catch(() => false))) await page.click("#stop");
      await waitReady(page, 30_000);
      await stopAnswering(page);
      await page.evaluate(() => {
        document.querySelector("details.more").open = false;
      });
      app.problems.length = 0;
    });

    test("the page is served as intended", async () => {
      assert.equal(await page.evaluate(() => crossOriginIsolated), kind === "isolated");
    });

    for (const c of CASES) {
      const timeout = (c.within ?? 5_000) + (c.reload ? 45_000 : 15_000);
      test(c.name, { timeout }, async () => {
        const row = { name: c.name, page: kind, result: "?", task: null, click: null, ready: null };
        rows.push(row);
        // Everything is checked and every failure reported, so one wrong result doesn't hide
        // whether the code was kept or the next run worked.
        const failures = [];
        const expect = (fn) => {
          try {
            fn();
          } catch (err) {
            failures.push(err.message.split("\n")[0]);
          }
        };
        let text = "";
        let code = c.code;
        try {
          const longest = await watchLongTasks(page);
          if (c.inputStorm) {
            const started = Date.now();
            const storm = await inputStorm(page, INPUTS, () => clickLatency(page));
            row.ready = `run ${Date.now() - started} ms`;
            row.click = storm.during;
            row.extra = `${INPUTS} answers, ${storm.perAnswer.toFixed(1)} ms per input()`;
            code = storm.code;
          } else {
            await setCode(page, code);
            await watchPhase(page);
            const started = Date.now();
            await page.click("#run");
            if (c.stop) {
              // Runs until stopped: the click is timed once it is well under way.
              if (c.stop.startsWith("#")) await page.waitForSelector(c.stop, { timeout: 10_000 });
              else await outputHas(page, c.stop, 10_000);
              assert.notEqual(await page.locator("#status").getAttribute("data-phase"), "ready", "the program ended by itself");
              row.click = await clickLatency(page);
              const stopAt = Date.now();
              await page.click("#stop");
              await waitReady(page, 10_000);
              const ms = Date.now() - stopAt;
              row.ready = `stop ${ms} ms`;
              expect(() => assert.ok(ms <= STOP_MS, `Python was ready ${ms} ms after Stop`));
            } else {
              // Ends by itself: ready again within the case's bound; the click is timed right after.
              try {
                await page.waitForFunction(() => globalThis.__leftReady
                  && document.querySelector("#status").dataset.phase === "ready", null, { timeout: c.within });
              } finally {
                row.ready = `run ${Date.now() - started} ms`;
              }
              row.click = await clickLatency(page);
            }
          }
          row.task = await longest();
          text = await output(page);
          row.result = c.inputStorm && c.expect.test(text) ? row.extra : seen(c.show?.(text) ?? text, c.show ? null : c.expect);

          expect(() => assert.ok(row.click <= CLICK_MS, `a click took ${row.click} ms to show its effect`));
          expect(() => assert.doesNotMatch(text, /internal problem/, "the learner was told of an internal problem"));
          expect(() => assert.match(text, c.expect, `the learner saw ${JSON.stringify(text.slice(-200))}`));
          if (c.not) expect(() => assert.doesNotMatch(text, c.not, `the learner saw ${JSON.stringify(text.slice(-200))}`));
          if (c.text) {
            // Markup in the output is text: nothing ran, no element was made from it.
            const made = await page.locator("#output script, #output img").count();
            expect(() => assert.equal(made, 0, "output made elements"));
            const title = await page.title();
            expect(() => assert.notEqual(title, "owned", "output ran a script"));
          }
          const kept = await getCode(page);
          expect(() => assert.equal(kept, code, "the editor lost the program"));
          expect(() => assert.deepEqual(app.problems, [], "errors reached the page"));

          if (c.next) {
            await setCode(page, 'print("next run works", 6 * 7)\n');
            await page.click("#run");
            await waitReady(page, 5_000);
            const next = await output(page);
            expect(() => assert.equal(next, "next run works 42\n", "the run after the poisoned one"));
            row.result += next === "next run works 42\n" ? " → next run OK" : " → next run BROKEN";
          }
          if (c.reload) {
            await page.reload();
            // The exercise is open again (before the lessons arrive the editor is empty).
            await page.waitForSelector(".exercise-text h2");
            const reloaded = await getCode(page);
            expect(() => assert.equal(reloaded, code, "the program was lost on reload"));
            await waitReady(page, 30_000);
            row.result += reloaded === code ? " (kept on reload)" : " (LOST on reload)";
          }
        } catch (err) {
          if (!text) text = await output(page).catch(() => "");
          row.result = seen(text, null);
          if (row.task === null) row.task = await page.evaluate(() => globalThis.__longTasks?.max ?? 0).catch(() => null);
          if (err.name === "TimeoutError") row.result += " (still nothing when the time was up)";
          failures.push(err.message.split("\n")[0]);
        }
        if (failures.length) row.result = `FAIL: ${row.result}`;
        assert.deepEqual(failures, []);
      });
    }
  });
}

after(() => {
  const cell = (v) => (v === null || v === undefined ? "–" : String(v).replace(/\|/g, "\\|"));
  const lines = [
    "| case | page | result (what the learner saw) | longest task | click | to ready |",
    "|---|---|---|---:|---:|---:|",
    ...rows.map((r) =>
      `| ${cell(r.name)} | ${r.page} | ${cell(r.result)} | ${cell(r.task === null ? null : `${Math.round(r.task)} ms`)} | ${cell(r.click === null ? null : `${r.click} ms`)} | ${cell(r.ready)} |`),
  ];
  for (const line of lines) console.log(`# ${line}`);
  let commit = "";
  try {
    commit = ` at ${execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim()}`;
  } catch {}
  const file = fileURLToPath(new URL("../../bench/hostile.md", import.meta.url));
  writeFileSync(file, [
    "# Hostile programs (tests/e2e/hostile.test.mjs)",
    "",
    `Written by the last run of the suite, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC${commit}. Longest task: the`,
    "longest page task while the case ran; click: a click on \"More\" until its menu opened, during the",
    "run (or right after a program that ends by itself); to ready: from Stop (`stop`) or from Run (`run`)",
    "until Python was ready. A result starting with FAIL is the output when an assertion failed.",
    "",
    ...lines.map((line) => line.replace(/</g, "&lt;")),
    "",
  ].join("\n"));
});

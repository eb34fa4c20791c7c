// Plots (issue 16): pyplay's own matplotlib.pyplot draws on the drawing pane, as the workshop's
// Graphing project uses it: show() (or the end of the program) puts each figure on the pane at
// 100 dpi, several figures one below the other, described in words, and Save as SVG works; the
// Graphing lesson's plot check. PYPLAY_SCREENSHOTS=dir keeps a screenshot of the lesson at
// 1280×720.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { readFileSync } from "node:fs";
import { useApp, setCode, runToEnd, output, check, waitReady, DIST } from "./harness.mjs";

let page;
useApp({ isolated: true }, (opened) => (page = opened.page));

const svg = () => page.locator("#drawing svg");
const label = () => svg().getAttribute("aria-label");
/** The texts on the pane (SVG text elements have no innerText). */
const texts = () => svg().locator("text").evaluateAll((els) => els.map((el) => el.textContent));

test("a line plot with labels and a legend appears in the pane, described in words", async () => {
  await setCode(
    page,
    "from matplotlib import pyplot\n" +
      "years = [1950, 1970, 1990, 2010]\n" +
      "world = [2.5, 3.7, 5.3, 6.9]\n" +
      "asia = [1.4, 2.1, 3.2, 4.2]\n" +
      'pyplot.plot(years, world, "o-", label="World")\n' +
      'pyplot.plot(years, asia, "mo-", linewidth=2, label="Asia")\n' +
      'pyplot.legend(loc="upper left")\n' +
      'pyplot.title("Population")\n' +
      'pyplot.xlabel("Year")\n' +
      'pyplot.ylabel("People (billions)")\n' +
      "pyplot.show()\n" +
      'print("shown")\n',
  );
  await runToEnd(page);
  assert.equal(await output(page), "shown\n");
  await page.locator("#drawing").waitFor();
  assert.equal(await svg().getAttribute("viewBox"), "0 0 640 480");
  assert.match(await label(), /a line plot titled "Population", x axis "Year", y axis "People \(billions\)", legend: World, Asia/);
  const shown = await texts();
  for (const tick of ["1950", "1960", "2000", "2010", "Population", "World", "Asia"]) {
    assert.ok(shown.includes(tick), `${tick} is on the plot: ${shown.join(" | ")}`);
  }
});

test("a bar chart of word counts read from a file, drawn at the end of the program", async () => {
  await setCode(
    page,
    "import matplotlib.pyplot as plt\n" +
      'with open("counts.txt", "w") as f:\n' +
      '    f.write("the 12\\nand 7\\nPython 3\\n")\n' +
      "words, counts = [], []\n" +
      'for line in open("counts.txt").readlines():\n' +
      "    word, count = line.split()\n" +
      "    words.append(word)\n" +
      "    counts.append(int(count))\n" +
      "plt.bar(words, counts, width=0.5)\n" +
      'plt.title("Word counts")\n',
  );
  await runToEnd(page);
  await page.locator("#drawing").waitFor();
  assert.match(await label(), /a bar chart titled "Word counts"/);
  const shown = await texts();
  for (const word of ["the", "and", "Python"]) assert.ok(shown.includes(word), `${word} labels a bar`);
});

test("two figures show one below the other, and the drawing saves as SVG", async () => {
  await setCode(
    page,
    "import matplotlib.pyplot as plt\n" +
      "plt.figure()\n" +
      "plt.plot([1, 2, 3])\n" +
      'plt.title("First")\n' +
      "plt.figure(figsize=(4, 3))\n" +
      "plt.hist([1, 2, 2, 3, 3, 3])\n" +
      'plt.title("Second")\n' +
      "plt.show()\n",
  );
  await runToEnd(page);
  await page.locator("#drawing").waitFor();
  assert.match(await label(), /Figure 1: a line plot titled "First"\. Figure 2: .*titled "Second"/);
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#drawing .save-svg")]);
  const saved = await (await import("node:fs/promises")).readFile(await file.path(), "utf8");
  assert.match(saved, /^<svg[^>]*>/);
  assert.match(saved, />First</);
  assert.match(saved, />Second</);
});

test("a plotting mistake is matplotlib's error with an explanation, at the learner's line", async () => {
  await setCode(page, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 2, 3, 4])\n");
  await runToEnd(page);
  const text = await output(page);
  assert.match(text, /line 2/);
  assert.match(text, /ValueError: x and y must have same first dimension, but have shapes \(3,\) and \(4,\)/);
  assert.doesNotMatch(text, /matplotlib\/axes\.py/);
});

test("the Graphing lesson: Check compares the plot and says what differs; its screenshot", async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const title = "The world's population, year by year";
  await page.locator(".exercise-link", { hasText: title }).click();
  await page.locator(".exercise-text h2", { hasText: title }).waitFor();
  await waitReady(page);
  const lesson = JSON.parse(readFileSync(`${DIST}lessons/graphing.json`, "utf8"));
  const exercise = lesson.exercises.find((e) => e.title === title);
  // The solution with a wrong axis label: the check names the label.
  await setCode(page, exercise.solution.replace('"Year"', '"year"'));
  await check(page);
  assert.match(await page.locator("#checks").innerText(), /x axis label should be "Year"; it is "year"/);
  await setCode(page, exercise.solution);
  await page.click("#check");
  await page.locator(".exercise-link", { hasText: title }).locator(".done").waitFor({ timeout: 60_000 });
  assert.match(await page.locator("#checks").innerText(), /All checks passed/);
  await waitReady(page);
  await runToEnd(page);
  await page.locator("#drawing").waitFor();
  assert.match(await label(), /a line plot titled "World population", x axis "Year", y axis "People \(billions\)"/);
  if (process.env.PYPLAY_SCREENSHOTS) {
    await page.screenshot({ path: path.join(process.env.PYPLAY_SCREENSHOTS, "graphing-1280x720.png") });
  }
});

test("in the embed view a plot shows in the pane and saves as PNG", async () => {
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(new URL("embed.html?lesson=graphing&exercise=two-series", page.url()).href);
  await waitReady(page);
  await setCode(page, 'import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [3, 1, 2], label="Ada")\nplt.legend()\nplt.title("In an embed")\nplt.show()\n');
  await runToEnd(page);
  await page.locator("#drawing").waitFor();
  assert.match(await label(), /a line plot titled "In an embed", legend: Ada/);
  const [png] = await Promise.all([page.waitForEvent("download"), page.click("#drawing .save-png")]);
  const bytes = await (await import("node:fs/promises")).readFile(await png.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG file");
});

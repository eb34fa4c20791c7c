// The Saturday projects in the browser: every Wordplay exercise reads the 111,398-word list with
// open() and its reference solution passes Check (the time of each is printed, for the report);
// Run shows a Wordplay program's output; the capitals quiz, which picks random states, passes too;
// a free-play page has nothing to check; the Social media project's chirper searches the lesson's
// chirper.json, and its search exercise passes Check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, waitReady, setCode, runToEnd, output, DIST } from "./harness.mjs";

let page;
const lesson = (id) => JSON.parse(readFileSync(`${DIST}lessons/${id}.json`, "utf8"));

const app = useApp({ isolated: true }, (opened) => (page = opened.page));

async function open(title) {
  await page.locator(".exercise-link", { hasText: title }).click();
  await page.locator(".exercise-text h2", { hasText: title }).waitFor();
  await waitReady(page);
}

const link = (title) => page.locator(".exercise-link", { hasText: title });

/** Checks the open exercise, which must pass; returns the seconds until it is marked done. */
async function checkPasses(title) {
  const started = Date.now();
  await page.click("#check");
  await link(title).locator(".done").waitFor({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  assert.match(await page.locator("#checks").innerText(), /All checks passed/);
  await waitReady(page);
  return seconds;
}

test("Run: a Wordplay program reads the word list with open()", async () => {
  await open("Words with uu");
  await setCode(page, 'for line in open("words.txt"):\n    if "uu" in line:\n        print(line.strip())\n');
  await runToEnd(page, 120_000);
  assert.match(await output(page), /^continuum\n[\s\S]*vacuums\n/);
});

test("a check's result belongs to its exercise, even after opening another one", async () => {
  const scrabble = lesson("wordplay").exercises.find((e) => e.id === "scrabble");
  await open(scrabble.title);
  await setCode(page, scrabble.solution);
  await page.click("#check");
  await link("Pick a state at random").click();
  await link(scrabble.title).locator(".done").waitFor({ timeout: 120_000 });
  await waitReady(page);
  assert.equal(await link("Pick a state at random").locator(".done").count(), 0);
  assert.equal(await page.locator("#checks").count(), 0, "another exercise's results are shown");
});

test("every Wordplay solution passes Check in the browser", async () => {
  const times = [];
  for (const exercise of lesson("wordplay").exercises.filter((e) => e.id !== "scrabble")) {
    await open(exercise.title);
    await setCode(page, exercise.solution);
    times.push(`${exercise.id} ${(await checkPasses(exercise.title)).toFixed(2)} s`);
  }
  console.log(`Wordplay Check, click to marked done: ${times.join(", ")}`);
});

test("the capitals quiz (random states) passes Check; the starter is explained", async () => {
  const quiz = lesson("capitals").exercises.find((e) => e.id === "quiz");
  await open(quiz.title);
  await page.click("#check");
  await page.locator("#checks .check.failed").first().waitFor();
  assert.match(await page.locator("#checks").innerText(), /What is the capital of Delaware\? Exit/);
  await waitReady(page);
  await setCode(page, quiz.solution);
  await checkPasses(quiz.title);
});

test("Social media: a chirper search reads the lesson's chirper.json; its search exercise passes Check", async () => {
  await open("A baker's posts");
  await setCode(
    page,
    "import chirper\n" +
      "api = chirper.Api()\n" +
      'for post in api.GetSearch("Telescope"):\n' +
      '    print("@" + post.GetUser().GetScreenName() + ":", post.GetText())\n' +
      'print(api.GetTrendsCurrent()[0].name, len(api.GetUserTimeline(screen_name="kwame_bakes")))\n',
  );
  await runToEnd(page);
  assert.equal(
    await output(page),
    "@aiko_skies: Clouds all evening. I watched a documentary about telescopes instead. #astronomy\n" +
      "@aiko_skies: Ordered a proper phone clamp for the telescope. No more blurry Moon photos (I hope). #astronomy\n" +
      "@aiko_skies: Tried to photograph the Moon with my phone pressed against the telescope eyepiece. It is mostly a blur, but a happy blur. #astronomy\n" +
      "#python 24\n",
  );
  const search = lesson("social").exercises.find((e) => e.id === "search");
  await open(search.title);
  await setCode(page, search.solution);
  await checkPasses(search.title);
});

test("a free-play page has no Check button", async () => {
  await open("Your own Madlib (free play)");
  assert.equal(await page.locator("#check").count(), 0);
  assert.equal(await page.locator("#run").count(), 1);
});

test("no errors reached the page", () => {
  assert.deepEqual(app.problems, []);
});

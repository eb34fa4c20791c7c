// Ask a mentor (issue 18): "Get help" puts the learner's exact situation in a link (nothing
// uploaded); the mentor's page shows it read-only and re-runs it with the same input, and the
// mentor answers with an edited copy in a reply link. Opening either link never changes the
// learner's saved code; "Use this code" does, on a click, and Undo puts theirs back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, waitReady, setCode, getCode, runToEnd, output, answer } from "./harness.mjs";

let app, page;
useBrowser({ isolated: true }, (opened) => ({ app, page } = opened));

const EXERCISE = "Python as a calculator";
const MINE =
  'name = input("Name? ")\nage = input("Age? ")\nprint("Hi " + nme + ", you are " + age)\n';
const FIXED =
  'name = input("Name? ")\nage = input("Age? ")\nprint("Hi " + name + ", you are " + age)\n';
let helpLink, replyLink;

const editable = () => page.locator("#code .cm-content").getAttribute("contenteditable");

test("Get help makes a link with the exercise, the code, what was typed, the output and the question", async () => {
  await page.goto(app.url);
  await waitReady(page);
  await page.locator(".exercise-link", { hasText: EXERCISE }).click();
  await setCode(page, MINE);
  await page.click("#run");
  await answer(page, "Ada");
  await page.locator("#output", { hasText: "Age? " }).waitFor();
  await answer(page, "36");
  await waitReady(page);
  assert.match(await output(page), /NameError/);

  await page.click("#get-help");
  const panel = page.locator(".help-panel");
  assert.match(await panel.innerText(), /the 2 lines you typed for input\(\)/);
  assert.match(await panel.locator(".help-error").innerText(), /NameError: name 'nme' is not defined/);
  await page.locator("#help-question").fill("Why does it say nme?");
  helpLink = await page.locator("#help-link").inputValue();
  assert.match(helpLink, /^http:\/\/127\.0\.0\.1:\d+\/#help=[A-Za-z0-9_-]+$/);
  const chat = await page.locator("#help-chat").inputValue();
  assert.equal(
    chat,
    `Could you help me with my Python program? (exercise "${EXERCISE}")\n` +
      "My question: Why does it say nme?\n" +
      "It says: NameError: name 'nme' is not defined\n" +
      `Open it here (my code, input and output are in the link): ${helpLink}`,
  );
});

test("the mentor sees the request read-only, and Run re-runs it with the same input", async () => {
  await page.goto("about:blank");
  await page.goto(helpLink);
  const card = page.locator(".help-request");
  await card.waitFor();
  assert.equal(await card.locator(".question").innerText(), "Why does it say nme?");
  assert.deepEqual(await card.locator(".typed-lines li").allInnerTexts(), ["Ada", "36"]);
  assert.match(await card.locator("#recorded-output").innerText(), /Name\? Ada\nAge\? 36\n[\s\S]*NameError/);
  assert.match(await page.locator(".exercise-details summary").innerText(), new RegExp(`The exercise: ${EXERCISE}`));
  assert.equal(await getCode(page), MINE);
  assert.equal(await editable(), "false", "the request's code can be edited before answering");
  await waitReady(page);
  assert.equal(await output(page), "", "a help request ran by itself");

  // Nobody types: the recorded lines answer input().
  await runToEnd(page);
  const rerun = await output(page);
  assert.match(rerun, /^Name\? Ada\nAge\? 36\n/);
  assert.match(rerun, /NameError: name 'nme' is not defined/);
  assert.equal(await page.locator("#stdin").count(), 0);
});

test("the mentor answers with an edited copy and a note, as a reply link", async () => {
  await page.click("#answer");
  assert.equal(await editable(), "true");
  await setCode(page, FIXED);
  await runToEnd(page);
  assert.match(await output(page), /Hi Ada, you are 36\n/);
  await page.locator("#reply-note").fill("Look at how name is spelled on line 3.");
  replyLink = await page.locator("#reply-link").inputValue();
  assert.match(replyLink, /^http:\/\/127\.0\.0\.1:\d+\/#reply=[A-Za-z0-9_-]+$/);
  const chat = await page.locator("#reply-chat").inputValue();
  assert.match(chat, new RegExp(`^Here is my answer to your question about "${EXERCISE}"\\.\\nLook at how name is spelled on line 3\\.\\n`));
  assert.ok(chat.endsWith(replyLink));
});

test("the reply shows beside the question and leaves the learner's code alone until they use it", async () => {
  await page.goto("about:blank");
  await page.goto(replyLink);
  const card = page.locator(".reply");
  await card.waitFor();
  assert.match(await card.locator(".asked").innerText(), /Why does it say nme\?/);
  assert.equal(await card.locator("#reply-note-text").innerText(), "Look at how name is spelled on line 3.");
  assert.equal(await getCode(page), FIXED);
  await waitReady(page);
  assert.equal(await output(page), "");

  // Back to their own code: untouched.
  await page.click("#open-mine");
  assert.equal(await getCode(page), MINE);
  assert.doesNotMatch(page.url(), /#reply=/);

  // Using the mentor's code replaces theirs, and Undo puts theirs back.
  await page.goto("about:blank");
  await page.goto(replyLink);
  await page.click("#use-reply");
  assert.equal(await getCode(page), FIXED);
  assert.equal(await page.locator(".reply").count(), 0);
  assert.match(await page.locator(".reset").innerText(), /Your code is now the mentor's/);
  await page.click("#reset-undo");
  assert.equal(await getCode(page), MINE);
});

test("a damaged help link says so and the app still works", async () => {
  await page.goto("about:blank");
  await page.goto(`${app.url}#help=AAAA`);
  await page.locator(".notice", { hasText: "could not be opened" }).waitFor();
  await waitReady(page);
});

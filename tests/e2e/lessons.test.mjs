// Broken lesson files give a clear error in the page that names the file and what is wrong;
// the other lessons and the editor keep working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { openApp, waitReady, setCode, runToEnd, output, DIST } from "./harness.mjs";

const openWith = (replace) => openApp({ isolated: true, replace });

const index = JSON.parse(readFileSync(path.join(DIST, "lessons/index.json"), "utf8"));

test("a malformed lesson file names the file and field; other lessons still open", async () => {
  const broken = {
    lessons: [...index.lessons, { id: "broken", title: "Broken lesson", file: "broken.json" }],
  };
  const { page, problems, close } = await openWith({
    "/lessons/index.json": { body: JSON.stringify(broken) },
    "/lessons/broken.json": {
      body: JSON.stringify({ id: "broken", title: "Broken", exercises: [{ id: "a", title: "A", text: "x" }] }),
    },
  });
  try {
    const error = page.locator(".lesson.broken");
    await error.waitFor();
    assert.match(await error.innerText(), /lessons\/broken\.json: exercises\[0\]: missing field `starter`/);
    assert.equal(await page.locator(".exercise-text h2").innerText(), "Hello, world");
    await waitReady(page);
    await setCode(page, "print(1 + 1)");
    await runToEnd(page);
    assert.equal(await output(page), "2\n");
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("a lesson source that failed to build is listed with its errors", async () => {
  const broken = {
    lessons: [...index.lessons, {
      id: "more-loops", title: "More loops", file: "more-loops.json",
      errors: ["lessons/more-loops.toml: exercises[0]: line 7: missing field `starter`"],
    }],
  };
  const { page, problems, close } = await openWith({ "/lessons/index.json": { body: JSON.stringify(broken) } });
  try {
    const error = page.locator(".lesson.broken");
    await error.waitFor();
    assert.match(await error.innerText(), /lessons\/more-loops\.toml: exercises\[0\]: line 7: missing field `starter`/);
    assert.equal(await page.locator(".exercise-text h2").innerText(), "Hello, world");
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("a missing lesson file and a broken index say which file", async () => {
  const missing = { lessons: [{ id: "gone", title: "Gone", file: "gone.json" }] };
  let session = await openWith({
    "/lessons/index.json": { body: JSON.stringify(missing) },
    "/lessons/gone.json": { status: 404, body: "not found" },
  });
  try {
    const error = session.page.locator(".lesson.broken");
    await error.waitFor();
    assert.match(await error.innerText(), /lessons\/gone\.json: could not be loaded \(HTTP 404/);
  } finally {
    await session.close();
  }
  session = await openWith({ "/lessons/index.json": { body: '{"lessons": [' } });
  try {
    const error = session.page.locator(".lesson-error");
    await error.waitFor();
    assert.match(await error.innerText(), /lessons\/index\.json: not valid JSON/);
    // The editor still works without lessons.
    await waitReady(session.page);
    await setCode(session.page, 'print("ok")');
    await runToEnd(session.page);
    assert.equal(await output(session.page), "ok\n");
    assert.deepEqual(session.problems, []);
  } finally {
    await session.close();
  }
});

// sqlite3 in the browser (issue 17): real SQLite (sqlite-wasm-rs, compiled into the interpreter)
// behind CPython's sqlite3 package; database files live in pyplay's file system, so a database a
// program writes is there for the next run and for open(); the Jeopardy project's trivia.db
// (built from lessons/data/jeopardy/trivia.sql) answers the lesson's queries and its Check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, setCode, runToEnd, output, check, waitReady, DIST } from "./harness.mjs";

let page;
useApp({ isolated: true }, (opened) => (page = opened.page));

test("a database written by one run is reopened by the next, and open() sees the same file", async () => {
  await setCode(
    page,
    "import os, sqlite3\n" +
      'con = sqlite3.connect("scores.db")\n' +
      'con.execute("CREATE TABLE score(name TEXT, points INTEGER)")\n' +
      'con.executemany("INSERT INTO score VALUES (?, ?)", [("Ada", 3), ("Grace", 5)])\n' +
      "con.commit()\n" +
      "con.close()\n" +
      'print(sorted(os.listdir(".")))\n' +
      'print(open("scores.db", "rb").read(15))\n',
  );
  await runToEnd(page);
  assert.match(await output(page), /'scores\.db'/);
  assert.match(await output(page), /b'SQLite format 3'\n$/);

  await setCode(
    page,
    "import sqlite3\n" +
      'con = sqlite3.connect("scores.db")\n' +
      'for name, points in con.execute("SELECT name, points FROM score ORDER BY points DESC"):\n' +
      '    print(name, points)\n' +
      "try:\n" +
      '    con.execute("INSERT INTO nowhere VALUES (1)")\n' +
      "except sqlite3.OperationalError as error:\n" +
      '    print("error:", error)\n' +
      'print(sqlite3.sqlite_version_info >= (3, 50), con.execute("SELECT sqrt(16), typeof(random())").fetchone())\n',
  );
  await runToEnd(page);
  assert.equal(await output(page), "Grace 5\nAda 3\nerror: no such table: nowhere\nTrue (4.0, 'integer')\n");
});

test("an SQL error is a sqlite3 traceback the learner can read", async () => {
  await setCode(page, 'import sqlite3\nsqlite3.connect(":memory:").execute("SELEC 1")\n');
  await runToEnd(page);
  assert.match(await output(page), /sqlite3\.OperationalError: near "SELEC": syntax error/);
  assert.doesNotMatch(await output(page), /_sqlite3|panicked|RuntimeError/);
});

test("the Jeopardy lesson: a query of trivia.db prints the lesson's answer and Check passes", async () => {
  const title = "Daily Doubles: joining two tables";
  await page.locator(".exercise-link", { hasText: title }).click();
  await page.locator(".exercise-text h2", { hasText: title }).waitFor();
  await waitReady(page);
  const lesson = JSON.parse(readFileSync(`${DIST}lessons/jeopardy.json`, "utf8"));
  const exercise = lesson.exercises.find((e) => e.title === title);
  const expected = exercise.checks.find((c) => c.kind === "output").expected;
  await setCode(page, exercise.solution);
  await runToEnd(page);
  assert.equal((await output(page)).trim(), expected.trim());
  await page.click("#check");
  await page.locator(".exercise-link", { hasText: title }).locator(".done").waitFor({ timeout: 60_000 });
  assert.match(await page.locator("#checks").innerText(), /All checks passed/);
});

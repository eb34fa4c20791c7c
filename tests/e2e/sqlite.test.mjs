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

// The same surface crates/engine/tests/sqlite.rs checks natively, in one program.
const SURFACE = `import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("CREATE TABLE clue(id INTEGER PRIMARY KEY, text TEXT, answer TEXT, value INTEGER)")
cur.executemany("INSERT INTO clue(text, answer, value) VALUES (?, ?, ?)",
                [("Largest planet", "Jupiter", 200), ("Red planet", "Mars", 400), ("O'Brien's county", "Cork", 600)])
print("rowcount", cur.rowcount)
print(cur.execute("SELECT answer FROM clue WHERE value > ? ORDER BY id", (300,)).fetchall())
print(cur.execute("SELECT answer FROM clue WHERE value = :v", {"v": 200}).fetchone())
cur.execute("SELECT id FROM clue ORDER BY id")
print(cur.fetchmany(2), cur.fetchone(), cur.fetchone())
for row in con.execute("SELECT answer, value FROM clue ORDER BY value DESC LIMIT 2"):
    print(row)
print([d[0] for d in con.execute("SELECT text, value FROM clue").description])
cur.execute("INSERT INTO clue(text, answer, value) VALUES (?, ?, ?)", ("Q", "A", 800))
print("lastrowid", cur.lastrowid)
con.executescript("CREATE TABLE category(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO category(name) VALUES ('Space');")
con.commit()
con.execute("DELETE FROM clue")
con.rollback()
with con:
    con.execute("DELETE FROM clue WHERE value = 200")
con.row_factory = sqlite3.Row
row = con.execute("SELECT COUNT(*) AS n FROM clue").fetchone()
print(row["n"], row.keys())
try:
    con.execute("CREATE TABLE u(x UNIQUE)")
    con.execute("INSERT INTO u VALUES (1)")
    con.execute("INSERT INTO u VALUES (1)")
except sqlite3.IntegrityError as error:
    print("IntegrityError:", error)
con.close()
`;

test("the DB-API surface works in the browser as it does natively", async () => {
  await setCode(page, SURFACE);
  await runToEnd(page);
  assert.equal(
    await output(page),
    "rowcount 3\n[('Mars',), ('Cork',)]\n('Jupiter',)\n[(1,), (2,)] (3,) None\n('Cork', 600)\n('Mars', 400)\n" +
      "['text', 'value']\nlastrowid 4\n3 ['n']\nIntegrityError: UNIQUE constraint failed: u.x\n",
  );
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

//! `sqlite3`: CPython's package over RustPython's `_sqlite3` and real SQLite (natively
//! libsqlite3-sys; in the browser sqlite-wasm-rs, tests/e2e/sqlite.test.mjs), with database
//! files in pyplay's file system (py/_pyplay_sqlite.py).

mod common;

use common::{TestHost, ok, run};
use pyplay_engine::Engine;

/// Runs `source` and returns what it printed, failing with its traceback if it raised.
fn output(source: &str) -> String {
    let (outcome, host) = run(source, &[]);
    ok(&outcome, &host);
    host.stdout()
}

const CLUES: &str = "
import sqlite3
con = sqlite3.connect(':memory:')
cur = con.cursor()
cur.execute('CREATE TABLE clue(id INTEGER PRIMARY KEY, text TEXT, answer TEXT, value INTEGER)')
cur.executemany('INSERT INTO clue(text, answer, value) VALUES (?, ?, ?)', [
    ('Largest planet', 'Jupiter', 200),
    ('Red planet', 'Mars', 400),
    ('O\\'Brien''s county', 'Cork', 600),
])
";

#[test]
fn execute_with_question_marks_and_names_and_fetch_each_way() {
    let out = output(&format!(
        "{CLUES}
print(cur.rowcount)
print(cur.execute('SELECT answer FROM clue WHERE value > ? ORDER BY id', (300,)).fetchall())
print(cur.execute('SELECT answer FROM clue WHERE value = :v', {{'v': 200}}).fetchone())
cur.execute('SELECT id FROM clue ORDER BY id')
print(cur.fetchmany(2), cur.fetchone(), cur.fetchone())
for row in con.execute('SELECT answer, value FROM clue ORDER BY value DESC LIMIT 2'):
    print(row)
print([d[0] for d in con.execute('SELECT text, value FROM clue').description])
"
    ));
    assert_eq!(
        out,
        "3\n[('Mars',), ('Cork',)]\n('Jupiter',)\n[(1,), (2,)] (3,) None\n('Cork', 600)\n('Mars', 400)\n['text', 'value']\n"
    );
}

#[test]
fn lastrowid_rowcount_executescript_and_row() {
    let out = output(&format!(
        "{CLUES}
cur.execute('INSERT INTO clue(text, answer, value) VALUES (?, ?, ?)', ('Q', 'A', 800))
print(cur.lastrowid, cur.rowcount)
print(cur.execute('UPDATE clue SET value = value * 2 WHERE value < 500').rowcount)
con.executescript('CREATE TABLE category(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO category(name) VALUES (\"Space\"), (\"Words\");')
con.row_factory = sqlite3.Row
row = con.execute('SELECT id, name FROM category ORDER BY id').fetchone()
print(row['name'], row[0], row.keys(), tuple(row), dict(row))
print(con.execute('SELECT COUNT(*) AS n, MAX(value) AS top FROM clue').fetchone()['top'])
"
    ));
    assert_eq!(
        out,
        "4 1\n2\nSpace 1 ['id', 'name'] (1, 'Space') {'id': 1, 'name': 'Space'}\n800\n"
    );
}

#[test]
fn commit_rollback_and_the_context_manager() {
    let out = output(&format!(
        "{CLUES}
con.commit()
con.execute('DELETE FROM clue')
print(con.in_transaction)
con.rollback()
print(con.execute('SELECT COUNT(*) FROM clue').fetchone()[0])
with con:
    con.execute('DELETE FROM clue WHERE value = 200')
print(con.in_transaction, con.execute('SELECT COUNT(*) FROM clue').fetchone()[0])
try:
    with con:
        con.execute('DELETE FROM clue')
        raise ValueError('stop')
except ValueError:
    pass
print(con.execute('SELECT COUNT(*) FROM clue').fetchone()[0])
con.close()
try:
    con.execute('SELECT 1')
except sqlite3.ProgrammingError as error:
    print(error)
"
    ));
    assert_eq!(
        out,
        "True\n3\nFalse 2\n2\nCannot operate on a closed database.\n"
    );
}

#[test]
fn errors_carry_sqlites_messages() {
    let out = output(
        "
import sqlite3
con = sqlite3.connect(':memory:')
con.execute('CREATE TABLE t(x UNIQUE NOT NULL)')
con.execute('INSERT INTO t VALUES (1)')
for sql in ['INSERT INTO t VALUES (1)', 'INSERT INTO t VALUES (NULL)', 'SELEC 1',
            'SELECT * FROM nowhere', 'SELECT missing FROM t']:
    try:
        con.execute(sql)
    except sqlite3.Error as error:
        print(type(error).__name__, error, sep=': ')
try:
    con.execute('SELECT ?', (1, 2))
except sqlite3.ProgrammingError as error:
    print(error)
",
    );
    assert_eq!(
        out,
        "IntegrityError: UNIQUE constraint failed: t.x\n\
         IntegrityError: NOT NULL constraint failed: t.x\n\
         OperationalError: near \"SELEC\": syntax error\n\
         OperationalError: no such table: nowhere\n\
         OperationalError: no such column: missing\n\
         Incorrect number of bindings supplied. The current statement uses 1, and 2 were supplied.\n"
    );
}

#[test]
fn sql_functions_learners_use_work() {
    let out = output(
        "
import sqlite3
con = sqlite3.connect(':memory:')
print(con.execute(\"SELECT 'Mississippi' LIKE '%SIS%', upper('abc'), length('héllo'), round(2.567, 1), abs(-3)\").fetchone())
print(con.execute(\"SELECT typeof(random()), date('2026-03-01', '+1 month')\").fetchone())
print(sqlite3.sqlite_version_info >= (3, 40))
",
    );
    assert_eq!(
        out,
        "(1, 'ABC', 5, 2.6, 3)\n('integer', '2026-04-01')\nTrue\n"
    );
}

#[test]
fn a_factory_subclass_of_connection_works() {
    let out = output(
        "
import sqlite3
class Logged(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        print('opening')
        super().__init__(*args, **kwargs)
con = sqlite3.connect(':memory:', factory=Logged)
print(type(con).__name__, con.execute('SELECT 1 + 1').fetchone())
",
    );
    assert_eq!(out, "opening\nLogged (2,)\n");
}

/// Runs `source` in `engine` (whose files last from run to run, as in the page) and returns
/// what it printed, failing with its traceback if it raised.
fn output_in(engine: &mut Engine, source: &str) -> String {
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(source, host.clone());
    ok(&outcome, &host);
    host.stdout()
}

#[test]
fn a_database_file_is_written_on_commit_and_reopens_in_the_same_session() {
    let mut engine = Engine::new();
    let out = output_in(
        &mut engine,
        "
import os, sqlite3
con = sqlite3.connect('scores.db')
print(os.listdir('.'), len(open('scores.db', 'rb').read()))
con.execute('CREATE TABLE score(name TEXT, points INTEGER)')
con.execute(\"INSERT INTO score VALUES ('Ada', 3)\")
con.commit()
data = open('scores.db', 'rb').read()
print(data[:16], len(data) > 0)
con.execute(\"INSERT INTO score VALUES ('Grace', 5)\")
con.close()  # not committed: lost, as on a disk
",
    );
    assert_eq!(out, "['scores.db'] 0\nb'SQLite format 3\\x00' True\n");
    let saved = engine.read_file("scores.db").unwrap().unwrap();
    assert!(saved.starts_with(b"SQLite format 3\0"));

    // The next run (e.g. the learner presses Run again) opens what was committed.
    let out = output_in(
        &mut engine,
        "
import sqlite3
with sqlite3.connect('scores.db') as con:
    print(con.execute('SELECT * FROM score').fetchall())
    con.execute(\"INSERT INTO score VALUES ('Linus', 1)\")
print(sqlite3.connect('scores.db').execute('SELECT COUNT(*) FROM score').fetchone())
",
    );
    assert_eq!(out, "[('Ada', 3)]\n(2,)\n");
}

#[test]
fn errors_from_pyplays_file_layer_end_at_the_learners_line() {
    // CPython's Connection is native: its errors point at the learner's call, and so do
    // pyplay's (connect and commit go through py/_pyplay_sqlite.py).
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(
        "import sqlite3\ncon = sqlite3.connect('a.db')\ncon.close()\ncon.commit()\n",
        host.clone(),
    );
    assert_ne!(outcome, pyplay_engine::Outcome::Exited(0));
    let stderr = host.stderr();
    assert!(stderr.contains("line 4, in <module>"), "{stderr}");
    assert!(
        stderr.contains("ProgrammingError: Cannot operate on a closed database."),
        "{stderr}"
    );
    assert!(!stderr.contains("_pyplay_sqlite"), "{stderr}");
}

#[test]
fn a_database_in_a_folder_that_does_not_exist_is_sqlites_error() {
    let (outcome, host) = run("import sqlite3\nsqlite3.connect('data/trivia.db')\n", &[]);
    assert_ne!(outcome, pyplay_engine::Outcome::Exited(0));
    assert!(
        host.stderr()
            .contains("sqlite3.OperationalError: unable to open database file"),
        "{}",
        host.stderr()
    );
}

#[test]
fn a_lessons_database_file_is_opened_from_the_file_system() {
    // Made with pyplay and handed to a fresh engine as a host file, the way a lesson's
    // trivia.db arrives (built by pyplay-lesson-build from its SQL).
    let mut maker = Engine::new();
    output_in(
        &mut maker,
        "
import os, sqlite3
os.mkdir('data')
con = sqlite3.connect('data/trivia.db')
con.executescript('''
CREATE TABLE category(id INTEGER PRIMARY KEY, name TEXT, game INTEGER, boardPosition INTEGER, round INTEGER);
CREATE TABLE clue(id INTEGER PRIMARY KEY, text TEXT, answer TEXT, value INTEGER, category INTEGER, isDD INTEGER);
INSERT INTO category VALUES (1, 'SPACE', 1, 1, 1), (2, 'RIVERS', 1, 2, 1);
INSERT INTO clue VALUES (1, 'Largest planet', 'Jupiter', 200, 1, 0), (2, 'Longest river in Africa', 'the Nile', 400, 2, 0), (3, 'Closest star', 'the Sun', 400, 1, 1);
''')
con.close()
",
    );
    let db = maker.read_file("data/trivia.db").unwrap().unwrap();

    let mut engine = Engine::new();
    engine.write_file("trivia.db", &db).unwrap();
    let out = output_in(
        &mut engine,
        "
import sqlite3
con = sqlite3.connect('trivia.db')
cur = con.cursor()
cur.execute('''SELECT c.text, cat.name FROM clue AS c JOIN category AS cat ON c.category = cat.id
               WHERE c.text LIKE ? ORDER BY c.value DESC, c.id''', ('%river%',))
print(cur.fetchall())
print(cur.execute('SELECT category, COUNT(*) AS n FROM clue GROUP BY category ORDER BY n DESC').fetchall())
con.close()
",
    );
    assert_eq!(
        out,
        "[('Longest river in Africa', 'RIVERS')]\n[(1, 2), (2, 1)]\n"
    );
}

#[test]
fn changes_made_outside_a_transaction_are_saved_when_the_run_ends() {
    let mut engine = Engine::new();
    output_in(
        &mut engine,
        "
import sqlite3
con = sqlite3.connect('log.db', isolation_level=None)
con.execute('CREATE TABLE entry(text TEXT)')
con.execute(\"INSERT INTO entry VALUES ('autocommitted')\")
",
    );
    let out = output_in(
        &mut engine,
        "import sqlite3\nprint(sqlite3.connect('log.db').execute('SELECT text FROM entry').fetchall())\n",
    );
    assert_eq!(out, "[('autocommitted',)]\n");
}

#[test]
fn a_connection_dropped_without_close_keeps_what_it_committed() {
    // CREATE TABLE autocommits, and so does every statement with isolation_level=None: on a
    // disk CPython keeps them even if the connection is never closed or kept.
    let out = output(
        "
import sqlite3
sqlite3.connect('a.db').execute('CREATE TABLE t(x)')
def add(value):
    con = sqlite3.connect('a.db', isolation_level=None)
    con.execute('INSERT INTO t VALUES (?)', (value,))
add(1)
print(sqlite3.connect('a.db').execute('SELECT * FROM t').fetchall())
",
    );
    assert_eq!(out, "[(1,)]\n");
}

#[test]
fn a_file_that_is_not_a_database_gives_sqlites_error() {
    let mut engine = Engine::new();
    engine
        .write_file("notes.txt", b"just some words, not a database at all")
        .unwrap();
    let out = output_in(
        &mut engine,
        "import sqlite3\ntry:\n    sqlite3.connect('notes.txt').execute('SELECT 1 FROM sqlite_master')\nexcept sqlite3.DatabaseError as error:\n    print(error)\n",
    );
    assert_eq!(out, "file is not a database\n");
}

#[test]
fn tracebacks_name_sqlite3s_errors_as_cpython_does() {
    let (_, host) = run(
        "import sqlite3\nsqlite3.connect(':memory:').execute('SELECT * FROM nowhere')\n",
        &[],
    );
    assert!(
        host.stderr()
            .contains("sqlite3.OperationalError: no such table: nowhere"),
        "{}",
        host.stderr()
    );
    assert!(!host.stderr().contains("_sqlite3"), "{}", host.stderr());
    let out = output(
        "import sqlite3\nprint(sqlite3.Row.__module__, sqlite3.IntegrityError.__module__)\n",
    );
    assert_eq!(out, "sqlite3 sqlite3\n");
}

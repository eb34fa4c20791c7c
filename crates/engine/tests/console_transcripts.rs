//! The console against CPython. Each `console_transcripts/NAME.in` is what a learner types at
//! the `>>>` console, a line at a time; `NAME.out` is what CPython 3.11's `python3 -i` showed
//! for it, recorded by `scripts/record-console-transcripts` (so this test needs no CPython).
//! pyplay's console gets the same lines the way the page sends them (the lines of an
//! unfinished statement pile up until it completes) and must show the same session: the same
//! prompts (so the same lines continue a statement), the same output and echoed values, and an
//! error of the same type after the same line.
//!
//! Where the error's message or line number differs (CPython 3.11 vs RustPython's 3.14), the
//! difference must be the one listed in `console_transcripts/differences.txt`;
//! `PYPLAY_BLESS=1 cargo test -p pyplay-engine --test console_transcripts` rewrites that list.

mod common;

use common::TestHost;
use pyplay_engine::{ConsoleOutcome, Engine, Outcome};
use std::path::{Path, PathBuf};

fn transcripts_dir() -> PathBuf {
    // Read when the test runs (not env!): clones sharing a target dir share this binary.
    Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo test sets it"))
        .join("tests/console_transcripts")
}

/// The session as the learner sees it, in the format of the recorded `.out` files (see
/// scripts/record-console-transcripts): each typed line after its prompt, then its output,
/// then `!! Type (line N): message` if it raised; last the prompt shown after the last line.
fn pyplay_session(typed: &str) -> String {
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    let mut pending: Vec<&str> = Vec::new();
    let mut shown = String::new();
    for line in typed.strip_suffix('\n').unwrap_or(typed).split('\n') {
        shown += if pending.is_empty() { ">>> " } else { "... " };
        shown += line;
        shown += "\n";
        pending.push(line);
        let (out_before, err_before) = (host.stdout().len(), host.stderr().len());
        let outcome = engine.console(&pending.join("\n"), host.clone());
        shown += &host.stdout()[out_before..];
        match outcome {
            ConsoleOutcome::More => continue,
            ConsoleOutcome::Done(Outcome::Error(error)) => {
                // The traceback's last line, as CPython's is read: `Type: message`.
                let err = host.stderr();
                let last = err[err_before..].trim_end().lines().last().unwrap_or("");
                let message = last.split_once(": ").map_or("", |(_, message)| message);
                shown += &format!("!! {} (line {})", error.kind, error.line);
                if !message.is_empty() {
                    shown += &format!(": {message}");
                }
                shown += "\n";
            }
            ConsoleOutcome::Done(Outcome::Exited(_)) => {}
            ConsoleOutcome::Done(Outcome::InternalError(why)) => {
                shown += &format!("!! internal error: {why}\n")
            }
        }
        pending.clear();
    }
    shown += if pending.is_empty() { ">>>\n" } else { "...\n" };
    shown
}

/// `session` with each error line cut to its type: what must match CPython exactly.
fn strict(session: &str) -> String {
    session
        .lines()
        .map(|line| match line.strip_prefix("!! ") {
            Some(error) => format!("!! {}", error.split(" (line").next().unwrap_or(error)),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn error_lines(session: &str) -> impl Iterator<Item = &str> {
    session.lines().filter(|line| line.starts_with("!! "))
}

#[test]
fn the_console_shows_what_cpython_shows_for_every_transcript() {
    let mut names: Vec<String> = std::fs::read_dir(transcripts_dir())
        .expect("tests/console_transcripts")
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".in")?.to_owned())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 50, "only {} transcripts", names.len());

    let mut failed = Vec::new();
    let mut differences = String::new();
    for name in &names {
        let read = |ext: &str| {
            let path = transcripts_dir().join(format!("{name}.{ext}"));
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let (typed, cpython) = (read("in"), read("out"));
        let pyplay = pyplay_session(&typed);
        if strict(&pyplay) != strict(&cpython) {
            failed.push(format!(
                "== {name}: CPython 3.11 showed\n{cpython}== pyplay showed\n{pyplay}"
            ));
        } else {
            for (theirs, ours) in error_lines(&cpython).zip(error_lines(&pyplay)) {
                if theirs != ours {
                    differences += &format!("{name}\n  CPython {theirs}\n  pyplay  {ours}\n");
                }
            }
        }
    }
    println!(
        "{} of {} transcripts show what CPython shows",
        names.len() - failed.len(),
        names.len()
    );
    assert!(
        failed.is_empty(),
        "{} of {} transcripts differ from CPython:\n{}",
        failed.len(),
        names.len(),
        failed.join("\n")
    );

    let listed_path = transcripts_dir().join("differences.txt");
    let header = "# Errors of the same type after the same line, with another message or line \
                  number:\n# CPython 3.11 vs pyplay (RustPython, Python 3.14). Written by \
                  `PYPLAY_BLESS=1 cargo test -p pyplay-engine --test console_transcripts`.\n";
    let computed = format!("{header}{differences}");
    if std::env::var_os("PYPLAY_BLESS").is_some() {
        std::fs::write(&listed_path, &computed).expect("write differences.txt");
    }
    let listed = std::fs::read_to_string(&listed_path).unwrap_or_default();
    assert_eq!(
        listed, computed,
        "the messages that differ from CPython's changed; if that is right, rerun with PYPLAY_BLESS=1"
    );
}

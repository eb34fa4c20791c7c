//! `pyplay lessons build [--keep-going] SOURCE_DIR OUT_DIR`: validates the lesson sources
//! organizers write (TOML, see lessons/README.md) and writes the static JSON the app loads:
//! `OUT_DIR/index.json`, one `OUT_DIR/<lesson>.json` per lesson, and the lessons' data files.
//! A broken lesson is reported (file, line, field) and listed in the index with its errors, so
//! the app shows what is wrong; the others are still written. Exits 1 if any was broken, unless
//! `--keep-going` is given (Trunk's build uses it, so one broken lesson doesn't stop the site
//! from building). `pyplay lessons check SOURCE_DIR` only validates; `pyplay lessons deploy`
//! (crate::deploy) rebuilds them into a built site. All three warn about a lesson
//! file that `lessons.toml` doesn't list (not an error: drafts may stay in the folder). Usage
//! errors exit 2.

use pyplay_lesson_build::{build, unlisted_lessons};
use std::path::Path;

const USAGE: &str = "usage: pyplay lessons build [--keep-going] SOURCE_DIR OUT_DIR | pyplay lessons check SOURCE_DIR | pyplay lessons deploy SOURCE_DIR DIST_DIR";

pub fn main(args: &[String]) -> i32 {
    let keep_going = args.iter().any(|a| a == "--keep-going");
    let args: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| *a != "--keep-going")
        .collect();
    let (source, out) = match args.as_slice() {
        ["build", source, out] => (source, Some(out)),
        ["check", source] => (source, None),
        ["deploy", source, dist] if !keep_going => return crate::deploy::main(source, dist),
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            return 0;
        }
        _ => {
            eprintln!("{USAGE}");
            return 2;
        }
    };
    warn_unlisted(Path::new(source));
    let built = build(Path::new(source), out.map(Path::new));
    for problem in &built.problems {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "pyplay lessons: {} lessons and {} translations ready, {} problems",
        built.lessons.len(),
        built.translations.len(),
        built.problems.len()
    );
    if !built.problems.is_empty() && !keep_going {
        1
    } else {
        0
    }
}

/// Names the lesson files `lessons.toml` doesn't list: a warning, since drafts may stay there.
pub fn warn_unlisted(source: &Path) {
    for warning in unlisted_lessons(source) {
        eprintln!("warning: {warning}");
    }
}

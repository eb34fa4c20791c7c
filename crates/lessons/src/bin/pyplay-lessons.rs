//! `pyplay-lessons build SOURCE OUT`: validates the lesson sources organizers write (TOML, see
//! lessons/README.md) and writes the static JSON the app loads: `OUT/index.json`, one
//! `OUT/<lesson>.json` per lesson, and the lessons' data files. A broken lesson is reported
//! (file, line, field) and listed in the index with its errors, so the app shows what is wrong;
//! the others are still written. Exits 1 if any was broken, unless `--keep-going` is given
//! (Trunk's build uses it, so one broken lesson doesn't stop the site from building).
//! `pyplay-lessons check SOURCE` only validates.

use pyplay_lessons::build;
use std::path::Path;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let keep_going = args.iter().any(|a| a == "--keep-going");
    args.retain(|a| a != "--keep-going");
    let (source, out) = match args.as_slice() {
        [cmd, source, out] if cmd == "build" => (source, Some(out)),
        [cmd, source] if cmd == "check" => (source, None),
        _ => {
            eprintln!(
                "usage: pyplay-lessons build [--keep-going] SOURCE_DIR OUT_DIR | pyplay-lessons check SOURCE_DIR"
            );
            std::process::exit(2);
        }
    };
    let (lessons, problems) = build(Path::new(source), out.map(Path::new));
    for problem in &problems {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "pyplay-lessons: {} lessons ready, {} problems",
        lessons.len(),
        problems.len()
    );
    if !problems.is_empty() && !keep_going {
        std::process::exit(1);
    }
}

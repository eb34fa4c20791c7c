//! `pyplay verify [LESSONS_DIR]` (default `lessons`): runs every exercise's reference solution
//! and starter code through its checks with the same engine as the browser, and lists each
//! problem with its lesson file, exercise and check. Exits 1 if there is any, 2 on a usage
//! error. The test suite runs the same verification, so CI fails on a broken lesson.

use std::path::Path;

const USAGE: &str = "usage: pyplay verify [LESSONS_DIR]";

pub fn main(args: &[String]) -> i32 {
    let dir = match args {
        [] => "lessons",
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return 0;
        }
        [dir] if !dir.starts_with('-') => dir,
        _ => {
            eprintln!("{USAGE}");
            return 2;
        }
    };
    let started = std::time::Instant::now();
    let dir = Path::new(dir);
    crate::lessons::warn_unlisted(dir);
    let built = pyplay_lesson_build::build(dir, None);
    let verified = pyplay_checks::verify_lessons(&built.sources(), &|path| {
        pyplay_lesson_build::data_file(dir, path)
    });
    let mut problems = built.problems;
    problems.extend(verified.problems);
    for problem in &problems {
        eprintln!("error: {problem}\n");
    }
    eprintln!(
        "pyplay verify: {} exercises with checks verified in {:.1} s, {} problems",
        verified.exercises,
        started.elapsed().as_secs_f64(),
        problems.len()
    );
    if problems.is_empty() { 0 } else { 1 }
}

//! `pyplay-verify [LESSONS_DIR]` (default `lessons`): runs every exercise's reference solution
//! and starter code through its checks with the same engine as the browser, and lists each
//! problem with its lesson file, exercise and check. Exits 1 if there is any. The test suite
//! runs the same verification, so CI fails on a broken lesson.

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "lessons".into());
    let started = std::time::Instant::now();
    let verified = pyplay_checks::verify_lessons(std::path::Path::new(&dir));
    for problem in &verified.problems {
        eprintln!("error: {problem}\n");
    }
    eprintln!(
        "pyplay-verify: {} exercises with checks verified in {:.1} s, {} problems",
        verified.exercises,
        started.elapsed().as_secs_f64(),
        verified.problems.len()
    );
    if !verified.problems.is_empty() {
        std::process::exit(1);
    }
}

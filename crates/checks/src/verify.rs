//! Verifying lessons by running them: every reference solution must pass all its exercise's
//! checks (a check it fails can never pass), and the starter code must not pass them all
//! (unless the exercise says it may). `pyplay verify` builds the lessons from their sources
//! (pyplay-lesson-build) and hands them here.

use crate::{all_passed, run_checks};
use pyplay_engine::Engine;
use pyplay_lessons::{CheckResult, Failure, Lesson, file_name};

/// What verifying found: how many exercises with checks were run, and the problems, each naming
/// the lesson file, the exercise and the check.
pub struct Verified {
    pub exercises: usize,
    pub problems: Vec<String>,
}

/// Runs every exercise's solution and starter code of `lessons` (each with its source file, as
/// problems name it) through its checks, with each
/// lesson's data files from `read` (given the path its `files` lists; `pyplay verify` reads
/// the lessons folder with `pyplay_lesson_build::data_file`, which also builds a `.db` from
/// its `.sql`).
pub fn verify_lessons(
    lessons: &[(String, &Lesson)],
    read: &dyn Fn(&str) -> Result<Vec<u8>, String>,
) -> Verified {
    let mut problems = Vec::new();
    let mut exercises = 0;
    for (file, lesson) in lessons {
        let mut engine = Engine::new();
        // A solution or starter whose loop never ends is reported, not waited for: each run
        // gets the time Check gets in the page (set before the files: setting the first limit
        // restarts the interpreter).
        #[cfg(not(target_arch = "wasm32"))]
        engine.set_time_limit(f64::from(pyplay_lessons::CHECK_SECONDS));
        for path in &lesson.files {
            let loaded = read(path).and_then(|data| engine.write_file(file_name(path), &data));
            if let Err(e) = loaded {
                problems.push(format!("{file}: files: {path}: {e}"));
            }
        }
        for (i, exercise) in lesson
            .exercises
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.checks.is_empty())
        {
            let at = format!("{file}: exercises[{i}] (\"{}\")", exercise.id);
            #[cfg(not(target_arch = "wasm32"))]
            engine.set_time_limit(f64::from(exercise.check_seconds()));
            if let Some(solution) = &exercise.solution {
                let results = run_checks(&mut engine, solution, &exercise.checks);
                for result in results.iter().filter(|r| !r.passed) {
                    problems.push(format!(
                        "{at}: the check \"{}\" can never pass: the reference solution fails it. {}",
                        result.title,
                        explain(result)
                    ));
                }
            }
            let starter = run_checks(&mut engine, &exercise.starter, &exercise.checks);
            if all_passed(&starter) && !exercise.starter_may_pass {
                problems.push(format!(
                    "{at}: the starter code already passes every check (set starter_may_pass = true if that is meant)"
                ));
            }
            exercises += 1;
        }
    }
    Verified {
        exercises,
        problems,
    }
}

fn explain(result: &CheckResult) -> String {
    match &result.failure {
        Some(Failure::Output {
            expected, actual, ..
        }) => {
            format!("Expected:\n{expected}\nThe solution printed:\n{actual}")
        }
        // pyplay's English, as the page shows it to a learner in English.
        Some(failure) => failure.to_string(),
        None => String::new(),
    }
}

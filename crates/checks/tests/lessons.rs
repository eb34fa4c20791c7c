//! Every shipped lesson is verified: each reference solution passes all its checks, and the
//! starter code does not (unless the exercise allows it). CI fails on a broken lesson.

use pyplay_checks::{all_passed, run_checks};
use pyplay_engine::Engine;
use pyplay_lessons::{file_name, parse_index, parse_lesson};
use std::path::PathBuf;

fn lessons_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

#[test]
fn every_solution_passes_and_no_starter_does() {
    let dir = lessons_dir();
    let index = parse_index("lessons/index.json", &std::fs::read_to_string(dir.join("index.json")).unwrap())
        .unwrap_or_else(|e| panic!("{e:?}"));
    let mut problems = Vec::new();
    let mut checked = 0;
    for entry in &index.lessons {
        let name = format!("lessons/{}", entry.file);
        let text = std::fs::read_to_string(dir.join(&entry.file)).unwrap();
        let lesson = parse_lesson(&name, &text).unwrap_or_else(|e| panic!("{e:?}"));
        let mut engine = Engine::new();
        for path in &lesson.files {
            let data = std::fs::read(dir.join(path)).unwrap_or_else(|e| panic!("{name}: {path}: {e}"));
            engine.write_file(file_name(path), &data).unwrap();
        }
        for exercise in lesson.exercises.iter().filter(|e| !e.checks.is_empty()) {
            let at = format!("{name}: exercise \"{}\"", exercise.id);
            match &exercise.solution {
                None => problems.push(format!("{at}: has checks but no solution")),
                Some(solution) => {
                    let results = run_checks(&mut engine, solution, &exercise.checks);
                    if !all_passed(&results) {
                        problems.push(format!("{at}: the solution fails: {results:#?}"));
                    }
                }
            }
            let starter = run_checks(&mut engine, &exercise.starter, &exercise.checks);
            if all_passed(&starter) && !exercise.starter_may_pass {
                problems.push(format!("{at}: the starter code already passes (set starter_may_pass if that is meant)"));
            }
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(checked > 0);
}

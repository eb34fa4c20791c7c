//! Every shipped lesson is verified: each reference solution passes all its checks, and the
//! starter code does not (unless the exercise allows it). CI fails on a broken lesson.

use pyplay_checks::{all_passed, run_checks};
use pyplay_engine::Engine;
use pyplay_lessons::{build, file_name};
use std::path::PathBuf;

fn lessons_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

#[test]
fn every_solution_passes_and_no_starter_does() {
    verify(&lessons_dir());
}

/// The example in lessons/README.md is a valid lesson whose solutions pass.
#[test]
fn the_readme_example_works() {
    let readme = std::fs::read_to_string(lessons_dir().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme.split("```toml\n").skip(1).map(|b| b.split("```").next().unwrap()).collect();
    let dir = std::env::temp_dir().join(format!("pyplay-readme-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"greetings\"]\n").unwrap();
    std::fs::write(dir.join("greetings.toml"), blocks[1]).unwrap();
    std::fs::write(dir.join("data/names.txt"), "Ada\n").unwrap();
    verify(&dir);
}

fn verify(dir: &std::path::Path) {
    let (lessons, errors) = build(dir, None);
    assert!(errors.is_empty(), "{errors:#?}");
    let mut problems = Vec::new();
    let mut checked = 0;
    for lesson in &lessons {
        let name = format!("lessons/{}.toml", lesson.id);
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

//! Every shipped lesson is verified: each reference solution passes all its checks, and the
//! starter code does not (unless the exercise allows it). CI fails on a broken lesson.

use pyplay_checks::verify_lessons;
use std::path::{Path, PathBuf};

fn lessons_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../lessons")
}

fn verify(dir: &Path) -> usize {
    let verified = verify_lessons(dir);
    assert!(
        verified.problems.is_empty(),
        "{}",
        verified.problems.join("\n\n")
    );
    verified.exercises
}

#[test]
fn every_solution_passes_and_no_starter_does() {
    let exercises = verify(&lessons_dir());
    assert!(
        exercises >= 40,
        "the curriculum has {exercises} checked exercises"
    );
}

/// The example in lessons/README.md is a valid lesson whose solutions pass.
#[test]
fn the_readme_example_works() {
    let readme = std::fs::read_to_string(lessons_dir().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```toml\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .collect();
    let dir = std::env::temp_dir().join(format!("pyplay-readme-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"greetings\"]\n").unwrap();
    std::fs::write(dir.join("greetings.toml"), blocks[1]).unwrap();
    std::fs::write(dir.join("data/names.txt"), "Ada\n").unwrap();
    assert!(verify(&dir) > 0);
}

/// A check that the reference solution fails is reported as one that can never pass, naming
/// the file, the exercise and the check.
#[test]
fn a_check_the_solution_fails_is_reported() {
    let dir = std::env::temp_dir().join(format!("pyplay-never-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"sums\"]\n").unwrap();
    std::fs::write(
        dir.join("sums.toml"),
        "id = \"sums\"\ntitle = \"Sums\"\n[[exercises]]\nid = \"add\"\ntitle = \"Add\"\ntext = \"Add\"\n\
         starter = \"print(1)\"\nsolution = \"print(1 + 2)\"\n[[exercises.checks]]\nkind = \"output\"\nexpected = \"4\"\n",
    )
    .unwrap();
    let verified = verify_lessons(&dir);
    assert_eq!(verified.problems.len(), 1, "{:#?}", verified.problems);
    assert!(
        verified.problems[0].starts_with(
            "lessons/sums.toml: exercises[0] (\"add\"): the check \"Output\" can never pass: the reference solution fails it. Expected:\n4\nThe solution printed:\n3\n"
        ),
        "{}",
        verified.problems[0]
    );
}

//! `pyplay verify`: every shipped lesson is verified (each reference solution passes all its
//! checks, and the starter code does not, unless the exercise allows it), so CI fails on a
//! broken lesson; and a folder with a problem is reported.
#![cfg(feature = "python")]

mod common;
use common::{arg, pyplay, repo, temp_dir};
use std::path::Path;

/// How many checked exercises `pyplay verify DIR` verified; fails the test on any problem.
fn verify(dir: &Path) -> usize {
    let ran = pyplay(&["verify", arg(dir)], "");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let summary = ran
        .stderr
        .strip_prefix("pyplay verify: ")
        .expect(&ran.stderr);
    assert!(summary.ends_with(", 0 problems\n"), "{summary}");
    summary.split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn every_solution_passes_and_no_starter_does() {
    let exercises = verify(&repo().join("lessons"));
    assert!(
        exercises >= 40,
        "the curriculum has {exercises} checked exercises"
    );
}

/// The example in lessons/README.md is a valid lesson whose solutions pass.
#[test]
fn the_readme_example_works() {
    let readme = std::fs::read_to_string(repo().join("lessons/README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```toml\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .collect();
    let dir = temp_dir("readme");
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
    let dir = temp_dir("never");
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"sums\"]\n").unwrap();
    std::fs::write(
        dir.join("sums.toml"),
        "id = \"sums\"\ntitle = \"Sums\"\n[[exercises]]\nid = \"add\"\ntitle = \"Add\"\ntext = \"Add\"\n\
         starter = \"print(1)\"\nsolution = \"print(1 + 2)\"\n[[exercises.checks]]\nkind = \"output\"\nexpected = \"4\"\n",
    )
    .unwrap();
    let ran = pyplay(&["verify", arg(&dir)], "");
    assert_eq!(ran.status, 1);
    assert!(
        ran.stderr.starts_with(
            "error: lessons/sums.toml: exercises[0] (\"add\"): the check \"Output\" can never pass: the reference solution fails it. Expected:\n4\nThe solution printed:\n3\n"
        ),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.ends_with(", 1 problems\n"), "{}", ran.stderr);
}

#[test]
fn wrong_arguments_show_the_usage() {
    let ran = pyplay(&["verify", "lessons", "more"], "");
    assert_eq!(
        (ran.status, ran.stderr.as_str()),
        (2, "usage: pyplay verify [LESSONS_DIR]\n")
    );
    let ran = pyplay(&["verify", "--fast"], "");
    assert_eq!(ran.status, 2);
}

//! `pyplay lessons build|check`: organizers' TOML in, the app's JSON out.

mod common;
use common::{arg, pyplay, temp_dir};

const GOOD: &str = r#"id = "first"
title = "First steps"

[[exercises]]
id = "hello"
title = "Hello"
text = "Say *hi*"
starter = "print('hi')"
"#;

#[test]
fn build_writes_the_shipped_lessons() {
    let out = temp_dir("build");
    let ran = pyplay(&["lessons", "build", "lessons", arg(&out)], "");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    assert!(
        ran.stderr.ends_with(" translations ready, 0 problems\n"),
        "{}",
        ran.stderr
    );
    assert!(ran.stderr.starts_with("pyplay lessons: "), "{}", ran.stderr);
    assert!(out.join("index.json").is_file());
    assert!(out.join("first-steps.json").is_file());
    assert!(out.join("data/words.txt").is_file());
    // The Spanish Friday tutorial, and its index.
    assert!(out.join("es/index.json").is_file());
    assert!(out.join("es/first-steps.json").is_file());
}

#[test]
fn a_broken_lesson_fails_the_check_but_not_a_build_that_keeps_going() {
    let dir = temp_dir("broken");
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"good\", \"bad\"]\n").unwrap();
    std::fs::write(dir.join("good.toml"), GOOD).unwrap();
    std::fs::write(dir.join("bad.toml"), GOOD.replace("starter", "startr")).unwrap();
    let ran = pyplay(&["lessons", "check", arg(&dir)], "");
    assert_eq!(ran.status, 1);
    assert!(
        ran.stderr.starts_with(
            "error: lessons/bad.toml: exercises[0].startr: line 8: unknown field `startr`"
        ),
        "{}",
        ran.stderr
    );
    assert!(
        ran.stderr
            .ends_with("pyplay lessons: 1 lessons and 0 translations ready, 1 problems\n"),
        "{}",
        ran.stderr
    );
    assert!(!dir.join("index.json").exists(), "check writes nothing");

    let out = dir.join("out");
    assert_eq!(
        pyplay(&["lessons", "build", arg(&dir), arg(&out)], "").status,
        1
    );
    let ran = pyplay(
        &["lessons", "build", "--keep-going", arg(&dir), arg(&out)],
        "",
    );
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    assert!(out.join("good.json").is_file());
    let index = std::fs::read_to_string(out.join("index.json")).unwrap();
    assert!(index.contains("unknown field `startr`"), "{index}");
}

#[test]
fn wrong_arguments_show_the_usage() {
    for args in [
        &["lessons"][..],
        &["lessons", "build", "lessons"],
        &["lessons", "chek", "lessons"],
        &["lessons", "deploy", "lessons"],
        &["lessons", "deploy", "--keep-going", "lessons", "dist"],
    ] {
        let ran = pyplay(args, "");
        assert_eq!(ran.status, 2, "{args:?}");
        assert!(
            ran.stderr
                .starts_with("usage: pyplay lessons build [--keep-going]"),
            "{}",
            ran.stderr
        );
    }
}

/// A lesson file lessons.toml doesn't list is named in a warning by `check` and `build`, which
/// still succeed: organizers may keep drafts in the folder.
#[test]
fn an_unlisted_lesson_file_is_a_warning() {
    let dir = temp_dir("unlisted");
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"good\"]\n").unwrap();
    std::fs::write(dir.join("good.toml"), GOOD).unwrap();
    std::fs::write(dir.join("draft.toml"), GOOD.replace("first", "draft")).unwrap();
    let out = dir.join("out");
    for args in [
        &["lessons", "check", arg(&dir)][..],
        &["lessons", "build", arg(&dir), arg(&out)],
    ] {
        let ran = pyplay(args, "");
        assert_eq!(ran.status, 0, "{}", ran.stderr);
        assert!(
            ran.stderr.starts_with(
                "warning: lessons/draft.toml is not listed in lessons/lessons.toml, so it is \
                 not part of the site: add \"draft\" to the list there to publish it"
            ),
            "{}",
            ran.stderr
        );
        assert!(
            ran.stderr
                .ends_with("pyplay lessons: 1 lessons and 0 translations ready, 0 problems\n"),
            "{}",
            ran.stderr
        );
    }
    assert!(!out.join("draft.json").exists());
}

//! `pyplay` alone, `pyplay help` and unknown commands.

mod common;
use common::pyplay;

#[test]
fn help_lists_every_subcommand() {
    for flag in ["help", "--help", "-h"] {
        let ran = pyplay(&[flag], "");
        assert_eq!(ran.status, 0);
        for command in [
            "pyplay lessons build [--keep-going] SOURCE_DIR OUT_DIR",
            "pyplay lessons check SOURCE_DIR",
            "pyplay lessons deploy SOURCE_DIR DIST_DIR",
            "pyplay verify [LESSONS_DIR]",
            "pyplay run [--file DATA]... PROGRAM.py",
        ] {
            assert!(ran.stdout.contains(command), "{}", ran.stdout);
        }
    }
}

#[test]
fn no_command_or_an_unknown_one_shows_the_help_and_fails() {
    let ran = pyplay(&[], "");
    assert_eq!(ran.status, 2);
    assert!(
        ran.stderr.contains("pyplay lessons build"),
        "{}",
        ran.stderr
    );
    let ran = pyplay(&["lesson", "check", "lessons"], "");
    assert_eq!(ran.status, 2);
    assert!(
        ran.stderr.starts_with("pyplay: unknown command \"lesson\""),
        "{}",
        ran.stderr
    );
}

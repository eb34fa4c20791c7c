//! The lesson model: the format the app loads at run time. `lessons/index.json` lists lesson
//! files, each lesson file holds its exercises. Parsing reports errors that name the file and
//! the field (`lessons/loops.json: exercises[2].starter: invalid type…`), so an organizer can
//! fix them. Only serde: the page, the worker, the checks and the engine use it without
//! compiling the organizers' TOML build (`pyplay-lesson-build`), which produces these files.
//! Also the vocabulary they share: [`Construct`], [`MAIN_FILE`], and what Check found
//! ([`CheckResult`], with its [`CheckTitle`] and [`Failure`] as typed values the page words in
//! the learner's language).

mod construct;
mod result;

pub use construct::{Construct, UnknownConstruct};
pub use result::{CheckResult, CheckTitle, Failure};

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The file name a learner's program runs under: tracebacks name it (`File "main.py", line 3`),
/// the engine compiles the program as it, and error explanations and the page's clickable
/// traceback lines look for it.
pub const MAIN_FILE: &str = "main.py";

/// `lessons/index.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Index {
    pub lessons: Vec<IndexEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexEntry {
    pub id: String,
    pub title: String,
    /// The lesson file, relative to the index.
    pub file: String,
    /// Why the lesson could not be built (the app shows these instead of the lesson).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

/// One lesson file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    /// Data files the programs of this lesson can `open()`, relative to the lessons folder
    /// (e.g. `"data/words.txt"`); a program opens them by file name (`open("words.txt")`).
    #[serde(default)]
    pub files: Vec<String>,
    pub exercises: Vec<Exercise>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// The text shown above the editor. Organizers write Markdown; `pyplay-lesson-build` renders
    /// it to HTML that is safe to insert into the page, and the JSON holds that HTML.
    pub text: String,
    /// The code the editor starts with.
    pub starter: String,
    /// Hints, shown one at a time. Organizers write plain text with code in backticks;
    /// `pyplay-lesson-build` renders it to safe HTML (`<code>` for the code), and the JSON holds
    /// that HTML.
    #[serde(default)]
    pub hints: Vec<String>,
    /// A reference solution (hidden until the learner asks); it must pass every check.
    #[serde(default)]
    pub solution: Option<String>,
    /// What a program must do to complete the exercise; none for free play.
    #[serde(default)]
    pub checks: Vec<Check>,
    /// The starter code is allowed to pass the checks already.
    #[serde(default)]
    pub starter_may_pass: bool,
    /// How long Check may run (all its runs together) before it is stopped, when the
    /// exercise needs longer than [`CHECK_SECONDS`] (e.g. a program that reads a big file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_seconds: Option<u32>,
    /// "Predict the output, then step": the learner writes what they think the starter code
    /// prints, then steps through it and sees their guess beside what it printed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub predict: bool,
}

/// How long Check (in the page and in `pyplay verify`) may run by default: a beginner's program
/// that has not finished by then is almost always in an endless loop.
pub const CHECK_SECONDS: u32 = 5;

impl Exercise {
    /// How long Check may run on this exercise.
    pub fn check_seconds(&self) -> u32 {
        self.check_seconds.unwrap_or(CHECK_SECONDS)
    }
}

/// One thing an exercise checks about the learner's program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Check {
    /// Run with no input, the program prints `expected`.
    Output {
        expected: String,
        #[serde(default)]
        compare: Compare,
    },
    /// Run once per case with the case's typed lines, the console shows `expected` — prompts,
    /// the typed lines and the output, just as the learner sees them.
    Io {
        cases: Vec<IoCase>,
        #[serde(default)]
        compare: Compare,
    },
    /// Python run after the program in its namespace, usually `assert`s with messages, e.g.
    /// `assert add(2, 3) == 5, "add(2, 3) should be 5"`. `input` is typed to the program's own
    /// `input()` calls first (for a program that asks questions before the tests run).
    Tests {
        code: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        input: Vec<String>,
    },
    /// The program draws what the reference program draws (tkinter, turtle): the same shapes,
    /// lines, colours and texts, within a pixel or two. `solution` is that program: in a
    /// lesson source leave it out and the build copies in the exercise's solution.
    Drawing {
        #[serde(default, skip_serializing_if = "String::is_empty")]
        solution: String,
    },
    /// The program plots what the reference program plots (matplotlib.pyplot): the same
    /// figures, kinds of plot, titles, axis labels, legends and data; colours and styles are
    /// free. `solution` is that program: in a lesson source leave it out and the build copies
    /// in the exercise's solution.
    Plot {
        #[serde(default, skip_serializing_if = "String::is_empty")]
        solution: String,
    },
    /// The program uses a construct (e.g. `"for"`, `"call:len"`). `message` says what is missing.
    Uses {
        construct: Construct,
        message: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IoCase {
    /// The lines the learner would type, one per input() call.
    pub input: Vec<String>,
    pub expected: String,
}

/// How strictly output must match.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compare {
    /// Character for character.
    Exact,
    /// Line by line, ignoring spaces at line ends and blank lines at the end (the default:
    /// beginners can't see trailing spaces).
    #[default]
    Lines,
    /// Any run of whitespace counts as one space; leading and trailing whitespace is ignored.
    Whitespace,
}

/// What is wrong with a lesson file, in words for the person who wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonError {
    /// The file as the app fetched it, e.g. `lessons/loops.json`.
    pub file: String,
    /// The field, e.g. `exercises[2].starter`; empty for the file as a whole.
    pub field: String,
    pub message: String,
}

impl fmt::Display for LessonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.field, self.message)
        }
    }
}

impl std::error::Error for LessonError {}

fn parse<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> Result<T, LessonError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let field = err.path().to_string();
        let inner = err.into_inner();
        // A syntax error is about the file at a line and column, not about a field.
        let (field, message) = if inner.is_syntax() || inner.is_eof() {
            (String::new(), format!("not valid JSON ({inner})"))
        } else {
            (
                if field == "." { String::new() } else { field },
                inner.to_string(),
            )
        };
        LessonError {
            file: file.to_owned(),
            field,
            message,
        }
    })
}

fn error(file: &str, field: String, message: impl Into<String>) -> LessonError {
    LessonError {
        file: file.to_owned(),
        field,
        message: message.into(),
    }
}

/// Checks that ids are present and unique, listing every problem at once.
fn unique_ids<'a>(
    file: &str,
    list: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<LessonError>,
) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            errors.push(error(file, format!("{list}[{i}].id"), "must not be empty"));
        } else if !seen.insert(id) {
            errors.push(error(
                file,
                format!("{list}[{i}].id"),
                format!("duplicate id \"{id}\""),
            ));
        }
    }
}

/// Parses `index.json`.
pub fn parse_index(file: &str, text: &str) -> Result<Index, Vec<LessonError>> {
    let index: Index = parse(file, text).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    unique_ids(
        file,
        "lessons",
        index.lessons.iter().map(|l| l.id.as_str()),
        &mut errors,
    );
    for (i, entry) in index.lessons.iter().enumerate() {
        if entry.file.trim().is_empty() {
            errors.push(error(
                file,
                format!("lessons[{i}].file"),
                "must name a lesson file",
            ));
        }
    }
    if errors.is_empty() {
        Ok(index)
    } else {
        Err(errors)
    }
}

/// The name a program opens a data file by: its last path component.
pub fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Parses one lesson file (JSON, as the app loads it).
pub fn parse_lesson(file: &str, text: &str) -> Result<Lesson, Vec<LessonError>> {
    let lesson: Lesson = parse(file, text).map_err(|e| vec![e])?;
    validate(file, lesson)
}

/// Checks what serde can't: ids, titles, data file paths, checks that can never pass. Lists
/// every problem at once. `parse_lesson` calls it; so does the TOML build for its sources.
pub fn validate(file: &str, lesson: Lesson) -> Result<Lesson, Vec<LessonError>> {
    let mut errors = Vec::new();
    if lesson.exercises.is_empty() {
        errors.push(error(
            file,
            "exercises".into(),
            "a lesson needs at least one exercise",
        ));
    }
    unique_ids(
        file,
        "exercises",
        lesson.exercises.iter().map(|e| e.id.as_str()),
        &mut errors,
    );
    let mut names = HashSet::new();
    for (i, path) in lesson.files.iter().enumerate() {
        let field = format!("files[{i}]");
        if path.trim().is_empty()
            || path.starts_with('/')
            || path.contains('\\')
            || path.split('/').any(|part| part == ".." || part.is_empty())
        {
            errors.push(error(file, field, format!(
                "\"{path}\" is not a path inside the lessons folder (use a relative path like \"data/words.txt\")"
            )));
        } else if !names.insert(file_name(path)) {
            errors.push(error(
                file,
                field,
                format!(
                    "two data files are both called \"{}\"; programs open files by name",
                    file_name(path)
                ),
            ));
        }
    }
    for (i, exercise) in lesson.exercises.iter().enumerate() {
        if exercise.title.trim().is_empty() {
            errors.push(error(
                file,
                format!("exercises[{i}].title"),
                "must not be empty",
            ));
        }
        if !exercise.checks.is_empty() && exercise.solution.is_none() {
            errors.push(error(
                file,
                format!("exercises[{i}].solution"),
                "an exercise with checks needs a reference solution (it shows the checks can pass)",
            ));
        }
        if exercise.predict && exercise.starter.trim().is_empty() {
            errors.push(error(
                file,
                format!("exercises[{i}].predict"),
                "an exercise that asks to predict the output needs starter code to predict",
            ));
        }
        for (j, check) in exercise.checks.iter().enumerate() {
            if let Some(problem) = impossible(check) {
                errors.push(error(file, format!("exercises[{i}].checks[{j}]"), problem));
            }
        }
    }
    if errors.is_empty() {
        Ok(lesson)
    } else {
        Err(errors)
    }
}

/// Why a check can never pass whatever the learner writes, if it can be told without running
/// anything. (A check the reference solution fails is found by `pyplay verify`, which runs it.)
fn impossible(check: &Check) -> Option<String> {
    match check {
        Check::Io { cases, .. } if cases.is_empty() => {
            Some("an io check needs at least one case".into())
        }
        Check::Tests { code, .. } if code.trim().is_empty() => {
            Some("the test code is empty".into())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;

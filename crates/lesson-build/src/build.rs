//! `pyplay lessons`' work: organizer sources (TOML) in, the app's static JSON out.

use crate::{Order, parse_lesson_toml, render_hint, render_markdown};
use pyplay_lessons::{Index, IndexEntry, Lesson, LessonError};
use std::path::Path;

/// Reads the lesson sources in `source` (`lessons.toml` and the `<name>.toml` it lists), and
/// if `out` is given writes the app's JSON and the data files there. Returns the lessons that
/// are fine, as the app will see them (text rendered to HTML), and a line for each problem
/// (file, line, field); a broken lesson is listed in the index with its errors instead of its
/// contents.
pub fn build(source: &Path, out: Option<&Path>) -> (Vec<Lesson>, Vec<String>) {
    let mut lessons = Vec::new();
    let mut problems = Vec::new();
    let mut index = Index {
        lessons: Vec::new(),
    };
    let order_name = "lessons/lessons.toml";
    let order: Order = match std::fs::read_to_string(source.join("lessons.toml")) {
        Err(err) => {
            return (
                lessons,
                vec![format!("{order_name}: can't be read ({err})")],
            );
        }
        Ok(text) => match toml::from_str(&text) {
            Ok(order) => order,
            Err(err) => {
                return (
                    lessons,
                    vec![format!("{order_name}: {}", err.message().trim_end())],
                );
            }
        },
    };
    if let Some(out) = out
        && let Err(err) = std::fs::create_dir_all(out)
    {
        return (
            lessons,
            vec![format!("{}: can't be created ({err})", out.display())],
        );
    }
    for name in &order.lessons {
        let file = format!("lessons/{name}.toml");
        let text = match std::fs::read_to_string(source.join(format!("{name}.toml"))) {
            Ok(text) => text,
            Err(err) => {
                let problem =
                    format!("{order_name}: lists \"{name}\", but {file} can't be read ({err})");
                broken(&mut index, &mut problems, name, vec![problem]);
                continue;
            }
        };
        let lesson = match parse_lesson_toml(&file, &text) {
            Ok(lesson) => rendered(lesson),
            Err(errors) => {
                broken(
                    &mut index,
                    &mut problems,
                    name,
                    errors.iter().map(LessonError::to_string).collect(),
                );
                continue;
            }
        };
        let missing: Vec<_> = lesson
            .files
            .iter()
            .filter(|p| !crate::data_file_exists(source, p))
            .collect();
        if !missing.is_empty() {
            let errors = missing
                .iter()
                .map(|path| {
                    format!("{file}: files: data file \"{path}\" is not in the lessons folder")
                })
                .collect();
            broken(&mut index, &mut problems, name, errors);
            continue;
        }
        if let Some(out) = out {
            let json = serde_json::to_string_pretty(&lesson).expect("lessons serialise");
            let cant_write =
                |err: std::io::Error| format!("can't be written to {} ({err})", out.display());
            let mut written =
                std::fs::write(out.join(format!("{name}.json")), json).map_err(cant_write);
            for path in &lesson.files {
                let target = out.join(path);
                written = written.and_then(|()| {
                    std::fs::create_dir_all(target.parent().expect("a file has a folder"))
                        .map_err(cant_write)?;
                    let data =
                        crate::data_file(source, path).map_err(|err| format!("files: {err}"))?;
                    std::fs::write(&target, data).map_err(cant_write)
                });
            }
            if let Err(err) = written {
                let problem = format!("{file}: {err}");
                broken(&mut index, &mut problems, name, vec![problem]);
                continue;
            }
        }
        index.lessons.push(IndexEntry {
            id: lesson.id.clone(),
            title: lesson.title.clone(),
            file: format!("{name}.json"),
            errors: Vec::new(),
        });
        lessons.push(lesson);
    }
    if let Some(out) = out {
        let json = serde_json::to_string_pretty(&index).expect("the index serialises");
        if let Err(err) = std::fs::write(out.join("index.json"), json) {
            problems.push(format!(
                "{}: can't be written ({err})",
                out.join("index.json").display()
            ));
        }
    }
    (lessons, problems)
}

/// A warning for each lesson source in `source` that `lessons.toml` doesn't list (a `*.toml`
/// other than `lessons.toml` itself): it is not built, which is fine for a draft but puzzling
/// when it was simply forgotten. Nothing if `lessons.toml` can't be read (`build` reports that).
pub fn unlisted_lessons(source: &Path) -> Vec<String> {
    let Some(order) = std::fs::read_to_string(source.join("lessons.toml"))
        .ok()
        .and_then(|text| toml::from_str::<Order>(&text).ok())
    else {
        return Vec::new();
    };
    let Ok(entries) = std::fs::read_dir(source) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let file = entry.file_name().into_string().ok()?;
            let name = file.strip_suffix(".toml")?;
            let listed = file == "lessons.toml" || order.lessons.iter().any(|l| l == name);
            (!listed && !file.starts_with('.') && entry.path().is_file()).then(|| name.to_owned())
        })
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            format!(
                "lessons/{name}.toml is not listed in lessons/lessons.toml, so it is not part of \
                 the site: add \"{name}\" to the list there to publish it (a draft can stay \
                 unlisted)"
            )
        })
        .collect()
}

/// The lesson with each exercise's Markdown text and its hints (code in backticks) rendered to
/// safe HTML, as the JSON holds them, and the reference program of each drawing and plot check
/// (the exercise's solution unless the check names its own).
fn rendered(mut lesson: Lesson) -> Lesson {
    for exercise in &mut lesson.exercises {
        exercise.text = render_markdown(&exercise.text);
        for hint in &mut exercise.hints {
            *hint = render_hint(hint);
        }
        for check in &mut exercise.checks {
            if let pyplay_lessons::Check::Drawing { solution }
            | pyplay_lessons::Check::Plot { solution } = check
                && solution.is_empty()
            {
                solution.clone_from(exercise.solution.as_ref().unwrap_or(&String::new()));
            }
        }
    }
    lesson
}

/// A lesson that can't be built stays in the index with its errors, so the app lists it and
/// says what is wrong instead of silently dropping it; the other lessons are unaffected.
fn broken(index: &mut Index, problems: &mut Vec<String>, name: &str, errors: Vec<String>) {
    problems.extend(errors.iter().cloned());
    index.lessons.push(IndexEntry {
        id: name.to_owned(),
        title: name.to_owned(),
        file: format!("{name}.json"),
        errors,
    });
}

//! `pyplay lessons`' work: organizer sources (TOML) in, the app's static JSON out.

use crate::{Order, parse_lesson_toml, render_hint, render_markdown};
use pyplay_lessons::{Index, IndexEntry, Lesson, LessonError};
use std::path::Path;

/// What [`build`] made: the lessons that are fine, as the app will see them (text rendered to
/// HTML), their translations, and a line for each problem (file, line, field).
#[derive(Debug, Default)]
pub struct Built {
    pub lessons: Vec<Lesson>,
    pub translations: Vec<Translation>,
    pub problems: Vec<String>,
}

/// A lesson in another language: `lessons/<language>/<name>.toml`, the same lesson (its id and
/// its exercises' ids, in order) with the words translated.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    /// Its folder's name: a language code such as `es`.
    pub language: String,
    /// Its source, as problems name it: `lessons/es/first-steps.toml`.
    pub file: String,
    pub lesson: Lesson,
}

impl Built {
    /// Every lesson that built, each with its source file (`lessons/<name>.toml` or
    /// `lessons/<language>/<name>.toml`): what `pyplay verify` runs.
    pub fn sources(&self) -> Vec<(String, &Lesson)> {
        let english = self
            .lessons
            .iter()
            .map(|lesson| (format!("lessons/{}.toml", lesson.id), lesson));
        let translated = self
            .translations
            .iter()
            .map(|t| (t.file.clone(), &t.lesson));
        english.chain(translated).collect()
    }
}

/// Reads the lesson sources in `source` (`lessons.toml` and the `<name>.toml` it lists, and
/// the translations in its language folders: `<language>/<name>.toml`), and if `out` is given
/// writes the app's JSON and the data files there: `index.json` and `<name>.json` for the
/// lessons as written, and for each language `<language>/index.json` (the same list, each
/// translated lesson in place of its original) and `<language>/<name>.json`. A broken lesson
/// is listed in the index with its errors instead of its contents.
pub fn build(source: &Path, out: Option<&Path>) -> Built {
    let mut built = Built::default();
    let order_name = "lessons/lessons.toml";
    let order: Order = match std::fs::read_to_string(source.join("lessons.toml")) {
        Err(err) => {
            built
                .problems
                .push(format!("{order_name}: can't be read ({err})"));
            return built;
        }
        Ok(text) => match toml::from_str(&text) {
            Ok(order) => order,
            Err(err) => {
                built
                    .problems
                    .push(format!("{order_name}: {}", err.message().trim_end()));
                return built;
            }
        },
    };
    if let Some(out) = out
        && let Err(err) = std::fs::create_dir_all(out)
    {
        built
            .problems
            .push(format!("{}: can't be created ({err})", out.display()));
        return built;
    }
    let mut index = Index {
        lessons: Vec::new(),
    };
    let mut originals = Vec::new();
    for name in &order.lessons {
        let file = format!("lessons/{name}.toml");
        let text = match std::fs::read_to_string(source.join(format!("{name}.toml"))) {
            Ok(text) => text,
            Err(err) => {
                let problem =
                    format!("{order_name}: lists \"{name}\", but {file} can't be read ({err})");
                index
                    .lessons
                    .push(broken(&mut built.problems, name, "", vec![problem]));
                originals.push(None);
                continue;
            }
        };
        match built_lesson(source, out, &file, &text, name, "", None) {
            Ok((lesson, entry)) => {
                index.lessons.push(entry);
                originals.push(Some(built.lessons.len()));
                built.lessons.push(lesson);
            }
            Err(errors) => {
                index
                    .lessons
                    .push(broken(&mut built.problems, name, "", errors));
                originals.push(None);
            }
        }
    }
    write_index(out, "", &index, &mut built.problems);
    for language in language_folders(source) {
        let folder = format!("{language}/");
        let mut translated = index.clone();
        for ((name, entry), original) in order
            .lessons
            .iter()
            .zip(&mut translated.lessons)
            .zip(&originals)
        {
            let Ok(text) =
                std::fs::read_to_string(source.join(&folder).join(format!("{name}.toml")))
            else {
                continue; // not translated (yet): the original stands in
            };
            let file = format!("lessons/{language}/{name}.toml");
            let original = original.map(|i| &built.lessons[i]);
            match built_lesson(source, out, &file, &text, name, &folder, original) {
                Ok((lesson, translated_entry)) => {
                    *entry = translated_entry;
                    built.translations.push(Translation {
                        language: language.clone(),
                        file,
                        lesson,
                    });
                }
                Err(errors) => *entry = broken(&mut built.problems, name, &folder, errors),
            }
        }
        write_index(out, &language, &translated, &mut built.problems);
    }
    built
}

/// One lesson source checked, rendered and (with `out`) written as `out/<folder><name>.json`
/// with its data files (always at `out/<path>`: translations share the originals' data
/// folder); its index entry, or its errors. A translation (`original` given) must keep the
/// original's lesson id and exercise ids, in order: saved code and progress are kept by id,
/// so a learner who changes language finds their work.
fn built_lesson(
    source: &Path,
    out: Option<&Path>,
    file: &str,
    text: &str,
    name: &str,
    folder: &str,
    original: Option<&Lesson>,
) -> Result<(Lesson, IndexEntry), Vec<String>> {
    let lesson = parse_lesson_toml(file, text)
        .map(rendered)
        .map_err(|errors| {
            errors
                .iter()
                .map(LessonError::to_string)
                .collect::<Vec<_>>()
        })?;
    if let Some(original) = original {
        let of = |l: &Lesson| l.exercises.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        let mut errors = Vec::new();
        if lesson.id != original.id {
            errors.push(format!(
                "{file}: id: \"{}\" must be the id of lessons/{name}.toml, \"{}\" (a translation \
                 is the same lesson in other words)",
                lesson.id, original.id
            ));
        }
        if of(&lesson) != of(original) {
            errors.push(format!(
                "{file}: exercises: the ids must be those of lessons/{name}.toml, in its order \
                 ({}), but here they are {} (saved code and progress are kept by id)",
                of(original).join(", "),
                of(&lesson).join(", ")
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
    }
    let missing: Vec<_> = lesson
        .files
        .iter()
        .filter(|p| !crate::data_file_exists(source, p))
        .map(|path| format!("{file}: files: data file \"{path}\" is not in the lessons folder"))
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    if let Some(out) = out {
        write_lesson(source, out, folder, name, &lesson)
            .map_err(|err| vec![format!("{file}: {err}")])?;
    }
    let entry = IndexEntry {
        id: lesson.id.clone(),
        title: lesson.title.clone(),
        file: format!("{folder}{name}.json"),
        errors: Vec::new(),
    };
    Ok((lesson, entry))
}

fn write_lesson(
    source: &Path,
    out: &Path,
    folder: &str,
    name: &str,
    lesson: &Lesson,
) -> Result<(), String> {
    let json = serde_json::to_string_pretty(lesson).expect("lessons serialise");
    let cant_write = |err: std::io::Error| format!("can't be written to {} ({err})", out.display());
    let target = out.join(format!("{folder}{name}.json"));
    std::fs::create_dir_all(target.parent().expect("a file has a folder")).map_err(cant_write)?;
    std::fs::write(target, json).map_err(cant_write)?;
    for path in &lesson.files {
        let target = out.join(path);
        std::fs::create_dir_all(target.parent().expect("a file has a folder"))
            .map_err(cant_write)?;
        let data = crate::data_file(source, path).map_err(|err| format!("files: {err}"))?;
        std::fs::write(&target, data).map_err(cant_write)?;
    }
    Ok(())
}

fn write_index(out: Option<&Path>, language: &str, index: &Index, problems: &mut Vec<String>) {
    let Some(out) = out else { return };
    let path = out.join(language).join("index.json");
    let json = serde_json::to_string_pretty(index).expect("the index serialises");
    let written = std::fs::create_dir_all(path.parent().expect("a file has a folder"))
        .and_then(|()| std::fs::write(&path, json));
    if let Err(err) = written {
        problems.push(format!("{}: can't be written ({err})", path.display()));
    }
}

/// The folders of `source` that hold translations: named like a language code (`es`, `pt-BR`,
/// `ar-XB`: two or three lower-case letters, then optional `-` parts) with a `*.toml` in them;
/// sorted. `data` and other folders are not.
pub fn language_folders(source: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(source) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            let sources = || {
                std::fs::read_dir(entry.path()).is_ok_and(|files| {
                    files
                        .flatten()
                        .any(|file| file.path().extension().is_some_and(|e| e == "toml"))
                })
            };
            (is_language_code(&name) && sources()).then_some(name)
        })
        .collect();
    languages.sort();
    languages
}

fn is_language_code(name: &str) -> bool {
    let mut parts = name.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
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
    let mut warnings = Vec::new();
    for folder in
        std::iter::once(String::new()).chain(language_folders(source).into_iter().map(|l| l + "/"))
    {
        let Ok(entries) = std::fs::read_dir(source.join(&folder)) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .filter_map(|entry| {
                let entry = entry.ok()?;
                let file = entry.file_name().into_string().ok()?;
                let name = file.strip_suffix(".toml")?;
                let listed = file == "lessons.toml" || order.lessons.iter().any(|l| l == name);
                (!listed && !file.starts_with('.') && entry.path().is_file())
                    .then(|| name.to_owned())
            })
            .collect();
        names.sort();
        warnings.extend(names.iter().map(|name| {
            format!(
                "lessons/{folder}{name}.toml is not listed in lessons/lessons.toml, so it is not \
                 part of the site: add \"{name}\" to the list there to publish it (a draft can \
                 stay unlisted)"
            )
        }));
    }
    warnings
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
fn broken(problems: &mut Vec<String>, name: &str, folder: &str, errors: Vec<String>) -> IndexEntry {
    problems.extend(errors.iter().cloned());
    IndexEntry {
        id: name.to_owned(),
        title: name.to_owned(),
        file: format!("{folder}{name}.json"),
        errors,
    }
}

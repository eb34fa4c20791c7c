//! Lesson sources as organizers write them: TOML, whose multi-line literal strings hold code
//! and expected output exactly as written. The toml crate reports spans, which become line
//! numbers; serde_path_to_error gives the field.

use pyplay_lessons::{Lesson, LessonError, validate};
use serde::{Deserialize, Serialize};

/// The order of lessons, `lessons/lessons.toml`: `lessons = ["first-steps", …]`, each the
/// name of a `<name>.toml` beside it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Order {
    pub lessons: Vec<String>,
}

/// Parses a lesson source (TOML) into the model, validated as the app's JSON is. Errors name
/// the line as well as the field. The text stays Markdown; [`crate::build`] renders it.
pub fn parse_lesson_toml(file: &str, text: &str) -> Result<Lesson, Vec<LessonError>> {
    let deserializer = toml::Deserializer::parse(text)
        .map_err(|err| vec![toml_error(file, text, String::new(), &err)])?;
    let lesson: Lesson = serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let field = err.path().to_string();
        let field = if field == "." { String::new() } else { field };
        vec![toml_error(file, text, field, &err.into_inner())]
    })?;
    validate(file, lesson)
}

fn toml_error(file: &str, text: &str, field: String, err: &toml::de::Error) -> LessonError {
    let message = match err.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!("line {line}: {}", err.message().trim_end())
        }
        None => err.message().trim_end().to_owned(),
    };
    LessonError {
        file: file.to_owned(),
        field,
        message,
    }
}

//! Loads the lesson catalog at run time with gloo-net: `lessons/index.json`, then every lesson
//! file it lists. A broken lesson file is kept as an error for that lesson; the others still load.

use gloo_net::http::Request;
use pyplay_lessons::{IndexEntry, Lesson, parse_index, parse_lesson};

const INDEX: &str = "lessons/index.json";

#[derive(Clone, Debug, PartialEq)]
pub enum LoadedLesson {
    Ready(Lesson),
    Broken {
        entry: IndexEntry,
        errors: Vec<String>,
    },
}

/// A successful response for `path`, or what went wrong in words that name the file.
async fn fetch(path: &str) -> Result<gloo_net::http::Response, String> {
    let response = Request::get(path)
        .send()
        .await
        .map_err(|err| format!("{path}: could not be loaded ({err})"))?;
    if !response.ok() {
        return Err(format!(
            "{path}: could not be loaded (HTTP {} {})",
            response.status(),
            response.status_text()
        ));
    }
    Ok(response)
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let response = fetch(path).await?;
    response
        .text()
        .await
        .map_err(|err| format!("{path}: could not be read ({err})"))
}

/// A lesson's data file, as bytes.
pub async fn fetch_file(path: &str) -> Result<Vec<u8>, String> {
    let response = fetch(path).await?;
    response
        .binary()
        .await
        .map_err(|err| format!("{path}: could not be read ({err})"))
}

/// The catalog, or the reasons the index itself can't be used.
pub async fn load_catalog() -> Result<Vec<LoadedLesson>, Vec<String>> {
    let text = fetch_text(INDEX).await.map_err(|e| vec![e])?;
    let index = parse_index(INDEX, &text)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    // All lessons at once (the order stays the index's): one round trip, not one per lesson.
    let lessons = index.lessons.into_iter().map(|entry| async move {
        if !entry.errors.is_empty() {
            let errors = entry.errors.clone();
            return LoadedLesson::Broken { entry, errors };
        }
        let path = format!("lessons/{}", entry.file);
        match fetch_text(&path).await {
            Err(err) => LoadedLesson::Broken {
                entry,
                errors: vec![err],
            },
            Ok(text) => match parse_lesson(&path, &text) {
                Ok(lesson) => LoadedLesson::Ready(lesson),
                Err(errors) => LoadedLesson::Broken {
                    entry,
                    errors: errors.iter().map(ToString::to_string).collect(),
                },
            },
        }
    });
    let lessons = futures::future::join_all(lessons).await;
    Ok(lessons)
}

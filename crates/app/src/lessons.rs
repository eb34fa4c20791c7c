//! Loads the lesson catalog at run time with gloo-net: `lessons/index.json` (or, in another
//! language, `lessons/<code>/index.json`, which lists the translated lessons in place of their
//! originals), then every lesson file it lists. A broken lesson file is kept as an error for
//! that lesson; the others still load.

use gloo_net::http::Request;
use pyplay_i18n::Language;
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

/// Why a file could not be had from the server; the detail is the browser's or server's own
/// words (`HTTP 404 Not Found`), kept for whoever fixes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// No response (offline, blocked), or an error status.
    NotLoaded(String),
    /// A response whose body could not be read.
    Unreadable(String),
}

/// A successful response for `path`, or what went wrong.
async fn response(path: &str) -> Result<gloo_net::http::Response, FileError> {
    let response = Request::get(path)
        .send()
        .await
        .map_err(|err| FileError::NotLoaded(err.to_string()))?;
    if !response.ok() {
        return Err(FileError::NotLoaded(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        )));
    }
    Ok(response)
}

/// A successful response for `path`, or what went wrong in words that name the file (for the
/// organizer who fixes the lessons; shown as it is).
async fn fetch(path: &str) -> Result<gloo_net::http::Response, String> {
    response(path).await.map_err(|err| match err {
        FileError::NotLoaded(why) | FileError::Unreadable(why) => {
            format!("{path}: could not be loaded ({why})")
        }
    })
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let response = fetch(path).await?;
    response
        .text()
        .await
        .map_err(|err| format!("{path}: could not be read ({err})"))
}

/// A lesson's data file, as bytes.
pub async fn fetch_file(path: &str) -> Result<Vec<u8>, FileError> {
    response(path)
        .await?
        .binary()
        .await
        .map_err(|err| FileError::Unreadable(err.to_string()))
}

/// The catalog in `language`, or the reasons the index itself can't be used. A language with
/// no lessons of its own (no index of its own, or offline without it) gets the originals.
pub async fn load_catalog(language: Language) -> Result<Vec<LoadedLesson>, Vec<String>> {
    let translated = format!("lessons/{}/index.json", language.code());
    let (path, text) = match language {
        Language::English => (INDEX, fetch_text(INDEX).await),
        _ => match fetch_text(&translated).await {
            Ok(text) => (translated.as_str(), Ok(text)),
            Err(_) => (INDEX, fetch_text(INDEX).await),
        },
    };
    let text = text.map_err(|e| vec![e])?;
    let index = parse_index(path, &text)
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

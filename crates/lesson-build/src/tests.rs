use super::*;
use pyplay_lessons::{parse_index, parse_lesson};

#[test]
fn the_shipped_lessons_build() {
    // Read when the test runs (not env!): clones sharing a target dir share this binary.
    let crate_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo test sets it");
    let root = std::path::Path::new(&crate_dir).join("../../lessons");
    let out = std::env::temp_dir().join(format!("pyplay-lesson-build-{}", std::process::id()));
    let Built {
        lessons,
        translations,
        problems,
    } = build(&root, Some(&out));
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(!lessons.is_empty());
    // Each translation is what its language's index lists in its original's place.
    for translation in &translations {
        let path = format!("{}/index.json", translation.language);
        let index = parse_index(&path, &std::fs::read_to_string(out.join(&path)).unwrap());
        let entry = index
            .unwrap()
            .lessons
            .into_iter()
            .find(|e| e.id == translation.lesson.id);
        let file = entry.expect("listed").file;
        let text = std::fs::read_to_string(out.join(&file)).unwrap();
        assert_eq!(parse_lesson(&file, &text).unwrap(), translation.lesson);
    }
    // What was written is what the app parses.
    let index = parse_index(
        "lessons/index.json",
        &std::fs::read_to_string(out.join("index.json")).unwrap(),
    )
    .unwrap();
    for (entry, lesson) in index.lessons.iter().zip(&lessons) {
        let text = std::fs::read_to_string(out.join(&entry.file)).unwrap();
        assert_eq!(&parse_lesson(&entry.file, &text).unwrap(), lesson);
        for file in &lesson.files {
            assert!(out.join(file).is_file(), "{file} was not copied");
        }
        // Every backtick in a hint pairs up into code, and no hint shows a literal "\n" (a
        // line break written in a TOML '…' string, which keeps backslashes).
        for exercise in &lesson.exercises {
            for hint in &exercise.hints {
                assert!(!hint.contains(['`', '\\']), "{}: {hint}", exercise.id);
            }
        }
    }
}

const SOURCE: &str = r#"id = "first"
title = "First steps"

[[exercises]]
id = "hello"
title = "Hello"
text = "Say *hi*"
starter = """
print('hi')
"""

[[exercises]]
id = "sum"
title = "Sum"
text = "Add"
"#;

#[test]
fn a_toml_source_error_names_file_line_and_field() {
    let errors = parse_lesson_toml("lessons/first.toml", SOURCE).unwrap_err();
    assert_eq!(errors[0].file, "lessons/first.toml");
    assert_eq!(errors[0].field, "exercises[1]");
    assert!(
        errors[0].message.contains("missing field `starter`"),
        "{}",
        errors[0].message
    );
    assert!(
        errors[0].message.starts_with("line "),
        "{}",
        errors[0].message
    );
    let typo = SOURCE.replace(
        "text = \"Add\"",
        "text = \"Add\"\nstarer = \"x\"\nstarter = \"y\"",
    );
    let errors = parse_lesson_toml("lessons/first.toml", &typo).unwrap_err();
    assert_eq!(errors[0].field, "exercises[1].starer");
    assert!(
        errors[0]
            .message
            .starts_with("line 16: unknown field `starer`"),
        "{:?}",
        errors[0]
    );
    let ok = SOURCE.replace(
        "text = \"Add\"",
        "text = \"Add\"\nstarter = \"print(1 + 2)\"",
    );
    assert_eq!(
        parse_lesson_toml("lessons/first.toml", &ok)
            .unwrap()
            .exercises[0]
            .starter,
        "print('hi')\n"
    );
}

#[test]
fn a_broken_source_is_listed_with_its_errors_and_the_others_still_build() {
    let dir = std::env::temp_dir().join(format!("pyplay-lesson-build-src-{}", std::process::id()));
    let out = dir.join("out");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("lessons.toml"),
        "lessons = [\"good\", \"bad\", \"gone\"]\n",
    )
    .unwrap();
    let good = SOURCE.replace(
        "text = \"Add\"",
        "text = \"Add\"\nstarter = \"print(1 + 2)\"",
    );
    std::fs::write(dir.join("good.toml"), good).unwrap();
    std::fs::write(dir.join("bad.toml"), SOURCE).unwrap();
    let Built {
        lessons, problems, ..
    } = build(&dir, Some(&out));
    assert_eq!(lessons.len(), 1);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].starts_with("lessons/bad.toml: exercises[1]: line "),
        "{}",
        problems[0]
    );
    assert!(
        problems[1].starts_with(
            "lessons/lessons.toml: lists \"gone\", but lessons/gone.toml can't be read"
        ),
        "{}",
        problems[1]
    );
    let index = parse_index(
        "lessons/index.json",
        &std::fs::read_to_string(out.join("index.json")).unwrap(),
    )
    .unwrap();
    let listed: Vec<_> = index
        .lessons
        .iter()
        .map(|e| (e.id.as_str(), e.errors.len()))
        .collect();
    assert_eq!(listed, [("first", 0), ("bad", 1), ("gone", 1)]);
    assert!(out.join("good.json").is_file());
}

/// Exercise text is Markdown in the source and safe HTML in the JSON the app loads: rendered
/// at build time, raw HTML shown as text, script links dropped. Hints too, with only their
/// `code` spans formatted.
#[test]
fn markdown_is_rendered_to_safe_html_in_the_json() {
    let dir = std::env::temp_dir().join(format!("pyplay-lesson-build-md-{}", std::process::id()));
    let out = dir.join("out");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"md\"]\n").unwrap();
    let source = SOURCE
        .replace(
            "text = \"Say *hi*\"",
            "text = \"Say *hi* with `print`. <script>alert(1)</script> [x](javascript:alert(1))\"",
        )
        .replace(
            "text = \"Add\"",
            "text = \"Add\"\nstarter = \"print(1 + 2)\"\nhints = [\"Try `a<b` & __x__\"]",
        );
    std::fs::write(dir.join("md.toml"), source).unwrap();
    let Built {
        lessons, problems, ..
    } = build(&dir, Some(&out));
    assert!(problems.is_empty(), "{problems:#?}");
    let json = std::fs::read_to_string(out.join("md.json")).unwrap();
    let lesson = parse_lesson("lessons/md.json", &json).unwrap();
    assert_eq!(lesson, lessons[0]);
    assert_eq!(
        lesson.exercises[0].text,
        "<p>Say <em>hi</em> with <code>print</code>. &lt;script&gt;alert(1)&lt;/script&gt; \
         <a href=\"#\">x</a></p>\n"
    );
    assert_eq!(lesson.exercises[1].text, "<p>Add</p>\n");
    // Hints: code in backticks, the rest plain text, all escaped.
    assert_eq!(
        lesson.exercises[1].hints,
        ["Try <code>a&lt;b</code> &amp; __x__"]
    );
    assert!(json.contains("<em>hi</em>"), "{json}");
}

/// A `uses` check with a construct the format doesn't know fails the lesson with its file,
/// line and field, so `pyplay lessons check` catches it before anything runs.
#[test]
fn an_unknown_construct_in_a_source_names_file_line_and_field() {
    let source = SOURCE.replace(
        "text = \"Add\"",
        "text = \"Add\"\nstarter = \"print(1 + 2)\"\nsolution = \"print(3)\"\n\n\
         [[exercises.checks]]\nkind = \"uses\"\nconstruct = \"call:\"\nmessage = \"Call it\"",
    );
    let errors = parse_lesson_toml("lessons/first.toml", &source).unwrap_err();
    assert_eq!(errors[0].field, "exercises[1].checks[0]");
    assert!(
        errors[0]
            .message
            .starts_with("line 19: unknown construct \"call:\": use one of for, while"),
        "{}",
        errors[0].message
    );
    let ok = source.replace("\"call:\"", "\"call:print\"");
    let lesson = parse_lesson_toml("lessons/first.toml", &ok).unwrap();
    assert_eq!(
        lesson.exercises[1].checks,
        [pyplay_lessons::Check::Uses {
            construct: pyplay_lessons::Construct::Call("print".into()),
            message: "Call it".into()
        }]
    );
}

/// A lesson file that lessons.toml doesn't list is not built; it is named in a warning (not an
/// error: organizers keep drafts there), and a listed one, lessons.toml itself or another file
/// type never is.
#[test]
fn an_unlisted_lesson_file_is_named_in_a_warning() {
    let dir = std::env::temp_dir().join(format!("pyplay-lesson-build-unl-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data.toml")).unwrap(); // a folder, not a lesson
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"good\"]\n").unwrap();
    for file in [
        "good.toml",
        "draft.toml",
        "another.toml",
        "notes.txt",
        ".#good.toml",
    ] {
        std::fs::write(dir.join(file), "").unwrap();
    }
    let warnings = unlisted_lessons(&dir);
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(
        warnings[0].starts_with("lessons/another.toml is not listed in lessons/lessons.toml"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[1].contains("draft.toml")
            && warnings[1].contains("add \"draft\" to the list there to publish it")
            && warnings[1].contains("a draft can stay unlisted"),
        "{}",
        warnings[1]
    );
    // Without a readable lessons.toml the build's own error is enough.
    std::fs::remove_file(dir.join("lessons.toml")).unwrap();
    assert_eq!(unlisted_lessons(&dir), Vec::<String>::new());
}

#[test]
fn a_database_is_built_from_its_sql_and_an_sql_error_names_the_file() {
    let dir = std::env::temp_dir().join(format!("pyplay-lesson-build-sql-{}", std::process::id()));
    let out = dir.join("out");
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"quiz\"]\n").unwrap();
    let lesson = SOURCE
        .replace(
            "title = \"First steps\"\n",
            "title = \"First steps\"\nfiles = [\"data/quiz.db\"]\n",
        )
        .replace(
            "text = \"Add\"",
            "text = \"Add\"\nstarter = \"print(1 + 2)\"",
        );
    std::fs::write(dir.join("quiz.toml"), lesson).unwrap();
    // The lessons folder holds the SQL; the app gets the database.
    let sql = dir.join("data/quiz.sql");
    std::fs::write(
        &sql,
        "-- a comment\nCREATE TABLE clue(id INTEGER PRIMARY KEY, text TEXT);\nINSERT INTO clue(text) VALUES ('It''s big');\n",
    )
    .unwrap();
    let Built {
        lessons, problems, ..
    } = build(&dir, Some(&out));
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(lessons[0].files, ["data/quiz.db"]);
    let db = std::fs::read(out.join("data/quiz.db")).unwrap();
    assert!(db.starts_with(b"SQLite format 3\0"));
    // The same SQL makes the same bytes (the precache's hashes stay put between builds).
    assert_eq!(data_file(&dir, "data/quiz.db").unwrap(), db);

    std::fs::write(
        &sql,
        "CREATE TABLE clue(id INTEGER PRIMARY KEY, text TEXT);\nINSERT INTO clu VALUES (1);\n",
    )
    .unwrap();
    let Built {
        lessons, problems, ..
    } = build(&dir, Some(&out));
    assert!(lessons.is_empty());
    assert_eq!(
        problems,
        [
            "lessons/quiz.toml: files: data/quiz.db: built from data/quiz.sql: SQLite says: no such table: clu"
        ]
    );
    std::fs::remove_file(&sql).unwrap();
    let Built { problems, .. } = build(&dir, Some(&out));
    assert_eq!(
        problems,
        ["lessons/quiz.toml: files: data file \"data/quiz.db\" is not in the lessons folder"]
    );
}

/// [`SOURCE`] with the starter code it lacks.
fn good() -> String {
    SOURCE.replace(
        "text = \"Add\"",
        "text = \"Add\"\nstarter = \"print(1 + 2)\"",
    )
}

/// A translation, `lessons/<language>/<name>.toml`, is checked like any lesson and must be the
/// same lesson (id, exercise ids in order). The build writes `<language>/index.json`: the
/// original list with each translated lesson in place of its original, pointing at
/// `<language>/<name>.json`; untranslated lessons stay the originals.
#[test]
fn a_translation_replaces_its_lesson_in_its_languages_index() {
    let dir = std::env::temp_dir().join(format!("pyplay-lesson-build-tr-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.join("out");
    std::fs::create_dir_all(dir.join("es")).unwrap();
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("data/words.txt"), "uno\n").unwrap();
    std::fs::write(
        dir.join("lessons.toml"),
        "lessons = [\"first\", \"second\"]\n",
    )
    .unwrap();
    std::fs::write(dir.join("first.toml"), good()).unwrap();
    std::fs::write(
        dir.join("second.toml"),
        good().replace("\"first\"", "\"second\""),
    )
    .unwrap();
    let spanish = good()
        .replace("First steps", "Primeros pasos")
        .replace("Say *hi*", "Di *hola*");
    std::fs::write(
        dir.join("es/first.toml"),
        spanish.replace(
            "id = \"first\"",
            "id = \"first\"\nfiles = [\"data/words.txt\"]",
        ),
    )
    .unwrap();
    let built = build(&dir, Some(&out));
    assert_eq!(built.problems, Vec::<String>::new());
    assert_eq!(built.lessons.len(), 2);
    assert_eq!(built.translations.len(), 1);
    let translation = &built.translations[0];
    assert_eq!(
        (translation.language.as_str(), translation.file.as_str()),
        ("es", "lessons/es/first.toml")
    );
    assert_eq!(translation.lesson.title, "Primeros pasos");
    let sources: Vec<_> = built.sources().into_iter().map(|(file, _)| file).collect();
    assert_eq!(
        sources,
        [
            "lessons/first.toml",
            "lessons/second.toml",
            "lessons/es/first.toml"
        ]
    );
    let index = |path: &str| {
        parse_index(path, &std::fs::read_to_string(out.join(path)).unwrap())
            .unwrap()
            .lessons
            .into_iter()
            .map(|e| (e.title, e.file))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        index("es/index.json"),
        [
            ("Primeros pasos".to_owned(), "es/first.json".to_owned()),
            ("First steps".to_owned(), "second.json".to_owned())
        ]
    );
    assert_eq!(index("index.json")[0].1, "first.json");
    let lesson = std::fs::read_to_string(out.join("es/first.json")).unwrap();
    assert!(
        parse_lesson("es/first.json", &lesson).unwrap().exercises[0]
            .text
            .contains("<em>hola</em>")
    );
    // Data files of a translation are the lessons folder's, where the app fetches them.
    assert!(out.join("data/words.txt").is_file());
}

/// Saved code and progress are kept by lesson and exercise id, so a translation that changes
/// them (or drops, adds or reorders exercises) is an error naming the file and field; it is
/// listed with its errors in its language's index, like a broken lesson.
#[test]
fn a_translation_must_keep_the_ids_of_its_lesson() {
    let dir = std::env::temp_dir().join(format!("pyplay-lesson-build-trid-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.join("out");
    std::fs::create_dir_all(dir.join("es")).unwrap();
    std::fs::write(dir.join("lessons.toml"), "lessons = [\"first\"]\n").unwrap();
    std::fs::write(dir.join("first.toml"), good()).unwrap();
    std::fs::write(
        dir.join("es/first.toml"),
        good()
            .replace("id = \"first\"", "id = \"primero\"")
            .replace("id = \"sum\"", "id = \"suma\""),
    )
    .unwrap();
    std::fs::write(dir.join("es/draft.toml"), good()).unwrap();
    let built = build(&dir, Some(&out));
    assert_eq!(built.translations.len(), 0);
    assert_eq!(built.problems.len(), 2, "{:#?}", built.problems);
    assert!(
        built.problems[0].starts_with(
            "lessons/es/first.toml: id: \"primero\" must be the id of lessons/first.toml, \"first\""
        ),
        "{}",
        built.problems[0]
    );
    assert!(
        built.problems[1].starts_with(
            "lessons/es/first.toml: exercises: the ids must be those of lessons/first.toml, in its order (hello, sum), but here they are hello, suma"
        ),
        "{}",
        built.problems[1]
    );
    let index = parse_index(
        "es/index.json",
        &std::fs::read_to_string(out.join("es/index.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(index.lessons[0].errors.len(), 2);
    // A translation of a lesson the list doesn't have is a draft, named in a warning.
    let warnings = unlisted_lessons(&dir);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].starts_with("lessons/es/draft.toml is not listed"),
        "{}",
        warnings[0]
    );
    // Only folders named like a language code hold translations.
    // Only folders named like a language code, with a lesson source in them, hold
    // translations ("out" holds only JSON).
    assert_eq!(language_folders(&dir), ["es"]);
    for folder in ["data", "pt-BR", "ar-XB", "Notes", "x", "img"] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        std::fs::write(dir.join(folder).join("a.toml"), "").unwrap();
    }
    assert_eq!(language_folders(&dir), ["ar-XB", "es", "img", "pt-BR"]);
}

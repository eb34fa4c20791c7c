use super::*;

const LESSON: &str = r#"{
  "id": "first", "title": "First steps",
  "exercises": [
    {"id": "hello", "title": "Hello", "text": "Say *hi*", "starter": "print('hi')\n"},
    {"id": "sum", "title": "Sum", "text": "Add", "starter": "print(1 + 2)\n"}
  ]
}"#;

#[test]
fn parses_a_lesson() {
    let lesson = parse_lesson("lessons/first.json", LESSON).unwrap();
    assert_eq!(lesson.exercises.len(), 2);
    assert_eq!(lesson.exercises[1].starter, "print(1 + 2)\n");
}

#[test]
fn a_missing_field_names_file_and_field() {
    let text = LESSON.replace(r#", "starter": "print(1 + 2)\n""#, "");
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    let text = errors[0].to_string();
    assert!(text.starts_with("lessons/first.json: exercises[1]: missing field `starter` at line 5"), "{text}");
}

#[test]
fn a_wrong_type_names_the_field() {
    let text = LESSON.replace(r#""starter": "print('hi')\n""#, r#""starter": 42"#);
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    assert_eq!(errors[0].file, "lessons/first.json");
    assert_eq!(errors[0].field, "exercises[0].starter");
    assert!(errors[0].message.starts_with("invalid type: integer `42`, expected a string"), "{}", errors[0].message);
}

#[test]
fn a_typo_in_a_field_name_is_reported() {
    let text = LESSON.replace(r#""text": "Add""#, r#""txet": "Add""#);
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    assert_eq!(errors[0].field, "exercises[1].txet");
    assert!(errors[0].message.starts_with("unknown field `txet`"), "{}", errors[0].message);
}

#[test]
fn broken_json_says_so() {
    let errors = parse_lesson("lessons/first.json", "{\"id\": \"x\", \"exercises\": [").unwrap_err();
    let text = errors[0].to_string();
    assert!(text.starts_with("lessons/first.json: not valid JSON (EOF while parsing a list at line 1"), "{text}");
}

#[test]
fn duplicate_ids_are_all_reported() {
    let text = LESSON.replace(r#""id": "sum""#, r#""id": "hello""#);
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].to_string(), "lessons/first.json: exercises[1].id: duplicate id \"hello\"");
}

#[test]
fn parses_the_index() {
    let index = parse_index(
        "lessons/index.json",
        r#"{"lessons": [{"id": "first", "title": "First steps", "file": "first.json"}]}"#,
    )
    .unwrap();
    assert_eq!(index.lessons[0].file, "first.json");
}

#[test]
fn the_shipped_lessons_parse() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../lessons");
    let text = std::fs::read_to_string(format!("{root}/index.json")).unwrap();
    let index = parse_index("lessons/index.json", &text).unwrap();
    assert!(!index.lessons.is_empty());
    for entry in &index.lessons {
        let name = format!("lessons/{}", entry.file);
        let text = std::fs::read_to_string(format!("{root}/{}", entry.file)).unwrap();
        let lesson = parse_lesson(&name, &text).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(lesson.id, entry.id, "{name}: id differs from the index");
    }
}

#[test]
fn data_files_must_stay_inside_the_lessons_folder_and_have_distinct_names() {
    let text = LESSON.replace(
        r#""title": "First steps","#,
        r#""title": "First steps", "files": ["data/words.txt", "../secret", "/etc/passwd", "other/words.txt"],"#,
    );
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["files[1]", "files[2]", "files[3]"]);
    assert!(errors[2].message.contains("both called \"words.txt\""), "{}", errors[2].message);
    let ok = LESSON.replace(r#""title": "First steps","#, r#""title": "First steps", "files": ["data/words.txt"],"#);
    assert_eq!(parse_lesson("lessons/first.json", &ok).unwrap().files, ["data/words.txt"]);
    assert_eq!(file_name("data/words.txt"), "words.txt");
}

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
    assert!(
        text.starts_with("lessons/first.json: exercises[1]: missing field `starter` at line 5"),
        "{text}"
    );
}

#[test]
fn a_wrong_type_names_the_field() {
    let text = LESSON.replace(r#""starter": "print('hi')\n""#, r#""starter": 42"#);
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    assert_eq!(errors[0].file, "lessons/first.json");
    assert_eq!(errors[0].field, "exercises[0].starter");
    assert!(
        errors[0]
            .message
            .starts_with("invalid type: integer `42`, expected a string"),
        "{}",
        errors[0].message
    );
}

#[test]
fn a_typo_in_a_field_name_is_reported() {
    let text = LESSON.replace(r#""text": "Add""#, r#""txet": "Add""#);
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    assert_eq!(errors[0].field, "exercises[1].txet");
    assert!(
        errors[0].message.starts_with("unknown field `txet`"),
        "{}",
        errors[0].message
    );
}

#[test]
fn broken_json_says_so() {
    let errors =
        parse_lesson("lessons/first.json", "{\"id\": \"x\", \"exercises\": [").unwrap_err();
    let text = errors[0].to_string();
    assert!(
        text.starts_with("lessons/first.json: not valid JSON (EOF while parsing a list at line 1"),
        "{text}"
    );
}

#[test]
fn duplicate_ids_are_all_reported() {
    let text = LESSON.replace(r#""id": "sum""#, r#""id": "hello""#);
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "lessons/first.json: exercises[1].id: duplicate id \"hello\""
    );
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
fn data_files_must_stay_inside_the_lessons_folder_and_have_distinct_names() {
    let text = LESSON.replace(
        r#""title": "First steps","#,
        r#""title": "First steps", "files": ["data/words.txt", "../secret", "/etc/passwd", "other/words.txt"],"#,
    );
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["files[1]", "files[2]", "files[3]"]);
    assert!(
        errors[2].message.contains("both called \"words.txt\""),
        "{}",
        errors[2].message
    );
    let ok = LESSON.replace(
        r#""title": "First steps","#,
        r#""title": "First steps", "files": ["data/words.txt"],"#,
    );
    assert_eq!(
        parse_lesson("lessons/first.json", &ok).unwrap().files,
        ["data/words.txt"]
    );
    assert_eq!(file_name("data/words.txt"), "words.txt");
}

#[test]
fn checks_that_can_never_pass_are_reported() {
    let text = LESSON.replace(
        r#""text": "Add", "starter": "print(1 + 2)\n""#,
        r#""text": "Add", "starter": "print(1 + 2)\n", "solution": "print(3)\n", "checks": [
            {"kind": "io", "cases": []},
            {"kind": "tests", "code": "  \n"},
            {"kind": "uses", "construct": "call:print", "message": "Print it"}
        ]"#,
    );
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    let found: Vec<_> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(
        found[0],
        "lessons/first.json: exercises[1].checks[0]: an io check needs at least one case"
    );
    assert_eq!(
        found[1],
        "lessons/first.json: exercises[1].checks[1]: the test code is empty"
    );
    let unsolved = LESSON.replace(
        r#""text": "Add", "starter": "print(1 + 2)\n""#,
        r#""text": "Add", "starter": "print(1 + 2)\n", "checks": [{"kind": "output", "expected": "3\n"}]"#,
    );
    let errors = parse_lesson("lessons/first.json", &unsolved).unwrap_err();
    assert_eq!(errors[0].field, "exercises[1].solution");
}

#[test]
fn a_uses_check_reads_its_construct() {
    let text = LESSON.replace(
        r#""text": "Add", "starter": "print(1 + 2)\n""#,
        r#""text": "Add", "starter": "print(1 + 2)\n", "solution": "print(3)\n", "checks": [
            {"kind": "uses", "construct": "call:print", "message": "Print it"}
        ]"#,
    );
    let lesson = parse_lesson("lessons/first.json", &text).unwrap();
    assert_eq!(
        lesson.exercises[1].checks,
        [Check::Uses {
            construct: Construct::Call("print".into()),
            message: "Print it".into()
        }]
    );
    let json = serde_json::to_string(&lesson).unwrap();
    assert!(json.contains(r#""construct":"call:print""#), "{json}");
    assert_eq!(parse_lesson("lessons/first.json", &json).unwrap(), lesson);
}

#[test]
fn an_unknown_construct_names_file_and_field() {
    let text = LESSON.replace(
        r#""text": "Add", "starter": "print(1 + 2)\n""#,
        r#""text": "Add", "starter": "print(1 + 2)\n", "solution": "print(3)\n", "checks": [
            {"kind": "uses", "construct": "call:print", "message": "Print it"},
            {"kind": "uses", "construct": "four", "message": "Use a for loop"}
        ]"#,
    );
    let errors = parse_lesson("lessons/first.json", &text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "lessons/first.json");
    assert_eq!(errors[0].field, "exercises[1].checks[1]");
    assert!(
        errors[0].message.starts_with(
            "unknown construct \"four\": use one of for, while, def, if, return, comprehension, f-string, or call:NAME"
        ),
        "{}",
        errors[0].message
    );
}

#[test]
fn predict_the_output_is_an_exercise_field_that_needs_starter_code() {
    let text = LESSON.replace(r#""text": "Add","#, r#""text": "Add", "predict": true,"#);
    let lesson = parse_lesson("lessons/first.json", &text).unwrap();
    assert!(lesson.exercises[1].predict && !lesson.exercises[0].predict);
    // Written only when set.
    let json = serde_json::to_string(&lesson.exercises[0]).unwrap();
    assert!(!json.contains("predict"), "{json}");
    let empty = text.replace(r#""starter": "print(1 + 2)\n""#, r#""starter": "  ""#);
    let errors = parse_lesson("lessons/first.json", &empty).unwrap_err();
    assert_eq!(errors[0].field, "exercises[1].predict");
    assert!(
        errors[0].message.contains("needs starter code"),
        "{}",
        errors[0].message
    );
}

use super::*;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Each message (and attribute) of a catalog, with the variables it uses.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(language.catalog().to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", language.code()));
    let mut found = BTreeMap::new();
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        if let Some(value) = &message.value {
            found.insert(id.clone(), variables(value));
        }
        for attribute in &message.attributes {
            found.insert(
                format!("{id}.{}", attribute.id.name),
                variables(&attribute.value),
            );
        }
    }
    found
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, &mut found);
        }
    }
    found
}

fn expression_variables(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                found.extend(variables(&variant.value));
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    if let ast::InlineExpression::VariableReference { id } = inline {
        found.insert(id.name.to_string());
    }
}

#[test]
fn every_catalog_parses_and_has_every_english_message_with_its_variables() {
    let english = messages(Language::English);
    assert!(english.len() > 10, "{} English messages", english.len());
    for language in Language::OFFERED {
        let theirs = messages(language);
        for (id, vars) in &english {
            let Some(their_vars) = theirs.get(id) else {
                panic!("{}.ftl lacks `{id}`", language.code());
            };
            assert_eq!(
                their_vars,
                vars,
                "{}.ftl: `{id}` uses other variables",
                language.code()
            );
        }
        for id in theirs.keys() {
            assert!(
                english.contains_key(id),
                "{}.ftl has `{id}`, which English lacks",
                language.code()
            );
        }
    }
}

#[test]
fn messages_take_their_variables_and_plurals() {
    let english = Words::new(Language::English);
    assert_eq!(english.text("run-button"), "▶ Run");
    assert_eq!(
        english.text_with(
            "step-count",
            &[("at", 3usize.into()), ("count", 42usize.into())]
        ),
        "Step 3 of 42"
    );
    let spanish = Words::new(Language::Spanish);
    assert_eq!(spanish.text("run-button"), "▶ Ejecutar");
    assert_eq!(
        spanish.text_with(
            "step-count",
            &[("at", 1usize.into()), ("count", 1usize.into())]
        ),
        "Paso 1 de 1"
    );
    assert_eq!(english.text("no-such-message"), "no-such-message");
}

#[test]
fn numbers_are_written_plainly_and_choose_plurals_inside_sentences() {
    let english = Words::new(Language::English);
    // The drawing's size comes as numbers (f64): no ".0", no grouping.
    assert_eq!(
        english.text_with(
            "drawing-sized",
            &[
                ("width", Arg::Number(200.0)),
                ("height", Arg::Number(100.0)),
                (
                    "what",
                    english
                        .text_with("drawing-rectangles", &[("count", 8usize.into())])
                        .into()
                ),
            ],
        ),
        "Drawing, 200 by 100: 8 rectangles"
    );
    let timed_out = |words: &Words, seconds: u32| {
        words.text_with("note-check-timed-out", &[("seconds", seconds.into())])
    };
    assert!(
        timed_out(&english, 10)
            .starts_with("The check stopped your program after 10 seconds: it was")
    );
    assert!(timed_out(&english, 1).contains("after 1 second: it was"));
    let spanish = Words::new(Language::Spanish);
    assert!(timed_out(&spanish, 1).contains("después de 1 segundo: todavía"));
    assert_eq!(
        spanish.text_with("note-exited", &[("status", Arg::Number(-1.0))]),
        "El programa terminó con el código de salida -1."
    );
}

#[test]
fn the_pseudo_locale_is_english_flipped_right_to_left() {
    let pseudo = Words::new(Language::PseudoRtl);
    let run = pseudo.text("run-button");
    assert_ne!(run, "▶ Run");
    assert!(Language::PseudoRtl.rtl() && !Language::Spanish.rtl());
    // Inserted values keep their own direction.
    let step = pseudo.text_with(
        "step-count",
        &[("at", 3usize.into()), ("count", 42usize.into())],
    );
    assert!(step.contains("\u{2068}3\u{2069}"), "{step:?}");
}

#[test]
fn the_browsers_language_is_the_default() {
    assert_eq!(Language::preferred(&["es-MX", "en"]), Language::Spanish);
    assert_eq!(Language::preferred(&["fr", "es"]), Language::Spanish);
    assert_eq!(Language::preferred(&["fr-FR"]), Language::English);
    assert_eq!(Language::preferred::<&str>(&[]), Language::English);
    // The pseudo-locale only by its exact code, and never as a default.
    assert_eq!(Language::from_code("ar-XB"), Some(Language::PseudoRtl));
    assert_eq!(Language::from_code("ar"), None);
    assert_eq!(Language::preferred(&["ar-XB"]), Language::English);
}

//! Explanations of errors in another language ([`Engine::set_language`]): the Spanish catalog
//! (py/_pyplay_friendly_es.py) has every message of py/_pyplay_friendly.py with the same
//! fields, and explains a learner's errors with their own names and lines.

mod common;

use common::TestHost;
use pyplay_engine::{ConsoleOutcome, Engine, Outcome};

/// The English messages, as the engine ships them (py_freeze! compiles the same file).
const FRIENDLY: &str = include_str!("../py/_pyplay_friendly.py");

/// Lists what is wrong between `_pyplay_friendly.py` (read from the file system) and the
/// shipped Spanish catalog, one problem a line, then "checked N messages".
const CHECK_CATALOG: &str = r#"
import ast
import string
import _pyplay_friendly_es

source = open("_pyplay_friendly.py").read()
english, problems = {}, []


def fields(template):
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        problems.append(f"{template!r} is not a valid template: {exc}")
        return set()


for node in ast.walk(ast.parse(source)):
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "_say"):
        continue
    args = node.args
    if len(args) != 2 or not all(isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                                 for arg in args):
        problems.append(f"_say on line {node.lineno} needs a literal id and English template")
        continue
    id, template = args[0].value, args[1].value
    if english.setdefault(id, template) != template:
        problems.append(f"{id}: two different English templates")
    given = {keyword.arg for keyword in node.keywords}
    if given != fields(template):
        problems.append(f"{id}: _say on line {node.lineno} gives {sorted(given)} for the English "
                        f"fields {sorted(fields(template))}")

spanish = _pyplay_friendly_es.MESSAGES
for id in english:
    if id not in spanish:
        problems.append(f"{id}: no Spanish message")
for id, template in spanish.items():
    if id not in english:
        problems.append(f"{id}: a Spanish message that _pyplay_friendly.py doesn't use")
    elif not isinstance(template, str):
        problems.append(f"{id}: the Spanish message is not a str")
    elif fields(template) != fields(english[id]):
        problems.append(f"{id}: the Spanish fields {sorted(fields(template))} differ from the "
                        f"English {sorted(fields(english[id]))}")
    else:
        template.format(**{name: "x" for name in fields(template)})
for problem in problems:
    print(problem)
print(f"checked {len(english)} messages")
"#;

#[test]
fn the_spanish_catalog_has_every_message_with_the_same_fields() {
    let mut engine = Engine::new();
    engine
        .write_file("_pyplay_friendly.py", FRIENDLY.as_bytes())
        .unwrap();
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(CHECK_CATALOG, host.clone());
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    let stdout = host.stdout();
    let (problems, last) = stdout
        .trim_end()
        .rsplit_once('\n')
        .unwrap_or(("", stdout.trim_end()));
    assert!(problems.is_empty(), "the Spanish catalog:\n{problems}");
    let count: usize = last
        .strip_prefix("checked ")
        .and_then(|rest| rest.strip_suffix(" messages"))
        .and_then(|count| count.parse().ok())
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(count > 150, "only {count} messages found: {stdout}");
}

/// The explanation of the error `source` ends with on `engine` (after `input` is typed).
#[track_caller]
fn explained(engine: &mut Engine, source: &str, input: &[&str]) -> String {
    match engine.run(source, TestHost::with_input(input)) {
        Outcome::Error(error) => error
            .explanation
            .unwrap_or_else(|| panic!("no explanation for {source}")),
        other => panic!("{source}: {other:?}"),
    }
}

/// `explained` on a new engine set to Spanish.
#[track_caller]
fn in_spanish(source: &str, input: &[&str]) -> String {
    let mut engine = Engine::new();
    engine.set_language("es");
    explained(&mut engine, source, input)
}

#[test]
fn a_misspelt_name_suggests_the_near_one_in_spanish() {
    assert_eq!(
        in_spanish("nombre = 'Ana'\nprint(nombr)\n", &[]),
        "La línea 2 usa `nombr`, pero no hay ninguna variable ni función con ese nombre. \
         ¿Querías decir `nombre`?"
    );
    assert_eq!(
        in_spanish("Print('hola')\n", &[]),
        "La línea 1 usa `Print`, pero no hay ninguna variable ni función con ese nombre. \
         ¿Querías decir `print`? Para Python, las mayúsculas y las minúsculas son letras \
         distintas."
    );
}

#[test]
fn an_index_error_names_the_list_and_its_length_in_spanish() {
    assert_eq!(
        in_spanish("notas = [7, 9, 5]\nprint(notas[3])\n", &[]),
        "`notas` tiene 3 elementos, así que sus índices van de 0 a 2, pero la línea 2 pide el \
         índice 3. El primer elemento está en el índice 0, así que el último está en el índice 2."
    );
    assert_eq!(
        in_spanish("palabra = 'sol'\nprint(palabra[5])\n", &[]),
        "`palabra` tiene 3 caracteres, así que sus índices van de 0 a 2, pero la línea 2 pide el \
         índice 5. El primer carácter está en el índice 0, así que el último está en el índice 2."
    );
}

#[test]
fn a_key_error_lists_the_keys_in_spanish() {
    assert_eq!(
        in_spanish(
            "edades = {'Ana': 9, 'Bea': 11}\nprint(edades['Carlos'])\n",
            &[]
        ),
        "El diccionario `edades` no tiene la clave 'Carlos'. Sus claves son: 'Ana', 'Bea'. \
         Primero revisa con `if 'Carlos' in edades:` si la clave está, o usa \
         `edades.get('Carlos')`, que da None en vez de un error."
    );
}

#[test]
fn int_of_typed_text_says_to_check_what_was_typed_in_spanish() {
    assert_eq!(
        in_spanish("edad = int(input('¿Cuántos años tienes? '))\n", &["diez"]),
        "int() solo puede convertir en número un texto hecho de cifras, pero recibió 'diez'. \
         Revisa lo que se escribió: tiene que ser un número."
    );
    assert_eq!(
        in_spanish("edad = input('¿Edad? ')\nprint(edad + 1)\n", &["12"]),
        "`edad` guarda el texto '12', no un número (input() siempre da texto). Conviértelo \
         primero en número con int(edad) o float(edad)."
    );
}

#[test]
fn a_missing_colon_names_the_block_and_the_line_in_spanish() {
    assert_eq!(
        in_spanish("x = 1\nif x == 1\n    print(x)\n", &[]),
        "La línea 2 empieza un bloque `if`, así que tiene que terminar con dos puntos. Añade : \
         al final de la línea 2: `if x == 1:`"
    );
    assert_eq!(
        in_spanish("x = 1\nif x > 0:\nprint(x)\n", &[]),
        "La línea 2 termina con dos puntos, así que debajo tiene que llevar líneas con sangría. \
         Ponle a la línea 3 una sangría de 4 espacios."
    );
}

#[test]
fn pasted_curly_quotes_and_spaces_are_named_in_spanish() {
    assert_eq!(
        in_spanish("print(“Hola”)\n", &[]),
        "La línea 1 tiene las comillas curvas “ y ”, seguramente copiadas de unas diapositivas o \
         de un procesador de textos. Python solo entiende las comillas rectas: vuelve a \
         escribirlas como \"."
    );
    assert_eq!(
        in_spanish("if True:\n\u{a0}\u{a0}print(1)\n", &[]),
        "La línea 2 tiene 2 espacios de no separación (U+00A0), el primero al principio de la \
         línea, seguramente copiados de unas diapositivas o de un procesador de textos. Parecen \
         espacios, pero Python no los acepta: bórralos y escribe espacios normales."
    );
}

#[test]
fn dividing_by_zero_names_the_divisor_in_spanish() {
    assert_eq!(
        in_spanish("cuenta = 0\nprint(10 / cuenta)\n", &[]),
        "La línea 2 divide entre `cuenta`, que en ese momento vale 0, y dividir entre cero no \
         tiene respuesta. Revisa con `if cuenta != 0:` antes de dividir."
    );
}

#[test]
fn a_missing_method_of_text_says_what_to_do_in_spanish() {
    assert_eq!(
        in_spanish("palabra = 'gato'\npalabra.push('s')\n", &[]),
        "`palabra` es texto (un str), que no tiene `.push`. Un texto no se puede cambiar: crea un \
         texto nuevo con +, así: `s = s + 'x'`."
    );
    assert_eq!(
        in_spanish("numeros = [1]\nnumeros.push(2)\n", &[]),
        "`numeros` es una lista, que no tiene `.push`. ¿Querías decir `.append`?"
    );
}

#[test]
fn the_console_says_this_line_in_spanish() {
    let mut engine = Engine::new();
    engine.set_language("es");
    let outcome = engine.console("print(nombre)", TestHost::with_input(&[]));
    let ConsoleOutcome::Done(Outcome::Error(error)) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(
        error.explanation.as_deref(),
        Some(
            "Esta línea usa `nombre`, pero todavía no hay ninguna variable ni función con ese \
             nombre. Si es una variable, dale un valor primero; si querías el texto nombre, \
             ponlo entre comillas: \"nombre\"."
        )
    );
}

const DIVIDE: &str = "cuenta = 0\nprint(10 / cuenta)\n";
const DIVIDE_EN: &str = "Line 2 divides by `cuenta`, which is 0 at that moment, and dividing by \
                         zero has no answer. Check `if cuenta != 0:` before dividing.";
const DIVIDE_ES: &str = "La línea 2 divide entre `cuenta`, que en ese momento vale 0, y dividir \
                         entre cero no tiene respuesta. Revisa con `if cuenta != 0:` antes de \
                         dividir.";

#[test]
fn the_language_can_change_between_runs() {
    let mut engine = Engine::new();
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_EN);
    engine.set_language("es");
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_ES);
    engine.set_language("en");
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_EN);
    // A region of a language with a catalog: that language.
    engine.set_language("es-MX");
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_ES);
}

#[test]
fn a_language_without_a_catalog_gives_english() {
    for code in ["fr", "ar-XB", "", "../es", "es.x"] {
        let mut engine = Engine::new();
        engine.set_language(code);
        assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_EN, "{code:?}");
    }
}

#[test]
fn the_language_lasts_when_the_interpreter_is_replaced() {
    // Set before the interpreter starts, and while it runs.
    let mut engine = Engine::new();
    engine.set_language("es");
    engine.warm_up().unwrap();
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_ES);
    let mut engine = Engine::new();
    engine.warm_up().unwrap();
    engine.set_language("es");
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_ES);
    // The first time limit replaces the interpreter.
    engine.set_time_limit(30.0);
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_ES);
    // ... and so does an internal error (here: a program broke pyplay's runner, so that the
    // next run fails before the program starts).
    engine.run(
        "import _pyplay_runner\n_pyplay_runner._restore = None\n",
        TestHost::with_input(&[]),
    );
    let outcome = engine.run(DIVIDE, TestHost::with_input(&[]));
    assert!(matches!(outcome, Outcome::InternalError(_)), "{outcome:?}");
    assert_eq!(explained(&mut engine, DIVIDE, &[]), DIVIDE_ES);
}

#[test]
fn a_broken_translation_falls_back_to_english() {
    let mut engine = Engine::new();
    engine.set_language("es");
    // A Spanish template that names a field the English doesn't have, and one that isn't text.
    let explanation = explained(
        &mut engine,
        "import _pyplay_friendly_es\n\
         _pyplay_friendly_es.MESSAGES['divide-by-name'] = '{At} divide entre {nada}'\n\
         _pyplay_friendly_es.MESSAGES['line-n'] = None\n\
         cuenta = 0\nprint(10 / cuenta)\n",
        &[],
    );
    assert_eq!(
        explanation,
        "Line 5 divides by `cuenta`, which is 0 at that moment, and dividing by zero has no \
         answer. Check `if cuenta != 0:` before dividing."
    );
}

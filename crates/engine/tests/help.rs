//! help() and dir(): help(thing) and help("name") print pyplay's own texts (py/help.txt), or
//! describe the learner's own functions and classes from their signature and docstring;
//! dir() lists names like CPython's, without pyplay's own.

mod common;

use common::{TestHost, run};
use pyplay_engine::{ConsoleOutcome, Engine, Host, Outcome, Stream};
use std::cell::RefCell;
use std::rc::Rc;

/// What `source` prints; it must run without an error.
#[track_caller]
fn output_of(source: &str) -> String {
    let (outcome, host) = run(source, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{source}\n{}", host.stderr());
    assert_eq!(host.stderr(), "", "{source}");
    host.stdout()
}

/// Console lines, one complete statement each, and what each printed.
fn console_outputs(engine: &mut Engine, lines: &[&str]) -> Vec<String> {
    let host = TestHost::with_input(&[]);
    lines
        .iter()
        .map(|line| {
            let before = host.stdout().len();
            let outcome = engine.console(line, host.clone());
            assert_eq!(
                outcome,
                ConsoleOutcome::Done(Outcome::Exited(0)),
                "{line}: {}",
                host.stderr()
            );
            host.stdout()[before..].to_owned()
        })
        .collect()
}

#[test]
fn help_alone_explains_how_to_use_it() {
    let text = output_of("help()\n");
    assert!(text.starts_with("help(thing)\n\n"), "{text}");
    for part in [
        "help(len)",
        "help(\"for\")",
        "help(random)",
        "help(\"modules\")",
        "dir()",
    ] {
        assert!(text.contains(part), "missing {part}: {text}");
    }
    // The same text as help(help); no interactive help> prompt, so no input is read.
    assert_eq!(output_of("help(help)\n"), text);
}

#[test]
fn help_len_is_defined_so_no_name_error_or_explanation() {
    let (outcome, host) = run("help(len)\n", &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stderr(), "");
    assert!(host.stdout().starts_with("len(thing)\n\nHow many items"));
}

#[test]
fn builtins_by_object_and_by_name() {
    let len = output_of("help(len)\n");
    assert_eq!(
        len,
        "len(thing)\n\nHow many items thing has: characters in a string, items in a list, \
         keys in\na dict.\n\n    >>> len(\"hello\")\n    5\n    >>> len([10, 20, 30])\n    3\n"
    );
    assert_eq!(output_of("help('len')\n"), len);
    assert_eq!(
        output_of("help('len()')\n"),
        len,
        "a name with () still works"
    );
    for name in [
        "print", "input", "range", "int", "sorted", "open", "dir", "exit", "quit",
    ] {
        let by_object = output_of(&format!("help({name})\n"));
        assert_eq!(output_of(&format!("help({name:?})\n")), by_object);
        assert!(by_object.starts_with(name), "{by_object}");
    }
    assert!(output_of("help(None)\n").starts_with("None\n\nThe value that means"));
}

#[test]
fn methods_by_class_by_value_and_by_name() {
    let upper = output_of("help(str.upper)\n");
    assert!(
        upper.starts_with("text.upper()\n\nA copy of the string"),
        "{upper}"
    );
    assert_eq!(output_of("help('hello'.upper)\n"), upper);
    assert_eq!(output_of("help('str.upper')\n"), upper);
    let append = output_of("help([].append)\n");
    assert!(append.starts_with("things.append(item)\n"), "{append}");
    assert_eq!(output_of("help(list.append)\n"), append);
    assert_eq!(output_of("help('list.append')\n"), append);
    let get = output_of("ages = {'Ada': 36}\nhelp(ages.get)\n");
    assert!(get.starts_with("d.get(key, default=None)\n"), "{get}");
    assert_eq!(output_of("help(dict.get)\n"), get);
    assert!(output_of("help(dict.fromkeys)\n").starts_with("dict.fromkeys(keys"));
}

#[test]
fn a_type_lists_its_methods_that_have_help() {
    let text = output_of("help(str)\n");
    assert!(text.starts_with("str(thing)\n\nMakes a string"), "{text}");
    assert!(
        text.contains("\n\nIts methods: capitalize, center, count,"),
        "{text}"
    );
    assert!(
        text.ends_with("zfill.\nhelp(\"str.upper\") tells about one of them.\n"),
        "{text}"
    );
    assert!(output_of("help(list)\n").contains("append, clear, copy, count, extend,"));
    // By name, before the module is imported, too.
    assert!(output_of("help('datetime.date')\n").contains("\nIts methods: today.\n"));
}

#[test]
fn a_value_gets_the_help_of_its_type() {
    assert_eq!(output_of("help(5)\n"), output_of("help(int)\n"));
    assert_eq!(output_of("help([1, 2])\n"), output_of("help(list)\n"));
    assert_eq!(output_of("help({'a': 1})\n"), output_of("help(dict)\n"));
    assert_eq!(output_of("help(True)\n"), output_of("help('True')\n"));
}

#[test]
fn keywords_by_name() {
    for (word, first_line) in [
        ("for", "for item in things:"),
        ("if", "if condition:"),
        ("while", "while condition:"),
        ("def", "def name(parameters):"),
        ("import", "import module"),
        ("return", "return value"),
    ] {
        let text = output_of(&format!("help({word:?})\n"));
        assert!(text.starts_with(&format!("{first_line}\n\n")), "{text}");
    }
    let keywords = output_of("help('keywords')\n");
    assert!(
        keywords.contains("    False None True and as"),
        "{keywords}"
    );
}

#[test]
fn modules_and_their_functions() {
    let random = output_of("import random\nhelp(random)\n");
    assert!(
        random.starts_with("import random\n\nRandom numbers"),
        "{random}"
    );
    assert_eq!(
        output_of("help('random')\n"),
        random,
        "by name, not imported yet"
    );
    let choice = output_of("import random\nhelp(random.choice)\n");
    assert!(choice.starts_with("random.choice(things)\n"), "{choice}");
    assert_eq!(output_of("help('random.choice')\n"), choice);
    assert!(output_of("import math\nhelp(math.sqrt)\n").starts_with("math.sqrt(x)\n"));
    assert!(output_of("help('modules')\n").contains("    statistics   mean, median"));
    // Not in pyplay: said plainly.
    let pygame = output_of("help('pygame')\n");
    assert!(pygame.contains("pyplay can't"), "{pygame}");
    // turtle and tkinter draw beside the output now.
    let turtle = output_of("help('turtle')\n");
    assert!(turtle.contains("beside the output"), "{turtle}");
    assert!(output_of("help('modules')\n").contains("    turtle       draw"));
}

#[test]
fn module_functions_without_an_entry_fall_back_to_their_docstring() {
    // random.gauss: RustPython has its docstring (random is Python code).
    let gauss = output_of("import random\nhelp(random.gauss)\n");
    assert!(
        gauss.starts_with("random.gauss(mu=0.0, sigma=1.0)\n\nGaussian distribution."),
        "{gauss}"
    );
    assert_eq!(output_of("help('random.gauss')\n"), gauss);
    // math.hypot is native, and RustPython keeps no docstrings for those: say what it is.
    let hypot = output_of("import math\nhelp(math.hypot)\n");
    assert_eq!(
        hypot,
        "math.hypot(*coordinates)\n\nA built-in function. pyplay has no description of it.\n"
    );
    assert_eq!(output_of("help('math.hypot')\n"), hypot);
    // A module without an entry: its docstring's first paragraph and its names.
    let itertools = output_of("help('itertools')\n");
    assert!(itertools.starts_with("import itertools\n\n"), "{itertools}");
    assert!(
        itertools.contains("accumulate, batched, chain,"),
        "{itertools}"
    );
}

#[test]
fn unknown_things_get_one_friendly_line() {
    for (request, expected) in [
        (
            "'xyzzy'",
            "pyplay has no help for 'xyzzy'. Type help() to see how help works.",
        ),
        (
            "'prnt'",
            "pyplay has no help for 'prnt'. Did you mean help(\"print\")?",
        ),
        (
            "'upper'",
            "pyplay has no help for 'upper'. Did you mean help(\"str.upper\")?",
        ),
        (
            "'append'",
            "pyplay has no help for 'append'. Did you mean help(\"list.append\")?",
        ),
        (
            "'math.nothing'",
            "pyplay has no help for 'math.nothing'. Type help() to see how help works.",
        ),
        (
            "'hello world'",
            "pyplay has no help for 'hello world'. Type help() to see how help works.",
        ),
        (
            "''",
            "pyplay has no help for ''. Type help() to see how help works.",
        ),
    ] {
        assert_eq!(
            output_of(&format!("help({request})\n")),
            format!("{expected}\n")
        );
    }
    assert!(output_of("help('count')\n").contains("help(\"str.count\") or help(\"list.count\")"));
    assert_eq!(
        output_of("help(len, str)\n"),
        "help() takes one thing at a time, like help(len) or help(\"for\").\n"
    );
}

#[test]
fn the_learners_own_functions_and_classes_show_their_docstrings() {
    let source = "def greet(name, times=2):\n    \"\"\"Say hello to name,\n    times times.\"\"\"\n\
                  \n\
                  def shout(text):\n    return text.upper()\n\
                  \n\
                  class Dog:\n    \"\"\"A dog with a name.\"\"\"\n\
                  \x20   def __init__(self, name):\n        self.name = name\n\
                  \x20   def bark(self, times=1):\n        \"\"\"Says woof.\"\"\"\n\
                  \n\
                  help(greet)\nprint('--')\nhelp('greet')\nprint('--')\nhelp(shout)\nprint('--')\n\
                  help(Dog)\nprint('--')\nhelp(Dog('Rex').bark)\n";
    let sections: Vec<String> = output_of(source).split("--\n").map(str::to_owned).collect();
    assert_eq!(
        sections[0],
        "greet(name, times=2)\n\nSay hello to name,\ntimes times.\n"
    );
    assert_eq!(
        sections[1], sections[0],
        "by name, from the program's namespace"
    );
    assert_eq!(
        sections[2],
        "shout(text)\n\nshout has no docstring. A string on the first line inside a function is \
         its\ndocstring, and help(shout) shows it.\n"
    );
    assert_eq!(
        sections[3],
        "class Dog\n\nA dog with a name.\n\nIts methods:\n    __init__(self, name)\n    \
         bark(self, times=1)\n        Says woof.\n"
    );
    assert_eq!(sections[4], "Dog.bark(times=1)\n\nSays woof.\n");
    // An instance gets its class's help, as in CPython.
    let dog = output_of(&format!(
        "{}help(Dog('Rex'))\n",
        &source[..source.find("help(").unwrap()]
    ));
    assert_eq!(dog, sections[3]);
}

#[test]
fn help_in_the_console() {
    let mut engine = Engine::new();
    let outputs = console_outputs(
        &mut engine,
        &[
            "help",
            "help(len)",
            "help('str.upper')",
            "x = help(abs)",
            "x is None",
        ],
    );
    assert_eq!(
        outputs[0],
        "Type help() for help on using help, or help(thing) for help about thing.\n"
    );
    assert!(outputs[1].starts_with("len(thing)\n"), "{}", outputs[1]);
    assert!(outputs[2].starts_with("text.upper()\n"), "{}", outputs[2]);
    assert_eq!(
        outputs[4], "True\n",
        "help returns None, so nothing more is echoed"
    );
    // A function typed into the console, by object and by name.
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    let function = "def area(w, h):\n    \"\"\"w times h.\"\"\"\n    return w * h\n";
    assert_eq!(
        engine.console(function, host.clone()),
        ConsoleOutcome::Done(Outcome::Exited(0))
    );
    let outputs = console_outputs(&mut engine, &["help(area)", "help('area')"]);
    assert_eq!(outputs[0], "area(w, h)\n\nw times h.\n");
    assert_eq!(outputs[1], outputs[0]);
}

/// The whole help data, checked in pyplay's own Python: every entry is well-formed and names
/// something that exists, and help(the thing) finds it, so the data can't rot.
#[test]
fn every_entry_is_well_formed_and_names_something_that_exists() {
    let check = r#"
import builtins, importlib, keyword, types
import _pyplay, _pyplay_help

entries = _pyplay_help.parse(_pyplay.help_text())
problems = []
names = [name for name, _ in entries]
twice = sorted({name for name in names if names.count(name) > 1})
if twice:
    problems.append("named twice: %s" % twice)
table = dict(entries)
keywords = set(keyword.kwlist) | set(keyword.softkwlist)
missing = object()
for name, text in entries:
    def problem(why):
        problems.append("%s: %s" % (name, why))
    lines = text.splitlines()
    if not lines:
        problem("empty")
        continue
    first = lines[0]
    if len(lines) > 1 and lines[1] != "":
        problem("the second line must be blank")
    for line in lines:
        if len(line) > 79:
            problem("longer than 79 characters: %r" % line)
        if line != line.rstrip() or "\t" in line:
            problem("a tab or a space at the end: %r" % line)
        if line.startswith(" ") and not line.startswith("    "):
            problem("indent examples by four spaces: %r" % line)
    prose = [line for line in lines[2:] if line and not line.startswith(" ")]
    if name not in ("help", "modules") and len(prose) > 6:
        problem("more than 6 lines of text: keep it short")
    if name in _pyplay_help.TOPICS:
        continue
    if name in keywords:
        if name not in first:
            problem("the first line should show how %s is written" % name)
        continue
    head, *rest = name.split(".")
    thing = getattr(builtins, head, missing)
    if thing is missing:
        try:
            thing = importlib.import_module(head)
        except ImportError:
            if rest or "isn't available" not in text or first != "import " + name:
                problem("names nothing in pyplay's Python")
            elif name not in table["modules"]:
                problem("help('modules') should say it isn't here")
            continue
    for part in rest:
        thing = getattr(thing, part, missing)
    if thing is missing:
        problem("names nothing in pyplay's Python")
        continue
    if "isn't available" in text:
        problem("says it isn't available, but it is")
    if isinstance(thing, types.ModuleType):
        if first != "import " + name:
            problem("a module's first line is `import %s`" % name)
        if "\n    %s " % name not in table["modules"]:
            problem("help('modules') should list it")
        for other in names:
            if other.startswith(name + ".") and other not in text:
                problem("should mention %s, which has help" % other)
    elif name.split(".")[-1] not in first:
        problem("the first line should show how %s is written" % name.split(".")[-1])
    by_name = _pyplay_help.text_for(name)
    if not by_name.startswith(text):
        problem("help(%r) prints something else" % name)
    if not isinstance(thing, str) and _pyplay_help.text_for(thing) != by_name:
        problem("help(%s) prints something else than help(%r)" % (name, name))
print("\n".join(problems) or "ok: %d entries" % len(entries))
"#;
    let output = output_of(check);
    assert!(output.starts_with("ok: "), "{output}");
    let count: usize = output.split(' ').nth(1).unwrap().parse().unwrap();
    assert!(count > 180, "{output}");
}

/// A host for the examples in the help: output in one stream as a console shows it, input()
/// answers "Ada" (echoed, as a terminal shows what was typed), `random` seeded.
#[derive(Default)]
struct ExampleHost {
    output: RefCell<String>,
}

impl Host for ExampleHost {
    fn write(&self, _stream: Stream, text: &str) {
        self.output.borrow_mut().push_str(text);
    }

    fn read_line(&self) -> Result<Option<String>, String> {
        self.output.borrow_mut().push_str("Ada\n");
        Ok(Some("Ada".to_owned()))
    }

    fn sleep(&self, _seconds: f64) {}

    fn time(&self) -> f64 {
        1_700_000_000.0
    }

    fn monotonic(&self) -> f64 {
        0.0
    }

    fn random_seed(&self) -> Option<u64> {
        Some(1)
    }
}

/// The examples of one entry: each statement (its lines, as typed after `>>> ` and `... `)
/// with the output shown under it.
fn examples(text: &str) -> Vec<(Vec<String>, String)> {
    let mut examples: Vec<(Vec<String>, String)> = Vec::new();
    let mut in_example = false;
    for line in text.lines() {
        let Some(line) = line.strip_prefix("    ") else {
            in_example = false;
            continue;
        };
        if let Some(statement) = line.strip_prefix(">>> ") {
            examples.push((vec![statement.to_owned()], String::new()));
            in_example = true;
        } else if !in_example {
            continue;
        } else if let Some(more) = line.strip_prefix("... ").or((line == "...").then_some("")) {
            examples.last_mut().unwrap().0.push(more.to_owned());
        } else {
            let output = &mut examples.last_mut().unwrap().1;
            output.push_str(line);
            output.push('\n');
        }
    }
    examples
}

/// Every example in the help does what it shows, typed into the console (a fresh namespace
/// for each entry), so the examples stay true.
#[test]
fn every_example_shows_what_the_console_prints() {
    let list = output_of(
        "import _pyplay, _pyplay_help\n\
         for name, text in _pyplay_help.parse(_pyplay.help_text()):\n    \
         print(name + '\\x01' + text, end='\\x00')\n",
    );
    let mut engine = Engine::new();
    let mut problems = Vec::new();
    let mut count = 0;
    for entry in list.split('\0').filter(|entry| !entry.is_empty()) {
        let (name, text) = entry.split_once('\u{1}').unwrap();
        let host = Rc::new(ExampleHost::default());
        assert_eq!(engine.run("", host.clone()), Outcome::Exited(0));
        for (lines, expected) in examples(text) {
            count += 1;
            host.output.borrow_mut().clear();
            // Pasted whole: line by line is the console's business (tests/console.rs).
            let outcome = engine.console(&lines.join("\n"), host.clone());
            let printed = host.output.borrow().clone();
            if outcome != ConsoleOutcome::Done(Outcome::Exited(0)) || printed != expected {
                problems.push(format!(
                    "{name}: >>> {}\n  shows:  {expected:?}\n  prints: {printed:?} ({outcome:?})",
                    lines.join("\n... ")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(count > 100, "only {count} examples found");
}

#[test]
fn dir_lists_the_programs_names_sorted() {
    let source = "import random\nscore = 0\ndef play():\n    turns = 3\n    print(dir())\n\
                  help(len)\nplay()\nprint(dir())\n";
    let output = output_of(source);
    let lines: Vec<&str> = output.lines().rev().take(2).collect();
    assert_eq!(
        lines,
        [
            "['__builtins__', '__file__', '__name__', 'play', 'random', 'score']",
            "['turns']",
        ]
    );
}

#[test]
fn dir_in_the_console_lists_the_names_typed_so_far() {
    let mut engine = Engine::new();
    let outputs = console_outputs(
        &mut engine,
        &["2 + 2", "name = 'Ada'", "help(len)", "dir()"],
    );
    // `_` lives in builtins, as in CPython; help adds nothing either.
    assert_eq!(outputs[3], "['__builtins__', '__name__', 'name']\n");
}

/// None of pyplay's own names show in the learner's namespace, in a program, in an
/// exercise's tests or in the console; dir(__builtins__) lists the builtins, help included.
#[test]
fn dir_never_shows_pyplays_own_names() {
    let check = "names = dir() + dir(__builtins__)\n\
                 assert not [n for n in names if 'pyplay' in n.lower()], names\n\
                 assert 'help' in dir(__builtins__) and 'print' in dir(__builtins__)\n";
    let (outcome, host) = run(check, &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    assert_eq!(
        engine.run_with_tests("x = 1\n", check, host.clone()),
        Outcome::Exited(0),
        "{}",
        host.stderr()
    );
    let mut engine = Engine::new();
    let outputs = console_outputs(
        &mut engine,
        &[
            "help()",
            "[n for n in dir() + dir(__builtins__) if 'pyplay' in n.lower()]",
        ],
    );
    assert_eq!(outputs[1], "[]\n");
}

/// dir(x) of what beginners use: the public names CPython 3.14 lists, sorted.
#[test]
fn dir_of_beginners_values_matches_cpython() {
    let source = "class Dog:\n    def __init__(self, name):\n        self.name = name\n\
                  \x20   def bark(self):\n        pass\n\
                  import math\n\
                  for value in ['', [], {}, 0, 0.5, (), set(), Dog('Rex'), math]:\n    \
                  names = dir(value)\n    assert names == sorted(names)\n    \
                  print(' '.join(n for n in names if not n.startswith('_')))\n";
    let output = output_of(source);
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(
        lines[..8],
        [
            "capitalize casefold center count encode endswith expandtabs find format format_map \
             index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric \
             isprintable isspace istitle isupper join ljust lower lstrip maketrans partition \
             removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split \
             splitlines startswith strip swapcase title translate upper zfill",
            "append clear copy count extend index insert pop remove reverse sort",
            "clear copy fromkeys get items keys pop popitem setdefault update values",
            "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag \
             is_integer numerator real to_bytes",
            "as_integer_ratio conjugate from_number fromhex hex imag is_integer real",
            "count index",
            "add clear copy difference difference_update discard intersection \
             intersection_update isdisjoint issubset issuperset pop remove \
             symmetric_difference symmetric_difference_update union update",
            "bark name",
        ]
    );
    for name in ["ceil", "floor", "pi", "sqrt"] {
        assert!(lines[8].split(' ').any(|n| n == name), "{}", lines[8]);
    }
}

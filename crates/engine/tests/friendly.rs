//! Plain-language explanations of errors, shown under the traceback: each names the learner's
//! own variables, functions and lines.

mod common;

use common::{TestHost, run};
use pyplay_engine::{ConsoleOutcome, Engine, Outcome, PythonError};
use std::rc::Rc;

/// The error `source` ends with when `input` is typed.
fn error_of(source: &str, input: &[&str]) -> PythonError {
    match run(source, input).0 {
        Outcome::Error(error) => error,
        other => panic!("{source}: {other:?}"),
    }
}

/// Runs `source` with data files in pyplay's file system, as a lesson does.
fn run_with_files(source: &str, files: &[(&str, &str)]) -> (Outcome, Rc<TestHost>) {
    let mut engine = Engine::new();
    for (path, text) in files {
        engine.write_file(path, text.as_bytes()).unwrap();
    }
    let host = TestHost::with_input(&[]);
    (engine.run(source, host.clone()), host)
}

/// Checks that the error of `source` is a `kind` whose explanation says each of `expected`.
#[track_caller]
fn explains(source: &str, input: &[&str], kind: &str, expected: &[&str]) -> String {
    explains_with_files(source, input, &[], kind, expected)
}

/// `explains`, with data files in pyplay's file system.
#[track_caller]
fn explains_with_files(
    source: &str,
    input: &[&str],
    files: &[(&str, &str)],
    kind: &str,
    expected: &[&str],
) -> String {
    let mut engine = Engine::new();
    for (path, text) in files {
        engine.write_file(path, text.as_bytes()).unwrap();
    }
    let error = match engine.run(source, TestHost::with_input(input)) {
        Outcome::Error(error) => error,
        other => panic!("{source}: {other:?}"),
    };
    assert_eq!(error.kind, kind, "{source}");
    let explanation = error
        .explanation
        .unwrap_or_else(|| panic!("no explanation for {source}"));
    for part in expected {
        assert!(
            explanation.contains(part),
            "{source}\nexplanation: {explanation}\nmissing: {part}"
        );
    }
    assert!(explanation.len() < 300, "too long: {explanation}");
    explanation
}

#[test]
fn a_missing_colon_names_the_line_and_says_to_add_it() {
    for (source, line, word) in [
        ("x = 1\nif x == 1\n    print(x)\n", "line 2", "`if`"),
        ("for i in range(3)\n    print(i)\n", "line 1", "`for`"),
        ("while True\n    break\n", "line 1", "`while`"),
        ("def greet(name)\n    print(name)\n", "line 1", "`def`"),
        ("if 1:\n    pass\nelif 2\n    pass\n", "line 3", "`elif`"),
        ("if 1:\n    pass\nelse\n    pass\n", "line 3", "`else`"),
    ] {
        let add = format!("Add a : at the end of {line}");
        explains(source, &[], "SyntaxError", &[line, word, &add]);
    }
    explains(
        "for i in range(3)\n    print(i)\n",
        &[],
        "SyntaxError",
        &["`for i in range(3):`"],
    );
}

#[test]
fn an_unclosed_bracket_names_the_line_it_was_opened_on() {
    explains(
        "name = 'x'\nprint(len(name)\nprint('done')\n",
        &[],
        "SyntaxError",
        &["The ( opened on line 2 is never closed", "matching )"],
    );
    explains(
        "nums = [1, 2,\n\ntotal = 0\n",
        &[],
        "SyntaxError",
        &["The [ opened on line 1", "matching ]"],
    );
    explains(
        "ages = {'a': 1\n",
        &[],
        "SyntaxError",
        &["The { opened on line 1", "matching }"],
    );
    explains(
        "print(1))\n",
        &[],
        "SyntaxError",
        &["Line 1 has a ) with no ( before it"],
    );
}

#[test]
fn an_unclosed_quote_says_which_quote_to_add() {
    explains(
        "x = 1\nprint(\"hello)\n",
        &[],
        "SyntaxError",
        &["starts on line 2 has no closing quote", "Add \" where"],
    );
    explains("print('hello)\n", &[], "SyntaxError", &["Add ' where"]);
    explains(
        "text = \"\"\"one\ntwo\n",
        &[],
        "SyntaxError",
        &["on line 1", "Add \"\"\" where"],
    );
}

#[test]
fn a_single_equals_in_a_condition_suggests_double_equals() {
    explains(
        "x = 3\nif x = 3:\n    print('three')\n",
        &[],
        "SyntaxError",
        &["line 2", "use == instead", "`if x == 3:`"],
    );
    explains(
        "n = 0\nwhile n = 0:\n    n = 1\n",
        &[],
        "SyntaxError",
        &["`while n == 0:`"],
    );
    explains(
        "x = 3\nif x => 2:\n    pass\n",
        &[],
        "SyntaxError",
        &[">=, not =>", "line 2"],
    );
}

#[test]
fn indentation_errors_say_how_to_indent() {
    explains(
        "x = 1\nif x > 0:\nprint(x)\n",
        &[],
        "IndentationError",
        &["Line 2 ends with a colon", "Indent line 3"],
    );
    explains(
        "x = 1\n    print(x)\n",
        &[],
        "IndentationError",
        &["Line 2 starts with spaces", "Remove the spaces"],
    );
    explains(
        "if True:\n        x = 1\n    y = 2\n",
        &[],
        "IndentationError",
        &["Line 3 is indented by 4 spaces", "doesn't line up"],
    );
    explains(
        "if True:\n\tx = 1\n        y = 2\n",
        &[],
        "TabError",
        &["Line 3 mixes tabs and spaces", "spaces only"],
    );
}

#[test]
fn a_misspelt_name_suggests_the_near_one() {
    explains(
        "pritn('hi')\n",
        &[],
        "NameError",
        &["Line 1 uses `pritn`", "Did you mean `print`?"],
    );
    explains(
        "total = 0\nfor n in [1, 2]:\n    total = total + n\nprint(totl)\n",
        &[],
        "NameError",
        &["Line 4 uses `totl`", "Did you mean `total`?"],
    );
    explains(
        "Print('hi')\n",
        &[],
        "NameError",
        &["Did you mean `print`?", "capital"],
    );
}

#[test]
fn a_name_that_looks_like_text_suggests_quotes() {
    explains(
        "greeting = hello\n",
        &[],
        "NameError",
        &["`hello`", "put it in quotes: \"hello\""],
    );
}

#[test]
fn a_name_used_before_it_has_a_value_says_where_it_gets_one() {
    explains(
        "print(score)\nscore = 10\n",
        &[],
        "NameError",
        &["Line 1 uses `score` before it gets a value on line 2"],
    );
    explains(
        "def make():\n    result = 5\nmake()\nprint(result)\n",
        &[],
        "NameError",
        &[
            "`result` only exists inside the function `make`",
            "line 4",
            "return result",
        ],
    );
    explains(
        "count = 0\ndef add_one():\n    count += 1\nadd_one()\n",
        &[],
        "UnboundLocalError",
        &["`count` gets a value somewhere inside `add_one`", "line 3"],
    );
}

#[test]
fn adding_text_and_a_number_names_the_number() {
    explains(
        "age = 12\nprint(\"Age: \" + age)\n",
        &[],
        "TypeError",
        &["Line 2", "`age`", "str(age)", "f'Age: {age}'"],
    );
    explains(
        "age = input('Age? ')\nprint(age + 1)\n",
        &["12"],
        "TypeError",
        &["`age` holds the text '12'", "int(age)"],
    );
    explains(
        "total = 0\ntotal += input()\n",
        &["3"],
        "TypeError",
        &["input() always gives text", "int(input(...))"],
    );
}

#[test]
fn calling_something_that_is_not_a_function_names_it() {
    explains(
        "x = 5\nx()\n",
        &[],
        "TypeError",
        &["`x` is a number (int), not a function", "line 2"],
    );
    explains(
        "sum = 0\nprint(sum([1, 2]))\n",
        &[],
        "TypeError",
        &["`sum` is normally Python's sum() function", "another name"],
    );
}

#[test]
fn wrong_number_of_arguments_names_the_function_and_what_it_takes() {
    explains(
        "def area(width, height):\n    return width * height\n\nprint(area(3))\n",
        &[],
        "TypeError",
        &[
            "Line 4 calls `area` with 1 value",
            "takes 2: width, height",
            "line 1",
        ],
    );
    explains(
        "def greet():\n    print('hi')\ngreet('Ada')\n",
        &[],
        "TypeError",
        &["`greet` with 1 value", "takes none", "greet()"],
    );
    explains(
        "class Dog:\n    def bark(self, times):\n        pass\nDog().bark()\n",
        &[],
        "TypeError",
        &["`Dog.bark` with 0 values", "takes 1: times"],
    );
}

#[test]
fn an_index_error_names_the_list_its_length_and_valid_indexes() {
    explains(
        "nums = [4, 5, 6]\nprint(nums[3])\n",
        &[],
        "IndexError",
        &[
            "`nums` has 3 items",
            "from 0 to 2",
            "line 2 asks for index 3",
        ],
    );
    explains(
        "nums = [4, 5, 6]\nfor i in range(len(nums) + 1):\n    print(nums[i])\n",
        &[],
        "IndexError",
        &["index `i`, which is 3"],
    );
    explains(
        "names = []\nprint(names[0])\n",
        &[],
        "IndexError",
        &["`names` is empty"],
    );
    explains(
        "word = 'cat'\nprint(word[5])\n",
        &[],
        "IndexError",
        &["`word` has 3 characters"],
    );
    explains(
        "nums = [1]\nnums[1] = 2\n",
        &[],
        "IndexError",
        &["nums.append"],
    );
}

#[test]
fn a_key_error_names_the_dict_and_the_key() {
    explains(
        "ages = {'Ann': 9, 'Bob': 11}\nprint(ages['Cy'])\n",
        &[],
        "KeyError",
        &[
            "`ages` has no key 'Cy'",
            "'Ann', 'Bob'",
            "'Cy' in ages",
            "ages.get('Cy')",
        ],
    );
    explains(
        "ages = {'Ann': 9}\nprint(ages['ann'])\n",
        &[],
        "KeyError",
        &["Did you mean 'Ann'?"],
    );
}

#[test]
fn int_and_float_of_text_quote_the_text() {
    explains(
        "n = int(input('Number? '))\n",
        &["ten"],
        "ValueError",
        &["int()", "'ten'", "Check what was typed"],
    );
    explains("int('3.5')\n", &[], "ValueError", &["'3.5'", "float()"]);
    explains("float('abc')\n", &[], "ValueError", &["float()", "'abc'"]);
    explains(
        "a, b = [1, 2, 3]\n",
        &[],
        "ValueError",
        &["3 values to 2 variables"],
    );
}

#[test]
fn dividing_by_zero_names_the_divisor() {
    explains(
        "count = 0\nprint(10 / count)\n",
        &[],
        "ZeroDivisionError",
        &["Line 2 divides by `count`, which is 0"],
    );
    explains(
        "marks = []\naverage = sum(marks) / len(marks)\n",
        &[],
        "ZeroDivisionError",
        &["`len(marks)`, which is 0"],
    );
    explains(
        "print(1 // 0)\n",
        &[],
        "ZeroDivisionError",
        &["divides by zero"],
    );
}

#[test]
fn a_missing_attribute_suggests_what_was_meant() {
    explains(
        "nums = [1]\nnums.push(2)\n",
        &[],
        "AttributeError",
        &["`nums` is a list", "`.push`", "Did you mean `.append`?"],
    );
    explains(
        "word = 'abc'\nword.push('d')\n",
        &[],
        "AttributeError",
        &["`word` is text", "can't be changed"],
    );
    explains(
        "nums = [1]\nnums.apend(2)\n",
        &[],
        "AttributeError",
        &["Did you mean `.append`?"],
    );
    explains(
        "import math\nprint(math.sqroot(2))\n",
        &[],
        "AttributeError",
        &["`math.sqrt`"],
    );
    explains(
        "nums = [3, 1]\nnums = nums.sort()\nnums.append(2)\n",
        &[],
        "AttributeError",
        &["`nums` is None", "x = x.sort()"],
    );
    explains(
        "import maths\n",
        &[],
        "ModuleNotFoundError",
        &["import math"],
    );
}

#[test]
fn a_module_pyplay_does_not_ship_says_why() {
    // Left out of crates/stdlib/modules.txt to keep the download small.
    explains(
        "import unittest\n",
        &[],
        "ModuleNotFoundError",
        &["`unittest` is part of Python", "isn't available here"],
    );
    explains(
        "from email.message import Message\n",
        &[],
        "ModuleNotFoundError",
        &["`email", "part of Python", "isn't available here"],
    );
    explains(
        "import turtledemo\n",
        &[],
        "ModuleNotFoundError",
        &["browser", "`tkinter`", "`turtle`"],
    );
    explains(
        "import numpy as np\n",
        &[],
        "ModuleNotFoundError",
        &["`numpy` is not part of Python", "can't install packages"],
    );
}

#[test]
fn endless_recursion_names_the_function() {
    explains(
        "def countdown(n):\n    print(n)\n    countdown(n - 1)\n\ncountdown(3)\n",
        &[],
        "RecursionError",
        &["`countdown` (line 1) keeps calling itself", "stopping case"],
    );
}

#[test]
fn an_interrupt_says_where_the_program_was_and_that_its_variables_are_kept() {
    // Ctrl+C or Check's time limit in the browser raise a bare KeyboardInterrupt (crates/worker,
    // interrupt.rs); this raises the same where the loop was.
    explains(
        "total = 0\nwhile True:\n    total += 1\n    if total == 500:\n        raise KeyboardInterrupt\n",
        &[],
        "KeyboardInterrupt",
        &[
            "stopped while it was running line 5",
            "type a variable's name at >>>",
        ],
    );
}

#[test]
fn errors_with_nothing_to_add_have_no_explanation() {
    for source in [
        "raise ValueError('my own message')\n",
        "assert 1 == 2\n",
        // pyplay's own stops (a check's output limit) say why in their message.
        "raise KeyboardInterrupt('the check stopped your program')\n",
    ] {
        assert_eq!(error_of(source, &[]).explanation, None, "{source}");
    }
}

#[test]
fn a_broken_exception_still_gives_a_normal_error() {
    // The learner's own exception (or key) can fail to turn into text: the run still ends
    // with the error, not with a crash of pyplay's runner.
    let error = error_of(
        "class Oops(Exception):\n    def __str__(self):\n        raise RuntimeError('no')\nraise Oops()\n",
        &[],
    );
    assert_eq!(error.kind, "Oops");
    let error = error_of(
        "class Key:\n    def __repr__(self):\n        raise RuntimeError('no')\n{}[Key()]\n",
        &[],
    );
    assert_eq!(error.kind, "KeyError");
}

/// The `File "…"` lines of a traceback.
fn frames(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|line| line.starts_with("  File \""))
        .collect()
}

#[test]
fn no_pyplay_frame_shows_when_pyplay_code_raises_for_the_learner() {
    // open(), input(), sleep, the clocks, sys.stdout and os are pyplay's Python (or call it);
    // the traceback still ends at the learner's own line, as it would on CPython.
    for (source, kind, line) in [
        ("f = open('word.txt')\n", "FileNotFoundError", 1),
        ("open('words.txt', 'q')\n", "ValueError", 1),
        (
            "f = open('words.txt')\nf.close()\nprint(f.read())\n",
            "ValueError",
            3,
        ),
        ("name = input('Name? ')\n", "EOFError", 1),
        ("import time\ntime.sleep('x')\n", "TypeError", 2),
        ("import time\ntime.localtime('x')\n", "TypeError", 2),
        ("import sys\nsys.stdout.writelines([1])\n", "TypeError", 2),
        ("import os\nos.remove('nope.txt')\n", "FileNotFoundError", 2),
        ("import os\nos.rmdir('nope')\n", "FileNotFoundError", 2),
    ] {
        let (outcome, host) = run_with_files(source, &[("words.txt", "apple\n")]);
        let err = host.stderr();
        assert!(
            matches!(&outcome, Outcome::Error(e) if e.kind == kind),
            "{source}: {outcome:?}\n{err}"
        );
        let expected = format!("  File \"main.py\", line {line}, in <module>");
        assert_eq!(frames(&err), [expected.as_str()], "{source}\n{err}");
    }
    // A learner's function in between keeps its frame; a genuine stdlib frame stays too.
    let (_, host) = run(
        "def load(name):\n    return open(name).read()\nload('x.txt')\n",
        &[],
    );
    assert_eq!(
        frames(&host.stderr()),
        [
            "  File \"main.py\", line 3, in <module>",
            "  File \"main.py\", line 2, in load"
        ]
    );
    let (_, host) = run("import os\nos.path.getsize('nope.txt')\n", &[]);
    let err = host.stderr();
    assert_eq!(frames(&err).len(), 2, "{err}");
    assert!(frames(&err)[1].contains("genericpath"), "{err}");
    // input() when the page can't give input: the error comes from pyplay's stdin.
    let host = Rc::new(TestHost {
        input_unavailable: Some("no input here".into()),
        ..TestHost::default()
    });
    let outcome = Engine::new().run("input()\n", host.clone());
    assert!(matches!(outcome, Outcome::Error(_)), "{outcome:?}");
    assert_eq!(
        frames(&host.stderr()),
        ["  File \"main.py\", line 1, in <module>"]
    );
}

#[test]
fn no_pyplay_frame_shows_in_the_console_or_an_exercise_check() {
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    let outcome = engine.console("open('nope.txt')", host.clone());
    assert!(
        matches!(&outcome, ConsoleOutcome::Done(Outcome::Error(e)) if e.kind == "FileNotFoundError"),
        "{outcome:?}"
    );
    assert_eq!(
        frames(&host.stderr()),
        ["  File \"<console>\", line 1, in <module>"]
    );
    let host = TestHost::with_input(&[]);
    let outcome = engine.run_with_tests(
        "def read(name):\n    return open(name).read()\n",
        "read('nope.txt')\n",
        host.clone(),
    );
    assert!(matches!(outcome, Outcome::Error(_)), "{outcome:?}");
    assert_eq!(
        frames(&host.stderr()),
        [
            "  File \"checks.py\", line 1, in <module>",
            "  File \"main.py\", line 2, in read"
        ]
    );
}

#[test]
fn curly_quotes_and_odd_spaces_from_slides_name_the_character_and_line() {
    explains(
        "print(“Hello”)\n",
        &[],
        "SyntaxError",
        &[
            "Line 1 has the curly quotes “ and ”",
            "slides or a word processor",
            "retype them as \".",
        ],
    );
    explains(
        "print(‘hi’)\n",
        &[],
        "SyntaxError",
        &["curly quotes ‘ and ’", "retype them as '."],
    );
    explains(
        "print(\"Hello”)\n",
        &[],
        "SyntaxError",
        &["on line 1 ends with the curly quote ”", "retype it as \"."],
    );
    explains(
        "x = 1\nprint(x,\u{a0}x)\n",
        &[],
        "SyntaxError",
        &[
            "Line 2 has a non-breaking space (U+00A0) just after `print(x,`",
            "slides or a word processor",
            "type a plain space",
        ],
    );
    explains(
        "if True:\n\u{a0}\u{a0}\u{a0}\u{a0}print(1)\n",
        &[],
        "SyntaxError",
        &["Line 2 has 4 non-breaking spaces (U+00A0), the first at the start of the line"],
    );
    explains(
        "x\u{2009}= 1\n",
        &[],
        "SyntaxError",
        &["thin space (U+2009)", "plain space"],
    );
    explains(
        "x = 1\u{200b}\n",
        &[],
        "SyntaxError",
        &[
            "invisible character, a zero-width space (U+200B), just after `x = 1`",
            "Retype line 1",
        ],
    );
    explains(
        "x = 5 \u{2013} 2\n",
        &[],
        "SyntaxError",
        &["an en dash –", "retype it as -."],
    );
}

#[test]
fn curly_quotes_inside_text_or_a_comment_are_fine() {
    let (outcome, host) = run("print(\"It’s “ok”\")  # “fine”\n", &[]);
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout(), "It’s “ok”\n");
    // ... and another error is not blamed on them.
    explains(
        "print('It’s\u{a0}ok')\nx = 1\nif x = 1:\n    pass\n",
        &[],
        "SyntaxError",
        &["use == instead"],
    );
}

#[test]
fn words_without_quotes_are_told_to_use_quotes_not_a_comma() {
    for (source, words, fixed) in [
        (
            "print(Hello world)\n",
            "`Hello world` on line 1",
            "`print(\"Hello world\")`",
        ),
        (
            "name = input(What is your name?)\n",
            "`What is your name?`",
            "`name = input(\"What is your name?\")`",
        ),
        (
            "print(Hello, world!)\n",
            "`Hello, world!`",
            "`print(\"Hello, world!\")`",
        ),
        (
            "x = 1\nprint(I am here, x)\n",
            "`I am here` on line 2",
            "`print(\"I am here\", x)`",
        ),
        (
            "greeting = Good morning\n",
            "`Good morning`",
            "`greeting = \"Good morning\"`",
        ),
    ] {
        let explanation = explains(
            source,
            &[],
            "SyntaxError",
            &[words, "not as text", "Put text in quotes", fixed],
        );
        assert!(!explanation.contains("comma"), "{explanation}");
    }
    // Two of the program's own variables side by side: that one is a missing comma.
    explains(
        "a = 1\nb = 2\nprint(a b)\n",
        &[],
        "SyntaxError",
        &[
            "On line 3, `a` and `b` are next to each other",
            "`print(a, b)`",
        ],
    );
    // A name with a space in it.
    explains(
        "my list = [1, 2]\n",
        &[],
        "SyntaxError",
        &["name can't have spaces", "write `my_list`"],
    );
    explains(
        "my_list = [1]\nprint(len(my list))\n",
        &[],
        "SyntaxError",
        &["Did you mean your variable `my_list`?"],
    );
}

#[test]
fn return_outside_a_function_says_to_indent_it_under_the_def() {
    explains(
        "def total(a, b):\n    s = a + b\nreturn s\n",
        &[],
        "SyntaxError",
        &[
            "`return` can only be used inside a function (a `def`), and line 3 isn't in one",
            "If it belongs to `total` (line 1), indent it",
        ],
    );
    explains("return 5\n", &[], "SyntaxError", &["print(...)"]);
    explains(
        "for i in range(3):\n    print(i)\nbreak\n",
        &[],
        "SyntaxError",
        &[
            "`break` can only be used inside a loop",
            "the loop on line 1, indent it",
        ],
    );
}

#[test]
fn a_missing_file_lists_the_files_there_are_and_the_nearest_name() {
    let files = [("words.txt", "apple\n"), ("scores.csv", "1\n")];
    let source = "f = open(\"word.txt\")\nprint(f.read())\n";
    explains_with_files(
        source,
        &[],
        &files,
        "FileNotFoundError",
        &[
            "Line 1 asks for the file `word.txt`, but there is no file with that name",
            "Did you mean `words.txt`?",
            "The files this program can open are: `scores.csv` and `words.txt`.",
        ],
    );
    let (outcome, host) = run_with_files(source, &files);
    let Outcome::Error(error) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(
        (error.message.as_str(), error.line),
        ("[Errno 2] No such file or directory: 'word.txt'", 1)
    );
    assert!(
        host.stderr().ends_with(
            "  File \"main.py\", line 1, in <module>\n    f = open(\"word.txt\")\n\
             FileNotFoundError: [Errno 2] No such file or directory: 'word.txt'\n"
        ),
        "{}",
        host.stderr()
    );
    explains_with_files(
        "open('C:\\\\Users\\\\ada\\\\Words.txt')\n",
        &[],
        &files,
        "FileNotFoundError",
        &["Did you mean `words.txt`?"],
    );
    explains_with_files(
        "open('data/out.txt', 'w')\n",
        &[],
        &files,
        "FileNotFoundError",
        &["no folder called `data`", "`scores.csv` and `words.txt`"],
    );
    explains(
        "import os\nos.remove('old.txt')\n",
        &[],
        "FileNotFoundError",
        &[
            "Line 2 asks for the file `old.txt`",
            "No data files come with this exercise",
        ],
    );
}

#[test]
fn text_holding_a_number_is_turned_into_a_number_for_arithmetic() {
    let explanation = explains(
        "print(float(\"2.5\") + \"2.5\")\n",
        &[],
        "TypeError",
        &[
            "Line 1 adds the number `float(\"2.5\")` and `\"2.5\"`, which is text",
            "turn the text into a number with float(\"2.5\") or remove the quotes",
            "to join them as text, use str(float(\"2.5\"))",
        ],
    );
    assert!(
        explanation.find("with float(").unwrap() < explanation.find("str(").unwrap(),
        "arithmetic comes first: {explanation}"
    );
    explains("print(1 + \"2\")\n", &[], "TypeError", &["int(\"2\")"]);
    explains(
        "print(\"2.5\" + 2.5)\n",
        &[],
        "TypeError",
        &["float(\"2.5\")"],
    );
    explains(
        "print(\"10\" - 3)\n",
        &[],
        "TypeError",
        &["calculates with", "int(\"10\")"],
    );
    // A line read from a file is text too (and no input() is involved).
    let explanation = explains(
        "total = 0\nfor line in ['3\\n', '4\\n']:\n    total = total + line\n",
        &[],
        "TypeError",
        &["`line` holds the text '3\\n', not a number", "int(line)"],
    );
    assert!(!explanation.contains("input()"), "{explanation}");
    // Text that can't be worked out: both ways, the number first in a calculation.
    let explanation = explains(
        "words = ['3']\ntotal = 0\ntotal = total + words[0].strip()\n",
        &[],
        "TypeError",
        &["int(words[0].strip())", "str(total)"],
    );
    assert!(
        explanation.find("int(").unwrap() < explanation.find("str(").unwrap(),
        "{explanation}"
    );
    // A message being built: the number becomes text.
    explains(
        "n = 5\nprint(n + \" apples\")\n",
        &[],
        "TypeError",
        &["str(n)", "f'{n} apples'"],
    );
}

#[test]
fn len_of_a_number_says_what_len_counts() {
    explains(
        "print(len(5))\n",
        &[],
        "TypeError",
        &[
            "Line 1 asks for len(5), but `5` is a number (int)",
            "text, a list or a dictionary",
            "len(str(5))",
        ],
    );
    explains(
        "price = 3.5\nprint(len(price))\n",
        &[],
        "TypeError",
        &["`price` is a number (float)", "len(str(price))"],
    );
    explains(
        "x = [3, 1]\nx = x.sort()\nprint(len(x))\n",
        &[],
        "TypeError",
        &["`x` is None"],
    );
}

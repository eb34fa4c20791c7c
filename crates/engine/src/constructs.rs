//! Which [`Construct`]s a program uses. Python's `ast` reads the program (`syntax` in
//! py/_pyplay_runner.py reports its node types, calls, methods and imports by name); this turns
//! that into the lesson vocabulary, so the construct names live only in `pyplay-lessons`.

use pyplay_lessons::Construct;
use rustpython_vm::convert::TryFromObject;
use rustpython_vm::{PyResult, VirtualMachine};

/// The constructs in `source`, sorted; a SyntaxError if it can't be parsed.
pub(crate) fn used(vm: &VirtualMachine, source: &str) -> PyResult<Vec<Construct>> {
    let runner = vm.import("_pyplay_runner", 0)?;
    let syntax = vm.call_method(&runner, "syntax", (source.to_owned(),))?;
    let names = |field: &'static str| -> PyResult<Vec<String>> {
        let list = syntax.get_attr(field, vm)?;
        vm.extract_elements_with(&list, |item| String::try_from_object(vm, item))
    };
    let mut found: Vec<Construct> = names("nodes")?
        .iter()
        .filter_map(|node| of_node(node))
        .collect();
    found.extend(names("calls")?.into_iter().map(Construct::Call));
    found.extend(names("methods")?.into_iter().map(Construct::Method));
    found.extend(names("imports")?.into_iter().map(Construct::Import));
    found.sort();
    found.dedup();
    Ok(found)
}

/// The construct a node of Python's `ast` (by class name) stands for, if lessons can ask for it.
fn of_node(node: &str) -> Option<Construct> {
    Some(match node {
        "For" => Construct::For,
        "While" => Construct::While,
        "FunctionDef" => Construct::Def,
        "If" => Construct::If,
        "Return" => Construct::Return,
        "ListComp" | "SetComp" | "DictComp" | "GeneratorExp" => Construct::Comprehension,
        "JoinedStr" => Construct::FString,
        _ => return None,
    })
}

//! The part of Python's standard library that pyplay ships, frozen into the binary as bytecode.
//!
//! `modules.txt` lists the modules (what lessons, beginners and pyplay's own runner use); the
//! build script copies them out of RustPython's `Lib/` (from the `rustpython-pylib` crate) and
//! freezes that folder. Freezing the whole library instead would add ~9 MB to the interpreter
//! that every learner downloads. A module not listed raises ModuleNotFoundError, which the
//! engine explains.

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// The names of the frozen modules (packages and their submodules), sorted.
pub fn module_names() -> Vec<String> {
    let mut names: Vec<String> = FROZEN.decode().map(|(name, _)| name.to_owned()).collect();
    names.sort();
    names
}

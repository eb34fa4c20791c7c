//! `pyplay-run [--file DATA]... PROGRAM.py`: runs a file exactly as the browser does (same frozen
//! modules, same input()/sleep/clock/open behaviour), with stdin from the terminal. Each
//! `--file` is copied into the in-memory file system under its own name, like a lesson's data
//! file. After a traceback comes a line starting with "Hint: " that explains the error in
//! plain words. Exits with the program's status: 0 on success, 1 on an uncaught exception, the code
//! given to `exit()`, 70 on an internal error, 2 on a usage error.

use pyplay_engine::{Engine, Outcome, TerminalHost};
use std::path::Path;
use std::rc::Rc;

/// Starts the plain-language explanation printed after a traceback.
const HINT: &str = "Hint: ";
const USAGE: &str = "usage: pyplay-run [--file DATA]... PROGRAM.py";

fn fail(message: &str) -> ! {
    eprintln!("pyplay-run: {message}");
    std::process::exit(2);
}

fn main() {
    let mut data_files = Vec::new();
    let mut program = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--file" => data_files.push(args.next().unwrap_or_else(|| fail(USAGE))),
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            _ if program.is_none() => program = Some(arg),
            _ => fail(USAGE),
        }
    }
    let Some(path) = program else { fail(USAGE) };
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| fail(&format!("can't open file '{path}': {err}")));
    let mut engine = Engine::new();
    for data in &data_files {
        let contents = std::fs::read(data)
            .unwrap_or_else(|err| fail(&format!("can't open file '{data}': {err}")));
        let name = Path::new(data)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(data);
        engine
            .write_file(name, &contents)
            .unwrap_or_else(|err| fail(&format!("internal error: {err}")));
    }
    let outcome = engine.run(&source, Rc::new(TerminalHost::default()));
    match &outcome {
        Outcome::Error(error) => {
            if let Some(explanation) = &error.explanation {
                eprintln!("\n{HINT}{explanation}");
            }
        }
        Outcome::InternalError(message) => eprintln!("pyplay-run: internal error: {message}"),
        Outcome::Exited(_) => {}
    }
    std::process::exit(outcome.exit_status());
}

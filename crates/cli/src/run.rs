//! `pyplay run [--file DATA]... PROGRAM.py`: runs a file exactly as the browser does (same
//! frozen modules, same input()/sleep/clock/open behaviour), with stdin from the terminal. Each
//! `--file` is copied into the in-memory file system under its own name, like a lesson's data
//! file. After a traceback comes a line starting with "Hint: " that explains the error in plain
//! words. Exits with the program's status: 0 on success, 1 on an uncaught exception, the code
//! given to `exit()`, 70 on an internal error, 2 on a usage error.

use pyplay_engine::{Engine, Outcome, TerminalHost};
use std::path::Path;
use std::rc::Rc;

/// Starts the plain-language explanation printed after a traceback.
const HINT: &str = "Hint: ";
const USAGE: &str = "usage: pyplay run [--file DATA]... PROGRAM.py";

pub fn main(args: &[String]) -> i32 {
    match run(args) {
        Ok(status) => status,
        Err(message) => {
            eprintln!("pyplay run: {message}");
            2
        }
    }
}

/// The program's exit status, or a usage error.
fn run(args: &[String]) -> Result<i32, String> {
    let mut data_files = Vec::new();
    let mut program = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--file" => data_files.push(args.next().ok_or(USAGE)?),
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(0);
            }
            _ if program.is_none() => program = Some(arg),
            _ => return Err(USAGE.into()),
        }
    }
    let path = program.ok_or(USAGE)?;
    let source =
        std::fs::read_to_string(path).map_err(|err| format!("can't open file '{path}': {err}"))?;
    let mut engine = Engine::new();
    for data in data_files {
        let contents =
            std::fs::read(data).map_err(|err| format!("can't open file '{data}': {err}"))?;
        let name = Path::new(data)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(data);
        engine
            .write_file(name, &contents)
            .map_err(|err| format!("internal error: {err}"))?;
    }
    let outcome = engine.run(&source, Rc::new(TerminalHost::default()));
    match &outcome {
        Outcome::Error(error) => {
            if let Some(explanation) = &error.explanation {
                eprintln!("\n{HINT}{explanation}");
            }
        }
        Outcome::InternalError(message) => eprintln!("pyplay run: internal error: {message}"),
        Outcome::Exited(_) => {}
    }
    Ok(outcome.exit_status())
}

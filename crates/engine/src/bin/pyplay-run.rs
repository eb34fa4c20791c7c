//! `pyplay-run prog.py`: runs a file exactly as the browser does (same frozen modules, same
//! input()/sleep/clock behaviour), with stdin from the terminal. Exits with the program's status:
//! 0 on success, 1 on an uncaught exception, the code given to `exit()`, 70 on an internal error.

use pyplay_engine::{Engine, Outcome, TerminalHost};
use std::rc::Rc;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: pyplay-run PROGRAM.py");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(err) => {
            eprintln!("pyplay-run: can't open file '{path}': {err}");
            std::process::exit(2);
        }
    };
    let outcome = Engine::new().run(&source, Rc::new(TerminalHost::default()));
    if let Outcome::InternalError(message) = &outcome {
        eprintln!("pyplay-run: internal error: {message}");
    }
    std::process::exit(outcome.exit_status());
}

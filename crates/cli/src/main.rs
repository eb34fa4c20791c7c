//! `pyplay`, the one command for workshop organizers (lessons/README.md):
//! - `pyplay lessons build|check`: the lesson sources (TOML) in, the app's JSON out;
//! - `pyplay lessons deploy`: the lessons rebuilt into a built site, no Rust or wasm build;
//! - `pyplay verify`: every exercise's solution and starter through its checks;
//! - `pyplay run`: a program run natively exactly as the browser runs it.
//!
//! `run` and `verify` need the interpreter, behind the cargo feature `python` (on by default).
//! Trunk's build hook turns it off: building lessons never compiles RustPython.

mod deploy;
mod lessons;
#[cfg(feature = "python")]
mod run;
#[cfg(feature = "python")]
mod verify;

const HELP: &str = "\
pyplay: lessons, checks and programs for a pyplay workshop

usage:
  pyplay lessons build [--keep-going] SOURCE_DIR OUT_DIR
      check the lesson sources (TOML) and write the JSON and data files the app loads
  pyplay lessons check SOURCE_DIR
      only check the lesson sources: fields, ids, data files
  pyplay lessons deploy SOURCE_DIR DIST_DIR
      rebuild the lessons into a site already built (dist/), with its offline list and
      compressed copies, so open pages offer the new version; needs node, no Rust build
  pyplay verify [LESSONS_DIR]
      run every exercise's solution and starter code through its checks (default: lessons)
  pyplay run [--file DATA]... PROGRAM.py
      run a program as the browser does, with the terminal as its console
  pyplay help
      this text

Lesson format and examples: lessons/README.md
";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(pyplay(&args));
}

/// Runs the command line `args` (without the program name) and returns the exit status.
fn pyplay(args: &[String]) -> i32 {
    let Some((command, rest)) = args.split_first() else {
        eprint!("{HELP}");
        return 2;
    };
    match command.as_str() {
        "lessons" => lessons::main(rest),
        "verify" | "run" => with_python(command, rest),
        "help" | "-h" | "--help" => {
            print!("{HELP}");
            0
        }
        other => {
            eprint!("pyplay: unknown command \"{other}\"\n\n{HELP}");
            2
        }
    }
}

#[cfg(feature = "python")]
fn with_python(command: &str, args: &[String]) -> i32 {
    match command {
        "verify" => verify::main(args),
        _ => run::main(args),
    }
}

#[cfg(not(feature = "python"))]
fn with_python(command: &str, _args: &[String]) -> i32 {
    eprintln!("{}", without_python(command));
    2
}

/// What `pyplay run`/`verify` say in a build without the interpreter.
#[cfg(any(test, not(feature = "python")))]
fn without_python(command: &str) -> String {
    format!(
        "pyplay {command}: this pyplay was built without Python (cargo feature \"python\", \
         turned off by --no-default-features). Build it with Python: \
         cargo run -p pyplay-cli -- {command} …"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build the Trunk hook makes (--no-default-features) says how to get run and verify.
    #[test]
    fn without_python_says_how_to_get_it() {
        let message = without_python("run");
        assert!(message.starts_with("pyplay run: this pyplay was built without Python"));
        assert!(
            message.contains("cargo run -p pyplay-cli -- run"),
            "{message}"
        );
    }

    #[test]
    fn no_command_or_an_unknown_one_is_a_usage_error() {
        assert_eq!(pyplay(&[]), 2);
        assert_eq!(pyplay(&["frobnicate".into()]), 2);
        assert_eq!(pyplay(&["help".into()]), 0);
    }
}

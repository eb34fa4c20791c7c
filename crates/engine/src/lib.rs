//! pyplay's Python engine: runs a beginner's program with RustPython and reports what it does
//! through a [`Host`]. Plain Rust, tested natively; the browser worker and `pyplay run`
//! (crates/cli) are two hosts of the same engine, so both behave alike.
//!
//! What the engine fixes on top of RustPython (each has a test in `tests/`):
//! - stdio goes to the host as it is written; `input()` reads lines from the host;
//! - every clock and `time.sleep` go through the host (std's clocks abort on wasm32);
//! - `datetime` uses the pure-Python implementation, whose `now()` reads `time.time()`;
//! - a stub `posix` module makes `import os` (random, statistics, dataclasses…) work;
//! - tracebacks show the user's source lines; `SystemExit` ends a program quietly; an exception
//!   whose `str()` fails is still reported as that exception;
//! - every error comes with a plain-language explanation for beginners
//!   ([`PythonError::explanation`], from py/_pyplay_friendly.py), which reads RustPython's
//!   messages where they differ from CPython's (e.g. "unexpected indentation", "local variable
//!   'x' referenced before assignment", "Cannot add list and int"), in English or in the
//!   language of [`Engine::set_language`] (py/_pyplay_friendly_es.py: Spanish);
//! - an interactive console ([`Engine::console`]) continues in the last program's namespace
//!   and asks for another line exactly when CPython's `python3 -i` does: RustPython's parser
//!   (so `codeop`) reports an unclosed bracket or a missing `except` in place of an error
//!   typed before it, so the runner completes what was typed (closes brackets and strings,
//!   gives a block header a body) and waits only if the first error lies after it
//!   (tests/console_transcripts.rs compares over 100 sessions with CPython's). Several pasted
//!   statements run in order (echoing each expression) instead of failing with "multiple
//!   statements found", and functions typed earlier keep their own source lines in
//!   tracebacks (`linecache._register_code`);
//! - `help` is defined (RustPython's `site` isn't imported): `help(thing)` and `help("name")`
//!   print pyplay's own texts for beginners (py/help.txt, compiled in), or a signature and
//!   docstring; `dir()` in `__main__` shows the program's names, never pyplay's;
//! - a Rust panic in the VM becomes [`Outcome::InternalError`] and the interpreter is replaced;
//! - in the browser a host can interrupt a running program with KeyboardInterrupt
//!   ([`set_interrupt_poll`]), also while it waits for input() or sleeps.

mod constructs;
mod host;
mod modules;
mod native;
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod sqlite_host;

#[cfg(not(target_arch = "wasm32"))]
pub use host::TerminalHost;
pub use host::{Host, Stream};
pub use native::NATIVE_MODULES;
pub use pyplay_lessons::{Construct, MAIN_FILE};

use rustpython_vm::convert::TryFromObject;
use rustpython_vm::{Interpreter, PyObjectRef, PyResult, Settings, VirtualMachine};
use std::cell::RefCell;
use std::panic::AssertUnwindSafe;
use std::rc::Rc;

/// The file name an exercise's test code runs under. (Programs run as [`MAIN_FILE`].) Python
/// reads both from the `_pyplay` module.
pub const TESTS_FILE: &str = "checks.py";

thread_local! {
    static HOST: RefCell<Option<Rc<dyn Host>>> = RefCell::new(None);
}

/// Calls `f` with the host of the program running now (None between runs).
pub(crate) fn with_host<R>(f: impl FnOnce(&dyn Host) -> R) -> Option<R> {
    let host = HOST.with(|slot| slot.borrow().clone());
    host.map(|host| f(&*host))
}

/// How a program ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Ran to the end, or called `exit()`/`sys.exit()`; `0` is success.
    Exited(i32),
    /// An uncaught exception; its traceback was already written to stderr.
    Error(PythonError),
    /// A bug below Python (a Rust panic). The interpreter has been replaced.
    InternalError(String),
}

impl Outcome {
    /// The process exit status a terminal would see.
    pub fn exit_status(&self) -> i32 {
        match self {
            Outcome::Exited(code) => *code,
            Outcome::Error(_) => 1,
            Outcome::InternalError(_) => 70,
        }
    }
}

/// An uncaught Python exception, for pointing at the user's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PythonError {
    /// The exception's type, e.g. `NameError`.
    pub kind: String,
    /// Its message, e.g. `name 'prin' is not defined` (the traceback adds "Did you mean").
    pub message: String,
    /// The line in the user's file where it happened (innermost), 0 if none. For console
    /// input, the line within the entered statement.
    pub line: u32,
    /// A short plain-language explanation for a beginner, naming their own variables and line
    /// (e.g. "`nums` has 3 items, so its indexes go from 0 to 2, …"), to show under the
    /// traceback; `None` when there is nothing to add. See py/_pyplay_friendly.py.
    pub explanation: Option<String>,
}

/// What [`Engine::console`] did with the lines entered so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConsoleOutcome {
    /// The statement is not complete yet (an open block, bracket or string, a `try` still
    /// without its `except`, a decorator without its function): show a `...` prompt and call
    /// again with the next line added. A compound statement ends with an empty line (not one of
    /// spaces), as in CPython's `python3 -i`.
    More,
    /// The statement ran (or could not compile): its output and any traceback were written.
    Done(Outcome),
}

/// One Python interpreter, reused across runs (each run gets a fresh `__main__` namespace, which
/// the console then continues in).
pub struct Engine {
    interpreter: Option<Interpreter>,
    /// The language of explanations ([`Engine::set_language`]), given to every interpreter.
    language: String,
    /// Natively: how long a run may take before it is stopped with KeyboardInterrupt.
    #[cfg(not(target_arch = "wasm32"))]
    limit: Option<watchdog::Limit>,
}

/// A time limit for runs, natively (`pyplay verify`, native checks): a watchdog thread sends
/// RustPython a user signal when a run goes on too long, and the interpreter raises
/// KeyboardInterrupt in the program at its next instruction — even in a loop that calls
/// nothing. (RustPython checks signals only off wasm32: the browser's Check replaces the worker
/// instead.)
#[cfg(not(target_arch = "wasm32"))]
mod watchdog {
    use rustpython_vm::signal::{UserSignalSender, user_signal_channel};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    use std::sync::mpsc;
    use std::time::Duration;

    pub(crate) struct Limit {
        pub(crate) seconds: f64,
        sender: Option<UserSignalSender>,
        /// Which run is going on: a signal meant for an earlier run does nothing.
        run: Arc<AtomicU64>,
    }

    impl Limit {
        pub(crate) fn new(seconds: f64) -> Self {
            Self {
                seconds,
                sender: None,
                run: Arc::new(AtomicU64::new(0)),
            }
        }

        /// The receiving end, for an interpreter about to be built.
        pub(crate) fn channel(&mut self) -> rustpython_vm::signal::UserSignalReceiver {
            let (sender, receiver) = user_signal_channel();
            self.sender = Some(sender);
            receiver
        }

        /// Starts watching a run; dropping the returned guard ends the watch.
        ///
        /// RustPython's "a signal is pending" flag is one per process: another interpreter
        /// (tests run side by side) can take it first and find nothing of its own to do. So the
        /// watch asks again every `RETRY` until the program has taken its KeyboardInterrupt.
        pub(crate) fn watch(&self) -> Option<mpsc::Sender<()>> {
            const RETRY: Duration = Duration::from_millis(50);
            let sender = self.sender.clone()?;
            let run = self.run.fetch_add(1, Ordering::SeqCst) + 1;
            let (done, finished) = mpsc::channel::<()>();
            let seconds = self.seconds;
            let current = self.run.clone();
            let taken = Arc::new(AtomicBool::new(false));
            std::thread::spawn(move || {
                let mut wait = Duration::from_secs_f64(seconds);
                while finished.recv_timeout(wait) == Err(mpsc::RecvTimeoutError::Timeout)
                    && !taken.load(Ordering::SeqCst)
                {
                    wait = RETRY;
                    let (current, taken) = (current.clone(), taken.clone());
                    let sent = sender.send(Box::new(move |vm| {
                        if current.load(Ordering::SeqCst) != run || taken.swap(true, Ordering::SeqCst)
                        {
                            return Ok(());
                        }
                        Err(vm.new_exception_msg(
                            vm.ctx.exceptions.keyboard_interrupt.to_owned(),
                            format!(
                                "the program was stopped after {seconds} seconds: does a loop never end?"
                            )
                            .into(),
                        ))
                    }));
                    if sent.is_err() {
                        return;
                    }
                }
            });
            Some(done)
        }
    }
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

impl Engine {
    /// Creates the engine; the interpreter itself starts on first use (or [`Engine::warm_up`]).
    pub fn new() -> Self {
        Self {
            interpreter: None,
            language: DEFAULT_LANGUAGE.to_owned(),
            #[cfg(not(target_arch = "wasm32"))]
            limit: None,
        }
    }

    /// The language of the explanations of later errors ([`PythonError::explanation`]): a
    /// code like `"en"`, `"es"` or `"ar-XB"`. A language without a catalog gives English, and
    /// a regional code without its own catalog uses its language's (`"es-MX"` gives Spanish);
    /// see py/_pyplay_friendly.py. Cheap: it starts nothing and imports nothing (the catalog is
    /// read after the first error), and it lasts for every later run, also when the
    /// interpreter is replaced.
    pub fn set_language(&mut self, code: &str) {
        if self.language == code {
            return;
        }
        self.language = code.to_owned();
        if let Some(interpreter) = &self.interpreter {
            apply_language(interpreter, code);
        }
    }

    /// Natively, stops every later run (and console statement) that takes longer than `seconds`
    /// with a KeyboardInterrupt that says so (for `pyplay verify` and checks run natively; the
    /// browser's Check has its own limit). The first limit restarts the interpreter to take it
    /// (files put there are gone); changing it later keeps the interpreter.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn set_time_limit(&mut self, seconds: f64) {
        match &mut self.limit {
            Some(limit) => limit.seconds = seconds,
            None => {
                self.limit = Some(watchdog::Limit::new(seconds));
                self.interpreter = None;
            }
        }
    }

    /// Starts the interpreter now, so that the first run does not pay for it.
    pub fn warm_up(&mut self) -> Result<(), String> {
        self.interpreter_or_start().map(|_| ())
    }

    fn interpreter_or_start(&mut self) -> Result<&Interpreter, String> {
        if self.interpreter.is_none() {
            #[cfg(not(target_arch = "wasm32"))]
            let signals = self.limit.as_mut().map(watchdog::Limit::channel);
            #[cfg(target_arch = "wasm32")]
            let signals = None;
            let interpreter =
                std::panic::catch_unwind(AssertUnwindSafe(move || new_interpreter(signals)))
                    .map_err(|panic| panic_message(&panic))??;
            if self.language != DEFAULT_LANGUAGE {
                apply_language(&interpreter, &self.language);
            }
            self.interpreter = Some(interpreter);
        }
        Ok(self.interpreter.as_ref().expect("just set"))
    }

    /// Puts a file into the programs' in-memory file system (e.g. a lesson's data file), where
    /// `open(path)` finds it. Relative paths are relative to `/`, the working directory.
    pub fn write_file(&mut self, path: &str, contents: &[u8]) -> Result<(), String> {
        let interpreter = self.interpreter_or_start()?;
        interpreter
            .enter(|vm| {
                let runner = vm.import("_pyplay_runner", 0)?;
                let data = vm.ctx.new_bytes(contents.to_vec());
                vm.call_method(&runner, "put_file", (path.to_owned(), data))
                    .map(drop)
            })
            .map_err(|exc| interpreter.enter(|vm| exception_text(vm, exc)))
    }

    /// A file from the in-memory file system (one the host put there or a program wrote).
    pub fn read_file(&mut self, path: &str) -> Result<Option<Vec<u8>>, String> {
        let interpreter = self.interpreter_or_start()?;
        interpreter
            .enter(|vm| {
                let runner = vm.import("_pyplay_runner", 0)?;
                let data = vm.call_method(&runner, "get_file", (path.to_owned(),))?;
                if vm.is_none(&data) {
                    return Ok(None);
                }
                let bytes = data
                    .downcast::<rustpython_vm::builtins::PyBytes>()
                    .map_err(|_| {
                        vm.new_type_error("pyplay's file system holds something other than bytes")
                    })?;
                Ok(Some(bytes.as_bytes().to_vec()))
            })
            .map_err(|exc| interpreter.enter(|vm| exception_text(vm, exc)))
    }

    /// Runs `source` as the file [`MAIN_FILE`], talking to `host` until it ends.
    pub fn run(&mut self, source: &str, host: Rc<dyn Host>) -> Outcome {
        self.run_program(source, None, host)
    }

    /// Runs `source` as [`Engine::run`] does, recording its first `limit` steps for
    /// step-through (see `pyplay_steps`); the recording is `Err` if it could not be read.
    pub fn step_through(
        &mut self,
        source: &str,
        host: Rc<dyn Host>,
        limit: u32,
    ) -> (Outcome, Result<pyplay_steps::Trace, String>) {
        let result = self.call_runner(host, "run", (source.to_owned(), None::<String>, limit));
        match result {
            Ok(Some((outcome, Some(json)))) => (outcome, pyplay_steps::Trace::from_json(&json)),
            Ok(Some((outcome, None))) => (outcome, Err("nothing was recorded".to_owned())),
            Ok(None) => (
                Outcome::InternalError("pyplay's runner returned nothing".to_owned()),
                Err("nothing was recorded".to_owned()),
            ),
            Err(message) => (
                Outcome::InternalError(message),
                Err("the run failed".to_owned()),
            ),
        }
    }

    /// Runs `source`, then an exercise's `tests` (Python, usually `assert`s, as the file
    /// [`TESTS_FILE`]) in the program's namespace, so they can call the learner's functions.
    /// The program calling `exit()` still lets the tests run. A failing assertion is an
    /// [`Outcome::Error`] whose `line` is 0 unless the error happened in the learner's code.
    pub fn run_with_tests(&mut self, source: &str, tests: &str, host: Rc<dyn Host>) -> Outcome {
        self.run_program(source, Some(tests), host)
    }

    /// The constructs `source` uses, sorted ([`Construct::For`], `Call("print")`, …), for
    /// exercises that ask for one; or the SyntaxError's message.
    pub fn constructs(&mut self, source: &str) -> Result<Vec<Construct>, String> {
        let interpreter = self.interpreter_or_start()?;
        interpreter.enter(|vm| constructs::used(vm, source).map_err(|e| exception_text(vm, e)))
    }

    /// Runs one statement typed into the interactive console, like `python -i` or IDLE's shell.
    /// `source` is the lines entered so far for the current statement, joined with `"\n"`.
    /// Returns [`ConsoleOutcome::More`] while the statement is incomplete, and a SyntaxError
    /// as soon as the lines typed have one (`def f(:` at once, as CPython). A complete statement
    /// runs in the namespace of the last [`Engine::run`] (or a fresh `__main__` one if nothing
    /// ran yet; a later run replaces it) and returns what happened. An expression's `repr` is
    /// echoed (unless it is `None`) and kept in `_`. Errors show a traceback for the file
    /// `<console>`; `exit()` ends only the statement (`Outcome::Exited`). Input and sleeps go
    /// to `host`.
    pub fn console(&mut self, source: &str, host: Rc<dyn Host>) -> ConsoleOutcome {
        match self.call_runner(host, "console", (source.to_owned(),)) {
            Ok(None) => ConsoleOutcome::More,
            Ok(Some((outcome, _))) => ConsoleOutcome::Done(outcome),
            Err(message) => ConsoleOutcome::Done(Outcome::InternalError(message)),
        }
    }

    fn run_program(&mut self, source: &str, tests: Option<&str>, host: Rc<dyn Host>) -> Outcome {
        let tests = tests.map(str::to_owned);
        match self.call_runner(host, "run", (source.to_owned(), tests)) {
            Ok(outcome) => outcome
                .map(|(outcome, _)| outcome)
                .unwrap_or(Outcome::InternalError(
                    "pyplay's runner returned nothing".to_owned(),
                )),
            Err(message) => Outcome::InternalError(message),
        }
    }

    /// Calls `_pyplay_runner.<function>(*args)` with `host` as the program's host, and reads
    /// its result: None or the runner's `Outcome` (with a step-through's recording, as JSON).
    /// `Err` is an internal error (the runner failed, or a Rust panic); the interpreter is then
    /// replaced.
    fn call_runner(
        &mut self,
        host: Rc<dyn Host>,
        function: &str,
        args: impl rustpython_vm::function::IntoFuncArgs,
    ) -> Result<Option<RunnerOutcome>, String> {
        HOST.with(|slot| *slot.borrow_mut() = Some(host));
        #[cfg(not(target_arch = "wasm32"))]
        let _watch = {
            // The interpreter first (its signal channel), then the watch.
            let _ = self.interpreter_or_start();
            self.limit.as_ref().and_then(watchdog::Limit::watch)
        };
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let interpreter = self.interpreter_or_start()?;
            interpreter.enter(|vm| {
                call_runner_in(vm, function, args).map_err(|exc| describe_failure(vm, exc))
            })
        }));
        HOST.with(|slot| *slot.borrow_mut() = None);
        match result {
            Ok(Ok(outcome)) => Ok(outcome),
            Ok(Err(message)) => {
                self.interpreter = None;
                Err(message)
            }
            Err(panic) => {
                // The VM may be half-way through anything: never reuse it. Unwinding skipped
                // RustPython's frame bookkeeping, which would leave this thread's "current frame"
                // pointing into the dropped interpreter (the next one would crash on it).
                self.interpreter = None;
                let _ = rustpython_vm::vm::thread::set_current_frame_nosave(std::ptr::null());
                Err(panic_message(&panic))
            }
        }
    }
}

/// In the browser (wasm32, no OS signals): `poll` is asked every few thousand instructions,
/// and after every wait for the host (input(), sleep, drawing events), whether to interrupt the
/// running program; true raises KeyboardInterrupt there, as Ctrl+C does in a terminal. (RustPython
/// patch 0003; natively, time limits use the `watchdog`'s user signals.)
#[cfg(target_arch = "wasm32")]
pub fn set_interrupt_poll(poll: fn() -> bool) {
    rustpython_vm::signal::set_interrupt_poll(Some(poll));
}

thread_local! {
    static STARTUP_MARK: std::cell::Cell<Option<fn(&'static str)>> = const { std::cell::Cell::new(None) };
}

/// `mark` is called with [`INTERPRETER_BUILT`] when a new interpreter has been built, before
/// pyplay's runner is imported into it: the browser puts it on its performance timeline, so
/// `scripts/bench` can tell RustPython's start from the runner's import.
pub fn set_startup_mark(mark: fn(&'static str)) {
    STARTUP_MARK.with(|slot| slot.set(Some(mark)));
}

/// The start-up step [`set_startup_mark`]'s function hears about.
pub const INTERPRETER_BUILT: &str = "interpreter-built";

/// The user-signal channel, if any (see `watchdog`; `None` in the browser).
#[cfg(not(target_arch = "wasm32"))]
type Signals = Option<rustpython_vm::signal::UserSignalReceiver>;
#[cfg(target_arch = "wasm32")]
type Signals = Option<std::convert::Infallible>;

fn new_interpreter(signals: Signals) -> Result<Interpreter, String> {
    let mut settings = Settings::default();
    settings.allow_external_library = false;
    settings.import_site = false;
    settings.ignore_environment = true;
    settings.argv = vec![MAIN_FILE.to_owned()];
    let mut builder = Interpreter::builder(settings);
    // Only the native modules pyplay lists are registered (and linked): see native.rs.
    let defs = native::definitions(&builder.ctx);
    let pyplay = modules::pyplay_module_def(&builder.ctx);
    let posix = modules::posix_module_def(&builder.ctx);
    builder = builder
        .add_native_modules(&defs)
        .add_native_modules(&[pyplay, posix])
        .add_frozen_modules(pyplay_stdlib::FROZEN)
        .add_frozen_modules(rustpython_vm::py_freeze!(dir = "../py"));
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(receiver) = signals {
        builder = builder.init_hook(move |vm| vm.set_user_signal_channel(receiver));
    }
    #[cfg(target_arch = "wasm32")]
    let _ = signals;
    let interpreter = builder.build();
    if let Some(mark) = STARTUP_MARK.with(std::cell::Cell::get) {
        mark(INTERPRETER_BUILT);
    }
    interpreter.enter(|vm| {
        vm.import("_pyplay_runner", 0)
            .map(drop)
            .map_err(|exc| format!("pyplay could not start Python: {}", exception_text(vm, exc)))
    })?;
    Ok(interpreter)
}

/// The language an interpreter starts with: py/_pyplay_friendly.py's English.
const DEFAULT_LANGUAGE: &str = "en";

/// Tells the interpreter's runner the language of explanations: `_pyplay_runner.language`,
/// which `_pyplay_friendly` reads when it explains an error. (Not an attribute of `_pyplay`:
/// each run puts that module back as it was.) The runner is imported with the interpreter, so
/// this is one attribute set.
fn apply_language(interpreter: &Interpreter, code: &str) {
    interpreter.enter(|vm| {
        // The runner is there once the interpreter has started (without it no explanation is
        // given at all), so this cannot fail.
        let _ = vm
            .import("_pyplay_runner", 0)
            .and_then(|runner| runner.set_attr("language", vm.ctx.new_str(code), vm));
    });
}

/// How the runner says a run ended: the outcome, and a step-through's recording (JSON).
type RunnerOutcome = (Outcome, Option<String>);

fn call_runner_in(
    vm: &VirtualMachine,
    function: &str,
    args: impl rustpython_vm::function::IntoFuncArgs,
) -> PyResult<Option<RunnerOutcome>> {
    let runner = vm.import("_pyplay_runner", 0)?;
    let result = vm.call_method(&runner, function, args)?;
    if vm.is_none(&result) {
        return Ok(None);
    }
    let trace = Option::<String>::try_from_object(vm, result.get_attr("trace", vm)?)?;
    read_outcome(vm, &result).map(|outcome| Some((outcome, trace)))
}

/// Reads the runner's `Outcome` (py/_pyplay_runner.py) by its field names.
fn read_outcome(vm: &VirtualMachine, outcome: &PyObjectRef) -> PyResult<Outcome> {
    let field = |name: &'static str| outcome.get_attr(name, vm);
    let status = i32::try_from_object(vm, field("status")?)?;
    let Some(kind) = Option::<String>::try_from_object(vm, field("kind")?)? else {
        return Ok(Outcome::Exited(status));
    };
    Ok(Outcome::Error(PythonError {
        kind,
        message: String::try_from_object(vm, field("message")?)?,
        line: u32::try_from_object(vm, field("line")?)?,
        explanation: Option::<String>::try_from_object(vm, field("explanation")?)?,
    }))
}

/// The runner itself failed (not the user's program): say what happened.
fn describe_failure(
    vm: &VirtualMachine,
    exc: rustpython_vm::builtins::PyBaseExceptionRef,
) -> String {
    format!("pyplay's runner failed: {}", exception_text(vm, exc))
}

fn exception_text(vm: &VirtualMachine, exc: rustpython_vm::builtins::PyBaseExceptionRef) -> String {
    let mut text = String::new();
    let _ = vm.write_exception(&mut text, &exc);
    text
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(text) = panic.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = panic.downcast_ref::<String>() {
        text.clone()
    } else {
        "unknown panic".to_owned()
    }
}

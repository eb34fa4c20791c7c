//! Native modules the engine adds to RustPython: `_pyplay` (the bridge to the [`Host`]) and a
//! small `posix` so that `import os` (and with it random, statistics, dataclasses, …) works on a
//! platform with no operating system. Both behave the same natively and in the browser.
//!
//! [`Host`]: crate::Host

use rustpython_vm::pymodule;

pub(crate) use _pyplay::module_def as pyplay_module_def;
pub(crate) use posix::module_def as posix_module_def;

#[pymodule]
mod _pyplay {
    use crate::{Stream, with_host};

    /// The file name programs run under (`pyplay_lessons::MAIN_FILE`).
    #[pyattr]
    const MAIN_FILE: &str = crate::MAIN_FILE;

    /// The file name an exercise's test code runs under.
    #[pyattr]
    const TESTS_FILE: &str = crate::TESTS_FILE;
    use rustpython_vm::{
        PyObjectRef, PyResult, VirtualMachine,
        builtins::{PyBytesRef, PyStr},
        function::ArgIntoFloat,
    };

    /// `sys.stdout.write` itself (set on the instance by the runner), so that `print` never
    /// enters a Python-level method (that was a quarter of a print-bound loop's time). Checks
    /// for str and returns the number of characters, like a file's `write`.
    #[pyfunction]
    fn write_stdout(text: PyObjectRef, vm: &VirtualMachine) -> PyResult<usize> {
        write_to(Stream::Stdout, text, vm)
    }

    /// `sys.stderr.write`.
    #[pyfunction]
    fn write_stderr(text: PyObjectRef, vm: &VirtualMachine) -> PyResult<usize> {
        write_to(Stream::Stderr, text, vm)
    }

    fn write_to(stream: Stream, text: PyObjectRef, vm: &VirtualMachine) -> PyResult<usize> {
        let Some(text) = text.downcast_ref::<PyStr>() else {
            return Err(vm.new_type_error(format!(
                "write() argument must be str, not {}",
                text.class().name()
            )));
        };
        let length = text.char_len();
        let text = text.to_string_lossy();
        match with_host(|host| {
            host.write(stream, &text);
            host.stop_reason()
        }) {
            Some(Some(why)) => {
                Err(vm
                    .new_exception_msg(vm.ctx.exceptions.keyboard_interrupt.to_owned(), why.into()))
            }
            _ => Ok(length),
        }
    }

    /// Hands changes to the drawing to the host: a list of dicts shaped like
    /// `pyplay_drawing::Op` as serde reads it (`{"op": "put", "id": 1, "shape": "oval", …}`).
    /// Called by pyplay's tkinter (py/tkinter); a dict that doesn't fit is a bug there, reported
    /// as a ValueError naming the op.
    #[pyfunction]
    fn draw(ops: rustpython_vm::builtins::PyListRef, vm: &VirtualMachine) -> PyResult<()> {
        let read = read_ops(&ops, vm)?;
        // A check stops an animation that never ends after enough frames.
        match with_host(|host| {
            host.draw(read);
            host.stop_reason()
        }) {
            Some(Some(why)) => {
                Err(vm
                    .new_exception_msg(vm.ctx.exceptions.keyboard_interrupt.to_owned(), why.into()))
            }
            _ => Ok(()),
        }
    }

    /// A drawing as a standalone SVG document (`pyplay_drawing::to_svg`), from ops shaped as
    /// for `draw`. pyplot's `savefig` writes it, so a saved figure is what the page's "Save as
    /// SVG" gives.
    #[pyfunction]
    fn svg(ops: rustpython_vm::builtins::PyListRef, vm: &VirtualMachine) -> PyResult<String> {
        let mut scene = pyplay_drawing::Scene::new();
        scene.apply_all(&read_ops(&ops, vm)?);
        Ok(pyplay_drawing::to_svg(&scene))
    }

    /// Python dicts shaped like `pyplay_drawing::Op` as serde reads them; one that doesn't
    /// fit is a bug in pyplay's Python, reported as a ValueError naming the op.
    fn read_ops(
        ops: &rustpython_vm::builtins::PyListRef,
        vm: &VirtualMachine,
    ) -> PyResult<Vec<pyplay_drawing::Op>> {
        let items = ops.borrow_vec().to_vec();
        let mut read = Vec::with_capacity(items.len());
        for op in &items {
            let value =
                serde_json::to_value(rustpython_vm::py_serde::PyObjectSerializer::new(vm, op))
                    .map_err(|err| vm.new_value_error(format!("pyplay drawing op: {err}")))?;
            let op = serde_json::from_value::<pyplay_drawing::Op>(value.clone())
                .map_err(|err| vm.new_value_error(format!("pyplay drawing op {value}: {err}")))?;
            read.push(op);
        }
        Ok(read)
    }

    /// Keys and clicks on the drawing (`pyplay_drawing::Event` as dicts: `{"type": "key",
    /// "down": True, "keysym": "Left", "char": ""}`, `{"type": "mouse", "action": "press",
    /// "button": 1, "x": 10.0, "y": 20.0}`), waiting up to `wait` seconds for the first; None
    /// when no events can ever come here (see `Host::events`).
    #[pyfunction]
    fn events(wait: ArgIntoFloat, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
        let wait = wait.into_float();
        let wait = if wait.is_finite() { wait.max(0.0) } else { 0.0 };
        let events = with_host(|host| host.events(wait));
        // Interrupted while it waited (the host's wait ends for it): KeyboardInterrupt.
        vm.check_signals()?;
        let events = match events {
            Some(Ok(Some(events))) => events,
            Some(Ok(None)) | None => return Ok(vm.ctx.none()),
            Some(Err(why)) => return Err(vm.new_os_error(why)),
        };
        let value = serde_json::to_value(&events)
            .map_err(|err| vm.new_value_error(format!("pyplay events: {err}")))?;
        rustpython_vm::py_serde::deserialize(vm, value)
            .map_err(|err| vm.new_value_error(format!("pyplay events: {err}")))
    }

    /// One line of input without its line ending, or None at end of input.
    #[pyfunction]
    fn readline(vm: &VirtualMachine) -> PyResult<Option<String>> {
        let line = with_host(|host| host.read_line());
        // Interrupted while it waited (Ctrl+C at input(), as in a terminal): KeyboardInterrupt.
        vm.check_signals()?;
        match line {
            Some(Ok(line)) => Ok(line),
            Some(Err(why)) => Err(vm.new_os_error(why)),
            None => Ok(None),
        }
    }

    /// Panics inside the VM on purpose, so tests can check that a crash is reported and the
    /// interpreter replaced. Not for lessons.
    #[pyfunction]
    fn _crash_for_testing() {
        panic!("crash requested by a test");
    }

    #[pyfunction]
    fn sleep(seconds: ArgIntoFloat, vm: &VirtualMachine) -> PyResult<()> {
        let seconds = seconds.into_float();
        if seconds.is_nan() {
            return Err(vm.new_value_error("Invalid value NaN (not a number)"));
        }
        if seconds < 0.0 {
            return Err(vm.new_value_error("sleep length must be non-negative"));
        }
        if !seconds.is_finite() {
            return Err(vm.new_overflow_error("sleep length is too large"));
        }
        with_host(|host| host.sleep(seconds));
        // A sleep the host ended early for an interrupt raises KeyboardInterrupt, as in CPython.
        vm.check_signals()
    }

    #[pyfunction]
    fn time() -> f64 {
        with_host(|host| host.time()).unwrap_or(0.0)
    }

    #[pyfunction]
    fn time_ns() -> i64 {
        (time() * 1e9) as i64
    }

    #[pyfunction]
    fn monotonic() -> f64 {
        with_host(|host| host.monotonic()).unwrap_or(0.0)
    }

    /// pyplay's help texts (py/help.txt), which py/_pyplay_help.py reads on the first
    /// `help()`. Compiled in, so the browser build needs no extra file.
    #[pyfunction]
    fn help_text() -> &'static str {
        include_str!("../py/help.txt")
    }

    /// True when a check runs the program (see `Host::checking`).
    #[pyfunction]
    fn checking() -> bool {
        with_host(|host| host.checking()).unwrap_or(false)
    }

    /// The host's seed for `random`, or None.
    #[pyfunction]
    fn random_seed() -> Option<u64> {
        with_host(|host| host.random_seed()).flatten()
    }

    #[pyfunction]
    fn monotonic_ns() -> i64 {
        (monotonic() * 1e9) as i64
    }

    #[pyfunction]
    fn urandom(size: isize, vm: &VirtualMachine) -> PyResult<PyBytesRef> {
        let size = usize::try_from(size)
            .map_err(|_| vm.new_value_error("negative argument not allowed"))?;
        let mut bytes = vec![0; size];
        getrandom::fill(&mut bytes).map_err(|err| vm.new_os_error(err.to_string()))?;
        Ok(vm.ctx.new_bytes(bytes))
    }
}

#[pymodule]
mod posix {
    use rustpython_vm::{Py, PyResult, VirtualMachine, builtins::PyModule, scope::Scope};

    /// The functions live in Python (py/posix_stub.py); the module is native so that it is
    /// listed in `sys.builtin_module_names`, which is how `os` picks its platform.
    pub(crate) fn module_exec(vm: &VirtualMachine, module: &Py<PyModule>) -> PyResult<()> {
        __module_exec(vm, module);
        let code = vm
            .compile(
                include_str!("../py/posix_stub.py"),
                rustpython_vm::compiler::Mode::Exec,
                "<pyplay posix>",
            )
            .map_err(|err| vm.new_runtime_error(format!("pyplay's posix stub: {err:?}")))?;
        let dict = module.dict();
        vm.run_code_obj(code, Scope::with_builtins(None, dict, vm))?;
        Ok(())
    }
}

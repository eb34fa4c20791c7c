"""pyplay's runner: wires stdio and clocks to the host, then runs one program at a time.

Imported once per interpreter; `run` is called for every program with a fresh namespace.
"""

import sys
import time
import _pyplay


class _Output:
    """sys.stdout / sys.stderr: every write goes straight to the host."""

    encoding = "utf-8"
    errors = "strict"
    closed = False

    def __init__(self, stream, name):
        self._stream = stream
        self.name = name
        # Native: checks for str, writes, returns the length; `print` calls it directly.
        self.write = _pyplay.write_stderr if stream == 2 else _pyplay.write_stdout

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return True


class _Input:
    """sys.stdin: each readline asks the host for one typed line (input() uses it)."""

    encoding = "utf-8"
    errors = "strict"
    closed = False
    name = "<stdin>"

    def readline(self, size=-1):
        line = _pyplay.readline()
        return "" if line is None else line + "\n"

    def read(self, size=-1):
        return "".join(iter(self.readline, ""))

    def readlines(self, hint=-1):
        return list(iter(self.readline, ""))

    def __iter__(self):
        return iter(self.readline, "")

    def isatty(self):
        return False

    def readable(self):
        return True

    def writable(self):
        return False


def _patch_time():
    # RustPython's own clocks use std::time, which aborts the browser instance: route every
    # clock and sleep through the host instead.
    time.sleep = _pyplay.sleep
    time.time = _pyplay.time
    time.time_ns = _pyplay.time_ns
    time.monotonic = time.perf_counter = _pyplay.monotonic
    time.monotonic_ns = time.perf_counter_ns = _pyplay.monotonic_ns
    time.process_time = time.thread_time = _pyplay.monotonic
    time.process_time_ns = time.thread_time_ns = _pyplay.monotonic_ns
    for name in ("localtime", "gmtime", "ctime"):
        original = getattr(time, name)

        def now_by_default(secs=None, _original=original):
            return _original(_pyplay.time() if secs is None else secs)

        now_by_default.__name__ = name
        setattr(time, name, now_by_default)
    asctime, strftime = time.asctime, time.strftime
    time.asctime = lambda t=None: asctime(time.localtime() if t is None else t)
    time.strftime = lambda fmt, t=None: strftime(fmt, time.localtime() if t is None else t)


class _Helper:
    """builtins.help. Its texts and lookups (py/_pyplay_help.py, help.txt) load on the first
    call, so runs that never ask for help don't pay for them."""

    def __repr__(self):
        return "Type help() for help on using help, or help(thing) for help about thing."

    def __call__(self, *things):
        import _pyplay_help

        return _pyplay_help.help(*things)


def _add_site_builtins():
    # CPython's site module adds quit() beside exit(), and help(); pyplay doesn't import site
    # (RustPython has only exit() built in).
    import builtins

    if not hasattr(builtins, "quit"):
        import _sitebuiltins

        builtins.quit = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")
    builtins.help = _Helper()


_add_site_builtins()


def _install_files():
    # RustPython's open() needs a real disk; ours is the in-memory one (lesson data files and
    # whatever the program writes).
    import builtins
    import io
    import _pyplay_fs

    builtins.open = io.open = _pyplay_fs.open


_install_files()


def put_file(path, data):
    """The host adds a file (e.g. a lesson's word list) to the in-memory file system."""
    import _pyplay_fs

    _pyplay_fs.files[_pyplay_fs.path_of(path)] = bytes(data)


def get_file(path):
    """A file's contents, or None."""
    import _pyplay_fs

    return _pyplay_fs.files.get(_pyplay_fs.path_of(path))
_stdout = _Output(1, "<stdout>")
_stderr = _Output(2, "<stderr>")
_stdin = _Input()
_patch_time()


def _install_stdio():
    sys.stdout = sys.__stdout__ = _stdout
    sys.stderr = sys.__stderr__ = _stderr
    sys.stdin = sys.__stdin__ = _stdin


_install_stdio()


class Outcome:
    """How a run or a console entry ended; the engine reads the fields by name (`read_outcome`
    in crates/engine/src/lib.rs). `kind` is the uncaught exception's type name, None if there
    was none; then `message`, the `line` in the learner's file (0 if none) and a beginner's
    `explanation` (or None) describe it."""

    __slots__ = ("status", "kind", "message", "line", "explanation")

    def __init__(self, status, kind=None, message="", line=0, explanation=None):
        self.status, self.kind, self.message = status, kind, message
        self.line, self.explanation = line, explanation


def _report(exc, source, filename):
    """Writes the traceback (without pyplay's own frames) and returns the error's `Outcome`."""
    import traceback

    tb, line = exc.__traceback__, 0
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        # Raised while compiling the user's code: CPython shows no traceback then.
        tb, line = None, exc.lineno or 0
    report = traceback.TracebackException(type(exc), exc, tb, compact=True)
    _drop_internal_frames(report)
    _stderr.write("".join(report.format()))
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    try:
        message = str(exc)
    except BaseException:
        message = "<exception str() failed>"  # what the traceback shows too
    return Outcome(1, type(exc).__name__, message, line, _explain(exc, source, filename))


def _internal_files():
    """The file names of pyplay's own Python code: this runner (its `run` and `console`, the
    stdio and clock wrappers), the file system behind open() and the posix stub behind os."""
    import posix
    import _pyplay_fs

    return {_report.__code__.co_filename, _pyplay_fs.open.__code__.co_filename,
            posix.stat.__code__.co_filename}


def _drop_internal_frames(report):
    """Removes pyplay's own frames from a `traceback.TracebackException` and the exceptions
    chained to it. open(), input(), os.remove()… are pyplay's Python here but built in to
    CPython, so a learner's traceback ends at their own call, as it would on CPython."""
    internal = _internal_files()
    todo, seen = [report], set()
    while todo:
        report = todo.pop()
        if report is None or id(report) in seen:
            continue
        seen.add(id(report))
        report.stack[:] = [frame for frame in report.stack if frame.filename not in internal]
        todo.extend((report.__cause__, report.__context__, *(report.exceptions or ())))


def _explain(exc, source, filename):
    """A beginner's explanation of `exc` (see _pyplay_friendly), or None; never raises."""
    try:
        import _pyplay_friendly

        return _pyplay_friendly.explain(exc, source, filename)
    except BaseException:
        return None


def _exit_status(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    _stderr.write(str(code) + "\n")
    return 1


# The names come from Rust (pyplay_lessons::MAIN_FILE, pyplay_engine::TESTS_FILE).
MAIN_FILE = _pyplay.MAIN_FILE
TESTS_FILE = _pyplay.TESTS_FILE
CONSOLE_FILE = "<console>"
# The namespace the console runs in: the last program's, so its variables stay available.
_namespace = None


def _new_namespace(filename=None):
    # The builtins module itself, as in CPython's __main__ (a module's own `__builtins__` is
    # its dict), so that dir(__builtins__) lists the builtins.
    import builtins

    namespace = {"__name__": "__main__", "__builtins__": builtins}
    if filename is not None:
        namespace["__file__"] = filename
    return namespace


_OK = Outcome(0)


def _guarded(work, source, filename):
    """`work()`'s result, or the outcome of the SystemExit or error it raised (a traceback is
    written then). Either way, files the program left open are saved."""
    import _pyplay_fs

    try:
        return work()
    except SystemExit as exc:
        return Outcome(_exit_status(exc))
    except BaseException as exc:
        return _report(exc, source, filename)
    finally:
        _pyplay_fs.save_open_files()


def run(source, tests=None):
    """Run one program as MAIN_FILE, then `tests` (an exercise's test code) in its namespace if
    given.

    Returns an `Outcome`.
    """
    global _namespace
    import linecache

    filename = MAIN_FILE
    _install_stdio()
    seed = _pyplay.random_seed()
    if seed is not None:
        import random

        random.seed(seed)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = _namespace = _new_namespace(filename)

    def work():
        code = compile(source, filename, "exec")
        try:
            exec(code, namespace)
        except SystemExit:
            if tests is None:
                raise
        if tests is not None:
            linecache.cache[TESTS_FILE] = (len(tests), None, tests.splitlines(True), TESTS_FILE)
            exec(compile(tests, TESTS_FILE, "exec"), namespace)
        return _OK

    return _guarded(work, source, filename)


def console(source):
    """Run one console entry (the lines typed so far for one statement, joined by newlines)
    in the last program's namespace, echoing expressions like the REPL.

    Returns None if the statement is incomplete (it needs another line), else an `Outcome`.
    """
    global _namespace
    import linecache

    _install_stdio()
    if _namespace is None:
        _namespace = _new_namespace()

    def work():
        code = _compile_console(source)
        if code is None:
            return None
        # Keyed by code object, so a function typed earlier still shows its own lines.
        linecache._register_code(code, source, CONSOLE_FILE)
        exec(code, _namespace)
        return _OK

    return _guarded(work, source, CONSOLE_FILE)


def _compile_console(source):
    """The code of a console entry, or None if it is incomplete. codeop works on RustPython
    (it compiles with the incomplete-input flag); two cases are ours."""
    import codeop

    try:
        return codeop.compile_command(source, CONSOLE_FILE, "single")
    except SyntaxError as exc:
        last = source.splitlines()[-1].strip() if source.strip() else ""
        if last.startswith("@") and not source.endswith("\n"):
            return None  # a decorator: the function comes on the next line (CPython agrees)
        if not (exc.msg or "").startswith("multiple statements"):
            raise
    # Several statements pasted at once: run them in order, echoing each expression.
    import ast

    return compile(ast.Interactive(ast.parse(source, CONSOLE_FILE).body), CONSOLE_FILE, "single")


class Syntax:
    """What a program is made of, by name, for exercises that ask for a construct ("use a for
    loop"): the class names of its `ast` nodes ("For", "FunctionDef", "JoinedStr", ...), the
    names it calls, the methods it calls and the modules it imports. The engine turns these
    into the lesson vocabulary (crates/engine/src/constructs.rs reads the fields by name)."""

    __slots__ = ("nodes", "calls", "methods", "imports")

    def __init__(self, nodes, calls, methods, imports):
        self.nodes, self.calls, self.methods, self.imports = nodes, calls, methods, imports


def syntax(source):
    """The `Syntax` of a program. Raises SyntaxError if it has one."""
    import ast

    nodes, calls, methods, imports = set(), set(), set(), set()
    for node in ast.walk(ast.parse(source)):
        nodes.add(type(node).__name__)
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                calls.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                methods.add(node.func.attr)
        elif isinstance(node, ast.Import):
            imports.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imports.add(node.module)
    return Syntax(sorted(nodes), sorted(calls), sorted(methods), sorted(imports))

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


class _FileLoader:
    """Runs a module from pyplay's file system (see `_FileFinder`)."""

    def __init__(self, path):
        self.path = path

    def create_module(self, spec):
        return None

    def get_source(self, fullname=None):
        import _pyplay_fs
        from importlib.util import decode_source

        return decode_source(_pyplay_fs.files[self.path])

    def exec_module(self, module):
        import linecache

        source = self.get_source()
        filename = self.path[1:]  # relative to "/", the working directory, like main.py
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        module.__file__ = filename
        exec(compile(source, filename, "exec"), module.__dict__)


class _FileFinder:
    """Makes the .py files in pyplay's file system importable: a lesson made of several files
    (`import wall` finds wall.py, put there by the host), or one a program wrote. Consulted
    after the standard importers, so a file can't hide a module pyplay ships (random.py).
    What it imported is forgotten when the next program runs (`_forget_modules`), so an
    edited file is read again."""

    imported = set()

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _pyplay_fs
        from importlib.util import spec_from_loader

        base = "/" + fullname.replace(".", "/")
        for origin, package in ((base + ".py", False), (base + "/__init__.py", True)):
            if origin in _pyplay_fs.files:
                spec = spec_from_loader(fullname, _FileLoader(origin), origin=origin[1:],
                                        is_package=package)
                if package:
                    spec.submodule_search_locations = [base]
                cls.imported.add(fullname)
                return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


sys.meta_path.append(_FileFinder)


class _SqliteFinder:
    """Imports the native `_sqlite3` (under `sqlite3`) and makes its `connect` open files from
    pyplay's file system (`_pyplay_sqlite`). Only when a program imports sqlite3, so that
    nobody else pays for it."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != "_sqlite3":
            return None
        from importlib.machinery import BuiltinImporter

        spec = BuiltinImporter.find_spec(fullname)
        if spec is not None:
            spec.loader = cls
        return spec

    @staticmethod
    def create_module(spec):
        from importlib.machinery import BuiltinImporter

        return BuiltinImporter.create_module(spec)

    @staticmethod
    def exec_module(module):
        import _pyplay_sqlite
        from importlib.machinery import BuiltinImporter

        BuiltinImporter.exec_module(module)
        _pyplay_sqlite.install(module)


sys.meta_path.insert(0, _SqliteFinder)

# Modules that hold a program's drawing (its windows, its turtles, its figures): each run
# starts them anew.
_GRAPHICS_MODULES = ("tkinter", "turtle", "matplotlib")


def _forget_modules():
    """Drops the modules imported from the file system and the graphics modules from
    sys.modules, so a run imports them afresh (console statements keep them)."""
    for name in list(sys.modules):
        if name in _FileFinder.imported or name.split(".")[0] in _GRAPHICS_MODULES:
            del sys.modules[name]
    _FileFinder.imported.clear()


def _show_drawing():
    """Hands the drawing's pending changes to the host, as Tk shows its window before a
    program's end: a program that draws and ends without mainloop() still shows its drawing,
    and matplotlib figures still open are drawn (as a notebook shows them)."""
    _show_figures()
    tkinter = sys.modules.get("tkinter")
    flush = getattr(tkinter, "_flush", None)
    if flush is None:
        return
    turtle = sys.modules.get("turtle")
    if turtle is not None and _pyplay.checking():
        # A drawing check compares what was drawn, not where the turtles stopped or which way
        # they face: their arrows go.
        try:
            for each in turtle.turtles():
                each.hideturtle()
        except Exception:
            pass
    flush()


def _show_figures():
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return
    try:
        pyplot._show_at_end()
    except Exception as exc:
        # Never in place of the program's own error (this runs while it is reported).
        _stderr.write(f"pyplay could not draw the figure: {type(exc).__name__}: {exc}\n")


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

    __slots__ = ("status", "kind", "message", "line", "explanation", "trace")

    def __init__(self, status, kind=None, message="", line=0, explanation=None, trace=None):
        self.status, self.kind, self.message = status, kind, message
        self.line, self.explanation = line, explanation
        # A step-through run's steps, as JSON (`_pyplay_trace`).
        self.trace = trace


def _report(exc, source, filename):
    """Writes the traceback (without pyplay's own frames) and returns the error's `Outcome`."""
    import traceback

    tb, line = exc.__traceback__, 0
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        # Raised while compiling the user's code: CPython shows no traceback then.
        tb, line = None, exc.lineno or 0
    report = traceback.TracebackException(type(exc), exc, tb, compact=True)
    _drop_internal_frames(report)
    _stderr.write(_printable("".join(report.format())))
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    try:
        message = _printable(str(exc))
    except BaseException:
        message = "<exception str() failed>"  # what the traceback shows too
    explanation = _explain(exc, source, filename)
    if explanation is not None:
        explanation = _printable(explanation)
    return Outcome(1, type(exc).__name__, message, line, explanation)


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
        report.stack[:] = [frame for frame in report.stack
                           if frame.filename not in internal
                           and not _is_pyplay_library(frame.filename)]
        todo.extend((report.__cause__, report.__context__, *(report.exceptions or ())))


def _is_pyplay_library(filename):
    """Whether a frame is pyplay's tkinter, matplotlib, chirper or sqlite3 file layer (frozen
    modules are named by module: "tkinter", "tkinter.simpledialog", "matplotlib.axes",
    "chirper", "_pyplay_sqlite"). Tk and sqlite3's connection are native in CPython, so their
    errors point at the learner's call; matplotlib's and chirper's own frames would only bury
    the learner's line under pyplay's code."""
    return any(filename == name or filename.startswith(name + ".")
               for name in ("tkinter", "matplotlib", "chirper", "_pyplay_sqlite"))


def _explain(exc, source, filename):
    """A beginner's explanation of `exc` (see _pyplay_friendly), or None; never raises."""
    try:
        import _pyplay_friendly

        return _pyplay_friendly.explain(exc, source, filename)
    except BaseException:
        return None


def _exit_status(exc):
    """The exit status a POSIX shell would see after CPython's `sys.exit(code)`: an int is
    taken modulo 256 (`sys.exit(-1)` is 255), anything else is printed and gives 1."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    _stderr.write(_printable(str(code)) + "\n")
    return 1


def _printable(text):
    """`text` as CPython writes it to stderr: a lone surrogate (which no encoding can write)
    as its escape, `\\udcff`."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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


def _guarded(work, source, filename, restore=False):
    """`work()`'s result, or the outcome of the SystemExit or error it raised (a traceback is
    written then). Either way, files the program left open are saved. With `restore` (a
    program run), what the program may have broken in the interpreter is put back before its
    outcome is reported (see `_restore`)."""
    import _pyplay_fs

    try:
        try:
            return work()
        finally:
            if restore:
                _restore()
            _show_drawing()
    except SystemExit as exc:
        return Outcome(_exit_status(exc))
    except BaseException as exc:
        return _report(exc, source, filename)
    finally:
        _pyplay_fs.save_open_files()
        if "_pyplay_sqlite" in sys.modules:
            sys.modules["_pyplay_sqlite"].save_open_databases()


def run(source, tests=None, trace=0):
    """Run one program as MAIN_FILE, then `tests` (an exercise's test code) in its namespace if
    given. With `trace` (a number of steps), its first steps are recorded for step-through.

    Returns an `Outcome`.
    """
    global _namespace
    import linecache

    filename = MAIN_FILE
    _restore()
    _forget_modules()
    seed = _pyplay.random_seed()
    if seed is not None:
        import random

        random.seed(seed)
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = _namespace = _new_namespace(filename)

    recorded = []

    def work():
        code = compile(source, filename, "exec")
        try:
            if trace:
                import _pyplay_trace

                _pyplay_trace.start(filename, trace, _stdout, _stdin)
            try:
                exec(code, namespace)
            finally:
                if trace:
                    recorded.append(_pyplay_trace.stop())
        except SystemExit:
            if tests is None:
                raise
        if tests is not None:
            linecache.cache[TESTS_FILE] = (len(tests), None, tests.splitlines(True), TESTS_FILE)
            exec(compile(tests, TESTS_FILE, "exec"), namespace)
        return _OK

    outcome = _guarded(work, source, filename, restore=True)
    if recorded:
        outcome = Outcome(outcome.status, outcome.kind, outcome.message, outcome.line,
                          outcome.explanation, recorded[0])
    return outcome


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
    """The code of a console entry, None if the statement needs another line; raises
    SyntaxError when CPython's interactive interpreter would (as soon as it would).

    CPython's REPL parses while the lines come in: it asks for another line exactly while the
    tokens so far neither contain an error nor end the statement, and a compound statement
    ends only at an empty line. RustPython's parser reads the whole text at once and reports
    what is missing at the end (an unclosed bracket, a block or an `except` still to come) in
    place of an error typed before it (`def f(:` is "'(' was never closed"), so
    `codeop.compile_command` can't tell the two apart. We do it by completing the text:
    close what is open, or give a block header a body, parse, and see whether the first error
    lies in what was typed or only after it (`_error_before`).
    """
    import warnings

    with warnings.catch_warnings():
        # Checking must not warn; compiling the finished statement warns once, as CPython.
        warnings.simplefilter("ignore")
        if _needs_more(source):
            return None
    lines = source.split("\n")
    if not any(_has_code(line) for line in lines):
        source = "pass"  # blank or comments only: nothing to run (codeop does the same)
    try:
        return compile(source, CONSOLE_FILE, "single")
    except SyntaxError as exc:
        if not (exc.msg or "").startswith("multiple statements"):
            raise
    # Several simple statements entered at once (a paste): run them in order, echoing each
    # expression, where CPython's "single" mode refuses them.
    import ast

    return compile(ast.Interactive(ast.parse(source, CONSOLE_FILE).body), CONSOLE_FILE, "single")


def _needs_more(source):
    """Whether the console statement `source` is incomplete; raises its SyntaxError if it has
    one in what was typed (see `_compile_console`)."""
    lines = source.split("\n")
    last = max((i for i, line in enumerate(lines, 1) if _has_code(line)), default=0)
    if last == 0:
        return False  # blank or comments only
    tail = _open_tail(source)
    if tail is not None:
        # Inside brackets, a triple-quoted string or after a backslash: the line goes on
        # whatever comes next (an empty line too), unless what was typed is already wrong.
        code = lines[last - 1].rstrip()
        if tail == "":
            code = code[:-1].rstrip()  # the backslash
        _parse_typed(source + "\n" + tail, (last, len(code) + 1))
        return True
    ended = len(lines) > 1 and lines[-1] == ""
    if ended:
        tree = _parse_typed(source, None)  # every error is in what was typed
    else:
        # The last logical line is complete and its NEWLINE typed, so an error at it is the
        # learner's ("else" without a colon); only errors after it can wait for more lines
        # (a block still to come, the `except` of a `try`, a decorator's function).
        after = (last + 1, 0)
        tree = _parse_typed(source + "\n", after, keep=_awaits_block)
        if isinstance(tree, IndentationError):
            # A block header: give it a body to see whether what was typed is one statement.
            header = lines[last - 1]
            indent = header[: len(header) - len(header.lstrip())]
            body = indent + ("\t" if "\t" in indent else "    ") + "pass"
            tree = _parse_typed(source + "\n" + body + "\n", after)
        if tree is None:
            return True
    statements = tree.body
    if statements and type(statements[0]).__name__ in _COMPOUND:
        if len(statements) > 1:
            # After a compound statement CPython's REPL wants the empty line that ends it.
            line, column = statements[1].lineno, statements[1].col_offset + 1
            text = lines[line - 1] if line <= len(lines) else ""
            raise SyntaxError("invalid syntax", (CONSOLE_FILE, line, column, text, line, column))
        return not ended
    return False


# The statements that end only at an empty line in the REPL (`ast` class names).
_COMPOUND = {
    "If", "For", "AsyncFor", "While", "Try", "TryStar", "With", "AsyncWith",
    "FunctionDef", "AsyncFunctionDef", "ClassDef", "Match",
}


def _parse_typed(text, end, keep=None):
    """The `ast` of `text` (what was typed, perhaps plus a completion). A SyntaxError located
    before `end` (line, column where the typed text ends; None: anywhere) is raised; one at or
    after it means the input stopped too early: None, or the error itself if `keep(error)`."""
    import ast

    try:
        return ast.parse(text, CONSOLE_FILE)
    except SyntaxError as exc:
        if end is None or _error_before(exc, end):
            error = exc
        else:
            return exc if keep is not None and keep(exc) else None
    # RustPython's compiler words some errors better than its `ast.parse` does ("unmatched
    # ')'", "Perhaps you forgot a comma?", "Maybe you meant '=='"), as CPython does: use its.
    try:
        compile(text, CONSOLE_FILE, "exec")
    except SyntaxError as better:
        error = better
    raise error


def _error_before(exc, end):
    """Whether SyntaxError `exc` is located before `end` (line, 1-based column)."""
    line = exc.lineno or 0
    if isinstance(exc, IndentationError) and _awaits_block(exc):
        # Reported at the header's colon but about the line after it.
        line = max(line, exc.end_lineno or 0)
        return line < end[0]
    return (line, exc.offset or 0) < end


def _awaits_block(exc):
    return isinstance(exc, IndentationError) and (exc.msg or "").startswith(
        "expected an indented block"
    )


def _has_code(line):
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


_CLOSERS = {"(": ")", "[": "]", "{": "}"}


def _open_tail(source):
    """What completes the logical line `source` ends inside: the quotes of an open
    triple-quoted string, then the closers of open brackets; "" after a backslash
    continuation; None if the last logical line is complete, or has an error the parser
    reports (an unclosed one-line string, a bracket that doesn't match)."""
    stack, quote, i, size = [], None, 0, len(source)
    while i < size:
        c = source[i]
        if quote is not None:
            if c == "\\":
                if i + 1 == size:  # a backslash continues even a one-line string
                    return quote + "".join(reversed(stack))
                i += 2
                continue
            if source.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if c == "\n" and len(quote) == 1:
                return None  # unterminated string
            i += 1
            continue
        if c == "#":
            while i < size and source[i] != "\n":
                i += 1
            continue
        if c in "'\"":
            quote = c * 3 if source.startswith(c * 3, i) else c
            i += len(quote)
            continue
        if c in _CLOSERS:
            stack.append(_CLOSERS[c])
        elif c in ")]}":
            if not stack or stack.pop() != c:
                return None
        elif c == "\\":
            if i + 1 == size:
                return "" if not stack else "".join(reversed(stack))
            i += 2
            continue
        i += 1
    if quote is not None:
        return None if len(quote) == 1 else quote + "".join(reversed(stack))
    return "".join(reversed(stack)) if stack else None


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


# ---------------------------------------------------------------------------------------------
# Every Run starts clean: what a program can break in the interpreter itself (builtins, sys's
# streams, hooks, paths and limits, entries of sys.modules, the clocks pyplay patched) is
# recorded once the runner is set up and put back at the end of every run (so the console that
# continues it, and the report of its own error, work) and at the start of the next.

_MISSING = object()
_SYS_NAMES = ("displayhook", "excepthook", "breakpointhook", "unraisablehook",
              "__displayhook__", "__excepthook__", "__breakpointhook__", "__unraisablehook__")
_SYS_LISTS = ("path", "argv", "meta_path", "path_hooks")


def _record():
    import builtins
    import io
    import os

    return {
        "builtins": (builtins, dict(builtins.__dict__)),
        "module dicts": [(module, dict(module.__dict__)) for module in (time, io, os, _pyplay)],
        "sys": {name: getattr(sys, name) for name in _SYS_NAMES if hasattr(sys, name)},
        "sys lists": {name: list(getattr(sys, name)) for name in _SYS_LISTS},
        "recursion limit": sys.getrecursionlimit(),
        "modules": dict(sys.modules),
    }


def _put_back(namespace, pristine):
    """Makes the dict `namespace` hold exactly `pristine`'s entries again."""
    for name in [name for name in namespace if name not in pristine]:
        del namespace[name]
    for name, value in pristine.items():
        if namespace.get(name, _MISSING) is not value:
            namespace[name] = value


def _restore():
    """Undoes what a program changed in the interpreter (not its own variables)."""
    import types

    module, names = _PRISTINE["builtins"]
    _put_back(module.__dict__, names)
    for module, names in _PRISTINE["module dicts"]:
        _put_back(module.__dict__, names)
    for name, value in _PRISTINE["sys"].items():
        setattr(sys, name, value)
    for name, values in _PRISTINE["sys lists"].items():
        current = getattr(sys, name, None)
        if not isinstance(current, list):
            setattr(sys, name, list(values))
        elif current != values:
            current[:] = values
    if sys.getrecursionlimit() != _PRISTINE["recursion limit"]:
        sys.setrecursionlimit(_PRISTINE["recursion limit"])
    modules = sys.modules
    for name, module in _PRISTINE["modules"].items():
        if modules.get(name) is not module:
            modules[name] = module
    for name in list(modules):
        if name not in _PRISTINE["modules"] and not isinstance(modules[name], types.ModuleType):
            del modules[name]
    _install_stdio()


_PRISTINE = _record()

"""pyplay's file system: files live in memory for as long as the interpreter (the worker) does.

The browser has no disk, and RustPython's own `open()` needs one. `open()` here reads the files
the host put in (a lesson's data files) and keeps what the program writes, so that
`open("words.txt")`, `with open("out.txt", "w") as f: ...` and reading it back all work like
CPython on a real disk. Paths are relative to "/", the working directory.
"""

import io
import posixpath

# Absolute normalised path -> contents; directories made with os.mkdir (others are implied by
# the files in them).
files = {}
dirs = {"/"}
# Writers not yet closed: their contents are saved when a run ends, as CPython's exit would.
_open_writers = []


def path_of(file):
    if isinstance(file, bytes):
        file = file.decode("utf-8", "surrogateescape")
    elif not isinstance(file, str):
        method = getattr(type(file), "__fspath__", None)
        if method is None:
            raise TypeError(
                f"expected str, bytes or os.PathLike object, not {type(file).__name__}"
            )
        return path_of(method(file))
    return posixpath.normpath(posixpath.join("/", file))


def is_dir(path):
    prefix = path.rstrip("/") + "/"
    return path in dirs or any(name.startswith(prefix) for name in files)


class _Reader(io.BytesIO):
    """A file opened for reading (a subclass, so that it can carry `name` and `mode`)."""


class _Writer(io.BytesIO):
    """A file opened for writing: its bytes go into `files` on flush and close."""

    def __init__(self, path, initial, append):
        super().__init__(initial)
        self._path = path
        if append:
            self.seek(0, 2)
        files[path] = initial
        _open_writers.append(self)

    def flush(self):
        super().flush()
        if not self.closed:
            files[self._path] = self.getvalue()

    def close(self):
        if not self.closed:
            files[self._path] = self.getvalue()
            if self in _open_writers:
                _open_writers.remove(self)
        super().close()


def save_open_files():
    """Called when a run ends: keep what unclosed files hold (CPython flushes them at exit)."""
    for writer in list(_open_writers):
        if not writer.closed:
            files[writer._path] = writer.getvalue()


def _check_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    kinds = [c for c in mode if c in "rwax"]
    if len(kinds) != 1 or len(set(mode)) != len(mode) or set(mode) - set("rwaxbt+"):
        raise ValueError(f"invalid mode: '{mode}'")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    return kinds[0]


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if isinstance(file, int):
        raise OSError(9, "Bad file descriptor")
    kind = _check_mode(mode)
    binary = "b" in mode
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    path = path_of(file)
    if path in files or kind in "wax":
        if is_dir(path) and path not in files:
            raise IsADirectoryError(21, "Is a directory", file)
    elif is_dir(path):
        raise IsADirectoryError(21, "Is a directory", file)
    if kind == "r":
        if path not in files:
            raise FileNotFoundError(2, "No such file or directory", file)
        raw = _Writer(path, files[path], False) if "+" in mode else _Reader(files[path])
    elif kind == "x" and path in files:
        raise FileExistsError(17, "File exists", file)
    else:
        parent = posixpath.dirname(path)
        if not is_dir(parent):
            raise FileNotFoundError(2, "No such file or directory", file)
        initial = files.get(path, b"") if kind == "a" else b""
        raw = _Writer(path, initial, kind == "a")
    raw.name = file
    raw.mode = mode
    if binary:
        return raw
    text = io.TextIOWrapper(raw, encoding=encoding or "utf-8", errors=errors, newline=newline,
                            write_through=True)
    try:
        text.mode = mode
    except AttributeError:
        pass
    return text

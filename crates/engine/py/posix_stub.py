# pyplay's `posix`: just enough of an operating system for `import os` and the modules that need
# it (random, statistics, dataclasses, inspect, linecache, …). There are no files, processes or
# environment variables in the browser; functions that would need them raise a clear OSError.
from _pyplay import urandom

error = OSError
environ = {}
_have_functions = []
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def _no_files(path=None):
    raise FileNotFoundError(2, "No such file or directory", path)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    _no_files(path)


def lstat(path, *, dir_fd=None):
    _no_files(path)


def listdir(path="."):
    _no_files(path)


def scandir(path="."):
    _no_files(path)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return False


def getcwd():
    return "/"


def getcwdb():
    return b"/"


def getpid():
    return 1


def cpu_count():
    return 1


def strerror(code):
    return f"error {code}"


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    return method(path)


def get_terminal_size(fd=1):
    raise OSError("no terminal here")


def _exit(code):
    raise SystemExit(code)


def putenv(key, value):
    pass


def unsetenv(key):
    pass

# pyplay's `posix`: just enough of an operating system for `import os` and the modules that need
# it (random, statistics, dataclasses, inspect, linecache, …). Files are the in-memory ones of
# `_pyplay_fs` (imported lazily: it needs `os`, which needs this module); there are no processes
# or environment variables.
from _pyplay import urandom

error = OSError
environ = {}
_have_functions = []
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


S_IFDIR, S_IFREG = 0o040000, 0o100000


class stat_result:
    """The fields of os.stat() that programs and the standard library read."""

    def __init__(self, mode, size):
        self.st_mode, self.st_size = mode, size
        self.st_ino = self.st_dev = self.st_uid = self.st_gid = 0
        self.st_nlink = 1
        self.st_atime = self.st_mtime = self.st_ctime = 0.0
        self.st_atime_ns = self.st_mtime_ns = self.st_ctime_ns = 0

    def __getitem__(self, i):
        return (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,
                self.st_gid, self.st_size, 0, 0, 0)[i]

    def __repr__(self):
        return f"os.stat_result(st_mode={self.st_mode}, st_size={self.st_size})"


def _fs():
    import _pyplay_fs

    return _pyplay_fs


def _missing(path):
    raise FileNotFoundError(2, "No such file or directory", path)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    fs = _fs()
    name = fs.path_of(path)
    if name in fs.files:
        return stat_result(S_IFREG | 0o644, len(fs.files[name]))
    if fs.is_dir(name):
        return stat_result(S_IFDIR | 0o755, 0)
    _missing(path)


def lstat(path, *, dir_fd=None):
    return stat(path)


def listdir(path="."):
    fs = _fs()
    name = fs.path_of(path)
    if name in fs.files:
        raise NotADirectoryError(20, "Not a directory", path)
    if not fs.is_dir(name):
        _missing(path)
    prefix = name.rstrip("/") + "/"
    entries = {p[len(prefix):].split("/")[0] for p in list(fs.files) + list(fs.dirs)
               if p.startswith(prefix) and p != prefix}
    return sorted(entries)


def mkdir(path, mode=0o777, *, dir_fd=None):
    fs = _fs()
    name = fs.path_of(path)
    if name in fs.files or fs.is_dir(name):
        raise FileExistsError(17, "File exists", path)
    if not fs.is_dir(fs.posixpath.dirname(name)):
        _missing(path)
    fs.dirs.add(name)


def remove(path, *, dir_fd=None):
    fs = _fs()
    name = fs.path_of(path)
    if name not in fs.files:
        if fs.is_dir(name):
            raise IsADirectoryError(21, "Is a directory", path)
        _missing(path)
    del fs.files[name]


unlink = remove


def rmdir(path, *, dir_fd=None):
    fs = _fs()
    name = fs.path_of(path)
    if listdir(path):
        raise OSError(39, "Directory not empty", path)
    fs.dirs.discard(name)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    fs = _fs()
    source, target = fs.path_of(src), fs.path_of(dst)
    if source not in fs.files:
        _missing(src)
    fs.files[target] = fs.files.pop(source)


replace = rename


def scandir(path="."):
    raise OSError("os.scandir is not available in pyplay; use os.listdir")


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        stat(path)
    except OSError:
        return False
    return True


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

"""sqlite3 on pyplay's file system.

SQLite can't open files itself here: pyplay's files live in memory (`_pyplay_fs`), and the
browser has no disk. So `sqlite3.connect("trivia.db")` opens an in-memory database, loads the
file's bytes into it (`Connection.deserialize`, rustpython-stdlib patch 0004), and writes the
database back into the file (`serialize`) whenever a change is committed: on `commit()`, at the
end of a `with connection:` block, on `close()`, when the connection is dropped and when a run
ends (for changes made outside a transaction, e.g. with `isolation_level=None`). So `open()`, `os.listdir()` and `sqlite3` see
the same files, and a database a program creates can be reopened later in the session.

Differences from a disk: two connections to one file each have their own copy, read when they
connect (a change committed through one is seen by connections opened after it). `:memory:`,
"" and `uri=True` connections are SQLite's own, as in CPython.

Installed lazily: `_pyplay_runner` wraps the import of `_sqlite3`, so programs that never use
a database pay nothing.
"""

import weakref

import _pyplay_fs

# Connections that mirror a file, so that a run's end can save what they committed.
_open = weakref.WeakSet()


class _FileBacked:
    """Mixed into the connection class a program gets (its `factory=`, or sqlite3's own)."""

    _pyplay_path = None

    def _pyplay_save(self):
        # Only what is committed: an open transaction is rolled back on close, as on a disk.
        if self._pyplay_path is not None and not self.in_transaction:
            _pyplay_fs.files[self._pyplay_path] = self.serialize()

    def commit(self):
        super().commit()
        self._pyplay_save()

    def __exit__(self, *exc_info):
        result = super().__exit__(*exc_info)
        self._pyplay_save()
        return result

    def __del__(self):
        # Dropped without close(): keep what it committed, as a disk would (e.g.
        # `sqlite3.connect("x.db").execute("CREATE TABLE t(x)")`, which autocommits).
        try:
            self._pyplay_save()
        except Exception:
            pass  # closed already, or the interpreter is shutting down

    def close(self):
        try:
            if self.in_transaction:
                self.rollback()
            self._pyplay_save()
        except Exception:
            pass  # already closed: close() again is allowed and does nothing
        _open.discard(self)
        super().close()


_classes = {}


def _file_backed(factory):
    """`factory` with `_FileBacked` mixed in (one class per factory)."""
    cls = _classes.get(factory)
    if cls is None:
        cls = type(factory.__name__, (_FileBacked, factory), {})
        cls.__module__ = factory.__module__
        cls.__qualname__ = factory.__qualname__
        _classes[factory] = cls
    return cls


def install(module):
    """Makes `module` (the native `_sqlite3`) open files from pyplay's file system."""
    native_connect = module.connect
    OperationalError = module.OperationalError
    Connection = module.Connection

    def connect(database, *args, **kwargs):
        # connect(database, timeout, detect_types, isolation_level, check_same_thread, factory,
        # cached_statements, uri, *, autocommit): only factory and uri matter here.
        factory = args[4] if len(args) > 4 else kwargs.get("factory", Connection)
        uri = args[6] if len(args) > 6 else kwargs.get("uri", False)
        if uri or database in (":memory:", "", b":memory:", b""):
            return native_connect(database, *args, **kwargs)
        path = _pyplay_fs.path_of(database)
        folder = path.rsplit("/", 1)[0] or "/"
        if _pyplay_fs.is_dir(path) or not _pyplay_fs.is_dir(folder):
            raise OperationalError("unable to open database file")
        if not (isinstance(factory, type) and issubclass(factory, Connection)):
            return native_connect(database, *args, **kwargs)  # SQLite's own error for it
        if len(args) > 4:
            args = args[:4] + (_file_backed(factory),) + args[5:]
        else:
            kwargs["factory"] = _file_backed(factory)
        connection = native_connect(":memory:", *args, **kwargs)
        data = _pyplay_fs.files.get(path)
        if data:
            connection.deserialize(data)
        else:
            _pyplay_fs.files[path] = b""  # SQLite creates the (empty) file when it opens it
        connection._pyplay_path = path
        _open.add(connection)
        return connection

    connect.__doc__ = native_connect.__doc__
    module.connect = connect


def save_open_databases():
    """Called when a run ends: keep what open connections committed."""
    for connection in list(_open):
        try:
            connection._pyplay_save()
        except Exception:
            pass

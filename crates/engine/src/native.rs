//! The native (Rust) modules of rustpython-stdlib that pyplay registers. Only these are linked
//! into the interpreter: RustPython patch rustpython-stdlib 0001 makes each definition
//! reachable on its own, and a module never named here is never referenced, so the linker
//! leaves it out (with the tables and crates only it uses). Python modules are listed in
//! crates/stdlib/modules.txt; the modules built into rustpython-vm itself (`sys`, `time`,
//! `itertools`, `_io`, `_sre`, …) are always there.
//!
//! Add a module by adding its line here (with what needs it) and its name to the import test
//! in tests/stdlib.rs. Left out on purpose: `_datetime` (its now() reads std's clock, which
//! aborts on wasm32: `datetime` uses `_pydatetime`), the CJK codecs, `_bz2`, `_lzma`, `zlib`,
//! `array`, `_pickle`, `pyexpat`, `_elementtree`, `_asyncio`, `_zoneinfo`, `_socket`,
//! `_remote_debugging` — nothing pyplay ships imports them; importing one gives the
//! module-not-shipped explanation.

use rustpython_stdlib::module_defs as defs;
use rustpython_vm::{Context, builtins::PyModuleDef};

type Define = fn(&Context) -> &'static PyModuleDef;

/// (Python name, definition): the name is what tests/stdlib.rs imports.
pub const NATIVE_MODULES: &[(&str, Define)] = &[
    ("math", defs::math),
    ("cmath", defs::cmath),
    ("_random", defs::random),           // random
    ("_bisect", defs::bisect),           // bisect
    ("_heapq", defs::_heapq),            // heapq
    ("_json", defs::json),               // json (speed)
    ("_csv", defs::csv),                 // csv
    ("_struct", defs::pystruct),         // struct, base64
    ("binascii", defs::binascii),        // base64
    ("_statistics", defs::statistics),   // statistics
    ("_contextvars", defs::contextvars), // contextvars, decimal
    ("_queue", defs::_queue),            // queue
    ("_opcode", defs::_opcode),          // dis, opcode
    ("_tokenize", defs::_tokenize),      // tokenize (linecache, the console)
    ("_suggestions", defs::suggestions), // "Did you mean …?" in tracebacks
    ("unicodedata", defs::unicodedata),  // traceback's caret widths, re's \N{…}
    ("_hashlib", defs::hashlib),         // hashlib, hmac, secrets, uuid
    ("_md5", defs::md5),                 // hashlib
    ("_sha1", defs::sha1),               // hashlib
    ("_sha256", defs::sha256),           // hashlib, random
    ("_sha512", defs::sha512),           // hashlib
    ("_sha3", defs::sha3),               // hashlib
    ("_blake2", defs::blake2),           // hashlib
    ("_sqlite3", defs::_sqlite3),        // sqlite3 (the Jeopardy project): SQLite itself
];

/// Every listed module's definition, for `InterpreterBuilder::add_native_modules`.
pub(crate) fn definitions(ctx: &Context) -> Vec<&'static PyModuleDef> {
    NATIVE_MODULES
        .iter()
        .map(|(_, define)| define(ctx))
        .collect()
}

//! A lesson's data files as the app gets them. Most are copied as they are. A SQLite database
//! (`trivia.db`, for the Jeopardy project) is kept in the lessons folder as reviewable SQL
//! instead, `trivia.sql` beside where the `.db` would be, and built from it here with SQLite
//! itself: the lesson lists the `.db`, the folder holds the `.sql`.

use std::path::Path;

/// Whether `path` (as a lesson's `files` lists it) can be made from the lessons folder.
pub fn data_file_exists(source: &Path, path: &str) -> bool {
    source.join(path).is_file() || sql_source(source, path).is_some_and(|sql| sql.is_file())
}

/// The bytes of the data file `path` (as a lesson's `files` lists it): the file itself, or a
/// `.db` built from its `.sql`. Errors say which file and what SQLite said.
pub fn data_file(source: &Path, path: &str) -> Result<Vec<u8>, String> {
    let file = source.join(path);
    if file.is_file() {
        return std::fs::read(&file).map_err(|err| format!("{path}: {err}"));
    }
    let Some(sql_path) = sql_source(source, path).filter(|sql| sql.is_file()) else {
        return Err(format!("{path}: is not in the lessons folder"));
    };
    let sql_name = Path::new(path).with_extension("sql");
    let sql = std::fs::read_to_string(&sql_path)
        .map_err(|err| format!("{}: {err}", sql_name.display()))?;
    database_from_sql(&sql).map_err(|err| {
        format!(
            "{path}: built from {}: SQLite says: {err}",
            sql_name.display()
        )
    })
}

fn sql_source(source: &Path, path: &str) -> Option<std::path::PathBuf> {
    path.ends_with(".db")
        .then(|| source.join(Path::new(path).with_extension("sql")))
}

/// A database made by running `sql` in an empty in-memory SQLite database, as its file's bytes.
fn database_from_sql(sql: &str) -> Result<Vec<u8>, String> {
    use libsqlite3_sys as ffi;
    use std::ffi::{CStr, CString};
    use std::ptr::null_mut;

    let sql = CString::new(sql).map_err(|_| "the SQL contains a NUL byte".to_owned())?;
    let mut db = null_mut();
    // SAFETY: the usual SQLite C API sequence; every pointer SQLite returns is checked and
    // freed with its own allocator, and the database is closed on every path.
    unsafe {
        let flags = ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE;
        if ffi::sqlite3_open_v2(c":memory:".as_ptr(), &mut db, flags, std::ptr::null())
            != ffi::SQLITE_OK
        {
            ffi::sqlite3_close(db);
            return Err("can't open an in-memory database".to_owned());
        }
        let mut message = null_mut();
        let status = ffi::sqlite3_exec(db, sql.as_ptr(), None, null_mut(), &mut message);
        let result = if status != ffi::SQLITE_OK {
            let text = if message.is_null() {
                CStr::from_ptr(ffi::sqlite3_errmsg(db))
                    .to_string_lossy()
                    .into_owned()
            } else {
                CStr::from_ptr(message).to_string_lossy().into_owned()
            };
            ffi::sqlite3_free(message.cast());
            Err(text)
        } else {
            let mut size = 0;
            let data = ffi::sqlite3_serialize(db, c"main".as_ptr(), &mut size, 0);
            if data.is_null() {
                Err("can't serialize the database".to_owned())
            } else {
                let bytes = std::slice::from_raw_parts(data, size as usize).to_vec();
                ffi::sqlite3_free(data.cast());
                Ok(bytes)
            }
        };
        ffi::sqlite3_close(db);
        result
    }
}

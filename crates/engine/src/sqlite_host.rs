//! What SQLite asks of its host in the browser: sqlite-wasm-rs (SQLite for wasm32, see
//! patches/rustpython-stdlib-0.6.0/0003-*) links these five C functions by name instead of
//! calling an OS. Its own `wasm-bindgen` feature has the same ones but needs a newer
//! wasm-bindgen than pyplay pins. Natively, SQLite is libsqlite3-sys and uses the OS.

use core::ffi::c_int;

const OK: c_int = 0;
const UNAVAILABLE: c_int = 2;
const INVALID_TIME: c_int = 3;

/// sqlite-wasm-rs's `LocalTime`: ten `i32`s, in this order.
#[repr(C)]
pub struct LocalTime {
    year: i32,
    month: i32,
    day: i32,
    hour: i32,
    minute: i32,
    second: i32,
    weekday: i32,
    yearday: i32,
    is_dst: i32,
    utc_offset_seconds: i32,
}

/// SQLite sleeps only while waiting for another connection's lock; in one worker with
/// in-memory databases no lock is ever held by anyone else, so there is nothing to wait for.
#[unsafe(export_name = "rust_sqlite_wasm_host_sleep")]
pub extern "C" fn sleep(_seconds: u64, _nanoseconds: u32) {}

#[unsafe(export_name = "rust_sqlite_wasm_host_random")]
pub unsafe extern "C" fn random(buf: *mut u8, len: usize) -> usize {
    if unsafe { fill_entropy(buf, len) } == OK {
        len
    } else {
        0
    }
}

#[unsafe(export_name = "rust_sqlite_wasm_host_fill_entropy")]
pub unsafe extern "C" fn fill_entropy(buf: *mut u8, len: usize) -> c_int {
    if len == 0 {
        return OK;
    }
    if buf.is_null() {
        return UNAVAILABLE;
    }
    let buf = unsafe { core::slice::from_raw_parts_mut(buf, len) };
    match getrandom::fill(buf) {
        Ok(()) => OK,
        Err(_) => UNAVAILABLE,
    }
}

#[unsafe(export_name = "rust_sqlite_wasm_host_epoch_timestamp_in_ms")]
pub unsafe extern "C" fn epoch_timestamp_in_ms(out: *mut i64) -> c_int {
    let now = js_sys::Date::now();
    if !now.is_finite() || out.is_null() {
        return INVALID_TIME;
    }
    unsafe { out.write(now as i64) };
    OK
}

/// `localtime` for SQLite's `'localtime'` modifier: the browser's own calendar fields and
/// offset at that instant (as `time.localtime` gets them, rustpython-vm patch 0008).
#[unsafe(export_name = "rust_sqlite_wasm_host_localtime")]
pub unsafe extern "C" fn localtime(unix_seconds: i64, out: *mut LocalTime) -> c_int {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        unix_seconds as f64 * 1000.0,
    ));
    if !date.get_time().is_finite() || out.is_null() {
        return INVALID_TIME;
    }
    let year = date.get_full_year();
    let offset = date.get_timezone_offset();
    let january = js_sys::Date::new_with_year_month_day(year, 0, 1).get_timezone_offset();
    let july = js_sys::Date::new_with_year_month_day(year, 6, 1).get_timezone_offset();
    let start_of_year = js_sys::Date::new_with_year_month_day(year, 0, 1);
    let local_midnight = js_sys::Date::new_with_year_month_day(
        year,
        date.get_month() as i32,
        date.get_date() as i32,
    );
    // Whole local days since 1 January (a DST change makes one day 23 or 25 hours long).
    let yearday = ((local_midnight.get_time() - start_of_year.get_time()) / 86_400_000.0).round();
    let time = LocalTime {
        year: year as i32,
        month: date.get_month() as i32 + 1,
        day: date.get_date() as i32,
        hour: date.get_hours() as i32,
        minute: date.get_minutes() as i32,
        second: date.get_seconds() as i32,
        weekday: date.get_day() as i32,
        yearday: yearday as i32,
        is_dst: i32::from(january != july && offset == january.min(july)),
        utc_offset_seconds: -(offset * 60.0) as i32,
    };
    unsafe { out.write(time) };
    OK
}

//! The memory cap: a program may use at most [`LIMIT_MB`] of the worker's memory. Without it a
//! memory bomb (`a.append("x" * 10**6)` in an endless loop) grows the worker for ~50 s, to the
//! 4 GB a wasm32 instance can address, slowing the whole machine, and then dies with "internal
//! problem (unreachable)". With it the allocation that would pass the cap fails at once (within
//! a second for that loop), Rust aborts, and `web/worker.js` asks [`refused_mb`] whether that is
//! why (so too when the browser refused to grow the memory before the cap): the page then says
//! MemoryError in Python's words and restarts Python.
//!
//! 512 MB is more than any workshop program needs (the largest lesson file is a few MB; a
//! 100 MB file written and read back fits) and leaves room for the page and the browser on a
//! 4 GB laptop. The count is of what Rust asked for (the allocator's own overhead is not in it).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

pub const LIMIT_MB: u32 = 512;
const LIMIT: usize = (LIMIT_MB as usize) << 20;

/// Bytes allocated and not yet freed.
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// MB in use when an allocation was last refused (0: never): [`LIMIT_MB`] when it would have
/// passed the cap, less when the browser would not grow the memory before that (a laptop short
/// of memory).
static REFUSED_MB: AtomicUsize = AtomicUsize::new(0);

/// The memory in use (MB) when an allocation was refused, if one was: the program ran out of
/// memory, and the learner hears MemoryError rather than "internal problem".
pub fn refused_mb() -> Option<u32> {
    match REFUSED_MB.load(Ordering::Relaxed) {
        0 => None,
        mb => Some(mb as u32),
    }
}

/// The cap no longer applies (the worker is only reporting its end: see [`lift_cap`]).
static LIFTED: AtomicBool = AtomicBool::new(false);

/// Lets every later allocation through: after a refusal the memory in use is still within a few
/// bytes of the cap, so reporting it (a message to the page needs a little memory) would be
/// refused too, and the page would hear of a crash, not of a MemoryError.
pub fn lift_cap() {
    LIFTED.store(true, Ordering::Relaxed);
}

fn reserve(bytes: usize) -> bool {
    let before = LIVE.fetch_add(bytes, Ordering::Relaxed);
    if before.saturating_add(bytes) > LIMIT && !LIFTED.load(Ordering::Relaxed) {
        LIVE.fetch_sub(bytes, Ordering::Relaxed);
        REFUSED_MB.store(LIMIT_MB as usize, Ordering::Relaxed);
        return false;
    }
    true
}

fn release(bytes: usize) {
    LIVE.fetch_sub(bytes, Ordering::Relaxed);
}

/// Allocates `bytes` more with `allocate` if the cap allows; the count is given back if the
/// allocation fails.
fn within_cap(bytes: usize, allocate: impl FnOnce() -> *mut u8) -> *mut u8 {
    if !reserve(bytes) {
        return std::ptr::null_mut();
    }
    let ptr = allocate();
    if ptr.is_null() {
        // The browser would not grow the memory: out of memory all the same.
        let mb = (LIVE.load(Ordering::Relaxed) >> 20).max(1);
        REFUSED_MB.store(mb, Ordering::Relaxed);
        release(bytes);
    }
    ptr
}

/// The system allocator, counting.
pub struct Capped;

// SAFETY: every call is passed on to `System` unchanged; refusing (a null pointer) is allowed.
unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is System's.
        within_cap(layout.size(), || unsafe { System.alloc(layout) })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as above.
        within_cap(layout.size(), || unsafe { System.alloc_zeroed(layout) })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        release(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        // SAFETY: as above.
        let realloc = || unsafe { System.realloc(ptr, layout, new_size) };
        if new_size > old {
            return within_cap(new_size - old, realloc);
        }
        let moved = realloc();
        if !moved.is_null() {
            release(old - new_size);
        }
        moved
    }
}

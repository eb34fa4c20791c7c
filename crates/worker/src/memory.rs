//! The memory cap: a program may use at most [`LIMIT_MB`] of the worker's memory. Without it a
//! memory bomb (`a.append("x" * 10**6)` in an endless loop) grows the worker for ~50 s, to the
//! 4 GB a wasm32 instance can address, slowing the whole machine, and then dies with "internal
//! problem (unreachable)". With it the allocation that would pass the cap fails at once (within
//! a second for that loop), Rust aborts, and `web/worker.js` asks [`exceeded`] whether that is
//! why: the page then says MemoryError in Python's words and restarts Python.
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
/// An allocation was refused for passing the cap.
static EXCEEDED: AtomicBool = AtomicBool::new(false);

/// True once an allocation was refused for passing the cap.
pub fn exceeded() -> bool {
    EXCEEDED.load(Ordering::Relaxed)
}

fn reserve(bytes: usize) -> bool {
    let before = LIVE.fetch_add(bytes, Ordering::Relaxed);
    if before.saturating_add(bytes) > LIMIT {
        LIVE.fetch_sub(bytes, Ordering::Relaxed);
        EXCEEDED.store(true, Ordering::Relaxed);
        return false;
    }
    true
}

fn release(bytes: usize) {
    LIVE.fetch_sub(bytes, Ordering::Relaxed);
}

/// The system allocator, counting.
pub struct Capped;

// SAFETY: every call is passed on to `System` unchanged; refusing (a null pointer) is allowed.
unsafe impl GlobalAlloc for Capped {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !reserve(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller's contract is System's.
        let ptr = unsafe { System.alloc(layout) };
        if ptr.is_null() {
            release(layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if !reserve(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: as above.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if ptr.is_null() {
            release(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) };
        release(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = layout.size();
        if new_size > old && !reserve(new_size - old) {
            return std::ptr::null_mut();
        }
        // SAFETY: as above.
        let moved = unsafe { System.realloc(ptr, layout, new_size) };
        if moved.is_null() {
            if new_size > old {
                release(new_size - old);
            }
        } else if new_size < old {
            release(old - new_size);
        }
        moved
    }
}

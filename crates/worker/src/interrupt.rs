//! Ctrl+C for a running program (Check's time limit, the console's Ctrl+C): on the shared
//! channel the page writes the run id to interrupt into this worker's SharedArrayBuffer
//! (`pyplay_protocol::shared::interrupt`) and RustPython, through the poll registered here
//! (`pyplay_engine::set_interrupt_poll`, RustPython patch 0003), raises KeyboardInterrupt in that
//! run within a few thousand instructions. The program's variables survive, unlike Stop, which
//! replaces the worker (and stays the page's fallback, and its only way on the other channels).

use js_sys::{Int32Array, SharedArrayBuffer};
use pyplay_protocol::shared;
use std::cell::{Cell, RefCell};

thread_local! {
    /// The buffer the page writes requests to (shared channel only), and its slots as the poll
    /// reads them.
    static BUFFER: RefCell<Option<(SharedArrayBuffer, Int32Array)>> = const { RefCell::new(None) };
    /// The run going on (0: none): only a request for it counts.
    static RUN: Cell<u32> = const { Cell::new(0) };
    /// The current run has taken an interrupt.
    static TAKEN: Cell<bool> = const { Cell::new(false) };
}

/// Listens for interrupts in `buffer` from now on.
pub(crate) fn listen(buffer: SharedArrayBuffer) {
    let slots = Int32Array::new(&buffer);
    BUFFER.with(|slot| *slot.borrow_mut() = Some((buffer, slots)));
    pyplay_engine::set_interrupt_poll(poll);
}

/// Run `run_id` begins: requests for earlier runs, and any line typed after one, are dropped.
pub(crate) fn begin_run(run_id: u32) {
    RUN.set(run_id);
    TAKEN.set(false);
    BUFFER.with(|slot| {
        if let Some((buffer, _)) = &*slot.borrow() {
            shared::begin_run(buffer, run_id);
        }
    });
}

/// Whether the current run has taken an interrupt (a check then skips its remaining cases).
pub(crate) fn taken() -> bool {
    TAKEN.get()
}

/// RustPython's poll: true (raise KeyboardInterrupt) when the page asked to interrupt this run.
fn poll() -> bool {
    let run = RUN.get();
    if run == 0 {
        return false;
    }
    let taken = BUFFER.with(|slot| {
        slot.borrow()
            .as_ref()
            .is_some_and(|(_, slots)| shared::take_interrupt(slots, run))
    });
    if taken {
        TAKEN.set(true);
    }
    taken
}

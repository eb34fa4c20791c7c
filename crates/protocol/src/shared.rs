//! The SharedArrayBuffer input channel ([`Channel::Shared`](crate::Channel::Shared), cross-origin
//! isolated pages): the buffer's layout and, on wasm, both halves side by side — the page writes
//! a line ([`write_line`]), the worker waits for it ([`read_line`]) and sleeps on it ([`sleep`]).
//! Each worker gets its own buffer ([`new_buffer`]): a stopped worker still blocked in
//! `Atomics.wait` may live on for a moment and would otherwise take the next worker's line.
//!
//! Layout, in 32-bit slots then bytes: a state slot (empty / line / end of input), the line's
//! byte length, an interrupt slot, and from [`TEXT_OFFSET`] the line's UTF-8.
//!
//! The same buffer carries Ctrl+C (Pyodide's `setInterruptBuffer` idea): the page writes the
//! run id to interrupt ([`interrupt`]) and the interpreter, which polls it while it runs
//! ([`take_interrupt`]), raises KeyboardInterrupt in that run; a wait for input or a sleep
//! wakes for it.

/// Slot: 0 = empty, 1 = a line is ready, 2 = end of input.
pub const STATE: u32 = 0;
/// Slot: byte length of the UTF-8 line.
pub const LENGTH: u32 = 1;
/// Slot: the id of the run the page asks to interrupt (0: none). A sleep is an `Atomics.wait`
/// on it with a timeout, so an interrupt ends it.
pub const INTERRUPT: u32 = 2;
/// [`STATE`]: nothing to read (the worker waits while it is this).
pub const EMPTY: i32 = 0;
/// [`STATE`]: a line of [`LENGTH`] bytes is at [`TEXT_OFFSET`].
pub const LINE: i32 = 1;
/// [`STATE`]: end of input (Ctrl+D): `input()` raises EOFError.
pub const EOF: i32 = 2;
/// Where the line's bytes start.
pub const TEXT_OFFSET: u32 = 16;
/// Longest line in bytes; the page cuts longer ones.
pub const TEXT_CAPACITY: u32 = 64 * 1024;
/// Size of a channel's SharedArrayBuffer.
pub const BYTE_LENGTH: u32 = TEXT_OFFSET + TEXT_CAPACITY;

// The layout fits, checked at compile time: the text starts after the slots, and the buffer is
// a whole number of slots.
const _: () = assert!(TEXT_OFFSET >= 4 * (INTERRUPT + 1));
const _: () = assert!(BYTE_LENGTH.is_multiple_of(4));

/// What [`write_line`] stores of `line`: at most [`TEXT_CAPACITY`] bytes, cut on a char
/// boundary.
pub fn clip(line: &str) -> &str {
    let mut cut = line.len().min(TEXT_CAPACITY as usize);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    &line[..cut]
}

/// How long a worker waiting for a line waits at most before it looks at the interrupt slot
/// again (an interrupt written just before the wait began would otherwise go unseen).
pub const WAIT_SLICE_MS: f64 = 100.0;

pub use halves::{
    begin_run, interrupt, interrupt_pending, new_buffer, read_line, sleep, take_interrupt,
    write_line,
};

mod halves {
    use super::*;
    use js_sys::{Atomics, Int32Array, SharedArrayBuffer, Uint8Array};

    /// A new, empty channel buffer ([`BYTE_LENGTH`] bytes) for one worker.
    pub fn new_buffer() -> SharedArrayBuffer {
        SharedArrayBuffer::new(BYTE_LENGTH)
    }

    /// Page side: answers the worker's `input()` with `line`, or end of input (`None`). Stores
    /// the line (cut by [`clip`]), then its length, then the state, and wakes the worker.
    pub fn write_line(buffer: &SharedArrayBuffer, line: Option<&str>) {
        let slots = Int32Array::new(buffer);
        let text = line.map(clip).unwrap_or_default();
        Uint8Array::new(buffer)
            .subarray(TEXT_OFFSET, TEXT_OFFSET + text.len() as u32)
            .copy_from(text.as_bytes());
        let state = if line.is_some() { LINE } else { EOF };
        let _ = Atomics::store(&slots, LENGTH, text.len() as i32);
        let _ = Atomics::store(&slots, STATE, state);
        let _ = Atomics::notify(&slots, STATE);
    }

    /// Page side: asks the worker to interrupt run `run_id` (KeyboardInterrupt in the program),
    /// waking it if it waits for a line or sleeps.
    pub fn interrupt(buffer: &SharedArrayBuffer, run_id: u32) {
        let slots = Int32Array::new(buffer);
        let _ = Atomics::store(&slots, INTERRUPT, run_id as i32);
        let _ = Atomics::notify(&slots, INTERRUPT);
        let _ = Atomics::notify(&slots, STATE);
    }

    /// Worker side, as run `run_id` begins: forgets what was meant for earlier runs (a request
    /// that came after its run had ended, a line typed after an interrupt).
    pub fn begin_run(buffer: &SharedArrayBuffer, run_id: u32) {
        let slots = Int32Array::new(buffer);
        let asked = Atomics::load(&slots, INTERRUPT).unwrap_or(0);
        if asked != 0 && asked != run_id as i32 {
            let _ = Atomics::compare_exchange(&slots, INTERRUPT, asked, 0);
        }
        let _ = Atomics::store(&slots, STATE, EMPTY);
    }

    /// Worker side: whether the page asked to interrupt run `run_id` (the request stays).
    pub fn interrupt_pending(buffer: &SharedArrayBuffer, run_id: u32) -> bool {
        Atomics::load(&Int32Array::new(buffer), INTERRUPT).unwrap_or(0) == run_id as i32
    }

    /// Worker side: takes the page's request to interrupt run `run_id`, if there is one.
    /// `slots` is the buffer's `Int32Array`, kept by the caller: the interpreter asks every few
    /// thousand instructions.
    pub fn take_interrupt(slots: &Int32Array, run_id: u32) -> bool {
        Atomics::compare_exchange(slots, INTERRUPT, run_id as i32, 0).unwrap_or(0) == run_id as i32
    }

    /// Worker side: blocks (`Atomics.wait`, so only in a worker) until the page has written a
    /// line, takes it and empties the slot. `None` is end of input, or an interrupt of run
    /// `run_id` (left pending for the interpreter to raise; the caller checks).
    pub fn read_line(buffer: &SharedArrayBuffer, run_id: u32) -> Option<String> {
        let slots = Int32Array::new(buffer);
        loop {
            let state = Atomics::load(&slots, STATE).unwrap_or(EMPTY);
            if state != EMPTY {
                let line = (state == LINE).then(|| {
                    let length = Atomics::load(&slots, LENGTH).unwrap_or(0) as u32;
                    let length = length.min(TEXT_CAPACITY);
                    let bytes = Uint8Array::new(buffer)
                        .subarray(TEXT_OFFSET, TEXT_OFFSET + length)
                        .to_vec();
                    String::from_utf8_lossy(&bytes).into_owned()
                });
                let _ = Atomics::store(&slots, STATE, EMPTY);
                return line;
            }
            if interrupt_pending(buffer, run_id) {
                return None;
            }
            let _ = Atomics::wait_with_timeout(&slots, STATE, EMPTY, WAIT_SLICE_MS);
        }
    }

    /// Worker side: sleeps `ms` milliseconds without using the CPU (`Atomics.wait` with a
    /// timeout on the [`INTERRUPT`] slot), or less if the page interrupts the run (then the
    /// request is pending: the caller checks).
    pub fn sleep(buffer: &SharedArrayBuffer, ms: f64) {
        let _ = Atomics::wait_with_timeout(&Int32Array::new(buffer), INTERRUPT, 0, ms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_on_a_char_boundary() {
        assert_eq!(clip("hi"), "hi");
        let cap = TEXT_CAPACITY as usize;
        let ascii = "a".repeat(cap + 10);
        assert_eq!(clip(&ascii).len(), cap);
        // "é" is two bytes: with an odd prefix the capacity falls inside one.
        let mixed = format!("a{}", "é".repeat(cap));
        let cut = clip(&mixed);
        assert_eq!(cut.len(), cap - 1);
        assert!(mixed.starts_with(cut));
    }
}

//! The SharedArrayBuffer input channel ([`Channel::Shared`](crate::Channel::Shared), cross-origin
//! isolated pages): the buffer's layout and, on wasm, both halves side by side — the page writes
//! a line ([`write_line`]), the worker waits for it ([`read_line`]) and sleeps on it ([`sleep`]).
//! Each worker gets its own buffer ([`new_buffer`]): a stopped worker still blocked in
//! `Atomics.wait` may live on for a moment and would otherwise take the next worker's line.
//!
//! Layout, in 32-bit slots then bytes: a state slot (empty / line / end of input), the line's
//! byte length, a sleep slot, and from [`TEXT_OFFSET`] the line's UTF-8.

/// Slot: 0 = empty, 1 = a line is ready, 2 = end of input.
pub const STATE: u32 = 0;
/// Slot: byte length of the UTF-8 line.
pub const LENGTH: u32 = 1;
/// Slot that nobody ever notifies: `Atomics.wait` on it with a timeout is a sleep.
pub const SLEEP: u32 = 2;
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
const _: () = assert!(TEXT_OFFSET >= 4 * (SLEEP + 1));
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

pub use halves::{new_buffer, read_line, sleep, write_line};

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

    /// Worker side: blocks (`Atomics.wait`, so only in a worker) until the page has written a
    /// line, takes it and empties the slot. `None` is end of input.
    pub fn read_line(buffer: &SharedArrayBuffer) -> Option<String> {
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
            let _ = Atomics::wait(&slots, STATE, EMPTY);
        }
    }

    /// Worker side: sleeps `ms` milliseconds without using the CPU (`Atomics.wait` with a
    /// timeout on the [`SLEEP`] slot, which nobody notifies).
    pub fn sleep(buffer: &SharedArrayBuffer, ms: f64) {
        let _ = Atomics::wait_with_timeout(&Int32Array::new(buffer), SLEEP, 0, ms);
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

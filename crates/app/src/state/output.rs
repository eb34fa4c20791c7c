//! The shell's text: what programs wrote, the lines typed for input(), console lines and
//! pyplay's notes. Kept as shared chunks, so a new state after an action copies pointers, not
//! the (up to 200 000 characters of) text.

use std::rc::Rc;

/// Older output is dropped past this many bytes or lines, so a runaway print loop can't make the
/// page sluggish: laying out the shell costs by lines as much as by bytes (100 000 lines of
/// `print("x")` took the page a second a frame). Thonny, the beginners' IDE, keeps 1 000 lines.
pub const OUTPUT_LIMIT: usize = 200_000;
pub const LINE_LIMIT: usize = 5_000;

/// A chunk shorter than this takes the next text of its kind into itself (copying at most this
/// much), so a program that prints one character at a time doesn't make thousands of chunks.
const MERGE_BELOW: usize = 4096;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    Stdout,
    Stderr,
    /// A line the user typed for input().
    Input,
    /// pyplay's own notes ("Program stopped.").
    Note,
    /// A line typed at the `>>>` console, with its prompt.
    Console,
    /// A plain-language explanation of the error above it.
    Explanation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Chunk {
    kind: SegmentKind,
    text: Rc<str>,
    /// Line ends in `text`.
    lines: usize,
}

fn line_ends(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

/// A run of the shell's text (see [`Output::pieces`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub key: usize,
    pub kind: SegmentKind,
    pub text: Rc<str>,
}

/// `Eq` matters: comparing two `Rc<Output>` (component props) then starts with the pointers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    chunks: Vec<Chunk>,
    /// Bytes held.
    len: usize,
    /// Line ends held.
    lines: usize,
    /// Bytes dropped from the start.
    dropped: usize,
}

impl Output {
    pub fn push(&mut self, kind: SegmentKind, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some(last) if last.kind == kind && last.text.len() < MERGE_BELOW => {
                last.text = [&*last.text, text].concat().into();
                last.lines += line_ends(text);
            }
            _ => self.chunks.push(Chunk {
                kind,
                text: text.into(),
                lines: line_ends(text),
            }),
        }
        self.len += text.len();
        self.lines += line_ends(text);
        if self.len > OUTPUT_LIMIT {
            self.trim(self.len - OUTPUT_LIMIT);
        }
        if self.lines > LINE_LIMIT {
            let bytes = self.bytes_before_line(self.lines - LINE_LIMIT);
            self.trim(bytes);
        }
    }

    /// Bytes from the start up to and including the `n`th line end.
    fn bytes_before_line(&self, n: usize) -> usize {
        let (mut bytes, mut seen) = (0, 0);
        for chunk in &self.chunks {
            if seen + chunk.lines < n {
                seen += chunk.lines;
                bytes += chunk.text.len();
                continue;
            }
            let (at, _) = chunk
                .text
                .match_indices('\n')
                .nth(n - seen - 1)
                .expect("the chunk holds that line end");
            return bytes + at + 1;
        }
        bytes
    }

    /// Ends the current line with a note of pyplay's own on a line of its own.
    pub fn note(&mut self, text: &str) {
        if !self.ends_line() {
            self.push(SegmentKind::Note, "\n");
        }
        self.push(SegmentKind::Note, text);
        self.push(SegmentKind::Note, "\n");
    }

    /// True when empty or the last text ends with a newline.
    pub fn ends_line(&self) -> bool {
        self.chunks.last().is_none_or(|c| c.text.ends_with('\n'))
    }

    fn trim(&mut self, excess: usize) {
        let mut cut = 0;
        let mut whole = 0;
        for chunk in &self.chunks {
            if cut + chunk.text.len() > excess {
                break;
            }
            cut += chunk.text.len();
            whole += 1;
        }
        for chunk in self.chunks.drain(..whole) {
            self.lines -= chunk.lines;
        }
        if cut < excess
            && let Some(first) = self.chunks.first_mut()
        {
            let mut at = excess - cut;
            while !first.text.is_char_boundary(at) {
                at += 1;
            }
            self.lines -= line_ends(&first.text[..at]);
            first.lines -= line_ends(&first.text[..at]);
            first.text = first.text[at..].into();
            cut += at;
        }
        self.len -= cut;
        self.dropped += cut;
    }

    /// The kind of the newest text.
    pub fn last_kind(&self) -> Option<SegmentKind> {
        self.chunks.last().map(|c| c.kind)
    }

    /// Bytes dropped from the start to keep the page fast.
    pub fn dropped(&self) -> usize {
        self.dropped
    }

    /// The text as the shell shows it: runs of one kind, except that program output stays in
    /// its chunks, each with a key that stays the same while it is shown (its offset from the
    /// very first byte). So a flood appends elements and drops old ones instead of replacing one
    /// long text: the browser lays out only the new lines.
    pub fn pieces(&self) -> Vec<Piece> {
        let mut pieces: Vec<Piece> = Vec::new();
        let mut offset = self.dropped;
        for chunk in &self.chunks {
            match pieces.last_mut() {
                Some(last) if last.kind == chunk.kind && chunk.kind != SegmentKind::Stdout => {
                    last.text = [&*last.text, &*chunk.text].concat().into();
                }
                _ => pieces.push(Piece {
                    key: offset,
                    kind: chunk.kind,
                    text: chunk.text.clone(),
                }),
            }
            offset += chunk.text.len();
        }
        pieces
    }

    /// Everything shown, as one text.
    pub fn text(&self) -> String {
        self.chunks.iter().map(|c| &*c.text).collect()
    }

    /// The last `max` bytes shown (fewer if a character would be cut), without copying the
    /// rest.
    pub fn tail(&self, max: usize) -> String {
        let (mut from, mut held) = (self.chunks.len(), 0);
        while from > 0 && held < max {
            from -= 1;
            held += self.chunks[from].text.len();
        }
        let text: String = self.chunks[from..].iter().map(|c| &*c.text).collect();
        let cut = text.ceil_char_boundary(text.len().saturating_sub(max));
        text[cut..].to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tail_is_the_end_of_the_text_cut_at_a_character() {
        let mut output = Output::default();
        output.push(SegmentKind::Stdout, &"é".repeat(3000));
        output.push(SegmentKind::Input, "Ada\n");
        output.push(SegmentKind::Stderr, "NameError: x\n");
        let tail = output.tail(100);
        assert!(tail.ends_with("Ada\nNameError: x\n") && tail.len() <= 100);
        assert!(tail.len() >= 99);
        assert_eq!(output.tail(1_000_000), output.text());
        assert_eq!(Output::default().tail(10), "");
    }

    #[test]
    fn output_keeps_its_chunks_and_other_runs_read_as_one_piece() {
        let mut output = Output::default();
        output.push(SegmentKind::Stdout, "a");
        output.push(SegmentKind::Stdout, &"b".repeat(MERGE_BELOW));
        output.push(SegmentKind::Stdout, "c");
        output.push(SegmentKind::Stderr, "oops\n");
        output.push(SegmentKind::Stderr, &"e".repeat(MERGE_BELOW));
        output.push(SegmentKind::Stderr, "rr\n");
        let pieces = output.pieces();
        assert_eq!(pieces.len(), 3, "{pieces:?}");
        assert_eq!(pieces[0].text.len(), MERGE_BELOW + 1);
        assert_eq!(&*pieces[1].text, "c");
        assert_eq!(pieces[1].key, MERGE_BELOW + 1);
        assert_eq!(pieces[2].kind, SegmentKind::Stderr);
        assert_eq!(pieces[2].text.len(), MERGE_BELOW + 8);
        assert_eq!(output.text().len(), 2 * MERGE_BELOW + 10);
    }

    #[test]
    fn a_flood_keeps_the_newest_text_within_the_limit() {
        let mut output = Output::default();
        for i in 0..100_000 {
            output.push(SegmentKind::Stdout, &format!("line {i}\n"));
        }
        let text = output.text();
        assert!(text.len() <= OUTPUT_LIMIT);
        assert!(text.ends_with("line 99999\n"));
        assert_eq!(
            output.dropped() + text.len(),
            (0..100_000)
                .map(|i| format!("line {i}\n").len())
                .sum::<usize>()
        );
    }

    #[test]
    fn a_flood_of_short_lines_keeps_the_newest_lines() {
        let mut output = Output::default();
        for i in 0..20_000 {
            output.push(SegmentKind::Stdout, &format!("{i}\n"));
        }
        output.push(SegmentKind::Stdout, "no end yet");
        let text = output.text();
        assert_eq!(text.lines().count(), LINE_LIMIT + 1);
        assert!(text.starts_with(&format!("{}\n", 20_000 - LINE_LIMIT)));
        assert!(text.ends_with("19999\nno end yet"));
        assert_eq!(output.lines, LINE_LIMIT);
        assert_eq!(
            output.lines,
            output
                .chunks
                .iter()
                .map(|c| line_ends(&c.text))
                .sum::<usize>()
        );
    }

    #[test]
    fn trimming_never_splits_a_character() {
        let mut output = Output::default();
        output.push(SegmentKind::Stdout, &"é".repeat(OUTPUT_LIMIT / 2));
        output.push(SegmentKind::Stdout, "x");
        assert!(output.text().starts_with('é'));
        assert!(output.text().len() <= OUTPUT_LIMIT);
    }

    #[test]
    fn notes_start_on_a_line_of_their_own() {
        let mut output = Output::default();
        output.push(SegmentKind::Stdout, "What is your name? ");
        output.note("Program stopped.");
        assert_eq!(output.text(), "What is your name? \nProgram stopped.\n");
        output.note("Again.");
        assert_eq!(
            output.text(),
            "What is your name? \nProgram stopped.\nAgain.\n"
        );
    }

    #[test]
    fn a_new_state_shares_the_old_text() {
        let mut output = Output::default();
        output.push(SegmentKind::Stdout, &"x".repeat(MERGE_BELOW));
        let before = Rc::new(output);
        let mut after = (*before).clone();
        after.push(SegmentKind::Stdout, "more");
        assert!(Rc::ptr_eq(&before.chunks[0].text, &after.chunks[0].text));
    }
}

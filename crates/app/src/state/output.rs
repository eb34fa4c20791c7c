//! The shell's text: what programs wrote, the lines typed for input(), console lines and
//! pyplay's notes. Kept as shared chunks, so a new state after an action copies pointers, not
//! the (up to 200 000 characters of) text.

use std::rc::Rc;

/// Older output is dropped past this many bytes, so a runaway print loop can't make the page
/// sluggish.
pub const OUTPUT_LIMIT: usize = 200_000;

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
}

/// `Eq` matters: comparing two `Rc<Output>` (component props) then starts with the pointers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    chunks: Vec<Chunk>,
    /// Bytes held.
    len: usize,
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
            }
            _ => self.chunks.push(Chunk {
                kind,
                text: text.into(),
            }),
        }
        self.len += text.len();
        if self.len > OUTPUT_LIMIT {
            self.trim(self.len - OUTPUT_LIMIT);
        }
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
        self.chunks.drain(..whole);
        if cut < excess
            && let Some(first) = self.chunks.first_mut()
        {
            let mut at = excess - cut;
            while !first.text.is_char_boundary(at) {
                at += 1;
            }
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

    /// The text in runs of one kind, as the shell shows them.
    pub fn segments(&self) -> Vec<(SegmentKind, String)> {
        let mut segments: Vec<(SegmentKind, String)> = Vec::new();
        for chunk in &self.chunks {
            match segments.last_mut() {
                Some((kind, text)) if *kind == chunk.kind => text.push_str(&chunk.text),
                _ => segments.push((chunk.kind, chunk.text.to_string())),
            }
        }
        segments
    }

    /// Everything shown, as one text.
    pub fn text(&self) -> String {
        self.chunks.iter().map(|c| &*c.text).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_one_kind_read_as_one_segment() {
        let mut output = Output::default();
        output.push(SegmentKind::Stdout, "a");
        output.push(SegmentKind::Stdout, &"b".repeat(MERGE_BELOW));
        output.push(SegmentKind::Stdout, "c");
        output.push(SegmentKind::Stderr, "oops\n");
        let segments = output.segments();
        assert_eq!(segments.len(), 2);
        assert_eq!(segments[0].1.len(), MERGE_BELOW + 2);
        assert_eq!(segments[1], (SegmentKind::Stderr, "oops\n".to_owned()));
        assert_eq!(output.text().len(), MERGE_BELOW + 7);
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

use crate::hooks::use_follow::use_follow;
use crate::hooks::use_words::use_words;
use crate::indent;
use crate::state::output::{self, Output, SegmentKind};
use crate::state::session::{Phase, StartFailure};
use pyplay_lessons::MAIN_FILE;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub phase: Phase,
    pub output: Rc<Output>,
    /// Why Python can't start, shown above the output.
    pub notice: Option<StartFailure>,
    /// The console statement needs more lines: the prompt is `...`.
    pub more: bool,
    /// A typed line for input(), or None for end of input (Ctrl+D).
    pub on_input: Callback<Option<String>>,
    /// A traceback's `line N` of the program was chosen: put the editor's cursor there.
    pub on_line: Callback<u32>,
    /// A line entered at the `>>>` prompt.
    pub on_console: Callback<String>,
    /// Ctrl+C while something runs: KeyboardInterrupt in the program, its variables kept (a
    /// second Ctrl+C, or a program that won't stop, restarts Python).
    pub on_interrupt: Callback<()>,
    /// Show the `>>>` prompt (embeds can hide it).
    #[prop_or(true)]
    pub repl: bool,
}

/// A piece of error text: as it is, or a `line N` of the learner's program.
#[derive(Debug, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    Line(u32),
}

/// Splits error text at each `File "main.py", line N` (the program's file name is
/// `pyplay_lessons::MAIN_FILE`), so `line N` can become a link to that line.
fn program_lines(text: &str) -> Vec<Piece<'_>> {
    let marker = format!("File \"{MAIN_FILE}\", line ");
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(&marker) {
        let digits_at = at + marker.len();
        let digits = rest[digits_at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        let Ok(line) = rest[digits_at..digits_at + digits].parse::<u32>() else {
            pieces.push(Piece::Text(&rest[..digits_at]));
            rest = &rest[digits_at..];
            continue;
        };
        pieces.push(Piece::Text(&rest[..digits_at - "line ".len()]));
        pieces.push(Piece::Line(line));
        rest = &rest[digits_at + digits..];
    }
    pieces.push(Piece::Text(rest));
    pieces.retain(|piece| *piece != Piece::Text(""));
    pieces
}

/// Error text with each `File "main.py", line N` made a button that goes to line N.
fn link_lines(words: &pyplay_i18n::Words, text: &str, on_line: &Callback<u32>) -> Html {
    let pieces = program_lines(text).into_iter().map(|piece| match piece {
        Piece::Text(text) => html! { { text } },
        Piece::Line(line) => {
            let onclick = on_line.reform(move |_: MouseEvent| line);
            html! {
                <button type="button" class="line-link" {onclick}
                    title={words.text_with("console-go-to-line", &[("line", line.into())])}>{ format!("line {line}") }</button>
            }
        }
    });
    pieces.collect()
}

/// Up/down through earlier console lines, like a terminal: `None` is the line being typed.
#[derive(Default)]
struct History {
    lines: Vec<String>,
    at: Option<usize>,
}

impl History {
    fn add(&mut self, line: &str) {
        if !line.trim().is_empty() && self.lines.last().map(String::as_str) != Some(line) {
            self.lines.push(line.to_owned());
        }
        self.at = None;
    }

    fn older(&mut self) -> Option<&str> {
        let at = match self.at {
            None => self.lines.len().checked_sub(1)?,
            Some(at) => at.saturating_sub(1),
        };
        self.at = Some(at);
        self.lines.get(at).map(String::as_str)
    }

    fn newer(&mut self) -> &str {
        match self.at {
            Some(at) if at + 1 < self.lines.len() => {
                self.at = Some(at + 1);
                &self.lines[at + 1]
            }
            _ => {
                self.at = None;
                ""
            }
        }
    }
}

/// Why Python can't start, and what to do, in words (the browser's detail in brackets).
fn start_failure(words: &pyplay_i18n::Words, why: &StartFailure) -> String {
    let (id, detail) = match why {
        StartFailure::Download(detail) => ("python-download-failed", detail),
        StartFailure::Worker(detail) => ("python-start-failed", detail),
        StartFailure::KeepsCrashing(detail) => ("python-keeps-failing", detail),
    };
    words.text_with(id, &[("why", detail.as_str().into())])
}

fn is_ctrl_c(event: &KeyboardEvent) -> bool {
    event.ctrl_key() && event.key().eq_ignore_ascii_case("c")
}

/// The shell: the program's output, the line where the user answers input(), and the `>>>`
/// prompt of the interactive console (which sees the last program's variables).
#[component]
pub fn Console(props: &Props) -> Html {
    let words = use_words();
    let output_ref = use_node_ref();
    let follow = use_follow(&output_ref, (props.output.clone(), props.phase));
    {
        // An error's explanation comes last: make sure the learner sees it, scrolling the page
        // only if it is out of view.
        let output_ref = output_ref.clone();
        use_effect_with(props.output.clone(), move |output| {
            let window_height = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            if output.last_kind() == Some(SegmentKind::Explanation)
                && let Some(last) = output_ref
                    .cast::<web_sys::Element>()
                    .and_then(|pre| pre.last_element_child())
                && {
                    let rect = last.get_bounding_client_rect();
                    rect.top() < 0.0 || rect.bottom() > window_height
                }
            {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                last.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    }
    let input_ref = use_node_ref();
    let repl_ref = use_node_ref();
    let history = use_mut_ref(History::default);
    // Whether the keyboard is working in the console (not moved elsewhere since).
    let in_console = use_mut_ref(|| false);
    let onfocusin = {
        let in_console = in_console.clone();
        Callback::from(move |_: FocusEvent| *in_console.borrow_mut() = true)
    };
    let onfocusout = {
        let in_console = in_console.clone();
        Callback::from(move |event: FocusEvent| {
            // Focus moving to another element (not just vanishing with its input) leaves.
            if event.related_target().is_some() {
                *in_console.borrow_mut() = false;
            }
        })
    };
    let phase = props.phase;
    let waiting = matches!(phase, Phase::AwaitingInput { .. });
    let running = matches!(phase, Phase::Running | Phase::AwaitingInput { .. });
    {
        let input_ref = input_ref.clone();
        use_effect_with(waiting, move |waiting| {
            if *waiting && let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    {
        // Keep the keyboard in the console: when the input() line goes away, or the prompt
        // comes back after Stop, focus returns to the prompt (never taken from elsewhere).
        let (repl_ref, in_console) = (repl_ref.clone(), in_console.clone());
        use_effect_with(phase, move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            let lost = document
                .and_then(|d| d.active_element())
                .is_none_or(|el| el.tag_name() == "BODY");
            if lost
                && *in_console.borrow()
                && let Some(repl) = repl_ref.cast::<HtmlInputElement>()
            {
                let _ = repl.focus();
            }
        });
    }
    let stdin_keydown = {
        let on_input = props.on_input.clone();
        let on_interrupt = props.on_interrupt.clone();
        Callback::from(move |event: KeyboardEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if event.key() == "Enter" {
                event.prevent_default();
                on_input.emit(Some(input.value()));
                input.set_value("");
            } else if event.ctrl_key() && event.key().eq_ignore_ascii_case("d") {
                event.prevent_default();
                on_input.emit(None);
                input.set_value("");
            } else if is_ctrl_c(&event) && input.selection_start() == input.selection_end() {
                event.prevent_default();
                on_interrupt.emit(());
            }
        })
    };
    // The console statement's lines so far (as sent; the session keeps the same), the
    // indentation its next `...` line starts with once Python asks for it, and whether the last
    // key was Esc (then Tab leaves the console, as in the editor).
    let statement = use_mut_ref(Vec::<String>::new);
    let next_indent = use_mut_ref(|| None::<String>);
    let escaped = use_mut_ref(|| false);
    {
        let (repl_ref, statement, next_indent) =
            (repl_ref.clone(), statement.clone(), next_indent.clone());
        use_effect_with((props.more, running), move |&(more, running)| {
            if !more {
                statement.borrow_mut().clear();
                *next_indent.borrow_mut() = None;
            } else if !running
                && let Some(indent) = next_indent.borrow_mut().take()
                && let Some(input) = repl_ref.cast::<HtmlInputElement>()
                && input.value().is_empty()
            {
                input.set_value(&indent);
            }
        });
    }
    let repl_keydown = {
        let on_console = props.on_console.clone();
        let on_interrupt = props.on_interrupt.clone();
        let history = history.clone();
        let more = props.more;
        Callback::from(move |event: KeyboardEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let key = event.key();
            let after_escape = *escaped.borrow();
            if !matches!(key.as_str(), "Shift" | "Control" | "Alt" | "Meta") {
                *escaped.borrow_mut() = key == "Escape";
            }
            match key.as_str() {
                _ if is_ctrl_c(&event) && running => {
                    event.prevent_default();
                    on_interrupt.emit(());
                }
                "Enter" if !running => {
                    event.prevent_default();
                    let typed = input.value();
                    history.borrow_mut().add(&typed);
                    input.set_value("");
                    let mut statement = statement.borrow_mut();
                    if !more {
                        statement.clear();
                    }
                    let line = indent::entered(&statement, &typed);
                    statement.push(line.clone());
                    *next_indent.borrow_mut() = Some(indent::next_indent(&statement));
                    on_console.emit(line);
                }
                // Tab indents (Shift+Tab dedents) instead of leaving; after Esc it leaves.
                "Tab" if !running && !after_escape => {
                    event.prevent_default();
                    let start = input.selection_start().ok().flatten().unwrap_or(0);
                    let end = input.selection_end().ok().flatten().unwrap_or(start);
                    let edit = if event.shift_key() {
                        indent::shift_tab(&input.value(), start, end)
                    } else {
                        indent::tab(&input.value(), start, end)
                    };
                    input.set_value(&edit.text);
                    let _ = input.set_selection_range(edit.start, edit.end);
                }
                "ArrowUp" => {
                    event.prevent_default();
                    if let Some(line) = history.borrow_mut().older() {
                        input.set_value(line);
                    }
                }
                "ArrowDown" => {
                    event.prevent_default();
                    input.set_value(history.borrow_mut().newer());
                }
                _ => {}
            }
        })
    };
    let segments = props.output.pieces();
    let segments = segments.iter().map(|output::Piece { key, kind, text }| {
        let class = match kind {
            SegmentKind::Stdout => "out",
            SegmentKind::Stderr => "err",
            SegmentKind::Input => "in",
            SegmentKind::Note => "note",
            SegmentKind::Console => "typed",
            SegmentKind::Explanation => "explain",
        };
        if *kind == SegmentKind::Explanation {
            // The engine marks names and code with backticks, as in Markdown.
            let pieces = text.split('`').enumerate().map(|(i, piece)| {
                if i % 2 == 1 {
                    html! { <code>{ piece }</code> }
                } else {
                    html! { { piece } }
                }
            });
            html! { <span key={*key} class={class}>{ for pieces }</span> }
        } else if *kind == SegmentKind::Stderr && text.contains(MAIN_FILE) {
            html! { <span key={*key} class={class}>{ link_lines(&words, text, &props.on_line) }</span> }
        } else {
            html! { <span key={*key} class={class}>{ text.to_string() }</span> }
        }
    });
    let prompt = if props.more { "... " } else { ">>> " };
    let console_open = props.repl && matches!(phase, Phase::Ready | Phase::Running);
    html! {
        <section class="console" aria-label={words.text("console-label")} {onfocusin} {onfocusout}>
            if let Some(notice) = &props.notice {
                <p class="notice" role="alert">{ start_failure(&words, notice) }</p>
            }
            <div class="output-box">
            <pre id="output" class="output" role="log" aria-live="polite" ref={output_ref.clone()}
                onscroll={follow.onscroll}>
                if props.output.dropped() > 0 {
                    <span class="note">{ format!("{}\n", words.text("console-cut")) }</span>
                }
                { for segments }
                if waiting {
                    <input id="stdin" class="stdin" ref={input_ref} onkeydown={stdin_keydown} type="text"
                        autocomplete="off" spellcheck="false"
                        aria-label={words.text("console-input")} />
                }
            </pre>
            if follow.unseen {
                <button type="button" class="new-output" onclick={follow.to_newest}>{ words.text("console-new-output") }</button>
            }
            </div>
            if console_open {
                <div class="repl">
                    <label for="repl" class="prompt" aria-hidden="true">{ prompt }</label>
                    <input id="repl" class="repl-input" ref={repl_ref} onkeydown={repl_keydown} type="text"
                        autocomplete="off" spellcheck="false" autocapitalize="off" readonly={running}
                        aria-label={words.text(if prompt == ">>> " { "console-repl" } else { "console-repl-more" })} />
                </div>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceback_lines_of_the_program_become_links() {
        let text = format!(
            "Traceback (most recent call last):\n  File \"{MAIN_FILE}\", line 3, in <module>\n  File \"other.py\", line 9\nNameError"
        );
        assert_eq!(
            program_lines(&text),
            [
                Piece::Text(&format!(
                    "Traceback (most recent call last):\n  File \"{MAIN_FILE}\", "
                )),
                Piece::Line(3),
                Piece::Text(", in <module>\n  File \"other.py\", line 9\nNameError"),
            ]
        );
        let odd = format!("File \"{MAIN_FILE}\", line x");
        assert_eq!(
            program_lines(&odd),
            [Piece::Text(&odd[..odd.len() - 1]), Piece::Text("x")]
        );
    }

    #[test]
    fn why_python_cant_start_is_said_in_the_pages_language_with_the_browsers_detail() {
        use pyplay_i18n::{Language, Words};
        let why = StartFailure::Download("pyplay-worker_bg.wasm: HTTP 404".into());
        // What tests/e2e/startup.test.mjs looks for.
        let english = start_failure(&Words::new(Language::English), &why);
        assert!(
            english.starts_with("Python could not be downloaded ("),
            "{english}"
        );
        assert!(english.contains("HTTP 404"), "{english}");
        assert!(
            english.contains("reload the page; your code is saved"),
            "{english}"
        );
        let spanish = start_failure(&Words::new(Language::Spanish), &why);
        assert!(
            spanish.starts_with("No se pudo descargar Python ("),
            "{spanish}"
        );
        assert!(spanish.contains("HTTP 404"), "{spanish}");
    }
}

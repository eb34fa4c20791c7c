use crate::state::{Phase, SegmentKind, Session};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub session: Session,
    /// A typed line for input(), or None for end of input (Ctrl+D).
    pub on_input: Callback<Option<String>>,
    /// A traceback's `line N` of the program was chosen: put the editor's cursor there.
    pub on_line: Callback<u32>,
}

const TRACEBACK_LINE: &str = "File \"main.py\", line ";

/// Error text with each `File "main.py", line N` made a button that goes to line N.
fn link_lines(text: &str, on_line: &Callback<u32>) -> Html {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(TRACEBACK_LINE) {
        let digits_at = at + TRACEBACK_LINE.len();
        let digits = rest[digits_at..].chars().take_while(char::is_ascii_digit).count();
        let Ok(line) = rest[digits_at..digits_at + digits].parse::<u32>() else {
            pieces.push(html! { { &rest[..digits_at] } });
            rest = &rest[digits_at..];
            continue;
        };
        let label_at = at + TRACEBACK_LINE.len() - "line ".len();
        pieces.push(html! { { &rest[..label_at] } });
        let onclick = on_line.reform(move |_: MouseEvent| line);
        pieces.push(html! {
            <button type="button" class="line-link" {onclick}
                title={format!("Go to line {line} in the editor")}>{ format!("line {line}") }</button>
        });
        rest = &rest[digits_at + digits..];
    }
    pieces.push(html! { { rest } });
    pieces.into_iter().collect()
}

/// The program's output, and the line where the user answers input().
#[component]
pub fn Console(props: &Props) -> Html {
    let input_ref = use_node_ref();
    let waiting = matches!(props.session.phase, Phase::AwaitingInput { .. });
    {
        let input_ref = input_ref.clone();
        use_effect_with(waiting, move |waiting| {
            if *waiting && let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        });
    }
    let onkeydown = {
        let on_input = props.on_input.clone();
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
            }
        })
    };
    let segments = props.session.output.iter().map(|segment| {
        let class = match segment.kind {
            SegmentKind::Stdout => "out",
            SegmentKind::Stderr => "err",
            SegmentKind::Input => "in",
            SegmentKind::Note => "note",
        };
        if segment.kind == SegmentKind::Stderr && segment.text.contains(TRACEBACK_LINE) {
            html! { <span class={class}>{ link_lines(&segment.text, &props.on_line) }</span> }
        } else {
            html! { <span class={class}>{ &segment.text }</span> }
        }
    });
    html! {
        <section class="console" aria-label="Output">
            if let Some(notice) = &props.session.notice {
                <p class="notice" role="alert">{ notice }</p>
            }
            <pre id="output" class="output" role="log" aria-live="polite">
                if props.session.dropped > 0 {
                    <span class="note">{ "… earlier output was cut to keep the page fast …\n" }</span>
                }
                { for segments }
                if waiting {
                    <input id="stdin" class="stdin" ref={input_ref} {onkeydown} type="text"
                        autocomplete="off" spellcheck="false"
                        aria-label="Type your answer and press Enter (Ctrl+D ends input)" />
                }
            </pre>
        </section>
    }
}

use crate::state::{Phase, SegmentKind, Session};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub session: Session,
    /// A typed line for input(), or None for end of input (Ctrl+D).
    pub on_input: Callback<Option<String>>,
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
        html! { <span class={class}>{ &segment.text }</span> }
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

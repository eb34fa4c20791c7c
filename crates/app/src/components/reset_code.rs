use crate::hooks::use_words::use_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Replace the code with the starter code (after the learner confirmed).
    pub on_reset: Callback<()>,
    /// Present right after a reset: puts the learner's code back.
    pub on_undo: Option<Callback<()>>,
    /// What Undo undoes was "Use this code" on a mentor's reply, not a reset.
    #[prop_or_default]
    pub reply_used: bool,
}

/// "Reset to starter code", which asks first and can be undone.
#[component]
pub fn ResetCode(props: &Props) -> Html {
    let words = use_words();
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let reset = {
        let confirming = confirming.clone();
        let on_reset = props.on_reset.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_reset.emit(());
        })
    };
    html! {
        <span class="reset">
            if *confirming {
                <span role="group" aria-label={words.text("reset-ask.label")}>
                    { format!("{} ", words.text("reset-ask")) }
                    <button id="reset-confirm" onclick={reset}>{ words.text("reset-yes") }</button>
                    <button onclick={cancel}>{ words.text("reset-cancel") }</button>
                </span>
            } else if let Some(on_undo) = &props.on_undo {
                { format!("{} ", words.text(if props.reply_used { "reset-done-reply" } else { "reset-done" })) }
                <button id="reset-undo" onclick={on_undo.reform(|_: MouseEvent| ())}>{ words.text("reset-undo") }</button>
            } else {
                <button id="reset" onclick={ask}>{ words.text("reset-button") }</button>
            }
        </span>
    }
}

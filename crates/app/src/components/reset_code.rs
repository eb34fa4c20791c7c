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
                <span role="group" aria-label="Reset to starter code?">
                    { "Replace your code with the starter code? " }
                    <button id="reset-confirm" onclick={reset}>{ "Reset" }</button>
                    <button onclick={cancel}>{ "Cancel" }</button>
                </span>
            } else if let Some(on_undo) = &props.on_undo {
                { if props.reply_used { "Your code is now the mentor's. " } else { "Code reset. " } }
                <button id="reset-undo" onclick={on_undo.reform(|_: MouseEvent| ())}>{ "Undo" }</button>
            } else {
                <button id="reset" onclick={ask}>{ "Reset to starter code" }</button>
            }
        </span>
    }
}

use crate::state::workspace::OtherSource;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub from: OtherSource,
    /// Take the other version into the editor.
    pub on_use: Callback<()>,
    /// Keep the editor's code, saved over the other version.
    pub on_keep: Callback<()>,
}

/// Asks which of two versions of the exercise's code to keep: another tab's, or code saved
/// before what was typed while the lessons loaded. Until the learner answers, nothing is saved
/// over either, and the editor keeps what they typed.
#[component]
pub fn OtherVersion(props: &Props) -> Html {
    let (text, use_it, keep) = match props.from {
        OtherSource::AnotherTab => (
            "This exercise was changed in another tab. Your code here is not saved over it until you choose.",
            "Use that version",
            "Keep mine",
        ),
        OtherSource::SavedBefore => (
            "You saved code for this exercise before. What you typed while the lessons were loading is in the editor, not saved yet.",
            "Use the saved code",
            "Keep what I typed",
        ),
    };
    html! {
        <div class="changed-elsewhere" role="status">
            <span>{ text }</span>
            { " " }
            <button class="use-other" onclick={props.on_use.reform(|_: MouseEvent| ())}>{ use_it }</button>
            { " " }
            <button class="keep-mine" onclick={props.on_keep.reform(|_: MouseEvent| ())}>{ keep }</button>
        </div>
    }
}

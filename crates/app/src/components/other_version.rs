use crate::hooks::use_words::use_words;
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
    let words = use_words();
    let (text, use_it, keep) = match props.from {
        OtherSource::AnotherTab => ("other-tab", "other-tab-use", "other-tab-keep"),
        OtherSource::SavedBefore => ("other-saved", "other-saved-use", "other-saved-keep"),
    };
    let [text, use_it, keep] = [text, use_it, keep].map(|id| words.text(id));
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

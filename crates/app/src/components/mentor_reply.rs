use crate::hooks::use_words::use_words;
use crate::page::Reply;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reply: Reply,
    /// "Use this code": the editor's code replaces the learner's in the reply's exercise (Undo
    /// puts theirs back). None when the reply is about no exercise.
    pub on_use: Option<Callback<()>>,
    /// Opens the reply's exercise with the learner's own code.
    pub on_mine: Option<Callback<()>>,
}

/// A mentor's answer to a help request, beside the learner's question. The mentor's code is in
/// the editor (a scratch page); it replaces the learner's only when they press "Use this code".
#[component]
pub fn MentorReply(props: &Props) -> Html {
    let words = use_words();
    let reply = &props.reply;
    let title = reply.exercise.as_ref().map(|e| e.title.clone());
    html! {
        <section class="mentor-card reply" aria-labelledby="reply-title">
            <h2 id="reply-title">{ words.text("reply-title") }</h2>
            if !reply.question.is_empty() {
                <p class="asked">{ format!("{} ", words.text("reply-asked")) }<q>{ &reply.question }</q></p>
            }
            if !reply.note.is_empty() {
                <blockquote id="reply-note-text" class="note">{ &reply.note }</blockquote>
            }
            <p>{ words.text("reply-intro") }</p>
            if let (Some(on_use), Some(title)) = (&props.on_use, &title) {
                <p class="reply-actions">
                    <button id="use-reply" type="button" onclick={on_use.reform(|_: MouseEvent| ())}>
                        { words.text_with("reply-use", &[("title", title.as_str().into())]) }
                    </button>
                    if let Some(on_mine) = &props.on_mine {
                        <button id="open-mine" type="button" onclick={on_mine.reform(|_: MouseEvent| ())}>
                            { words.text("reply-mine") }
                        </button>
                    }
                </p>
                <p class="hint">{ words.text("reply-use-hint") }</p>
            } else {
                <p class="hint">{ words.text("reply-scratch-hint") }</p>
            }
        </section>
    }
}

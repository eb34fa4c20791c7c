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
    let reply = &props.reply;
    let title = reply.exercise.as_ref().map(|e| e.title.clone());
    html! {
        <section class="mentor-card reply" aria-labelledby="reply-title">
            <h2 id="reply-title">{ "A mentor's answer" }</h2>
            if !reply.question.is_empty() {
                <p class="asked">{ "You asked: " }<q>{ &reply.question }</q></p>
            }
            if !reply.note.is_empty() {
                <blockquote id="reply-note-text" class="note">{ &reply.note }</blockquote>
            }
            <p>{ "Their version of your code is in the editor below: run it, and compare it with yours. \
                  Your own code has not changed." }</p>
            if let (Some(on_use), Some(title)) = (&props.on_use, &title) {
                <p class="reply-actions">
                    <button id="use-reply" type="button" onclick={on_use.reform(|_: MouseEvent| ())}>
                        { format!("Use this code in “{title}”") }
                    </button>
                    if let Some(on_mine) = &props.on_mine {
                        <button id="open-mine" type="button" onclick={on_mine.reform(|_: MouseEvent| ())}>
                            { "Back to my own code" }
                        </button>
                    }
                </p>
                <p class="hint">{ "Using it keeps yours one click away: Undo puts it back." }</p>
            } else {
                <p class="hint">{ "This is a scratch page: changes here are not saved. Copy the code into your own program to keep it." }</p>
            }
        </section>
    }
}

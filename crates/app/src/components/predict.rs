use crate::hooks::use_text::use_text;
use crate::hooks::use_words::use_words;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the program printed when it was last stepped through (None until then).
    pub printed: Option<AttrValue>,
}

/// "Predict the output, then step" (an exercise's `predict`): the learner writes what they think
/// the program prints; once it has been stepped through, their guess stands beside what it
/// printed.
#[component]
pub fn Predict(props: &Props) -> Html {
    let words = use_words();
    let (guess, on_input) = use_text();
    let same = |printed: &str| {
        let lines = |text: &str| {
            text.trim_end()
                .lines()
                .map(|l| l.trim_end().to_owned())
                .collect::<Vec<_>>()
        };
        lines(printed) == lines(&guess)
    };
    html! {
        <div class="predict">
            <label for="prediction">{ words.text("predict-label") }</label>
            <textarea id="prediction" rows="4" value={(*guess).clone()} oninput={on_input}
                spellcheck="false" placeholder={words.text("predict-label.placeholder")} />
            if let Some(printed) = props.printed.as_ref().filter(|_| !guess.trim().is_empty()) {
                <div id="prediction-result" class="prediction-result" role="status">
                    if same(printed) {
                        <p class="same">{ words.text("predict-right") }</p>
                    } else {
                        <p class="different">{ words.text("predict-wrong") }</p>
                        <div class="side-by-side">
                            <div><h3>{ words.text("predict-yours") }</h3><pre>{ (*guess).clone() }</pre></div>
                            <div><h3>{ words.text("predict-printed") }</h3><pre>{ printed.clone() }</pre></div>
                        </div>
                    }
                </div>
            }
        </div>
    }
}

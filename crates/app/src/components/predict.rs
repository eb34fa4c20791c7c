use web_sys::HtmlTextAreaElement;
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
    let guess = use_state(String::new);
    let on_input = {
        let guess = guess.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            guess.set(area.value());
        })
    };
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
            <label for="prediction">{ "Your prediction: what will this program print?" }</label>
            <textarea id="prediction" rows="4" value={(*guess).clone()} oninput={on_input}
                spellcheck="false" placeholder="Write it line by line, then press Step" />
            if let Some(printed) = props.printed.as_ref().filter(|_| !guess.trim().is_empty()) {
                <div id="prediction-result" class="prediction-result" role="status">
                    if same(printed) {
                        <p class="same">{ "✓ Your prediction was right: it printed exactly that." }</p>
                    } else {
                        <p class="different">{ "Not quite. Press Step again and look for the step where the output is not what you expected." }</p>
                        <div class="side-by-side">
                            <div><h3>{ "You predicted" }</h3><pre>{ (*guess).clone() }</pre></div>
                            <div><h3>{ "It printed" }</h3><pre>{ printed.clone() }</pre></div>
                        </div>
                    }
                </div>
            }
        </div>
    }
}

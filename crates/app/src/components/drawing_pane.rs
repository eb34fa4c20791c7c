use crate::drawing::{Board, View, save_png, save_svg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub board: Board,
}

/// What the program draws (tkinter, turtle): hidden until it draws, then the drawing scaled
/// to fit, its description in words for screen readers, and "Save as PNG/SVG". The `<svg>`
/// itself belongs to the [`Board`], which updates it once per animation frame; Yew only
/// renders the frame around it.
#[component]
pub fn DrawingPane(props: &Props) -> Html {
    let svg = use_node_ref();
    let view = use_state_eq(View::default);
    {
        let (svg, view, board) = (svg.clone(), view.clone(), props.board.clone());
        use_effect_with(props.board.clone(), move |_| {
            if let Some(element) = svg.cast::<web_sys::Element>() {
                board.attach(element, Callback::from(move |next| view.set(next)));
            }
            move || board.detach()
        });
    }
    let on_svg = {
        let board = props.board.clone();
        Callback::from(move |_: MouseEvent| save_svg(&board))
    };
    let on_png = {
        let board = props.board.clone();
        Callback::from(move |_: MouseEvent| save_png(&board))
    };
    let title = if view.title.is_empty() || view.title == "tk" {
        "Drawing".to_owned()
    } else {
        view.title.clone()
    };
    html! {
        <section id="drawing" class="drawing" hidden={!view.shown} aria-label={title.clone()}>
            <div class="drawing-bar">
                <h2 class="drawing-title">{ title }</h2>
                <button type="button" class="save-png" onclick={on_png}>{ "Save as PNG" }</button>
                <button type="button" class="save-svg" onclick={on_svg}>{ "Save as SVG" }</button>
            </div>
            <div class="drawing-frame">
                <svg ref={svg} class="drawing-svg" role="img" aria-label={view.description.clone()}
                    xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300" />
            </div>
        </section>
    }
}

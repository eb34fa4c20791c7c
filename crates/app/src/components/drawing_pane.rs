use crate::drawing::{Board, View, save_png, save_svg};
use crate::hooks::use_words::use_words;
use crate::keys::tk_key;
use pyplay_drawing::{Contents, Event, MouseAction, Shape};
use pyplay_i18n::{Arg, Words};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub board: Board,
}

/// What the program draws (tkinter, turtle): hidden until it draws, then the drawing scaled
/// to fit, its description in words for screen readers, and "Save as PNG/SVG". The `<svg>`
/// itself belongs to the [`Board`], which updates it once per animation frame; Yew only
/// renders the frame around it. Keys pressed while the drawing has focus (a click gives it
/// focus) and the mouse on it go to the program, never to the editor or the page.
#[component]
pub fn DrawingPane(props: &Props) -> Html {
    let words = use_words();
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
    let on_key = |down: bool| {
        let board = props.board.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() {
                return; // the browser's and the page's shortcuts (Ctrl+C stops the program)
            }
            let Some((keysym, char)) = tk_key(&event.key()) else {
                return;
            };
            event.prevent_default();
            event.stop_propagation();
            board.push_event(Event::Key { down, keysym, char });
        })
    };
    let on_mouse = |action: MouseAction| {
        let (board, svg) = (props.board.clone(), svg.clone());
        Callback::from(move |event: PointerEvent| {
            let Some(element) = svg.cast::<web_sys::Element>() else {
                return;
            };
            let frame = element
                .parent_element()
                .and_then(|p| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(p).ok());
            if let Some(frame) = frame.filter(|_| action == MouseAction::Press) {
                let _ = frame.focus();
            }
            let rect = element.get_bounding_client_rect();
            let (width, height) = board.window_size().unwrap_or((rect.width(), rect.height()));
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return;
            }
            // The drawing is shown scaled: back to the window's own pixels.
            let x = (f64::from(event.client_x()) - rect.left()) * width / rect.width();
            let y = (f64::from(event.client_y()) - rect.top()) * height / rect.height();
            let button = match action {
                MouseAction::Move => {
                    if event.buttons() & 1 != 0 {
                        1
                    } else {
                        0
                    }
                }
                _ => (event.button() + 1).clamp(1, 5) as u8,
            };
            board.push_event(Event::Mouse {
                action,
                button,
                x,
                y,
            });
        })
    };
    let title = if view.title.is_empty() || view.title == "tk" {
        words.text("drawing-title")
    } else {
        view.title.clone()
    };
    html! {
        <section id="drawing" class="drawing" hidden={!view.shown} aria-label={title.clone()}>
            <div class="drawing-bar">
                <h2 class="drawing-title">{ title }</h2>
                <button type="button" class="save-png" onclick={on_png}>{ words.text("drawing-save-png") }</button>
                <button type="button" class="save-svg" onclick={on_svg}>{ words.text("drawing-save-svg") }</button>
            </div>
            <div class="drawing-frame" tabindex="0" onkeydown={on_key(true)} onkeyup={on_key(false)}>
                <svg ref={svg.clone()} class="drawing-svg" role="img" aria-label={describe(&words, &view.contents)}
                    onpointerdown={on_mouse(MouseAction::Press)} onpointerup={on_mouse(MouseAction::Release)}
                    onpointermove={on_mouse(MouseAction::Move)}
                    xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300" />
            </div>
        </section>
    }
}

/// The drawing in words, for screen readers: "Drawing, 400 by 300: 2 rectangles, 1 line and
/// 1 text" (what `Scene::describe` says, in the page's language).
fn describe(words: &Words, contents: &Contents) -> String {
    let what = if contents.alts.is_empty() {
        let mut parts: Vec<String> = contents
            .shapes
            .iter()
            .map(|&(shape, count)| {
                let id = match shape {
                    Shape::Rectangle => "drawing-rectangles",
                    Shape::Oval => "drawing-ovals",
                    Shape::Line => "drawing-lines",
                    Shape::Polygon => "drawing-polygons",
                    Shape::Text => "drawing-texts",
                    Shape::Arc => "drawing-arcs",
                };
                words.text_with(id, &[("count", count.into())])
            })
            .collect();
        match parts.pop() {
            None => words.text("drawing-empty"),
            Some(last) if parts.is_empty() => last,
            Some(last) => words.text_with(
                "drawing-list",
                &[("first", parts.join(", ").into()), ("last", last.into())],
            ),
        }
    } else {
        contents.alts.join(" ")
    };
    match contents.size {
        Some((width, height)) => words.text_with(
            "drawing-sized",
            &[
                ("width", Arg::Number(width)),
                ("height", Arg::Number(height)),
                ("what", what.into()),
            ],
        ),
        None => words.text_with("drawing-about", &[("what", what.into())]),
    }
}

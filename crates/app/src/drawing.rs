//! The drawing board: what a program draws (tkinter's Canvas, turtle) arrives as batches of
//! [`Op`]s (`FromWorker::Draw`) and is applied to an `<svg>` once per animation frame, outside
//! Yew's virtual DOM: a change touches the one element of the item it changed, so a turtle
//! adding its 3,000th line or a wall of 400 squares redrawn 30 times a second stays cheap.
//! The board also keeps the [`Scene`] (for "Save as SVG/PNG" and the text alternative), and
//! the keys and clicks on the drawing that the program hasn't asked for yet: when it waits for
//! them (`FromWorker::EventsWanted`, tkinter's mainloop) the board answers at once, when one
//! comes, or when the wait is over.
//! `components/drawing_pane.rs` shows it; `hooks/use_python.rs` feeds it and clears it on Run.

use pyplay_drawing::{Contents, Event, MouseAction, Op, Scene, element, to_svg};
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::Element;
use yew::Callback;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// What the pane shows around the drawing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// The program has drawn something (or made a window) since the last Run.
    pub shown: bool,
    /// What it shows, for saying in words ("Drawing, 400 by 300: 64 rectangles").
    pub contents: Contents,
    /// The window's title, if the program gave one.
    pub title: String,
}

#[derive(Default)]
struct Inner {
    scene: Scene,
    pending: Vec<Op>,
    /// Drawings of runs before this one are ignored (a Run clears the board).
    since_run: u32,
    svg: Option<Element>,
    /// The svg's first child: the window's background.
    background: Option<Element>,
    elements: HashMap<u32, Drawn>,
    /// Elements of items a `clear` erased this frame, bottom first: the frame's new items reuse
    /// them (a wall of 400 squares redrawn every frame changes 400 fills, not 800 nodes); the
    /// rest leave at the end of the frame.
    spare: VecDeque<Drawn>,
    frame_requested: bool,
    on_view: Option<Callback<View>>,
    view: View,
    /// Keys and clicks not yet delivered, oldest first.
    events: VecDeque<Event>,
    /// The program's request for events, while it waits.
    waiting: Option<Waiting>,
}

/// A program waiting for events: line `seq` of its worker, answered through `answer`, or with
/// nothing when `timer` fires.
struct Waiting {
    seq: u32,
    answer: Callback<(u32, String)>,
    _timer: gloo_timers::callback::Timeout,
}

/// An item's element and the attributes it was given (so a change writes only what changed).
struct Drawn {
    element: Element,
    tag: &'static str,
    attributes: Vec<(&'static str, String)>,
}

/// Whether an element of the same kind can be made into `wanted` by changing attributes (a
/// text's lines are children, built anew).
fn reusable(wanted: &pyplay_drawing::Element) -> bool {
    wanted.text.is_none()
}

/// At most this many events wait for a program that doesn't ask (the oldest go first).
const MAX_EVENTS: usize = 256;

/// Cheap to clone; clones share the board.
#[derive(Clone, Default)]
pub struct Board(Rc<RefCell<Inner>>);

impl PartialEq for Board {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Board {
    /// A batch of changes from run `run_id`; shown at the next animation frame.
    pub fn receive(&self, run_id: u32, ops: Vec<Op>) {
        {
            let mut inner = self.0.borrow_mut();
            if run_id < inner.since_run {
                return;
            }
            pyplay_drawing::batch(&mut inner.pending, ops);
        }
        self.request_frame();
    }

    /// Empties the board for run `run_id` (a new Run; console lines keep drawing on it).
    pub fn clear(&self, run_id: u32) {
        {
            let mut inner = self.0.borrow_mut();
            inner.since_run = run_id;
            inner.pending.clear();
            inner.events.clear();
            inner.waiting = None;
            inner.scene = Scene::new();
            for (_, drawn) in inner.elements.drain() {
                drawn.element.remove();
            }
        }
        self.notify();
    }

    /// The program waits up to `wait_ms` for events: answer line `seq` with them (JSON) through
    /// `answer` as soon as there are any.
    pub fn wanted(&self, seq: u32, wait_ms: u32, answer: Callback<(u32, String)>) {
        let board = self.clone();
        let timer = gloo_timers::callback::Timeout::new(wait_ms, move || board.answer(true));
        self.0.borrow_mut().waiting = Some(Waiting {
            seq,
            answer,
            _timer: timer,
        });
        self.answer(false);
    }

    /// The worker the program ran in is gone (Stop, a crash): nobody waits any more.
    pub fn stop_waiting(&self) {
        self.0.borrow_mut().waiting = None;
    }

    /// The learner pressed a key or used the mouse on the drawing.
    pub fn push_event(&self, event: Event) {
        {
            let mut inner = self.0.borrow_mut();
            let moves = |e: &Event| {
                matches!(
                    e,
                    Event::Mouse {
                        action: MouseAction::Move,
                        ..
                    }
                )
            };
            // Only the newest position of a mouse that keeps moving matters.
            if moves(&event) && inner.events.back().is_some_and(moves) {
                inner.events.pop_back();
            }
            inner.events.push_back(event);
            if inner.events.len() > MAX_EVENTS {
                inner.events.pop_front();
            }
        }
        self.answer(false);
    }

    /// Answers a waiting program with the events queued: if there are any, or `anyway`.
    fn answer(&self, anyway: bool) {
        let (answer, seq, events) = {
            let mut inner = self.0.borrow_mut();
            if inner.waiting.is_none() || (inner.events.is_empty() && !anyway) {
                return;
            }
            let waiting = inner.waiting.take().expect("checked above");
            let events: Vec<Event> = inner.events.drain(..).collect();
            (waiting.answer, waiting.seq, events)
        };
        let json = serde_json::to_string(&events).unwrap_or_else(|_| "[]".to_owned());
        answer.emit((seq, json));
    }

    /// The window's size, for turning a point on the shown (scaled) drawing into the
    /// window's coordinates.
    pub fn window_size(&self) -> Option<(f64, f64)> {
        self.0
            .borrow()
            .scene
            .window
            .as_ref()
            .map(|w| (w.width, w.height))
    }

    /// Draws into `svg` from now on (the pane's element), and tells `on_view` what to show.
    pub fn attach(&self, svg: Element, on_view: Callback<View>) {
        {
            let mut inner = self.0.borrow_mut();
            let document = svg.owner_document().expect("an element has a document");
            let background = document.create_element_ns(Some(SVG_NS), "rect").ok();
            if let Some(rect) = &background {
                let _ = rect.set_attribute("width", "100%");
                let _ = rect.set_attribute("height", "100%");
                let _ = rect.set_attribute("fill", "#ffffff");
                let _ = svg.append_child(rect);
            }
            inner.background = background;
            inner.svg = Some(svg);
            inner.on_view = Some(on_view);
            // Everything drawn so far goes into the new element.
            inner.elements.clear();
            inner.spare.clear();
            let scene = std::mem::take(&mut inner.scene);
            let mut again: Vec<Op> = Vec::new();
            if let Some(w) = &scene.window {
                again.push(Op::Window {
                    width: w.width,
                    height: w.height,
                    background: w.background.clone(),
                    title: w.title.clone(),
                });
            }
            again.extend(scene.items().cloned().map(Op::Put));
            again.append(&mut inner.pending);
            inner.pending = again;
        }
        self.request_frame();
    }

    /// The element is going away (the pane unmounts).
    pub fn detach(&self) {
        let mut inner = self.0.borrow_mut();
        inner.svg = None;
        inner.background = None;
        inner.on_view = None;
        inner.elements.clear();
        inner.spare.clear();
    }

    /// The drawing as a standalone SVG document, and its size.
    pub fn svg(&self) -> (String, f64, f64) {
        let inner = self.0.borrow();
        let (width, height) = inner.scene.size();
        (to_svg(&inner.scene), width, height)
    }

    fn request_frame(&self) {
        let mut inner = self.0.borrow_mut();
        if inner.frame_requested || inner.svg.is_none() {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let board = self.clone();
        let callback = Closure::once_into_js(move || board.frame());
        if window
            .request_animation_frame(callback.unchecked_ref())
            .is_ok()
        {
            inner.frame_requested = true;
        }
    }

    /// Applies what arrived since the last frame.
    fn frame(&self) {
        {
            let mut inner = self.0.borrow_mut();
            inner.frame_requested = false;
            let ops = std::mem::take(&mut inner.pending);
            let mut reused_in_order = true;
            for op in &ops {
                reused_in_order &= inner.apply(op);
            }
            for spare in std::mem::take(&mut inner.spare) {
                spare.element.remove();
            }
            if !reused_in_order {
                inner.restack();
            }
        }
        self.notify();
    }

    fn notify(&self) {
        let (callback, view) = {
            let mut inner = self.0.borrow_mut();
            let view = View {
                shown: !inner.scene.is_empty(),
                contents: inner.scene.contents(),
                title: inner
                    .scene
                    .window
                    .as_ref()
                    .map(|w| w.title.clone())
                    .unwrap_or_default(),
            };
            if view == inner.view {
                return;
            }
            inner.view = view.clone();
            (inner.on_view.clone(), view)
        };
        if let Some(callback) = callback {
            callback.emit(view);
        }
    }
}

impl Inner {
    /// Applies one op to the scene and the DOM; false when an element was reused out of
    /// stacking order (the frame then restacks).
    fn apply(&mut self, op: &Op) -> bool {
        // What a `clear` erases, bottom first (asked before the scene forgets it).
        let erased: Vec<u32> = match op {
            Op::Clear => self.scene.items().map(|item| item.id).collect(),
            _ => Vec::new(),
        };
        self.scene.apply(op);
        let Some(svg) = self.svg.clone() else {
            return true;
        };
        match op {
            Op::Window {
                width,
                height,
                background,
                ..
            } => {
                let _ = svg.set_attribute("viewBox", &format!("0 0 {width} {height}"));
                let _ = svg.set_attribute("width", &width.to_string());
                let _ = svg.set_attribute("height", &height.to_string());
                if let Some(rect) = &self.background {
                    let fill = if background.is_empty() {
                        "none"
                    } else {
                        background
                    };
                    let _ = rect.set_attribute("fill", fill);
                }
            }
            Op::Put(item) => {
                let wanted = element(item);
                if let Some(drawn) = self.elements.get_mut(&item.id) {
                    if drawn.tag == wanted.tag && reusable(&wanted) {
                        update(drawn, &wanted);
                    } else if let Some(new) = create(&svg, &wanted) {
                        let _ = drawn.element.replace_with_with_node_1(&new.element);
                        *drawn = new;
                    }
                    return true;
                }
                // A spare of the same kind, taken from the bottom: in order if every new item
                // finds one (the usual redraw of the same picture).
                let at = reusable(&wanted)
                    .then(|| self.spare.iter().position(|s| s.tag == wanted.tag))
                    .flatten();
                if let Some(mut drawn) = at.and_then(|at| self.spare.remove(at)) {
                    update(&mut drawn, &wanted);
                    self.elements.insert(item.id, drawn);
                    return at == Some(0);
                }
                if let Some(new) = create(&svg, &wanted) {
                    let _ = svg.append_child(&new.element);
                    self.elements.insert(item.id, new);
                }
                return self.spare.is_empty();
            }
            Op::Delete { ids } => {
                for id in ids {
                    if let Some(drawn) = self.elements.remove(id) {
                        drawn.element.remove();
                    }
                }
            }
            Op::Clear => {
                for id in erased {
                    if let Some(drawn) = self.elements.remove(&id) {
                        self.spare.push_back(drawn);
                    }
                }
                for (_, drawn) in self.elements.drain() {
                    drawn.element.remove();
                }
            }
            Op::Order { .. } => self.restack(),
        }
        true
    }

    /// Puts the DOM in the scene's stacking order (append moves an element to the top).
    fn restack(&self) {
        let Some(svg) = &self.svg else { return };
        for item in self.scene.items() {
            if let Some(drawn) = self.elements.get(&item.id) {
                let _ = svg.append_child(&drawn.element);
            }
        }
    }
}

/// Gives `drawn` the attributes `wanted` has, writing only those that changed (only for a
/// [`reusable`] element of the same kind).
fn update(drawn: &mut Drawn, wanted: &pyplay_drawing::Element) {
    for (name, value) in &wanted.attributes {
        let same = drawn
            .attributes
            .iter()
            .any(|(n, v)| n == name && v == value);
        if !same {
            let _ = drawn.element.set_attribute(name, value);
        }
    }
    for (name, _) in &drawn.attributes {
        if !wanted.attributes.iter().any(|(n, _)| n == name) {
            let _ = drawn.element.remove_attribute(name);
        }
    }
    drawn.attributes.clone_from(&wanted.attributes);
}

/// The SVG element for one item (`pyplay_drawing::element` says what it is).
fn create(svg: &Element, description: &pyplay_drawing::Element) -> Option<Drawn> {
    let document = svg.owner_document()?;
    let node = document
        .create_element_ns(Some(SVG_NS), description.tag)
        .ok()?;
    for (name, value) in &description.attributes {
        if *name != "xml:space" {
            let _ = node.set_attribute(name, value);
        }
    }
    if description.text.is_some() {
        let _ = node.set_attribute("style", "white-space: pre");
        for (dy, line) in description.lines() {
            let span = document.create_element_ns(Some(SVG_NS), "tspan").ok()?;
            if let Some(x) = description.attribute("x") {
                let _ = span.set_attribute("x", x);
            }
            let _ = span.set_attribute("dy", dy);
            span.set_text_content(Some(line));
            let _ = node.append_child(&span);
        }
    }
    Some(Drawn {
        element: node,
        tag: description.tag,
        attributes: description
            .attributes
            .iter()
            .filter(|(name, _)| *name != "xml:space")
            .cloned()
            .collect(),
    })
}

/// Saves the drawing as an SVG file.
pub fn save_svg(board: &Board) {
    let (svg, _, _) = board.svg();
    if let Some(blob) = crate::download::text_blob(&svg, "image/svg+xml") {
        crate::download::save(&blob, "drawing.svg");
    }
}

/// Saves the drawing as a PNG file (the SVG drawn onto a canvas of the window's size).
pub fn save_png(board: &Board) {
    let (svg, width, height) = board.svg();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(blob) = crate::download::text_blob(&svg, "image/svg+xml") else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = {
        let (image, url) = (image.clone(), url.clone());
        Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            let Some(canvas) = document
                .create_element("canvas")
                .ok()
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                return;
            };
            canvas.set_width(width.max(1.0) as u32);
            canvas.set_height(height.max(1.0) as u32);
            let Some(context) = canvas
                .get_context("2d")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
            else {
                return;
            };
            let _ = context.draw_image_with_html_image_element(&image, 0.0, 0.0);
            let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                if let Some(blob) = blob {
                    crate::download::save(&blob, "drawing.png");
                }
            });
            let _ = canvas.to_blob(done.unchecked_ref());
        })
    };
    image.set_onload(Some(loaded.unchecked_ref()));
    image.set_src(&url);
}

//! What a program draws. pyplay's `tkinter` (crates/engine/py/tkinter) keeps a Canvas's items
//! in Python and sends what changed as [`Op`]s, in the same ordered stream as printed text;
//! the page applies them to a [`Scene`] and to the SVG it shows, and checks compare scenes.
//!
//! Coordinates are Tk's: pixels from the canvas's top-left corner, y growing downwards. Colours
//! arrive resolved (`#rrggbb`, or empty for none): Python turned Tk's names into hex and raised
//! `TclError` for unknown ones, as Tk does.

mod compare;
mod scene;
mod svg;

pub use compare::compare;
pub use scene::{Contents, Scene};
pub use svg::{Element, element, to_svg};

use serde::{Deserialize, Serialize};

/// One change to the drawing, in the order the program made it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Op {
    /// The drawing area: its size in pixels, background colour and window title (sent when the
    /// canvas is created and whenever one of them changes).
    Window {
        width: f64,
        height: f64,
        background: String,
        #[serde(default)]
        title: String,
    },
    /// An item created or changed: always the whole item.
    Put(Item),
    /// Items deleted.
    Delete { ids: Vec<u32> },
    /// Every item deleted (`canvas.delete("all")`).
    Clear,
    /// The stacking order changed (`tag_raise`, `tag_lower`): every item id, bottom first.
    Order { ids: Vec<u32> },
}

/// What the learner does to the drawing (keys pressed while it has focus, the mouse on it),
/// sent back to the program, whose tkinter calls the handlers bound to it (`bind`, turtle's
/// `onkey`, `onclick`). Coordinates are the window's (the pane scales them back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A key went down (`down`) or up: Tk's keysym (`a`, `Left`, `space`, `Return`) and the
    /// character it types (empty for keys that type none).
    Key {
        down: bool,
        keysym: String,
        #[serde(default)]
        char: String,
    },
    /// A mouse button went down or up, or the mouse moved (`button` 0 when none is held).
    Mouse {
        action: MouseAction,
        button: u8,
        x: f64,
        y: f64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MouseAction {
    Press,
    Release,
    Move,
}

/// The shapes of Tk's Canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shape {
    Rectangle,
    Oval,
    Line,
    Polygon,
    Text,
    Arc,
}

impl Shape {
    /// The shape's name in words, singular and plural ("rectangle", "rectangles").
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Shape::Rectangle => ("rectangle", "rectangles"),
            Shape::Oval => ("oval", "ovals"),
            Shape::Line => ("line", "lines"),
            Shape::Polygon => ("polygon", "polygons"),
            Shape::Text => ("text", "texts"),
            Shape::Arc => ("arc", "arcs"),
        }
    }
}

/// One Canvas item, as Tk draws it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Tk's item id (1, 2, …), unique within the run.
    pub id: u32,
    pub shape: Shape,
    /// x0, y0, x1, y1, … (two corners for rectangle, oval and arc; the points of a line or
    /// polygon; the anchor point of a text).
    pub coords: Vec<f64>,
    /// Fill colour (`#rrggbb`), empty for none. For a line and a text, its colour.
    #[serde(default)]
    pub fill: String,
    /// Outline colour, empty for none.
    #[serde(default)]
    pub outline: String,
    /// Line or outline width in pixels.
    #[serde(default = "one")]
    pub width: f64,
    /// A text's text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// A text's font: family, size in points (negative: pixels, as Tk), weight/slant words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<Font>,
    /// A text's anchor: `center`, `n`, `ne`, `e`, `se`, `s`, `sw`, `w`, `nw`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub anchor: String,
    /// An arc's start angle and extent in degrees (counter-clockwise from 3 o'clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arc: Option<Arc>,
    /// A line's or polygon's corners joined with curves (Tk's `smooth=True`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub smooth: bool,
    /// `state="hidden"`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
    /// A text's rotation in degrees counter-clockwise about its anchor point (Tk's `angle`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub angle: f64,
    /// A line's or outline's dash pattern: lengths in pixels, drawn and skipped in turn (Tk's
    /// `dash` as numbers); empty for a solid line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dash: Vec<f64>,
    /// What this item shows, in words, for the text alternative: when any item has one,
    /// `Scene::describe` reads those instead of counting shapes (pyplot puts a figure's
    /// description on its background).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub alt: String,
}

impl Item {
    /// An item with no colours yet, width 1 and nothing else set.
    pub fn new(id: u32, shape: Shape, coords: &[f64]) -> Self {
        Self {
            id,
            shape,
            coords: coords.to_vec(),
            fill: String::new(),
            outline: String::new(),
            width: 1.0,
            text: String::new(),
            font: None,
            anchor: String::new(),
            arc: None,
            smooth: false,
            hidden: false,
            angle: 0.0,
            dash: Vec::new(),
            alt: String::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Font {
    pub family: String,
    pub size: f64,
    #[serde(default, skip_serializing_if = "is_false")]
    pub bold: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub italic: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Arc {
    pub start: f64,
    pub extent: f64,
    /// `pieslice` (the default), `chord` or `arc`.
    #[serde(default)]
    pub style: ArcStyle,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArcStyle {
    #[default]
    Pieslice,
    Chord,
    Arc,
}

/// Adds `ops` to a batch not sent yet: after a `clear`, nothing drawn before it in the batch
/// matters (the window's size and colour still do), so an animation that redraws every frame
/// sends one frame's worth however many frames pile up.
pub fn batch(batch: &mut Vec<Op>, ops: Vec<Op>) {
    for op in ops {
        if op == Op::Clear {
            batch.retain(|earlier| matches!(earlier, Op::Window { .. }));
        }
        batch.push(op);
    }
}

fn one() -> f64 {
    1.0
}

fn is_false(value: &bool) -> bool {
    !value
}

fn is_zero(value: &f64) -> bool {
    *value == 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_tagged_objects() {
        let key: Event =
            serde_json::from_str(r#"{"type": "key", "down": true, "keysym": "Left"}"#).unwrap();
        assert_eq!(
            key,
            Event::Key {
                down: true,
                keysym: "Left".into(),
                char: String::new()
            }
        );
        let click = Event::Mouse {
            action: MouseAction::Press,
            button: 1,
            x: 10.0,
            y: 20.5,
        };
        assert_eq!(
            serde_json::to_string(&click).unwrap(),
            r#"{"type":"mouse","action":"press","button":1,"x":10.0,"y":20.5}"#
        );
    }

    #[test]
    fn a_batch_keeps_only_what_the_last_clear_left() {
        let window = Op::Window {
            width: 10.0,
            height: 10.0,
            background: String::new(),
            title: String::new(),
        };
        let mut pending = Vec::new();
        batch(
            &mut pending,
            vec![window.clone(), Op::Delete { ids: vec![1] }],
        );
        batch(&mut pending, vec![Op::Clear, Op::Order { ids: vec![2] }]);
        assert_eq!(pending, [window, Op::Clear, Op::Order { ids: vec![2] }]);
    }

    #[test]
    fn ops_are_tagged_objects_with_defaults() {
        let op: Op = serde_json::from_str(
            r##"{"op": "put", "id": 3, "shape": "rectangle", "coords": [0, 0, 10, 20], "fill": "#ff0000"}"##,
        )
        .unwrap();
        let Op::Put(item) = &op else { panic!("{op:?}") };
        assert_eq!(
            (item.id, item.shape, item.width),
            (3, Shape::Rectangle, 1.0)
        );
        assert_eq!((item.fill.as_str(), item.outline.as_str()), ("#ff0000", ""));
        let json = serde_json::to_string(&op).unwrap();
        assert_eq!(
            json,
            r##"{"op":"put","id":3,"shape":"rectangle","coords":[0.0,0.0,10.0,20.0],"fill":"#ff0000","outline":"","width":1.0}"##
        );
        assert_eq!(
            serde_json::to_string(&Op::Delete { ids: vec![1, 2] }).unwrap(),
            r#"{"op":"delete","ids":[1,2]}"#
        );
        assert_eq!(
            serde_json::to_string(&Op::Clear).unwrap(),
            r#"{"op":"clear"}"#
        );
    }
}

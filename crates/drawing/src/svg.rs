//! Items as SVG elements: the page creates them one by one (so a change touches one element),
//! and [`to_svg`] writes a whole drawing ("Save as SVG", golden tests).

use crate::{ArcStyle, Item, Scene, Shape};
use std::fmt::Write as _;

/// One SVG element: its tag, attributes and text (for `text`, lines joined with `\n`).
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attributes: Vec<(&'static str, String)>,
    pub text: Option<String>,
}

impl Element {
    /// The value of attribute `name`, if it has one.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, value)| value.as_str())
    }

    /// A text's lines, each a `<tspan>` at the text's `x` moved down by `dy` (none for other
    /// elements).
    pub fn lines(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.text
            .iter()
            .flat_map(|text| text.split('\n'))
            .enumerate()
            .map(|(i, line)| (if i == 0 { "0" } else { "1.2em" }, line))
    }
}

fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

fn points(coords: &[f64]) -> String {
    coords
        .chunks_exact(2)
        .map(|p| format!("{},{}", number(p[0]), number(p[1])))
        .collect::<Vec<_>>()
        .join(" ")
}

fn paint(colour: &str) -> String {
    if colour.is_empty() {
        "none".to_owned()
    } else {
        colour.to_owned()
    }
}

/// Tk's smoothed line: a quadratic B-spline through the midpoints, touching the end points.
fn smooth_path(coords: &[f64], closed: bool) -> String {
    let p: Vec<(f64, f64)> = coords.chunks_exact(2).map(|c| (c[0], c[1])).collect();
    if p.len() < 3 {
        return format!("M{}", points(coords).replace(' ', " L"));
    }
    let mid = |a: (f64, f64), b: (f64, f64)| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    let xy = |q: (f64, f64)| format!("{},{}", number(q.0), number(q.1));
    let mut path = String::new();
    if closed {
        let start = mid(p[p.len() - 1], p[0]);
        let _ = write!(path, "M{}", xy(start));
        for i in 0..p.len() {
            let next = mid(p[i], p[(i + 1) % p.len()]);
            let _ = write!(path, " Q{} {}", xy(p[i]), xy(next));
        }
        path.push_str(" Z");
    } else {
        let _ = write!(path, "M{}", xy(p[0]));
        for i in 1..p.len() - 1 {
            let to = if i == p.len() - 2 {
                p[i + 1]
            } else {
                mid(p[i], p[i + 1])
            };
            let _ = write!(path, " Q{} {}", xy(p[i]), xy(to));
        }
    }
    path
}

/// The SVG element that draws `item` as Tk would.
pub fn element(item: &Item) -> Element {
    let c = &item.coords;
    let at = |i: usize| c.get(i).copied().unwrap_or(0.0);
    let (x0, y0, x1, y1) = (at(0), at(1), at(2), at(3));
    let mut attributes = Vec::new();
    let mut text = None;
    let stroke = |attributes: &mut Vec<(&'static str, String)>, colour: &str| {
        attributes.push(("stroke", paint(colour)));
        if !colour.is_empty() {
            attributes.push(("stroke-width", number(item.width)));
            if !item.dash.is_empty() {
                let dashes: Vec<String> = item.dash.iter().map(|d| number(*d)).collect();
                attributes.push(("stroke-dasharray", dashes.join(" ")));
            }
        }
    };
    let tag = match item.shape {
        Shape::Rectangle => {
            attributes.push(("x", number(x0.min(x1))));
            attributes.push(("y", number(y0.min(y1))));
            attributes.push(("width", number((x1 - x0).abs())));
            attributes.push(("height", number((y1 - y0).abs())));
            attributes.push(("fill", paint(&item.fill)));
            stroke(&mut attributes, &item.outline);
            "rect"
        }
        Shape::Oval => {
            attributes.push(("cx", number((x0 + x1) / 2.0)));
            attributes.push(("cy", number((y0 + y1) / 2.0)));
            attributes.push(("rx", number((x1 - x0).abs() / 2.0)));
            attributes.push(("ry", number((y1 - y0).abs() / 2.0)));
            attributes.push(("fill", paint(&item.fill)));
            stroke(&mut attributes, &item.outline);
            "ellipse"
        }
        Shape::Line if item.smooth => {
            attributes.push(("d", smooth_path(c, false)));
            attributes.push(("fill", "none".into()));
            stroke(&mut attributes, &item.fill);
            attributes.push(("stroke-linecap", "round".into()));
            "path"
        }
        Shape::Line => {
            attributes.push(("points", points(c)));
            attributes.push(("fill", "none".into()));
            stroke(&mut attributes, &item.fill);
            // Round caps would fill a dashed line's gaps.
            let cap = if item.dash.is_empty() {
                "round"
            } else {
                "butt"
            };
            attributes.push(("stroke-linecap", cap.into()));
            attributes.push(("stroke-linejoin", "round".into()));
            "polyline"
        }
        Shape::Polygon if item.smooth => {
            attributes.push(("d", smooth_path(c, true)));
            attributes.push(("fill", paint(&item.fill)));
            stroke(&mut attributes, &item.outline);
            "path"
        }
        Shape::Polygon => {
            attributes.push(("points", points(c)));
            attributes.push(("fill", paint(&item.fill)));
            stroke(&mut attributes, &item.outline);
            attributes.push(("stroke-linejoin", "round".into()));
            "polygon"
        }
        Shape::Text => {
            let font = item.font.as_ref();
            let size = font.map_or(12.0, |f| f.size);
            // Tk's sizes are points (negative: pixels); the page is 96 dpi.
            let pixels = if size < 0.0 {
                -size
            } else {
                size * 96.0 / 72.0
            };
            let anchor = if item.anchor.is_empty() {
                "center"
            } else {
                item.anchor.as_str()
            };
            // "center" has an 'e' in it but is the middle.
            let horizontal = match anchor {
                "nw" | "w" | "sw" => "start",
                "ne" | "e" | "se" => "end",
                _ => "middle",
            };
            let lines = item.text.split('\n').count() as f64;
            // The block of lines sits below, around or above the anchor point.
            let first_baseline = if anchor.starts_with('n') {
                0.8 * pixels
            } else if anchor.starts_with('s') {
                -(lines - 1.0) * 1.2 * pixels - 0.25 * pixels
            } else {
                -(lines - 1.0) * 0.6 * pixels + 0.3 * pixels
            };
            attributes.push(("x", number(x0)));
            attributes.push(("y", number(y0 + first_baseline)));
            attributes.push(("fill", paint(&item.fill)));
            attributes.push((
                "font-family",
                font.map_or("sans-serif".into(), |f| family(&f.family)),
            ));
            attributes.push(("font-size", number(pixels)));
            if font.is_some_and(|f| f.bold) {
                attributes.push(("font-weight", "bold".into()));
            }
            if font.is_some_and(|f| f.italic) {
                attributes.push(("font-style", "italic".into()));
            }
            attributes.push(("text-anchor", horizontal.into()));
            if item.angle != 0.0 {
                // Tk turns a text counter-clockwise about its anchor point.
                attributes.push((
                    "transform",
                    format!(
                        "rotate({} {} {})",
                        number(-item.angle),
                        number(x0),
                        number(y0)
                    ),
                ));
            }
            attributes.push(("xml:space", "preserve".into()));
            text = Some(item.text.clone());
            "text"
        }
        Shape::Arc => {
            let arc = item.arc.unwrap_or(crate::Arc {
                start: 0.0,
                extent: 90.0,
                style: ArcStyle::Pieslice,
            });
            let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
            let (rx, ry) = ((x1 - x0).abs() / 2.0, (y1 - y0).abs() / 2.0);
            let extent = arc.extent.clamp(-359.99, 359.99);
            let point = |degrees: f64| {
                let r = degrees.to_radians();
                (cx + rx * r.cos(), cy - ry * r.sin())
            };
            let (sx, sy) = point(arc.start);
            let (ex, ey) = point(arc.start + extent);
            let large = u8::from(extent.abs() > 180.0);
            // Counter-clockwise on screen (Tk's positive extent) is SVG's negative sweep.
            let sweep = u8::from(extent < 0.0);
            let curve = format!(
                "M{},{} A{},{} 0 {large} {sweep} {},{}",
                number(sx),
                number(sy),
                number(rx),
                number(ry),
                number(ex),
                number(ey)
            );
            let (d, fill) = match arc.style {
                ArcStyle::Pieslice => (
                    format!("M{},{} L{} Z", number(cx), number(cy), &curve[1..]),
                    paint(&item.fill),
                ),
                ArcStyle::Chord => (format!("{curve} Z"), paint(&item.fill)),
                ArcStyle::Arc => (curve, "none".into()),
            };
            attributes.push(("d", d));
            attributes.push(("fill", fill));
            stroke(&mut attributes, &item.outline);
            "path"
        }
    };
    if item.hidden {
        attributes.push(("visibility", "hidden".into()));
    }
    Element {
        tag,
        attributes,
        text,
    }
}

/// Tk's font families as CSS families (Tk's own names first, then a generic fallback).
fn family(tk: &str) -> String {
    let generic = match tk.to_ascii_lowercase().as_str() {
        "courier" | "tkfixedfont" | "monospace" | "courier new" => "monospace",
        "times" | "times new roman" | "serif" => "serif",
        _ => "sans-serif",
    };
    if tk.is_empty() || tk.eq_ignore_ascii_case(generic) {
        generic.to_owned()
    } else {
        format!(
            "'{}', {generic}",
            tk.replace(['\'', '"', ';', '<', '>'], "")
        )
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The whole drawing as a standalone SVG document (a white area if there is no window).
pub fn to_svg(scene: &Scene) -> String {
    let (width, height) = scene.size();
    let background = scene.window.as_ref().map_or("#ffffff", |w| &w.background);
    let (w, h) = (number(width), number(height));
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>\n",
        escape(&paint(background))
    );
    for item in scene.items() {
        let element = element(item);
        let _ = write!(svg, "<{}", element.tag);
        for (name, value) in &element.attributes {
            let _ = write!(svg, " {name}=\"{}\"", escape(value));
        }
        if element.text.is_some() {
            svg.push('>');
            let x = element.attribute("x").unwrap_or_default();
            for (dy, line) in element.lines() {
                let _ = write!(svg, "<tspan x=\"{x}\" dy=\"{dy}\">{}</tspan>", escape(line));
            }
            let _ = writeln!(svg, "</{}>", element.tag);
        } else {
            svg.push_str("/>\n");
        }
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Arc, Font, Op};

    fn item(shape: Shape, coords: &[f64]) -> Item {
        Item {
            fill: "#ff0000".into(),
            outline: "#000000".into(),
            width: 2.0,
            ..Item::new(1, shape, coords)
        }
    }

    fn attr<'a>(element: &'a Element, name: &str) -> &'a str {
        element
            .attribute(name)
            .unwrap_or_else(|| panic!("no {name} in {element:?}"))
    }

    #[test]
    fn rectangles_and_ovals_take_any_two_corners() {
        let rect = element(&item(Shape::Rectangle, &[30.0, 40.0, 10.0, 0.0]));
        assert_eq!(rect.tag, "rect");
        let xywh: Vec<&str> = ["x", "y", "width", "height"]
            .iter()
            .map(|n| attr(&rect, n))
            .collect();
        assert_eq!(xywh, ["10", "0", "20", "40"]);
        assert_eq!(
            (attr(&rect, "fill"), attr(&rect, "stroke")),
            ("#ff0000", "#000000")
        );
        let oval = element(&item(Shape::Oval, &[0.0, 0.0, 20.5, 10.0]));
        assert_eq!(
            (attr(&oval, "cx"), attr(&oval, "rx"), attr(&oval, "ry")),
            ("10.25", "10.25", "5")
        );
    }

    #[test]
    fn a_lines_colour_is_its_fill() {
        let line = element(&item(Shape::Line, &[0.0, 0.0, 10.0, 10.0, 20.0, 0.0]));
        assert_eq!(line.tag, "polyline");
        assert_eq!(attr(&line, "points"), "0,0 10,10 20,0");
        assert_eq!(
            (attr(&line, "stroke"), attr(&line, "fill")),
            ("#ff0000", "none")
        );
        let mut no_outline = item(Shape::Polygon, &[0.0, 0.0, 10.0, 0.0, 5.0, 5.0]);
        no_outline.outline.clear();
        let polygon = element(&no_outline);
        assert_eq!(attr(&polygon, "stroke"), "none");
        assert!(!polygon.attributes.iter().any(|(n, _)| *n == "stroke-width"));
    }

    #[test]
    fn arcs_turn_counter_clockwise_from_three_oclock() {
        let mut quarter = item(Shape::Arc, &[0.0, 0.0, 100.0, 100.0]);
        quarter.arc = Some(Arc {
            start: 0.0,
            extent: 90.0,
            style: ArcStyle::Pieslice,
        });
        let path = element(&quarter);
        // From the centre to 3 o'clock, then up to 12 o'clock (screen y grows downwards).
        assert_eq!(attr(&path, "d"), "M50,50 L100,50 A50,50 0 0 0 50,0 Z");
    }

    #[test]
    fn text_is_anchored_and_sized_like_tk() {
        let mut label = item(Shape::Text, &[100.0, 50.0]);
        label.text = "Hi <there>".into();
        label.anchor = "nw".into();
        label.font = Some(Font {
            family: "Courier".into(),
            size: 12.0,
            bold: true,
            italic: false,
        });
        let text = element(&label);
        assert_eq!(attr(&text, "text-anchor"), "start");
        assert_eq!(attr(&text, "font-size"), "16");
        assert_eq!(attr(&text, "font-family"), "'Courier', monospace");
        assert_eq!(attr(&text, "font-weight"), "bold");
        let mut two = label.clone();
        two.text = "one\ntwo".into();
        let two = element(&two);
        let mut centred = label.clone();
        centred.anchor = "center".into();
        assert_eq!(attr(&element(&centred), "text-anchor"), "middle");
        let lines: Vec<_> = two.lines().collect();
        assert_eq!(lines, [("0", "one"), ("1.2em", "two")]);
        let mut scene = Scene::new();
        scene.apply(&Op::Put(label));
        assert!(to_svg(&scene).contains(">Hi &lt;there&gt;</tspan></text>"));
    }

    #[test]
    fn dashes_and_turned_text() {
        let mut dashed = item(Shape::Line, &[0.0, 0.0, 10.0, 0.0]);
        dashed.dash = vec![7.71, 3.33];
        assert_eq!(attr(&element(&dashed), "stroke-dasharray"), "7.71 3.33");
        assert_eq!(attr(&element(&dashed), "stroke-linecap"), "butt");
        let mut label = item(Shape::Text, &[20.0, 30.0]);
        label.text = "Births".into();
        label.angle = 90.0;
        assert_eq!(attr(&element(&label), "transform"), "rotate(-90 20 30)");
        assert!(
            element(&item(Shape::Text, &[0.0, 0.0]))
                .attribute("transform")
                .is_none()
        );
    }

    #[test]
    fn a_whole_drawing_is_a_standalone_svg() {
        let mut scene = Scene::new();
        scene.apply_all(&[
            Op::Window {
                width: 200.0,
                height: 100.0,
                background: "#000000".into(),
                title: String::new(),
            },
            Op::Put(item(Shape::Rectangle, &[0.0, 0.0, 10.0, 10.0])),
        ]);
        assert_eq!(
            to_svg(&scene),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">\n\
             <rect width=\"100%\" height=\"100%\" fill=\"#000000\"/>\n\
             <rect x=\"0\" y=\"0\" width=\"10\" height=\"10\" fill=\"#ff0000\" stroke=\"#000000\" stroke-width=\"2\"/>\n\
             </svg>\n"
        );
    }
}

//! Whether a learner's drawing is the exercise's (the `drawing` check): the same ink where the
//! lines are, the same filled shapes, the same texts and background, within a couple of pixels.
//! Lines are compared as ink, not as items, so drawing a side in two halves, or the same path
//! in another order or direction, still matches. The answer is a sentence a beginner can act on.

use crate::{Item, Scene, Shape};
use std::collections::{BTreeMap, HashMap};

/// How far (in pixels) a point may be from where the exercise's drawing has it.
const TOLERANCE: i32 = 2;
/// The share of the ink that may differ (anti-aliasing of diagonals, rounding).
const INK_SLACK: f64 = 0.03;

/// `Ok` when `actual` draws what `expected` draws; else the first difference, in words.
pub fn compare(expected: &Scene, actual: &Scene) -> Result<(), String> {
    let background = |scene: &Scene| scene.window.as_ref().map(|w| w.background.clone());
    if let (Some(want), Some(got)) = (background(expected), background(actual))
        && want != got
    {
        return Err(format!(
            "The background should be {}, but yours is {}.",
            colour_words(&want),
            colour_words(&got)
        ));
    }
    compare_texts(expected, actual)?;
    compare_shapes(expected, actual)?;
    compare_ink(expected, actual)
}

fn visible(scene: &Scene) -> impl Iterator<Item = &Item> {
    scene.items().filter(|item| !item.hidden)
}

fn colour_words(colour: &str) -> String {
    if colour.is_empty() {
        "none".to_owned()
    } else {
        colour.to_owned()
    }
}

fn compare_texts(expected: &Scene, actual: &Scene) -> Result<(), String> {
    let texts = |scene: &Scene| {
        let mut texts: Vec<String> = visible(scene)
            .filter(|item| item.shape == Shape::Text && !item.text.trim().is_empty())
            .map(|item| item.text.clone())
            .collect();
        texts.sort();
        texts
    };
    let (want, got) = (texts(expected), texts(actual));
    if let Some(missing) = want.iter().find(|text| !got.contains(text)) {
        return Err(format!(
            "The exercise's drawing writes “{missing}”, but yours doesn't."
        ));
    }
    if let Some(extra) = got.iter().find(|text| !want.contains(text)) {
        return Err(format!(
            "Your drawing writes “{extra}”, which the exercise's drawing doesn't."
        ));
    }
    Ok(())
}

/// A filled shape: rectangle, oval, arc or polygon with a fill (turtle's fills are polygons).
#[derive(Clone, Debug, PartialEq)]
struct Filled {
    bbox: [f64; 4],
    fill: String,
}

fn filled(scene: &Scene) -> Vec<Filled> {
    visible(scene)
        .filter(|item| {
            matches!(
                item.shape,
                Shape::Rectangle | Shape::Oval | Shape::Arc | Shape::Polygon
            ) && !item.fill.is_empty()
        })
        .map(|item| Filled {
            bbox: bbox(&item.coords),
            fill: item.fill.clone(),
        })
        .collect()
}

fn bbox(coords: &[f64]) -> [f64; 4] {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for point in coords.chunks_exact(2) {
        x0 = x0.min(point[0]);
        y0 = y0.min(point[1]);
        x1 = x1.max(point[0]);
        y1 = y1.max(point[1]);
    }
    [x0, y0, x1, y1]
}

fn near(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a.iter()
        .zip(b)
        .all(|(a, b)| (a - b).abs() <= f64::from(TOLERANCE))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn compare_shapes(expected: &Scene, actual: &Scene) -> Result<(), String> {
    let (want, mut got) = (filled(expected), filled(actual));
    if want.len() != got.len() {
        return Err(format!(
            "The exercise's drawing has {}; yours has {}.",
            plural(want.len(), "filled shape", "filled shapes"),
            got.len()
        ));
    }
    // Each of the exercise's shapes takes its match from the learner's, best first: same
    // place and colour, then same place (a colour to fix).
    let mut recoloured = None;
    let mut misplaced = None;
    for shape in &want {
        if let Some(at) = got
            .iter()
            .position(|g| near(&g.bbox, &shape.bbox) && g.fill == shape.fill)
        {
            got.remove(at);
        } else if let Some(at) = got.iter().position(|g| near(&g.bbox, &shape.bbox)) {
            recoloured.get_or_insert((shape.fill.clone(), got[at].fill.clone()));
            got.remove(at);
        } else {
            misplaced.get_or_insert(shape.fill.clone());
        }
    }
    if let Some(fill) = misplaced {
        return Err(format!(
            "A filled shape ({fill}) of the exercise's drawing isn't in the same place or size in yours."
        ));
    }
    if let Some((want, got)) = recoloured {
        return Err(format!(
            "A filled shape is in the right place but filled with {got} instead of {want}."
        ));
    }
    Ok(())
}

/// The ink of every line and outline: the pixels it passes through, with its colour.
fn ink(scene: &Scene) -> HashMap<(i32, i32), String> {
    let mut ink = HashMap::new();
    for item in visible(scene) {
        let (colour, closed) = match item.shape {
            Shape::Line => (&item.fill, false),
            Shape::Polygon | Shape::Rectangle if !item.outline.is_empty() => (&item.outline, true),
            _ => continue,
        };
        if colour.is_empty() {
            continue;
        }
        let mut points: Vec<(f64, f64)> = if item.shape == Shape::Rectangle {
            let [x0, y0, x1, y1] = bbox(&item.coords);
            vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        } else {
            item.coords.chunks_exact(2).map(|p| (p[0], p[1])).collect()
        };
        if closed && let Some(first) = points.first().copied() {
            points.push(first);
        }
        for pair in points.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            let steps = ((x1 - x0).abs().max((y1 - y0).abs())).ceil().max(1.0) as usize;
            for step in 0..=steps {
                let t = step as f64 / steps as f64;
                let point = (
                    (x0 + (x1 - x0) * t).round() as i32,
                    (y0 + (y1 - y0) * t).round() as i32,
                );
                ink.insert(point, colour.clone());
            }
        }
    }
    ink
}

/// The colour of `ink` near `point`, if any.
fn ink_near(ink: &HashMap<(i32, i32), String>, point: (i32, i32)) -> Option<&String> {
    (-TOLERANCE..=TOLERANCE)
        .flat_map(|dx| (-TOLERANCE..=TOLERANCE).map(move |dy| (dx, dy)))
        .find_map(|(dx, dy)| ink.get(&(point.0 + dx, point.1 + dy)))
}

fn compare_ink(expected: &Scene, actual: &Scene) -> Result<(), String> {
    let (want, got) = (ink(expected), ink(actual));
    if want.is_empty() && got.is_empty() {
        return Ok(());
    }
    if got.is_empty() {
        return Err("The exercise's drawing has lines, but yours has none yet.".into());
    }
    if want.is_empty() {
        return Err("Your drawing has lines, but the exercise's drawing has none.".into());
    }
    let mut missing = 0;
    let mut colours: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (point, colour) in &want {
        match ink_near(&got, *point) {
            None => missing += 1,
            Some(found) if found != colour => {
                *colours.entry((colour.clone(), found.clone())).or_default() += 1;
            }
            Some(_) => {}
        }
    }
    let extra = got
        .keys()
        .filter(|point| ink_near(&want, **point).is_none())
        .count();
    let share = |n: usize, of: usize| n as f64 / of as f64;
    if share(missing, want.len()) > INK_SLACK {
        return Err(format!(
            "Some lines of the exercise's drawing are missing from yours (about {}% of them). \
             Compare your drawing with what the exercise asks: a line too short, a turn the \
             wrong way or in the wrong place?",
            (100.0 * share(missing, want.len())).round()
        ));
    }
    if share(extra, got.len()) > INK_SLACK {
        return Err(format!(
            "Your drawing has lines the exercise's drawing doesn't (about {}% of yours): a \
             line too long, or drawn where the pen should be up?",
            (100.0 * share(extra, got.len())).round()
        ));
    }
    let recoloured: usize = colours.values().sum();
    if share(recoloured, want.len()) > INK_SLACK {
        let ((want, got), _) = colours
            .iter()
            .max_by_key(|(_, n)| **n)
            .expect("some were recoloured");
        return Err(format!(
            "Your lines are in the right places, but some are {got} where the exercise's are {want}."
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Op;

    fn line(id: u32, coords: &[f64], colour: &str) -> Op {
        Op::Put(Item {
            fill: colour.into(),
            ..Item::new(id, Shape::Line, coords)
        })
    }

    fn scene(ops: &[Op]) -> Scene {
        let mut scene = Scene::new();
        scene.apply_all(ops);
        scene
    }

    const SQUARE: [f64; 10] = [0.0, 0.0, 100.0, 0.0, 100.0, 100.0, 0.0, 100.0, 0.0, 0.0];

    #[test]
    fn the_same_ink_drawn_differently_matches() {
        let want = scene(&[line(1, &SQUARE, "#000000")]);
        // Backwards, one side in two halves, one item per side.
        let got = scene(&[
            line(5, &[0.0, 0.0, 0.0, 100.0], "#000000"),
            line(6, &[0.0, 100.0, 100.0, 100.0], "#000000"),
            line(7, &[100.0, 100.0, 100.0, 50.0, 100.0, 0.0], "#000000"),
            line(8, &[100.0, 0.0, 1.0, 0.0], "#000000"),
        ]);
        assert_eq!(compare(&want, &got), Ok(()));
    }

    #[test]
    fn missing_extra_and_recoloured_lines_are_named() {
        let want = scene(&[line(1, &SQUARE, "#000000")]);
        let three_sides = scene(&[line(1, &SQUARE[..8], "#000000")]);
        assert!(
            compare(&want, &three_sides)
                .unwrap_err()
                .contains("missing")
        );
        let too_long = scene(&[
            line(1, &SQUARE, "#000000"),
            line(2, &[0.0, 0.0, 0.0, -60.0], "#000000"),
        ]);
        assert!(compare(&want, &too_long).unwrap_err().contains("doesn't"));
        let red = scene(&[line(1, &SQUARE, "#ff0000")]);
        assert_eq!(
            compare(&want, &red).unwrap_err(),
            "Your lines are in the right places, but some are #ff0000 where the exercise's are #000000."
        );
        assert!(
            compare(&want, &scene(&[]))
                .unwrap_err()
                .contains("none yet")
        );
    }

    #[test]
    fn filled_shapes_and_texts_are_compared() {
        let mut square = Item {
            fill: "#ffff00".into(),
            ..Item::new(1, Shape::Polygon, &SQUARE[..8])
        };
        let want = scene(&[Op::Put(square.clone())]);
        square.fill = "#0000ff".into();
        assert_eq!(
            compare(&want, &scene(&[Op::Put(square.clone())])).unwrap_err(),
            "A filled shape is in the right place but filled with #0000ff instead of #ffff00."
        );
        assert!(
            compare(&want, &scene(&[]))
                .unwrap_err()
                .contains("1 filled shape; yours has 0")
        );
        let mut hello = square.clone();
        hello.shape = Shape::Text;
        hello.text = "Hello".into();
        hello.fill = "#000000".into();
        hello.id = 2;
        let with_text = scene(&[Op::Put(hello)]);
        assert_eq!(
            compare(&with_text, &scene(&[])).unwrap_err(),
            "The exercise's drawing writes “Hello”, but yours doesn't."
        );
    }
}

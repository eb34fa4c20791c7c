//! The drawing as it stands after some [`Op`]s: what the page shows, saves and describes, and
//! what checks compare.

use crate::{Item, Op, Shape};
use std::collections::{BTreeMap, HashMap};

/// The window and its items, bottom first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    /// Width, height, background, title; `None` until the program makes a canvas.
    pub window: Option<Window>,
    items: HashMap<u32, Item>,
    /// Item ids in stacking order, bottom first.
    order: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    pub width: f64,
    pub height: f64,
    pub background: String,
    pub title: String,
}

impl Scene {
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies one change. Unknown ids in `Delete` and `Order` are ignored (a page that joined
    /// late may not have them).
    pub fn apply(&mut self, op: &Op) {
        match op {
            Op::Window {
                width,
                height,
                background,
                title,
            } => {
                self.window = Some(Window {
                    width: *width,
                    height: *height,
                    background: background.clone(),
                    title: title.clone(),
                });
            }
            Op::Put(item) => {
                if self.items.insert(item.id, item.clone()).is_none() {
                    self.order.push(item.id);
                }
            }
            Op::Delete { ids } => {
                for id in ids {
                    self.items.remove(id);
                }
                let items = &self.items;
                self.order.retain(|id| items.contains_key(id));
            }
            Op::Clear => {
                self.items.clear();
                self.order.clear();
            }
            Op::Order { ids } => {
                let mut seen = std::collections::HashSet::new();
                let mut order: Vec<u32> = ids
                    .iter()
                    .copied()
                    .filter(|id| self.items.contains_key(id) && seen.insert(*id))
                    .collect();
                // Anything the new order forgot keeps its place on top.
                order.extend(self.order.iter().copied().filter(|id| !seen.contains(id)));
                self.order = order;
            }
        }
    }

    /// Applies changes in order.
    pub fn apply_all<'a>(&mut self, ops: impl IntoIterator<Item = &'a Op>) {
        for op in ops {
            self.apply(op);
        }
    }

    /// The items, bottom first.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.order.iter().filter_map(|id| self.items.get(id))
    }

    /// The window's width and height (400 by 300 before the program makes one).
    pub fn size(&self) -> (f64, f64) {
        self.window
            .as_ref()
            .map_or((400.0, 300.0), |w| (w.width, w.height))
    }

    pub fn is_empty(&self) -> bool {
        self.window.is_none() && self.order.is_empty()
    }

    /// Counts of the visible items by shape (not hidden, and with some ink: turtle keeps
    /// items with no colour at all, such as a hidden turtle's shape).
    pub fn counts(&self) -> BTreeMap<Shape, usize> {
        let mut counts = BTreeMap::new();
        let inked = |item: &&Item| match item.shape {
            Shape::Line => !item.fill.is_empty(),
            Shape::Text => !item.fill.is_empty() && !item.text.is_empty(),
            _ => !item.fill.is_empty() || !item.outline.is_empty(),
        };
        for item in self.items().filter(|item| !item.hidden).filter(inked) {
            *counts.entry(item.shape).or_insert(0) += 1;
        }
        counts
    }

    /// What the drawing shows, to be said in words: its window's size, and what its items say
    /// they show (`Item::alt`, such as a plot's description), or else how many of each shape
    /// there are. [`Scene::describe`] says it in English; the page in the learner's language.
    pub fn contents(&self) -> Contents {
        let alts: Vec<String> = self
            .items()
            .filter(|item| !item.hidden && !item.alt.is_empty())
            .map(|item| item.alt.clone())
            .collect();
        Contents {
            size: self
                .window
                .as_ref()
                .map(|w| (w.width.round(), w.height.round())),
            shapes: if alts.is_empty() {
                self.counts().into_iter().collect()
            } else {
                Vec::new()
            },
            alts,
        }
    }

    /// The drawing in words, for screen readers and the page's text alternative:
    /// "Drawing, 400 by 300: 64 rectangles and 1 text". Items that say what they show
    /// (`Item::alt`, such as a plot's description) are read instead of the shapes.
    pub fn describe(&self) -> String {
        let contents = self.contents();
        let size = match contents.size {
            Some((width, height)) => format!(", {width} by {height}"),
            None => String::new(),
        };
        if !contents.alts.is_empty() {
            return format!("Drawing{size}: {}", contents.alts.join(" "));
        }
        let parts: Vec<String> = contents
            .shapes
            .into_iter()
            .map(|(shape, n)| {
                let (one, many) = shape.names();
                format!("{n} {}", if n == 1 { one } else { many })
            })
            .collect();
        let what = match parts.as_slice() {
            [] => "empty".to_owned(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        format!("Drawing{size}: {what}")
    }
}

/// What a drawing shows ([`Scene::contents`]), for saying in words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contents {
    /// Width and height (rounded), when the program made a window.
    pub size: Option<(f64, f64)>,
    /// What the items that say what they show say, in order.
    pub alts: Vec<String>,
    /// How many visible items of each shape, when no item says what it shows.
    pub shapes: Vec<(Shape, usize)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: u32, shape: Shape) -> Op {
        Op::Put(Item {
            fill: "#000000".into(),
            text: "x".into(),
            ..Item::new(id, shape, &[0.0, 0.0, 10.0, 10.0])
        })
    }

    #[test]
    fn puts_deletes_and_order_build_the_scene() {
        let mut scene = Scene::new();
        assert_eq!(scene.describe(), "Drawing: empty");
        scene.apply_all(&[
            Op::Window {
                width: 400.0,
                height: 300.0,
                background: "#ffffff".into(),
                title: "tk".into(),
            },
            item(1, Shape::Rectangle),
            item(2, Shape::Rectangle),
            item(3, Shape::Text),
            item(4, Shape::Line),
        ]);
        assert_eq!(
            scene.describe(),
            "Drawing, 400 by 300: 2 rectangles, 1 line and 1 text"
        );
        scene.apply(&Op::Order {
            ids: vec![3, 1, 99],
        });
        let ids: Vec<u32> = scene.items().map(|i| i.id).collect();
        assert_eq!(ids, [3, 1, 2, 4]);
        scene.apply(&Op::Delete { ids: vec![1, 4] });
        // Changing an item keeps its place.
        scene.apply(&item(3, Shape::Text));
        let ids: Vec<u32> = scene.items().map(|i| i.id).collect();
        assert_eq!(ids, [3, 2]);
        scene.apply(&Op::Clear);
        assert_eq!(scene.describe(), "Drawing, 400 by 300: empty");
    }

    #[test]
    fn items_that_say_what_they_show_are_read_instead_of_their_shapes() {
        let mut scene = Scene::new();
        let figure = |id: u32, alt: &str| {
            Op::Put(Item {
                fill: "#ffffff".into(),
                alt: alt.into(),
                ..Item::new(id, Shape::Rectangle, &[0.0, 0.0, 640.0, 480.0])
            })
        };
        scene.apply_all(&[
            figure(1, "Figure 1: a line plot titled \"Births\"."),
            item(2, Shape::Line),
            item(3, Shape::Text),
            figure(4, "Figure 2: a bar chart."),
        ]);
        assert_eq!(
            scene.describe(),
            "Drawing: Figure 1: a line plot titled \"Births\". Figure 2: a bar chart."
        );
    }
}

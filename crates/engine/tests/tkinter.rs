//! pyplay's tkinter (crates/engine/py/tkinter): what a program draws on a Canvas reaches the
//! host as ops when Tk would show it, and the scene they build is what the learner sees.

mod common;

use common::{TestHost, ok, run, window};
use pyplay_drawing::{Item, Op, Scene, Shape};
use pyplay_engine::{Engine, Host, Outcome, Stream};
use std::rc::Rc;

fn items(scene: &Scene) -> Vec<&Item> {
    scene.items().collect()
}

/// ColorWall (Boston Python Workshop) as a lesson ships it: wall.py holds the Tk window and
/// draws the pixels; the program imports it.
const WALL: &str = r##"import colorsys
import time
from tkinter import Tk, Canvas, Frame, BOTH, ALL, SUNKEN


class Wall:
    MIN_RED = MIN_GREEN = MIN_BLUE = 0x0
    MAX_RED = MAX_GREEN = MAX_BLUE = 0xFF
    PIXEL_WIDTH = 50

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self._tk_init()
        self.pixels = [(0, 0, 0) for i in range(self.width * self.height)]

    def _tk_init(self):
        self.root = Tk()
        self.root.title("ColorWall %d x %d" % (self.width, self.height))
        self.root.resizable(0, 0)
        self.frame = Frame(self.root, bd=5, relief=SUNKEN)
        self.frame.pack()
        self.canvas = Canvas(self.frame,
                             width=self.PIXEL_WIDTH * self.width,
                             height=self.PIXEL_WIDTH * self.height,
                             bd=0, highlightthickness=0)
        self.canvas.pack()
        self.root.update()

    def set_pixel(self, x, y, hsv):
        self.pixels[self.width * y + x] = hsv

    def draw(self):
        self.canvas.delete(ALL)
        for x in range(len(self.pixels)):
            x_0 = (x % self.width) * self.PIXEL_WIDTH
            y_0 = (x // self.width) * self.PIXEL_WIDTH
            x_1 = x_0 + self.PIXEL_WIDTH
            y_1 = y_0 + self.PIXEL_WIDTH
            hue = "#%02x%02x%02x" % self._get_rgb(self.pixels[x])
            self.canvas.create_rectangle(x_0, y_0, x_1, y_1, fill=hue)
        self.canvas.update()

    def _get_rgb(self, hsv):
        red, green, blue = colorsys.hsv_to_rgb(*hsv)
        return (int(red * 0xFF), int(green * 0xFF), int(blue * 0xFF))
"##;

const RAINBOW: &str = r##"import time
from wall import Wall

wall = Wall(8, 8)
for frame in range(3):
    for x in range(wall.width):
        for y in range(wall.height):
            wall.set_pixel(x, y, ((x + frame) / wall.width, 1, 1))
    wall.draw()
    time.sleep(0.1)
print("done")
"##;

#[test]
fn a_colorwall_shows_its_last_frame_and_sends_one_batch_per_frame() {
    let host = TestHost::with_input(&[]);
    let mut engine = Engine::new();
    engine.write_file("wall.py", WALL.as_bytes()).unwrap();
    let outcome = engine.run(RAINBOW, host.clone());
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "done\n");
    assert_eq!(
        window(&host),
        (400.0, 400.0, "#d9d9d9".into(), "ColorWall 8 x 8".into())
    );
    let scene = host.scene();
    assert_eq!(scene.describe(), "Drawing, 400 by 400: 64 rectangles");
    let rects = items(&scene);
    // Frame 2: column x has hue (x + 2) / 8; row by row, left to right.
    let expected = |x: usize| {
        let hue = ((x + 2) % 8) as f64 / 8.0;
        let (r, g, b) = hsv(hue);
        format!("#{r:02x}{g:02x}{b:02x}")
    };
    for (index, rect) in rects.iter().enumerate() {
        let (x, y) = (index % 8, index / 8);
        assert_eq!(rect.shape, Shape::Rectangle);
        assert_eq!(
            rect.coords,
            [
                x as f64 * 50.0,
                y as f64 * 50.0,
                x as f64 * 50.0 + 50.0,
                y as f64 * 50.0 + 50.0
            ],
            "{rect:?}"
        );
        assert_eq!(rect.fill, expected(x), "pixel {x},{y}");
        assert_eq!((rect.outline.as_str(), rect.width), ("#000000", 1.0));
    }
    assert_eq!(rects[0].fill, "#7fff00", "hue 2/8: {:?}", rects[0]);
    // The root.update() in _tk_init sends the window; each draw() one batch: clear + 64 puts
    // (the first has nothing to clear).
    let drawn = host.drawn.borrow();
    assert_eq!(
        drawn.len(),
        4,
        "{:?}",
        drawn.iter().map(Vec::len).collect::<Vec<_>>()
    );
    assert!(
        matches!(drawn[0][..], [Op::Window { .. }]),
        "{:?}",
        drawn[0]
    );
    assert_eq!(drawn[1].len(), 64);
    assert_eq!(drawn[2][0], Op::Clear);
    assert_eq!(drawn[2].len(), 65);
    assert_eq!(*host.slept.borrow(), [0.1, 0.1, 0.1]);
}

/// hsv_to_rgb(h, 1, 1) scaled like the wall's _get_rgb.
fn hsv(h: f64) -> (u8, u8, u8) {
    let i = (h * 6.0).floor();
    let f = h * 6.0 - i;
    let (q, t) = (1.0 - f, f);
    let (r, g, b) = match i as i32 % 6 {
        0 => (1.0, t, 0.0),
        1 => (q, 1.0, 0.0),
        2 => (0.0, 1.0, t),
        3 => (0.0, q, 1.0),
        4 => (t, 0.0, 1.0),
        _ => (1.0, 0.0, q),
    };
    let scale = |v: f64| (v * 255.0) as u8;
    (scale(r), scale(g), scale(b))
}

#[test]
fn lesson_modules_import_from_the_file_system_and_are_fresh_on_every_run() {
    let mut engine = Engine::new();
    engine
        .write_file(
            "effects.py",
            b"NAME = 'first'\ndef shout(x):\n    return x.upper() + '!'\n",
        )
        .unwrap();
    let program = "import effects\nprint(effects.NAME, effects.shout('hi'))\n";
    let host = TestHost::with_input(&[]);
    ok(&engine.run(program, host.clone()), &host);
    assert_eq!(host.stdout(), "first HI!\n");

    // Edited between runs: the next run reads it again.
    engine
        .write_file(
            "effects.py",
            b"NAME = 'second'\ndef shout(x):\n    return 1 / 0\n",
        )
        .unwrap();
    let host = TestHost::with_input(&[]);
    let outcome = engine.run(program, host.clone());
    let Outcome::Error(error) = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!((error.kind.as_str(), error.line), ("ZeroDivisionError", 2));
    // The traceback shows the module's own line, as CPython would.
    let stderr = host.stderr();
    assert!(
        stderr.contains("File \"effects.py\", line 3, in shout\n    return 1 / 0"),
        "{stderr}"
    );
    assert!(!stderr.contains("_pyplay"), "{stderr}");

    // A module the file system doesn't have is still a ModuleNotFoundError; a file can't hide
    // a module pyplay ships.
    engine
        .write_file("random.py", b"raise Exception('mine')\n")
        .unwrap();
    let host = TestHost::with_input(&[]);
    let outcome = engine.run("import random\nimport nothere\n", host.clone());
    assert!(
        matches!(&outcome, Outcome::Error(e) if e.kind == "ModuleNotFoundError" && e.line == 2),
        "{outcome:?}\n{}",
        host.stderr()
    );
}

#[test]
fn named_and_hex_colours_resolve_as_tk_does() {
    let (outcome, host) = run(
        r##"
from tkinter import *
root = Tk()
c = Canvas(root, width=300, height=200, bg="white")
c.pack()
colours = ["red", "Red", "light blue", "LightBlue", "lightblue", "grey50", "gray50",
           "navy", "orange", "#f00", "#ff8000", "#FFF000000", "#0000ffff8000", "", "crimson"]
for i, colour in enumerate(colours):
    c.create_rectangle(i, 0, i + 1, 1, fill=colour)
print(c.winfo_rgb("white"), c.itemcget(1, "fill"), c.cget("bg"))
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "(65535, 65535, 65535) red white\n");
    let fills: Vec<String> = items(&host.scene())
        .iter()
        .map(|i| i.fill.clone())
        .collect();
    assert_eq!(
        fills,
        [
            "#ff0000", "#ff0000", "#add8e6", "#add8e6", "#add8e6", "#7f7f7f", "#7f7f7f", "#000080",
            "#ffa500", "#ff0000", "#ff8000", "#ff0000", "#00ff80", "", "#dc143c"
        ]
    );
    assert_eq!(window(&host).2, "#ffffff");
}

#[test]
fn an_unknown_colour_is_tks_tcl_error_at_the_learners_line() {
    let (outcome, host) = run(
        "import tkinter\nc = tkinter.Canvas()\nc.create_oval(0, 0, 10, 10, fill='blu')\n",
        &[],
    );
    let Outcome::Error(error) = &outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(
        (error.kind.as_str(), error.message.as_str(), error.line),
        ("TclError", "unknown color name \"blu\"", 3)
    );
    let stderr = host.stderr();
    assert!(
        stderr.ends_with("_tkinter.TclError: unknown color name \"blu\"\n")
            || stderr.ends_with("tkinter.TclError: unknown color name \"blu\"\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3, in <module>\n    c.create_oval(0, 0, 10, 10, fill='blu')"),
        "{stderr}"
    );
    // Tk is native in CPython: the traceback ends at the learner's call.
    assert!(!stderr.contains("File \"tkinter"), "{stderr}");

    for (code, message) in [
        ("c.config(bg='nope')", "unknown color name \"nope\""),
        (
            "c.itemconfig(c.create_line(0, 0, 5, 5), fill='#12')",
            "invalid color name \"#12\"",
        ),
        (
            "c.create_rectangle(0, 0, 5)",
            "wrong # coordinates: expected 4, got 3",
        ),
        (
            "c.create_line(0, 0, 5, 5, outline='red')",
            "unknown option \"-outline\"",
        ),
        (
            "c.create_text(5, 5, anchor='middle')",
            "bad anchor position \"middle\": must be n, ne, e, se, s, sw, w, nw, or center",
        ),
        ("Canvas(widht=5)", "unknown option \"-widht\""),
    ] {
        let (outcome, host) = run(
            &format!("from tkinter import *\nc = Canvas()\n{code}\n"),
            &[],
        );
        assert!(
            matches!(&outcome, Outcome::Error(e) if e.kind == "TclError" && e.message == message && e.line == 3),
            "{code}: {outcome:?}\n{}",
            host.stderr()
        );
    }
}

#[test]
fn tags_move_coords_itemconfig_delete_and_raise_show_in_the_scene() {
    let (outcome, host) = run(
        r##"
from tkinter import *
root = Tk()
c = Canvas(root, width=200, height=100)
c.pack()
a = c.create_rectangle(0, 0, 10, 10, fill="red", tags=("player", "box"))
b = c.create_oval((20, 20), (30, 30), fill="blue", tags="enemy box")
t = c.create_text(50, 50, text="Score: 0", font="Helvetica 16 bold", anchor=NW)
l = c.create_line([(0, 0), (5, 5), (10, 0)], fill="green", width=3, smooth=True, dash=(2, 2))
arc = c.create_arc(60, 60, 90, 90, start=45, extent=180, style=CHORD, outline="purple")
p = c.create_polygon(0, 50, 10, 60, 0, 70)
gone = c.create_rectangle(1, 1, 2, 2)
c.update()
c.move("box", 5, 10)
c.coords(l, 1, 2, 3, 4)
c.itemconfig(t, text="Score: 10", fill="orange")
c.itemconfigure("enemy", state=HIDDEN)
c.delete(gone)
c.tag_raise(a)
c.tag_lower(p)
print(c.find_withtag("box"), c.gettags(b), c.coords(a), c.type(t), c.find_all())
print(c.itemcget(t, "text"), c.bbox(a), c.find_overlapping(0, 0, 12, 12))
c.addtag_withtag("all_shapes", "box")
c.dtag(a, "player")
print(c.gettags(a), c.find_withtag("player"))
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(
        host.stdout(),
        "(2, 1) ('enemy', 'box') [5.0, 10.0, 15.0, 20.0] text (6, 2, 3, 4, 5, 1)\n\
         Score: 10 (4, 9, 16, 21) (4, 1)\n\
         ('box', 'all_shapes') ()\n"
    );
    let scene = host.scene();
    let ids: Vec<u32> = scene.items().map(|i| i.id).collect();
    assert_eq!(ids, [6, 2, 3, 4, 5, 1]);
    let by_id = |id: u32| scene.items().find(|i| i.id == id).unwrap().clone();
    assert_eq!(by_id(1).coords, [5.0, 10.0, 15.0, 20.0]);
    assert_eq!(by_id(2).coords, [25.0, 30.0, 35.0, 40.0]);
    assert!(by_id(2).hidden);
    let text = by_id(3);
    assert_eq!(
        (text.text.as_str(), text.fill.as_str(), text.anchor.as_str()),
        ("Score: 10", "#ffa500", "nw")
    );
    let font = text.font.unwrap();
    assert_eq!(
        (font.family.as_str(), font.size, font.bold),
        ("Helvetica", 16.0, true)
    );
    let line = by_id(4);
    assert_eq!(
        (line.coords.as_slice(), line.width, line.smooth),
        (&[1.0, 2.0, 3.0, 4.0][..], 3.0, true)
    );
    let arc = by_id(5).arc.unwrap();
    assert_eq!(
        (arc.start, arc.extent, arc.style),
        (45.0, 180.0, pyplay_drawing::ArcStyle::Chord)
    );
    assert_eq!(by_id(5).outline, "#a020f0", "X11's purple");
    assert_eq!(
        (by_id(6).fill.as_str(), by_id(6).outline.as_str()),
        ("#000000", "")
    );
    assert_eq!(
        scene.describe(),
        "Drawing, 200 by 100: 1 rectangle, 1 line, 1 polygon, 1 text and 1 arc"
    );
}

#[test]
fn changes_between_updates_are_sent_once_and_delete_all_drops_them() {
    let (outcome, host) = run(
        r##"
from tkinter import *
c = Canvas(width=100, height=100)
c.pack()
r = c.create_rectangle(0, 0, 10, 10)
for i in range(5):
    c.move(r, 1, 0)
    c.itemconfig(r, fill="red")
c.update()
for i in range(50):
    c.create_oval(i, i, i + 5, i + 5)
c.delete("all")
c.create_text(50, 50, text="hi")
c.update()
"##,
        &[],
    );
    ok(&outcome, &host);
    let drawn = host.drawn.borrow();
    assert_eq!(drawn.len(), 2);
    assert_eq!(drawn[0].len(), 2, "{:?}", drawn[0]);
    let Op::Put(rect) = &drawn[0][1] else {
        panic!("{:?}", drawn[0])
    };
    assert_eq!(rect.coords, [5.0, 0.0, 15.0, 10.0]);
    assert!(matches!(drawn[1][..], [Op::Clear, Op::Put(ref t)] if t.text == "hi"));
}

#[test]
fn a_drawing_without_mainloop_is_shown_when_the_program_ends() {
    let (outcome, host) = run(
        "import tkinter\nroot = tkinter.Tk()\ncanvas = tkinter.Canvas(root)\ncanvas.pack()\n\
         canvas.create_oval(10, 10, 80, 80, fill='yellow')\n",
        &[],
    );
    ok(&outcome, &host);
    // Tk's canvas: 378 × 265 pixels (10 × 7 cm), grey.
    assert_eq!(window(&host), (378.0, 265.0, "#d9d9d9".into(), "tk".into()));
    assert_eq!(host.scene().describe(), "Drawing, 378 by 265: 1 oval");

    // And after an error, what was drawn until then.
    let (outcome, host) = run(
        "import tkinter\ncanvas = tkinter.Canvas()\ncanvas.create_line(0, 0, 9, 9)\n1 / 0\n",
        &[],
    );
    assert!(matches!(outcome, Outcome::Error(_)));
    assert_eq!(host.scene().counts().get(&Shape::Line), Some(&1));
}

#[test]
fn console_statements_continue_the_drawing_and_show_each_change() {
    let mut engine = Engine::new();
    let host = TestHost::with_input(&[]);
    ok(
        &engine.run(
            "from tkinter import *\nc = Canvas(width=50, height=50)\n",
            host.clone(),
        ),
        &host,
    );
    let console = |engine: &mut Engine, line: &str| {
        let outcome = engine.console(line, host.clone());
        assert!(
            matches!(
                outcome,
                pyplay_engine::ConsoleOutcome::Done(Outcome::Exited(0))
            ),
            "{outcome:?}"
        );
    };
    console(&mut engine, "c.create_rectangle(0, 0, 5, 5)");
    assert_eq!(host.scene().counts().get(&Shape::Rectangle), Some(&1));
    console(&mut engine, "c.delete(ALL)");
    assert!(host.scene().items().next().is_none());
    // A new run starts tkinter afresh: ids from 1, a new window.
    let host = TestHost::with_input(&[]);
    ok(
        &engine.run(
            "import tkinter\nc = tkinter.Canvas()\nprint(c.create_line(0, 0, 1, 1))\n",
            host.clone(),
        ),
        &host,
    );
    assert_eq!(host.stdout(), "1\n");
}

#[test]
fn after_timers_run_from_mainloop_in_time_order_and_mainloop_returns() {
    let (outcome, host) = run(
        r##"
import time
from tkinter import *
root = Tk()
c = Canvas(root, width=100, height=100)
c.pack()
ball = c.create_oval(0, 0, 10, 10, fill="red")
start = time.monotonic()

def say(word):
    print(word, round(time.monotonic() - start, 3))

def step(n):
    c.move(ball, 10, 0)
    if n < 4:
        root.after(50, step, n + 1)

root.after(300, say, "late")
root.after(100, say, "early")
cancelled = root.after(200, say, "never")
root.after_cancel(cancelled)
root.after(0, step, 1)
root.mainloop()
print("mainloop returned", c.coords(ball))
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(
        host.stdout(),
        "early 0.1\nlate 0.3\nmainloop returned [40.0, 0.0, 50.0, 10.0]\n"
    );
    // The ball was shown at every step: the loop hands over the drawing before it sleeps.
    let xs: Vec<f64> = host
        .drawn
        .borrow()
        .iter()
        .flatten()
        .filter_map(|op| match op {
            Op::Put(item) => Some(item.coords[0]),
            _ => None,
        })
        .collect();
    assert_eq!(xs, [10.0, 20.0, 30.0, 40.0]);
    let slept: f64 = host.slept.borrow().iter().sum();
    assert!((slept - 0.3).abs() < 1e-3, "{:?}", host.slept.borrow());
}

#[test]
fn update_runs_due_timers_and_after_without_a_callback_sleeps() {
    let (outcome, host) = run(
        r##"
from tkinter import *
root = Tk()
c = Canvas(root)
root.after(10, lambda: print("tick"))
root.after(10)
root.update()
print("after update")
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "tick\nafter update\n");
    assert_eq!(*host.slept.borrow(), [0.01]);
}

#[test]
fn missing_parts_of_tk_say_what_pyplay_supports() {
    for (code, kind) in [
        ("from tkinter import messagebox", "ImportError"),
        ("import tkinter.ttk", "ImportError"),
        ("from tkinter import Spinbox", "ImportError"),
        (
            "from tkinter import *\nLabel(text='hi')",
            "NotImplementedError",
        ),
    ] {
        let (outcome, host) = run(&format!("{code}\n"), &[]);
        let Outcome::Error(error) = &outcome else {
            panic!("{code}: {outcome:?}")
        };
        assert_eq!(error.kind, kind, "{code}: {}", host.stderr());
        assert!(
            error.message.starts_with("pyplay's tkinter has no ")
                && error.message.contains("It supports Tk, Canvas"),
            "{code}: {}",
            error.message
        );
    }
    let (outcome, host) = run(
        "from tkinter import *\nprint(ALL, SUNKEN, BOTH, LEFT, PIESLICE, Canvas, TclError.__name__)\n",
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(
        host.stdout(),
        "all sunken both left pieslice <class 'tkinter.Canvas'> TclError\n"
    );
}

#[test]
fn simpledialog_asks_in_the_console_and_gives_none_at_end_of_input() {
    let (outcome, host) = run(
        r##"
from tkinter import simpledialog
name = simpledialog.askstring("Hello", "What is your name?")
age = simpledialog.askinteger("Age", "How old are you?", minvalue=0)
again = simpledialog.askfloat("More", "A number?")
print(name, age, again)
"##,
        &["Ada", "ten", "-1", "36"],
    );
    ok(&outcome, &host);
    assert_eq!(
        host.stdout(),
        "Hello: What is your name? Age: How old are you? Not an integer. Please try again.\n\
         Age: How old are you? The allowed minimum value is 0. Please try again.\n\
         Age: How old are you? More: A number? Ada 36 None\n"
    );
}

#[test]
fn only_the_first_canvas_is_shown() {
    let (outcome, host) = run(
        r##"
from tkinter import *
root = Tk()
first = Canvas(root, width=100, height=50)
second = Canvas(root, width=300, height=300)
first.create_line(0, 0, 10, 10)
second.create_oval(0, 0, 10, 10)
print(second.find_all(), second.coords(1))
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "(1,) [0.0, 0.0, 10.0, 10.0]\n");
    assert_eq!(host.scene().describe(), "Drawing, 100 by 50: 1 line");
}

#[test]
fn a_canvas_that_fills_its_window_takes_the_geometry_size() {
    let (outcome, host) = run(
        r##"
from tkinter import *
root = Tk()
root.geometry("640x480")
root.title("Game")
c = Canvas(root, bg="black")
c.pack(fill=BOTH, expand=True)
root.update()
print(c.winfo_width(), c.winfo_height())
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "640 480\n");
    assert_eq!(
        window(&host),
        (640.0, 480.0, "#000000".into(), "Game".into())
    );
}

/// A host whose monotonic clock is real, to time frames from Python.
struct TimingHost {
    inner: Rc<TestHost>,
    start: std::time::Instant,
}

impl Host for TimingHost {
    fn write(&self, stream: Stream, text: &str) {
        self.inner.write(stream, text)
    }
    fn read_line(&self) -> Result<Option<String>, String> {
        self.inner.read_line()
    }
    fn sleep(&self, seconds: f64) {
        self.inner.sleep(seconds)
    }
    fn time(&self) -> f64 {
        self.inner.time()
    }
    fn monotonic(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
    fn draw(&self, ops: Vec<Op>) {
        self.inner.draw(ops)
    }
}

/// A 20 × 20 ColorWall frame: delete(ALL), 400 create_rectangle, update(). Printed (run with
/// --nocapture); the bound is loose, for debug builds on slow machines.
#[test]
fn a_colorwall_frame_is_quick() {
    let inner = TestHost::with_input(&[]);
    let host = Rc::new(TimingHost {
        inner: inner.clone(),
        start: std::time::Instant::now(),
    });
    let mut engine = Engine::new();
    engine.write_file("wall.py", WALL.as_bytes()).unwrap();
    let outcome = engine.run(
        r##"
import time
from wall import Wall
wall = Wall(20, 20)
wall.PIXEL_WIDTH = 20
times = []
for frame in range(10):
    for i in range(400):
        wall.set_pixel(i % 20, i // 20, ((i + frame) / 400, 1, 1))
    start = time.monotonic()
    wall.draw()
    times.append(time.monotonic() - start)
times.sort()
print("median %.1f ms, fastest %.1f ms" % (times[5] * 1000, times[0] * 1000))
"##,
        host,
    );
    ok(&outcome, &inner);
    eprintln!("ColorWall 20x20 frame: {}", inner.stdout());
    assert_eq!(inner.scene().counts().get(&Shape::Rectangle), Some(&400));
    let median: f64 = inner
        .stdout()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    assert!(median < 200.0, "{}", inner.stdout());
}

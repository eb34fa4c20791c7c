//! CPython's turtle.py, shipped unchanged, runs on pyplay's tkinter: what the turtle draws
//! reaches the scene. Turtle's (0, 0) is the middle of its canvas and its y grows upwards;
//! the scene has Tk's canvas coordinates as the page shows them: from the top-left corner,
//! y downwards. Turtle's default window is 50% × 75% of pyplay's 1200 × 667 screen: 600 × 500,
//! so turtle's (x, y) is at (300 + x, 250 - y).

mod common;

use common::{TestHost, ok, run, window};
use pyplay_drawing::{Item, Scene, Shape};
use pyplay_engine::Engine;

/// The items a learner sees: turtle keeps invisible ones too (its moving line, a hidden
/// turtle's shape), with neither fill nor outline.
fn visible(scene: &Scene) -> Vec<Item> {
    scene
        .items()
        .filter(|item| !item.hidden && !(item.fill.is_empty() && item.outline.is_empty()))
        .cloned()
        .collect()
}

fn shapes(scene: &Scene, shape: Shape) -> Vec<Item> {
    visible(scene)
        .into_iter()
        .filter(|item| item.shape == shape)
        .collect()
}

fn close(actual: &[f64], expected: &[f64]) -> bool {
    actual.len() == expected.len()
        && actual
            .iter()
            .zip(expected)
            .all(|(a, e)| (a - e).abs() < 1e-6)
}

#[test]
fn a_square_is_four_segments_around_the_middle_of_a_600_by_500_window() {
    let (outcome, host) = run(
        "import turtle\nt = turtle.Turtle()\nfor _ in range(4):\n    t.forward(100)\n    t.left(90)\n\
         print(turtle.window_width(), turtle.window_height(), round(t.xcor()), round(t.ycor()))\n",
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "600 500 0 0\n");
    let scene = host.scene();
    assert_eq!(
        window(&host),
        (
            600.0,
            500.0,
            "#ffffff".into(),
            "Python Turtle Graphics".into()
        )
    );
    // Turtle keeps a pen-down path in one line item: (0,0) (100,0) (100,100) (0,100) (0,0).
    let lines = shapes(&scene, Shape::Line);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        close(
            &lines[0].coords,
            &[
                300.0, 250.0, 400.0, 250.0, 400.0, 150.0, 300.0, 150.0, 300.0, 250.0
            ]
        ),
        "{:?}",
        lines[0]
    );
    assert_eq!((lines[0].fill.as_str(), lines[0].width), ("#000000", 1.0));
    // The turtle itself: the "classic" arrow, black, pointing right again, on top.
    let arrow = scene.items().last().unwrap();
    assert_eq!(
        (arrow.shape, arrow.fill.as_str()),
        (Shape::Polygon, "#000000")
    );
    assert!(
        close(&arrow.coords[..2], &[300.0, 250.0]),
        "{:?}",
        arrow.coords
    );
    // Animated at turtle's default speed: many small batches, turtle's 10 ms delay between.
    assert!(
        host.drawn.borrow().len() > 30,
        "{}",
        host.drawn.borrow().len()
    );
    assert!(host.slept.borrow().iter().all(|s| *s == 0.01));
}

#[test]
fn begin_fill_end_fill_is_a_filled_polygon_and_write_is_a_text() {
    let (outcome, host) = run(
        r##"
from turtle import *
speed(0)
color("red", "yellow")
begin_fill()
for _ in range(3):
    forward(100)
    left(120)
end_fill()
penup()
goto(0, -50)
write("Hello!", align="center", font=("Arial", 20, "bold"))
hideturtle()
"##,
        &[],
    );
    ok(&outcome, &host);
    let scene = host.scene();
    let polygons = shapes(&scene, Shape::Polygon);
    assert_eq!(
        polygons.len(),
        1,
        "the hidden turtle is not seen: {polygons:?}"
    );
    let triangle = &polygons[0];
    assert_eq!(
        (triangle.fill.as_str(), triangle.outline.as_str()),
        ("#ffff00", "")
    );
    let top = 250.0 - 100.0 * (60f64).to_radians().sin();
    assert!(
        close(
            &triangle.coords,
            &[300.0, 250.0, 400.0, 250.0, 350.0, top, 300.0, 250.0]
        ),
        "{triangle:?}"
    );
    let lines = shapes(&scene, Shape::Line);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].fill, "#ff0000");
    let texts = shapes(&scene, Shape::Text);
    assert_eq!(texts.len(), 1);
    let text = &texts[0];
    assert_eq!(
        (text.text.as_str(), text.anchor.as_str(), text.fill.as_str()),
        ("Hello!", "s", "#ff0000")
    );
    assert!(close(&text.coords, &[299.0, 300.0]), "{text:?}");
    let font = text.font.clone().unwrap();
    assert_eq!(
        (font.family.as_str(), font.size, font.bold),
        ("Arial", 20.0, true)
    );
}

#[test]
fn two_turtles_dots_stamps_and_the_screen() {
    let (outcome, host) = run(
        r##"
import turtle
screen = turtle.Screen()
screen.setup(800, 600)
screen.bgcolor("lightblue")
screen.title("Race")
screen.tracer(0)
a = turtle.Turtle()
b = turtle.Turtle(shape="turtle")
a.color("red")
b.color("blue")
b.shapesize(2)
a.penup(); a.goto(-100, 50); a.pendown()
b.penup(); b.goto(-100, -50); b.pendown()
a.forward(200)
b.forward(150)
a.dot(20, "green")
stamp = b.stamp()
b.forward(50)
b.stamp()
b.clearstamps(1)
screen.update()
print(screen.window_width(), screen.window_height(), len(screen.turtles()))
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "800 600 2\n");
    let scene = host.scene();
    assert_eq!(
        window(&host),
        (800.0, 600.0, "#add8e6".into(), "Race".into())
    );
    let lines = shapes(&scene, Shape::Line);
    let red: Vec<_> = lines.iter().filter(|l| l.fill == "#ff0000").collect();
    let blue: Vec<_> = lines.iter().filter(|l| l.fill == "#0000ff").collect();
    assert!(
        close(&red[0].coords, &[300.0, 250.0, 500.0, 250.0]),
        "{red:?}"
    );
    assert!(
        close(&blue[0].coords, &[300.0, 350.0, 450.0, 350.0, 500.0, 350.0]),
        "{blue:?}"
    );
    // A dot is a round-capped line of no length, as wide as the dot.
    let dot = lines
        .iter()
        .find(|l| l.fill == "#00ff00")
        .expect("a dot (X11 green)");
    assert_eq!(dot.width, 20.0);
    assert!(close(&dot.coords, &[500.0, 250.0, 500.0, 250.0]));
    // The first stamp was cleared, the second stays: two blue turtle shapes (stamp + turtle).
    let blue_turtles = shapes(&scene, Shape::Polygon)
        .into_iter()
        .filter(|p| p.fill == "#0000ff")
        .count();
    assert_eq!(blue_turtles, 2);
}

#[test]
fn ontimer_runs_from_done_and_bound_keys_let_done_return() {
    let (outcome, host) = run(
        r##"
import turtle
t = turtle.Turtle()
t.speed(0)
moves = []

def move():
    t.forward(10)
    moves.append(t.xcor())
    if len(moves) < 3:
        turtle.ontimer(move, 100)

turtle.onkey(lambda: t.left(90), "Left")
turtle.onscreenclick(lambda x, y: t.goto(x, y))
turtle.listen()
turtle.ontimer(move, 100)
turtle.done()
print(moves)
"##,
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "[10.0, 20.0, 30.0]\n");
    let lines = shapes(&host.scene(), Shape::Line);
    assert!(
        close(
            &lines[0].coords,
            &[300.0, 250.0, 310.0, 250.0, 320.0, 250.0, 330.0, 250.0]
        ),
        "{lines:?}"
    );
}

#[test]
fn textinput_and_numinput_ask_in_the_console() {
    let (outcome, host) = run(
        "import turtle\nname = turtle.textinput('Name', 'Your name?')\n\
         n = turtle.numinput('Sides', 'How many?', 5, minval=3, maxval=10)\nprint(name, n)\n",
        &["Ada", "6"],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "Name: Your name? Sides: How many? Ada 6.0\n");
}

#[test]
fn bye_closes_the_window_and_the_drawing_stays() {
    let (outcome, host) = run(
        "import turtle\nturtle.forward(50)\nturtle.bye()\nprint('bye')\n",
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "bye\n");
    assert_eq!(shapes(&host.scene(), Shape::Line).len(), 1);
}

/// 3,600 segments of a spirograph, each its own colour (so its own line item), drawn with
/// tracer(0) and shown with one update(). The time is printed (run with --nocapture); the
/// bound is loose, for debug builds on slow machines.
#[test]
fn a_spirograph_with_tracer_0_is_quick() {
    let mut engine = Engine::new();
    engine.warm_up().unwrap();
    let host = TestHost::with_input(&[]);
    let start = std::time::Instant::now();
    ok(&engine.run("import turtle\n", host.clone()), &host);
    let import = start.elapsed();
    let host = TestHost::with_input(&[]);
    let start = std::time::Instant::now();
    let outcome = engine.run(
        r##"
import turtle
turtle.tracer(0)
t = turtle.Turtle()
t.hideturtle()
colors = ["red", "orange", "yellow", "green", "blue", "purple"]
for i in range(3600):
    t.pencolor(colors[i % 6])
    t.forward(i / 20)
    t.left(59)
turtle.update()
"##,
        host.clone(),
    );
    let elapsed = start.elapsed();
    ok(&outcome, &host);
    eprintln!(
        "turtle import (fresh each run): {import:?}; tracer(0) spirograph, 3600 segments: {elapsed:?}"
    );
    assert_eq!(shapes(&host.scene(), Shape::Line).len(), 3600);
    assert!(
        host.drawn.borrow().len() <= 3,
        "{}",
        host.drawn.borrow().len()
    );
    assert!(elapsed.as_secs_f64() < 10.0, "{elapsed:?}");
}

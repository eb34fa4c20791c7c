//! The drawing check: a learner's drawing is compared with the reference program's, and a
//! difference is said in words; an animation that never ends is checked on a frame it reached.

use pyplay_checks::{Failure, all_passed, run_checks};
use pyplay_engine::Engine;
use pyplay_lessons::Check;

fn drawing(solution: &str) -> Check {
    Check::Drawing {
        solution: solution.into(),
    }
}

fn message(source: &str, check: &Check) -> Option<String> {
    let results = run_checks(&mut Engine::new(), source, std::slice::from_ref(check));
    match &results[0].failure {
        None => None,
        Some(Failure::Output { .. }) => panic!("{results:?}"),
        // pyplay's English, as a learner sees it in English.
        Some(failure) => Some(failure.to_string()),
    }
}

const CANVAS: &str = "from tkinter import Tk, Canvas\nroot = Tk()\nc = Canvas(root, width=200, height=200)\nc.pack()\n";

#[test]
fn the_same_square_drawn_another_way_passes_and_three_sides_do_not() {
    let check = drawing(&format!(
        "{CANVAS}c.create_line(10, 10, 110, 10, 110, 110, 10, 110, 10, 10)\nroot.update()\n"
    ));
    let backwards = format!(
        "{CANVAS}for a, b, x, y in [(10, 10, 10, 110), (10, 110, 110, 110), (110, 110, 110, 10), (110, 10, 10, 10)]:\n    c.create_line(a, b, x, y)\nroot.update()\n"
    );
    assert_eq!(message(&backwards, &check), None);
    let three =
        format!("{CANVAS}c.create_line(10, 10, 110, 10, 110, 110, 10, 110)\nroot.update()\n");
    assert!(message(&three, &check).unwrap().contains("missing"));
    let blue = format!(
        "{CANVAS}c.create_line(10, 10, 110, 10, 110, 110, 10, 110, 10, 10, fill='blue')\nroot.update()\n"
    );
    assert_eq!(
        message(&blue, &check).unwrap(),
        "Your lines are in the right places, but some are #0000ff where the exercise's are #000000."
    );
    let broken = format!("{CANVAS}c.create_line(10, 10, 110, 10, fill='bleu')\n");
    assert!(message(&broken, &check).unwrap().contains("TclError"));
}

#[test]
fn an_animation_without_end_is_checked_on_the_frame_it_reached() {
    // ColorWall-style: redraw forever without sleeping; the check's clock moves a frame per
    // update, and both programs stop at the same frame.
    let forever = format!(
        "{CANVAS}import time\nstart = time.time()\ni = 0\nwhile True:\n    c.delete('all')\n    c.create_rectangle(0, 0, 50, 50, fill=['red', 'blue'][i % 2])\n    i += 1\n    c.update()\n"
    );
    assert_eq!(message(&forever, &drawing(&forever)), None);
    let five_seconds = format!(
        "{CANVAS}import time\nstart = time.time()\nwhile time.time() - start < 5:\n    c.delete('all')\n    c.create_rectangle(0, 0, 50, 50, fill='red')\n    c.update()\nprint('done')\n"
    );
    let results = run_checks(&mut Engine::new(), &five_seconds, &[drawing(&five_seconds)]);
    assert!(all_passed(&results), "{results:?}");
    // A loop that only watches the clock (nothing drawn, no sleep) ends too.
    let watching = format!(
        "{CANVAS}import time\nstart = time.time()\nwhile time.time() - start < 5:\n    pass\nc.create_oval(0, 0, 9, 9, fill='red')\n"
    );
    let results = run_checks(&mut Engine::new(), &watching, &[drawing(&watching)]);
    assert!(all_passed(&results), "{results:?}");
}

#[test]
fn a_turtle_drawing_is_compared_without_the_turtle_itself() {
    let square = "import turtle\nt = turtle.Turtle()\nfor _ in range(4):\n    t.forward(100)\n    t.left(90)\n";
    let check = drawing(square);
    // Same square, but the turtle ends facing another way, or hidden.
    assert_eq!(message(&format!("{square}t.left(45)\n"), &check), None);
    assert_eq!(message(&format!("{square}t.hideturtle()\n"), &check), None);
    let three = "import turtle\nt = turtle.Turtle()\nfor _ in range(3):\n    t.forward(100)\n    t.left(90)\n";
    assert!(message(three, &check).unwrap().contains("missing"));
}

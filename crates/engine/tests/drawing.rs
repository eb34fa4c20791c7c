//! Drawings reach the host: pyplay's tkinter hands Canvas changes to `_pyplay.draw`, in order
//! with printed text.

mod common;

use common::run;
use pyplay_drawing::{Op, Shape};
use pyplay_engine::Outcome;

#[test]
fn the_bridge_reads_ops_shaped_like_the_drawing_crates() {
    let (outcome, host) = run(
        r##"
import _pyplay
_pyplay.draw([{"op": "window", "width": 200, "height": 100, "background": "#ffffff"},
              {"op": "put", "id": 1, "shape": "rectangle", "coords": [0, 0, 10, 10.5], "fill": "#ff0000"}])
print("between")
_pyplay.draw([{"op": "delete", "ids": [1]}])
"##,
        &[],
    );
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    let drawn = host.drawn.borrow();
    assert_eq!(drawn.len(), 2);
    let Op::Put(item) = &drawn[0][1] else {
        panic!("{:?}", drawn[0])
    };
    assert_eq!(
        (item.shape, item.coords.as_slice()),
        (Shape::Rectangle, &[0.0, 0.0, 10.0, 10.5][..])
    );
    assert_eq!(drawn[1], [Op::Delete { ids: vec![1] }]);
}

#[test]
fn an_op_that_does_not_fit_is_a_value_error_naming_it() {
    let (outcome, host) = run(
        "import _pyplay\n_pyplay.draw([{'op': 'put', 'id': 1, 'shape': 'hexagon', 'coords': []}])\n",
        &[],
    );
    assert!(
        matches!(outcome, Outcome::Error(ref e) if e.kind == "ValueError"),
        "{outcome:?}"
    );
    assert!(host.stderr().contains("hexagon"), "{}", host.stderr());
}

#[test]
fn events_reach_the_program_as_dicts() {
    use pyplay_drawing::{Event, MouseAction};
    let host = common::TestHost::with_input(&[]);
    host.events.borrow_mut().push_back(vec![
        Event::Key {
            down: true,
            keysym: "Left".into(),
            char: String::new(),
        },
        Event::Mouse {
            action: MouseAction::Press,
            button: 1,
            x: 10.0,
            y: 20.5,
        },
    ]);
    let outcome = pyplay_engine::Engine::new().run(
        "import _pyplay\nfor e in _pyplay.events(0.5):\n    print(sorted(e.items()))\nprint(_pyplay.events(0.25))\n",
        host.clone(),
    );
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(
        host.stdout(),
        "[('char', ''), ('down', True), ('keysym', 'Left'), ('type', 'key')]\n\
         [('action', 'press'), ('button', 1), ('type', 'mouse'), ('x', 10.0), ('y', 20.5)]\n\
         None\n"
    );
    assert_eq!(*host.event_waits.borrow(), [0.5, 0.25]);
    assert!(host.slept.borrow().is_empty(), "nothing can come: no wait");
}

fn key(keysym: &str, down: bool) -> pyplay_drawing::Event {
    pyplay_drawing::Event::Key {
        down,
        keysym: keysym.into(),
        char: String::new(),
    }
}

#[test]
fn mainloop_hands_keys_and_clicks_to_the_bound_handlers() {
    use pyplay_drawing::{Event, MouseAction};
    let host = common::TestHost::with_input(&[]);
    host.events.borrow_mut().extend([
        vec![key("Right", true), key("Right", false)],
        vec![Event::Mouse {
            action: MouseAction::Press,
            button: 1,
            x: 25.0,
            y: 15.0,
        }],
    ]);
    let outcome = pyplay_engine::Engine::new().run(
        r#"
from tkinter import Tk, Canvas
root = Tk()
c = Canvas(root, width=100, height=100)
c.pack()
box = c.create_rectangle(10, 10, 20, 20, fill="red")
def right(event):
    print("key", event.keysym, event.type)
    c.move(box, 10, 0)
def clicked(event):
    print("clicked the box at", event.x, event.y)
c.bind("<KeyPress-Right>", right)
c.tag_bind(box, "<Button-1>", clicked)
root.mainloop()
print("mainloop ended")
"#,
        host.clone(),
    );
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(
        host.stdout(),
        "key Right 2\nclicked the box at 25 15\nmainloop ended\n"
    );
    let scene = host.scene();
    let item = scene.items().next().unwrap();
    assert_eq!(
        item.coords,
        [20.0, 10.0, 30.0, 20.0],
        "the key moved the box"
    );
}

#[test]
fn turtle_onkey_steers_the_turtle() {
    let host = common::TestHost::with_input(&[]);
    host.events
        .borrow_mut()
        .push_back(vec![key("Up", true), key("Up", false)]);
    let outcome = pyplay_engine::Engine::new().run(
        "import turtle\nt = turtle.Turtle()\nscreen = turtle.Screen()\ndef up():\n    t.forward(50)\n    print(t.position())\nscreen.onkey(up, 'Up')\nscreen.listen()\nturtle.done()\nprint('done')\n",
        host.clone(),
    );
    assert_eq!(outcome, Outcome::Exited(0), "{}", host.stderr());
    assert_eq!(host.stdout(), "(50.00,0.00)\ndone\n");
}

#[test]
fn dragging_and_turtle_clicks_arrive_where_the_mouse_was() {
    use pyplay_drawing::{Event, MouseAction};
    let mouse = |action, button, x, y| Event::Mouse {
        action,
        button,
        x,
        y,
    };
    let host = common::TestHost::with_input(&[]);
    host.events.borrow_mut().extend([vec![
        mouse(MouseAction::Press, 1, 10.0, 10.0),
        mouse(MouseAction::Move, 1, 20.0, 15.0),
        mouse(MouseAction::Move, 0, 30.0, 15.0),
        mouse(MouseAction::Release, 1, 30.0, 15.0),
    ]]);
    let outcome = pyplay_engine::Engine::new().run(
        "from tkinter import Tk, Canvas\nroot = Tk()\nc = Canvas(root, width=100, height=100)\nc.pack()\n\
         c.bind('<B1-Motion>', lambda e: print('drag', e.x, e.y))\n\
         c.bind('<Motion>', lambda e: print('move', e.x, e.y))\n\
         c.bind('<ButtonRelease-1>', lambda e: print('release', e.num))\nroot.mainloop()\n",
        host.clone(),
    );
    common::ok(&outcome, &host);
    assert_eq!(host.stdout(), "drag 20 15\nmove 30 15\nrelease 1\n");

    // Turtle's screen.onclick gets turtle coordinates: its window is 600×500, (0, 0) in the
    // middle, y up.
    let host = common::TestHost::with_input(&[]);
    host.events
        .borrow_mut()
        .push_back(vec![mouse(MouseAction::Press, 1, 350.0, 200.0)]);
    let outcome = pyplay_engine::Engine::new().run(
        "import turtle\nscreen = turtle.Screen()\nscreen.onclick(lambda x, y: print('click', x, y))\nturtle.done()\n",
        host.clone(),
    );
    common::ok(&outcome, &host);
    assert_eq!(host.stdout(), "click 50.0 50.0\n");
}

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

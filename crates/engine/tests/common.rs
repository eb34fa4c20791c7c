//! A host for tests: scripted input lines, recorded output, a fake clock that sleep advances.
#![allow(dead_code)] // each test file uses a part

use pyplay_engine::{Engine, Host, Outcome, Stream};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Default)]
pub struct TestHost {
    /// Every write in order, with its stream.
    pub writes: RefCell<Vec<(Stream, String)>>,
    pub input: RefCell<VecDeque<String>>,
    /// Seconds since the epoch; sleep advances it.
    pub clock: Cell<f64>,
    pub slept: RefCell<Vec<f64>>,
    /// When set, read_line fails with this reason.
    pub input_unavailable: Option<String>,
    /// Every batch of drawing changes, in order (see `scene`).
    pub drawn: RefCell<Vec<Vec<pyplay_drawing::Op>>>,
    /// What each call to `events` gets, in order (then None: no more can come); waits are
    /// recorded.
    pub events: RefCell<VecDeque<Vec<pyplay_drawing::Event>>>,
    pub event_waits: RefCell<Vec<f64>>,
}

impl TestHost {
    pub fn with_input(lines: &[&str]) -> Rc<Self> {
        let host = Self {
            clock: Cell::new(1_000_000_000.0),
            ..Self::default()
        };
        host.input
            .borrow_mut()
            .extend(lines.iter().map(|l| l.to_string()));
        Rc::new(host)
    }

    pub fn stream(&self, stream: Stream) -> String {
        self.writes
            .borrow()
            .iter()
            .filter(|(s, _)| *s == stream)
            .map(|(_, t)| t.as_str())
            .collect()
    }

    pub fn stdout(&self) -> String {
        self.stream(Stream::Stdout)
    }

    pub fn stderr(&self) -> String {
        self.stream(Stream::Stderr)
    }

    /// The drawing as the program left it.
    pub fn scene(&self) -> pyplay_drawing::Scene {
        let mut scene = pyplay_drawing::Scene::new();
        for batch in self.drawn.borrow().iter() {
            scene.apply_all(batch);
        }
        scene
    }
}

impl Host for TestHost {
    fn write(&self, stream: Stream, text: &str) {
        self.writes.borrow_mut().push((stream, text.to_owned()));
    }

    fn read_line(&self) -> Result<Option<String>, String> {
        match &self.input_unavailable {
            Some(why) => Err(why.clone()),
            None => Ok(self.input.borrow_mut().pop_front()),
        }
    }

    fn sleep(&self, seconds: f64) {
        self.slept.borrow_mut().push(seconds);
        self.clock.set(self.clock.get() + seconds);
    }

    fn time(&self) -> f64 {
        self.clock.get()
    }

    fn monotonic(&self) -> f64 {
        self.clock.get() - 1_000_000_000.0
    }

    fn draw(&self, ops: Vec<pyplay_drawing::Op>) {
        self.drawn.borrow_mut().push(ops);
    }

    fn events(&self, wait: f64) -> Result<Option<Vec<pyplay_drawing::Event>>, String> {
        self.event_waits.borrow_mut().push(wait);
        match self.events.borrow_mut().pop_front() {
            Some(events) => Ok(Some(events)),
            None => Ok(None),
        }
    }
}

/// Runs `source` on a fresh engine with the given input lines.
pub fn run(source: &str, input: &[&str]) -> (Outcome, Rc<TestHost>) {
    let host = TestHost::with_input(input);
    let outcome = Engine::new().run(source, host.clone());
    (outcome, host)
}

/// Asserts the program ran to the end, showing what it wrote if not.
pub fn ok(outcome: &Outcome, host: &TestHost) {
    assert_eq!(
        *outcome,
        Outcome::Exited(0),
        "stdout:\n{}\nstderr:\n{}",
        host.stdout(),
        host.stderr()
    );
}

/// The drawing's window as the program left it: width, height, background, title.
pub fn window(host: &TestHost) -> (f64, f64, String, String) {
    let window = host.scene().window.expect("a window op");
    (window.width, window.height, window.background, window.title)
}

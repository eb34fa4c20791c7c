//! pyplay's own `matplotlib.pyplot` (crates/engine/py/matplotlib): golden tests of the figure
//! model (format strings, tick choice, autoscaling), the drawing it sends to the page, SVG
//! files, and errors worded like matplotlib's with an explanation. (The comparison with real
//! matplotlib is tests/pyplot_vs_matplotlib.rs.)

mod common;

use common::{TestHost, ok, run};
use pyplay_drawing::{Op, Shape};
use pyplay_engine::{Engine, Outcome};

/// Runs `source` and returns what it printed (it must end well).
fn printed(source: &str) -> String {
    let (outcome, host) = run(source, &[]);
    ok(&outcome, &host);
    host.stdout()
}

#[test]
fn format_strings_read_as_matplotlib_reads_them() {
    let out = printed(
        "from matplotlib.axes import _process_plot_format as f\n\
         for fmt in ['o', 'o-', 'ro', 'r--', 'g^', 'b:', 'k-.', 'm1-', 'C2--', '--', 's', \
         'red', '0.5', '#ff8800', '1', 'wD']:\n\
         \x20   print(repr(fmt), f(fmt))\n\
         for bad in ['q', 'o-r--', 'rg', 'oo', 'C']:\n\
         \x20   try:\n\
         \x20       f(bad)\n\
         \x20   except ValueError as e:\n\
         \x20       print(e)\n",
    );
    assert_eq!(
        out,
        "'o' ('None', 'o', None)\n\
         'o-' ('-', 'o', None)\n\
         'ro' ('None', 'o', 'r')\n\
         'r--' ('--', 'None', 'r')\n\
         'g^' ('None', '^', 'g')\n\
         'b:' (':', 'None', 'b')\n\
         'k-.' ('-.', 'None', 'k')\n\
         'm1-' ('-', '1', 'm')\n\
         'C2--' ('--', 'None', (0.17254901960784313, 0.6274509803921569, 0.17254901960784313, 1.0))\n\
         '--' ('--', 'None', None)\n\
         's' ('None', 's', None)\n\
         'red' (None, None, (1.0, 0.0, 0.0, 1.0))\n\
         '0.5' (None, None, (0.5, 0.5, 0.5, 1.0))\n\
         '#ff8800' (None, None, (1.0, 0.5333333333333333, 0.0, 1.0))\n\
         '1' ('None', '1', None)\n\
         'wD' ('None', 'D', 'w')\n\
         'q' is not a valid format string (unrecognized character 'q')\n\
         'o-r--' is not a valid format string (two linestyle symbols)\n\
         'rg' is not a valid format string (two color symbols)\n\
         'oo' is not a valid format string (two marker symbols)\n\
         'C' is not a valid format string ('C' must be followed by a number)\n"
    );
}

#[test]
fn ticks_are_matplotlibs_auto_ticks() {
    // Expected: what matplotlib 3.11's AutoLocator gives without an axis (9 bins).
    let out = printed(
        "from matplotlib.ticker import AutoLocator\n\
         loc = AutoLocator()\n\
         for low, high in [(0, 1), (-0.2, 4.2), (1947, 2013), (0.95, 1.05), (-3e-6, 7e-6), \
         (0, 37)]:\n\
         \x20   print([round(t, 12) for t in loc.tick_values(low, high)])\n",
    );
    assert_eq!(
        out,
        "[0.0, 0.2, 0.4, 0.6, 0.8, 1.0]\n\
         [-0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5]\n\
         [1940.0, 1950.0, 1960.0, 1970.0, 1980.0, 1990.0, 2000.0, 2010.0, 2020.0]\n\
         [0.94, 0.96, 0.98, 1.0, 1.02, 1.04, 1.06]\n\
         [-4e-06, -2e-06, 0.0, 2e-06, 4e-06, 6e-06, 8e-06]\n\
         [0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0]\n"
    );
}

#[test]
fn labels_use_offsets_powers_of_ten_and_real_minus_signs() {
    // Expected: matplotlib 3.11's labels for these three plots side by side (ticks outside
    // the view are labelled too).
    let out = printed(
        "import matplotlib.pyplot as plt\n\
         fig, (a, b, c) = plt.subplots(1, 3)\n\
         a.plot([1950, 2020], [2.5e9, 7.8e9])\n\
         b.plot([100000, 100003], [-2, 1])\n\
         c.plot([0, 1], [0.5, 0.75])\n\
         fig.canvas.draw()\n\
         for ax in (a, b, c):\n\
         \x20   for axis in (ax.xaxis, ax.yaxis):\n\
         \x20       print([t.get_text() for t in axis.get_ticklabels()], \
         repr(axis.get_offset_text().get_text()))\n",
    );
    assert_eq!(
        out,
        "['1900', '1950', '2000', '2050'] ''\n\
         ['2', '3', '4', '5', '6', '7', '8', '9'] '1e9'\n\
         ['−2', '0', '2', '4'] '+1e5'\n\
         ['−2.5', '−2.0', '−1.5', '−1.0', '−0.5', '0.0', '0.5', '1.0', '1.5'] ''\n\
         ['−0.5', '0.0', '0.5', '1.0', '1.5'] ''\n\
         ['0.45', '0.50', '0.55', '0.60', '0.65', '0.70', '0.75', '0.80'] ''\n"
    );
}

#[test]
fn limits_have_margins_and_bars_keep_their_base_at_zero() {
    // Expected: matplotlib 3.11's limits (x then y).
    let out = printed(
        "import matplotlib.pyplot as plt\n\
         def limits():\n\
         \x20   print([round(v, 12) for v in plt.xlim() + plt.ylim()])\n\
         plt.plot([1, 2, 3], [10, 20, 15])\n\
         limits()\n\
         plt.figure()\n\
         plt.bar([1, 2, 3], [10, 20, 15])\n\
         limits()\n\
         plt.figure()\n\
         plt.plot([4], [4])\n\
         limits()\n\
         plt.figure()\n\
         plt.plot([0, 10], [0, 1])\n\
         plt.xlim(2, 8)\n\
         plt.plot([20], [5])\n\
         limits()\n",
    );
    assert_eq!(
        out,
        "[0.9, 3.1, 9.5, 20.5]\n\
         [0.46, 3.54, 0.0, 21.0]\n\
         [3.78, 4.22, 3.78, 4.22]\n\
         [2.0, 8.0, -0.25, 5.25]\n"
    );
}

#[test]
fn strings_are_categories_and_numbers_in_strings_get_a_note() {
    let (outcome, host) = run(
        "import matplotlib.pyplot as plt\n\
         plt.plot(['1990', '2000', '1995'], ['5', '12', '3'])\n\
         plt.plot(['2005'], ['40'])\n\
         print(plt.gca().get_xticks(), [t.get_text() for t in plt.gca().get_xticklabels()])\n",
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(
        host.stdout(),
        "[0, 1, 2, 3] ['1990', '2000', '1995', '2005']\n"
    );
    let note = host.stderr();
    assert_eq!(note.matches("Note:").count(), 1, "{note}");
    assert!(note.contains("look like numbers"), "{note}");
    assert!(note.contains("float("), "{note}");
}

/// The drawing ops the program sent, flattened.
fn ops(host: &TestHost) -> Vec<Op> {
    host.drawn.borrow().iter().flatten().cloned().collect()
}

#[test]
fn show_draws_the_figure_at_100_dpi_and_describes_it() {
    let (outcome, host) = run(
        "from matplotlib import pyplot\n\
         pyplot.plot([1950, 1980, 2010], [2.5, 4.4, 6.9], 'mo-', label='World')\n\
         pyplot.plot([1950, 1980, 2010], [1.0, 2.0, 3.0], label='Asia')\n\
         pyplot.legend(loc='upper left')\n\
         pyplot.title('Population')\n\
         pyplot.xlabel('Year')\n\
         pyplot.ylabel('People (billions)')\n\
         pyplot.show()\n\
         print(pyplot.get_fignums())\n",
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(host.stdout(), "[]\n", "show() closes the figures it drew");
    let scene = host.scene();
    let window = scene.window.clone().expect("a window");
    assert_eq!((window.width, window.height), (640.0, 480.0));
    assert_eq!(window.title, "Figure 1");
    assert_eq!(
        scene.describe(),
        "Drawing, 640 by 480: Figure 1: a line plot titled \"Population\", x axis \"Year\", \
         y axis \"People (billions)\", legend: World, Asia."
    );
    let texts: Vec<&str> = scene
        .items()
        .filter(|item| item.shape == Shape::Text)
        .map(|item| item.text.as_str())
        .collect();
    for expected in [
        "Population",
        "Year",
        "People (billions)",
        "World",
        "Asia",
        "1960",
    ] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
    let ylabel = scene
        .items()
        .find(|item| item.text == "People (billions)")
        .expect("the y label");
    assert_eq!(ylabel.angle, 90.0, "the y label reads upwards");
    // The World line: magenta (#bf00bf), 1.5 points = 2.08 pixels wide, with 3 circles.
    let magenta: Vec<_> = scene
        .items()
        .filter(|item| item.fill == "#bf00bf")
        .collect();
    assert!(
        magenta
            .iter()
            .any(|item| item.shape == Shape::Line && (item.width - 2.0833).abs() < 0.01)
    );
    assert_eq!(
        magenta
            .iter()
            .filter(|item| item.shape == Shape::Oval)
            .count(),
        3 + 1,
        "three markers and the legend's"
    );
    // The axes box: 0.125..0.9 of 640 pixels across, 0.11..0.88 of 480 up.
    let frame = scene
        .items()
        .find(|item| item.shape == Shape::Rectangle && item.fill == "#ffffff" && item.id > 1)
        .expect("the axes background");
    assert_eq!(frame.coords, [80.0, 57.6, 576.0, 427.2]);
}

#[test]
fn figures_show_in_order_below_one_another_and_open_ones_show_at_the_end() {
    let (outcome, host) = run(
        "import matplotlib.pyplot as plt\n\
         plt.plot([1, 2])\n\
         plt.show()\n\
         plt.figure(figsize=(4, 3))\n\
         plt.bar(['a', 'b'], [3, 4])\n\
         plt.figure()\n\
         plt.pie([1, 2])\n",
        &[],
    );
    ok(&outcome, &host);
    let windows: Vec<(f64, f64)> = ops(&host)
        .iter()
        .filter_map(|op| match op {
            Op::Window { width, height, .. } => Some((*width, *height)),
            _ => None,
        })
        .collect();
    assert_eq!(windows, [(640.0, 480.0), (640.0, 780.0), (640.0, 1260.0)]);
    let description = host.scene().describe();
    // As in matplotlib, numbering starts again at 1 once every figure was closed (by show).
    assert!(
        description
            .contains("Figure 1: a line plot. Figure 1: a bar chart. Figure 2: a pie chart."),
        "{description}"
    );
}

#[test]
fn a_figure_saved_as_svg_is_a_file_the_program_can_read() {
    let host = TestHost::with_input(&[]);
    let mut engine = Engine::new();
    let outcome = engine.run(
        "import matplotlib.pyplot as plt\n\
         plt.plot([1, 2, 3], [1, 4, 9], 'r--')\n\
         plt.title('Squares & more')\n\
         plt.savefig('squares.svg')\n\
         print(open('squares.svg').read()[:40])\n\
         try:\n\
         \x20   plt.savefig('squares.png')\n\
         except ValueError as e:\n\
         \x20   print(e)\n",
        host.clone(),
    );
    ok(&outcome, &host);
    let svg =
        String::from_utf8(engine.read_file("squares.svg").unwrap().expect("the file")).unwrap();
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"480\"")
    );
    assert!(svg.contains(">Squares &amp; more</tspan>"), "{svg}");
    assert!(svg.contains("stroke=\"#ff0000\""), "the red line");
    assert!(svg.contains("stroke-dasharray="), "dashed");
    assert_eq!(
        host.stdout(),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" \n\
         Format 'png' is not supported by pyplay's matplotlib: savefig writes SVG only \
         (savefig(\"plot.svg\")). To get a PNG, use \"Save as PNG\" on the drawing.\n"
    );
}

/// The error a program ends with: (type, message, line, explanation).
fn error(source: &str) -> (String, String, u32, String, String) {
    let (outcome, host) = run(source, &[]);
    match outcome {
        Outcome::Error(e) => (
            e.kind,
            e.message,
            e.line,
            e.explanation.unwrap_or_default(),
            host.stderr(),
        ),
        other => panic!("expected an error, got {other:?}\n{}", host.stderr()),
    }
}

#[test]
fn mismatched_lists_fail_as_in_matplotlib_with_an_explanation() {
    let (kind, message, line, explanation, stderr) = error(
        "import matplotlib.pyplot as plt\n\
         years = [1990, 2000, 2010]\n\
         counts = [5, 8, 13, 21]\n\
         plt.plot(years, counts)\n",
    );
    assert_eq!(kind, "ValueError");
    assert_eq!(
        message,
        "x and y must have same first dimension, but have shapes (3,) and (4,)"
    );
    assert_eq!(line, 4);
    assert!(
        explanation.contains("x has 3 values and y has 4"),
        "{explanation}"
    );
    // The traceback ends at the learner's line, not inside pyplay's matplotlib.
    assert!(stderr.contains("line 4"), "{stderr}");
    assert!(!stderr.contains("matplotlib.axes"), "{stderr}");
}

#[test]
fn a_property_given_twice_names_both_spellings_as_matplotlib_does() {
    // lw then linewidth once said "Got both 'linewidth' and 'linewidth'".
    let (kind, message, line, _, _) =
        error("import matplotlib.pyplot as plt\nplt.plot([1], [2], lw=1, linewidth=2)\n");
    assert_eq!(
        (kind.as_str(), message.as_str(), line),
        (
            "TypeError",
            "Got both 'lw' and 'linewidth', which are aliases of one another",
            2
        )
    );
}

#[test]
fn bad_format_strings_colours_and_legend_places_are_explained() {
    let (_, message, _, explanation, _) =
        error("import matplotlib.pyplot as plt\nplt.plot([1, 2], [3, 4], 'q-')\n");
    assert_eq!(
        message,
        "'q-' is not a valid format string (unrecognized character 'q')"
    );
    assert!(explanation.contains("colour letter"), "{explanation}");
    let (_, message, _, explanation, _) =
        error("import matplotlib.pyplot as plt\nplt.plot([1, 2], color='bluish')\n");
    assert!(message.starts_with("'bluish' is not a valid value for color"));
    assert!(explanation.contains("'tab:blue'"), "{explanation}");
    let (_, message, _, explanation, _) = error(
        "import matplotlib.pyplot as plt\nplt.plot([1, 2], label='a')\n\
         plt.legend(loc='upper middle')\n",
    );
    assert_eq!(
        message,
        "'upper middle' is not a valid value for loc. Did you mean one of: 'upper left', \
         'upper right', 'upper center'?"
    );
    assert!(explanation.contains("'best'"), "{explanation}");
}

#[test]
fn what_pyplay_lacks_is_named_with_what_it_has() {
    let (kind, message, _, explanation, _) =
        error("import matplotlib.pyplot as plt\nplt.boxplot([1, 2, 3])\n");
    assert_eq!(kind, "AttributeError");
    assert!(
        message.starts_with("pyplay's matplotlib.pyplot has no boxplot(). It has: plot, scatter"),
        "{message}"
    );
    assert!(
        explanation.contains("can't run in the browser"),
        "{explanation}"
    );
    let (_, message, _, explanation, _) =
        error("import matplotlib.pyplot as plt\nplt.plto([1, 2, 3])\n");
    assert_eq!(
        message,
        "module 'matplotlib.pyplot' has no attribute 'plto'"
    );
    assert!(
        explanation.contains("`matplotlib.pyplot.plot`"),
        "{explanation}"
    );
    let (_, message, _, explanation, _) = error(
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.set_titel('Births')\n",
    );
    assert_eq!(message, "'Axes' object has no attribute 'set_titel'");
    assert!(explanation.contains("`.set_title`"), "{explanation}");
    let (kind, _, _, explanation, _) = error("import matplotlib.animation\n");
    assert_eq!(kind, "ModuleNotFoundError");
    assert!(
        explanation.contains("pyplay has its own small matplotlib")
            && !explanation.contains("can't install"),
        "{explanation}"
    );
}

#[test]
fn both_ways_of_importing_pyplot_work() {
    assert_eq!(
        printed(
            "import matplotlib.pyplot as plt\nfrom matplotlib import pyplot\n\
             import matplotlib\nprint(plt is pyplot, matplotlib.__version__)\n"
        ),
        "True 3.11.2\n"
    );
}

#[test]
fn warnings_point_at_the_learners_line() {
    let (outcome, host) = run(
        "import matplotlib.pyplot as plt\n\
         plt.plot([1, 2, 3])\n\
         plt.legend()\n\
         plt.plot([1, 2], [3, 4], 'r', color='blue')\n",
        &[],
    );
    ok(&outcome, &host);
    assert_eq!(
        host.stderr(),
        "main.py:3: UserWarning: No artists with labels found to put in legend.  Note that \
         artists whose label start with an underscore are ignored when legend() is called \
         with no argument.\n  plt.legend()\n\
         main.py:4: UserWarning: color is redundantly defined by the 'color' keyword argument \
         and the fmt string \"r\" (-> color=(1.0, 0.0, 0.0, 1.0)). The keyword argument will \
         take precedence.\n  plt.plot([1, 2], [3, 4], 'r', color='blue')\n"
    );
}

#[test]
fn a_tight_layout_makes_room_for_labels_as_matplotlib_does() {
    // matplotlib 3.11 gives left 0.0838, right 0.9646, bottom 0.1219, top 0.8576, wspace
    // 0.2439, hspace 0.5842 here; pyplay measures its own drawing, so it comes close.
    let out = printed(
        "import matplotlib.pyplot as plt\n\
         fig, axs = plt.subplots(2, 2)\n\
         for i, ax in enumerate(axs.flat):\n\
         \x20   ax.plot([0, 1000 * i + 1], [0, 3])\n\
         \x20   ax.set_title(f'title {i}')\n\
         \x20   ax.set_xlabel('x label')\n\
         \x20   ax.set_ylabel('y label')\n\
         fig.suptitle('Suptitle')\n\
         plt.tight_layout()\n\
         p = fig.subplotpars\n\
         print([round(v, 2) for v in (p.left, p.right, p.bottom, p.top, p.wspace, p.hspace)])\n",
    );
    assert_eq!(out, "[0.08, 0.97, 0.12, 0.86, 0.24, 0.56]\n");
}

#[test]
fn the_console_goes_on_with_a_figure_the_program_left_open() {
    use pyplay_engine::ConsoleOutcome;

    let host = TestHost::with_input(&[]);
    let mut engine = Engine::new();
    let outcome = engine.run(
        "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [2, 4, 3])\n",
        host.clone(),
    );
    ok(&outcome, &host);
    for line in ["plt.title('Added later')", "x = 1"] {
        let done = engine.console(line, host.clone());
        assert_eq!(
            done,
            ConsoleOutcome::Done(Outcome::Exited(0)),
            "{}",
            host.stderr()
        );
    }
    let scene = host.scene();
    assert_eq!(
        scene.describe(),
        "Drawing, 640 by 480: Figure 1: a line plot titled \"Added later\"."
    );
    // Redrawn once in place (the entry that changed nothing sent nothing).
    assert_eq!(host.drawn.borrow().len(), 2);
}

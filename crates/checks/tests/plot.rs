//! The plot check: a learner's matplotlib figures are compared with the reference program's
//! (kinds, titles, axis labels, legends, data; not colours or styles), and the first difference
//! is said in a beginner's words.

use pyplay_checks::{CheckTitle, Failure, run_checks};
use pyplay_engine::Engine;
use pyplay_lessons::Check;

fn message(source: &str, solution: &str) -> Option<String> {
    let check = Check::Plot {
        solution: solution.into(),
    };
    let results = run_checks(&mut Engine::new(), source, std::slice::from_ref(&check));
    assert_eq!(results[0].title, CheckTitle::Plot);
    assert_eq!(results[0].title.to_string(), "Plot");
    match &results[0].failure {
        None => None,
        Some(Failure::Output { .. }) => panic!("{results:?}"),
        // pyplay's English, as a learner sees it in English.
        Some(failure) => Some(failure.to_string()),
    }
}

const POPULATION: &str = "from matplotlib import pyplot\n\
    years = [1950, 1970, 1990]\n\
    pyplot.plot(years, [2.5, 3.7, 5.3], 'o-', label='World')\n\
    pyplot.legend(loc='upper left')\n\
    pyplot.title('Population')\n\
    pyplot.xlabel('Year')\n\
    pyplot.show()\n";

#[test]
fn the_same_plot_made_another_way_passes() {
    let other = "import matplotlib.pyplot as plt\n\
        fig, ax = plt.subplots()\n\
        ax.plot([1950, 1970, 1990], [2.5, 3.7, 5.3], color='red', marker='x', label='World')\n\
        ax.set_title('Population')\n\
        ax.set_xlabel('Year')\n\
        ax.legend()\n";
    assert_eq!(message(other, POPULATION), None);
}

#[test]
fn titles_in_any_language_are_compared_as_written() {
    let spanish = POPULATION.replace("'Population'", "'Población — 人口'");
    assert_eq!(message(&spanish, &spanish), None);
    assert_eq!(
        message(POPULATION, &spanish).as_deref(),
        Some("The plot's title should be \"Población — 人口\"; it is \"Population\".")
    );
}

#[test]
fn each_difference_is_said_in_words() {
    let cases = [
        (
            "print('no plot')\n",
            "The program doesn't plot anything yet: draw with pyplot (plot, bar, hist…) and show it with pyplot.show().",
        ),
        (
            &POPULATION.replace("pyplot.title('Population')\n", ""),
            "The plot has no title yet: it should be \"Population\" (pyplot.title(…)).",
        ),
        (
            &POPULATION.replace("'Year'", "'year'"),
            "The plot's x axis label should be \"Year\"; it is \"year\".",
        ),
        (
            &POPULATION.replace("pyplot.legend(loc='upper left')\n", ""),
            "The plot should have a legend (World): give each series a label= and call pyplot.legend().",
        ),
        (
            &POPULATION.replace("5.3]", "5.4]"),
            "In the plot, its data differs at point 3: it should be (1990, 5.3), not (1990, 5.4).",
        ),
        (
            &POPULATION
                .replace("pyplot.plot(", "pyplot.bar(")
                .replace(", 'o-'", ""),
            "The plot should be a line plot; it is a bar chart.",
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(
            message(source, POPULATION).as_deref(),
            Some(expected),
            "{source}"
        );
    }
}

#[test]
fn numbers_left_as_text_get_a_hint_and_a_crash_is_the_programs_error() {
    let solution = "import matplotlib.pyplot as plt\nplt.bar(['a', 'b'], [3, 5])\nplt.show()\n";
    let text = "import matplotlib.pyplot as plt\nplt.bar(['a', 'b'], ['3', '5'])\nplt.show()\n";
    let said = message(text, solution).unwrap();
    assert!(said.contains("float() or int()"), "{said:?}");
    let crash = "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [3, 5])\n";
    let said = message(crash, solution).unwrap();
    assert!(
        said.starts_with("Your program stopped with ValueError"),
        "{said:?}"
    );
}

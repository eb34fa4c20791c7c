"""What a program plotted, for a lesson's `plot` check (crates/checks): each figure it showed
(or left open) as its plots' kinds, titles, axis labels, legends and series, and a comparison
of a learner's plots with the reference program's that says, in a beginner's words, the first
thing that differs. Colours, sizes and styles are not compared: a plot that shows the same data
with the same words is right."""

import json
import math
import sys

from matplotlib import _render
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Wedge

# The line that carries the reference program's summary out of the engine (checks reads it).
MARKER = "\x00pyplay-plot:"


def figures():
    """The figures of this run, in the order they were shown (then those still open)."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return []
    shown = list(pyplot._shown)
    # Read from the registry: pyplot.figure(n) would also make each one the current figure.
    open_figures = [pyplot._figures[n] for n in pyplot.get_fignums()]
    return shown + [fig for fig in open_figures if fig not in shown]


def summary():
    return [[_axes(ax) for ax in fig.axes] for fig in figures()]


def print_summary():
    """Prints the summary for checks to read (the reference program's run). json.dumps keeps
    it ASCII, which lets checks quote it back into Python as a string literal with Rust's
    `{:?}` (which would write other characters in Rust's escapes, not Python's)."""
    print(MARKER + json.dumps(summary(), ensure_ascii=True))


def _axes(ax):
    legend = ax.get_legend()
    return {
        "kinds": _render.plot_kinds(ax),
        "title": ax.get_title(),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "legend": [t.get_text() for t in legend.get_texts()] if legend is not None else None,
        "series": _series(ax),
    }


def _series(ax):
    series = []
    for artist in ax._children:
        if isinstance(artist, Line2D):
            kind = "line" if artist.get_linestyle() != "None" else "points"
            points = list(zip(artist.get_xdata(), artist.get_ydata()))
            series.append({"kind": kind, "label": _label(artist), "points": _plain(points)})
        elif isinstance(artist, PathCollection):
            points = [tuple(p) for p in artist.get_offsets()]
            series.append({"kind": "points", "label": _label(artist), "points": _plain(points)})
    for container in ax.containers:
        horizontal = container.orientation == "horizontal"
        names = _categories(ax.yaxis if horizontal else ax.xaxis)
        # Heights given as text are categories of the other axis: say them as the text.
        values = _categories(ax.xaxis if horizontal else ax.yaxis)
        bars = []
        for bar, value in zip(container, container.datavalues or [None] * len(container)):
            if horizontal:
                where = bar.get_y() + bar.get_height() / 2
                value = bar.get_width() if value is None else value
            else:
                where = bar.get_x() + bar.get_width() / 2
                value = bar.get_height() if value is None else value
            bars.append((names.get(where, where), values.get(value, value)))
        series.append({"kind": "bars", "label": _label(container), "points": _plain(bars)})
    wedges = [a for a in ax._children if isinstance(a, Wedge)]
    if wedges:
        total = sum(w.theta2 - w.theta1 for w in wedges) or 1
        shares = [(i, (w.theta2 - w.theta1) / total) for i, w in enumerate(wedges)]
        series.append({"kind": "pie", "label": None, "points": _plain(shares)})
    return series


def _label(artist):
    label = artist.get_label()
    return None if label is None or str(label).startswith("_") else str(label)


def _categories(axis):
    units = getattr(axis, "units", None)
    return {value: name for name, value in getattr(units, "_mapping", {}).items()}


def _plain(points):
    """Numbers as floats (so 2 and 2.0 agree), strings as they are."""
    return [[v if isinstance(v, str) else float(v) for v in point] for point in points]


# -- the comparison -------------------------------------------------------------------------


class PlotMismatch(AssertionError):
    pass


def compare(expected_json):
    """Raises an AssertionError saying what differs from the reference program's plots."""
    expected = json.loads(expected_json)
    actual = summary()
    problem = _first_difference(expected, actual)
    if problem:
        raise PlotMismatch(problem)


def _first_difference(expected, actual):
    if expected and not actual:
        return (
            "The program doesn't plot anything yet: draw with pyplot (plot, bar, hist…) and "
            "show it with pyplot.show()."
        )
    if len(actual) != len(expected):
        return f"The program should make {_count(len(expected), 'figure')}; it makes {len(actual)}."
    for f, (want_fig, got_fig) in enumerate(zip(expected, actual), 1):
        if len(got_fig) != len(want_fig):
            return (
                f"{_figure(f, len(expected))} should have {_count(len(want_fig), 'plot')}; "
                f"it has {len(got_fig)}."
            )
        for p, (want, got) in enumerate(zip(want_fig, got_fig), 1):
            where = _plot(f, len(expected), p, len(want_fig))
            problem = _axes_difference(where, want, got)
            if problem:
                return problem
    return None


def _axes_difference(where, want, got):
    if want["kinds"] != got["kinds"]:
        return f"{where} should be {_kinds(want['kinds'])}; it is {_kinds(got['kinds'])}."
    for key, words, call in (
        ("title", "title", "title"),
        ("xlabel", "x axis label", "xlabel"),
        ("ylabel", "y axis label", "ylabel"),
    ):
        if want[key] != got[key]:
            if not got[key]:
                return f'{where} has no {words} yet: it should be "{want[key]}" (pyplot.{call}(…)).'
            if not want[key]:
                return f'{where} should have no {words}; it has "{got[key]}".'
            return f'{where}\'s {words} should be "{want[key]}"; it is "{got[key]}".'
    if want["legend"] != got["legend"]:
        if got["legend"] is None:
            return (
                f"{where} should have a legend ({', '.join(want['legend'])}): give each series a "
                "label= and call pyplot.legend()."
            )
        if want["legend"] is None:
            return f"{where} should have no legend."
        return (
            f"{where}'s legend should say {', '.join(want['legend'])}; "
            f"it says {', '.join(got['legend']) or 'nothing'}."
        )
    if len(want["series"]) != len(got["series"]):
        return (
            f"{where} should show {_count(len(want['series']), 'series', 'series')}; "
            f"it shows {len(got['series'])}."
        )
    for s, (want_s, got_s) in enumerate(zip(want["series"], got["series"]), 1):
        name = f"series {s}" if len(want["series"]) > 1 else "its data"
        problem = _series_difference(where, name, want_s, got_s)
        if problem:
            return problem
    return None


def _series_difference(where, name, want, got):
    where = "the" + where[3:] if where.startswith("The ") else where
    if want["kind"] != got["kind"]:
        return f"In {where}, {name} should be {_SERIES[want['kind']]}; it is {_SERIES[got['kind']]}."
    if want["label"] != got["label"] and want["label"] is not None:
        return f'In {where}, {name} should be labelled "{want["label"]}"; it is labelled "{got["label"] or ""}".'
    wanted, had = want["points"], got["points"]
    if len(wanted) != len(had):
        return (
            f"In {where}, {name} should have {_count(len(wanted), _UNIT[want['kind']])}; "
            f"it has {len(had)}."
        )
    for i, (a, b) in enumerate(zip(wanted, had)):
        if not _same(a, b):
            return (
                f"In {where}, {name} differs at {_UNIT[want['kind']]} {i + 1}: it should be "
                f"{_point(a, want['kind'])}, not {_point(b, want['kind'])}."
                + _hint(a, b)
            )
    return None


def _same(a, b):
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if isinstance(x, str) or isinstance(y, str):
            if x != y:
                return False
        elif not math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9):
            return False
    return True


def _hint(want, got):
    if any(isinstance(g, str) and not isinstance(w, str) for w, g in zip(want, got)):
        return " (Numbers read from a file are text until float() or int() turns them into numbers.)"
    return ""


_SERIES = {"line": "a line", "points": "points (no line)", "bars": "bars", "pie": "a pie"}
_UNIT = {"line": "point", "points": "point", "bars": "bar", "pie": "slice"}


def _point(point, kind):
    shown = [f'"{v}"' if isinstance(v, str) else _number(v) for v in point]
    if kind == "pie":
        return f"{round(point[1] * 100, 1):g}%"
    if kind == "bars":
        return f"{shown[1]} at {shown[0]}"
    return "(" + ", ".join(str(v) for v in shown) + ")"


def _number(v):
    return int(v) if float(v).is_integer() else v


def _kinds(kinds):
    return ("a " + " and ".join(kinds)) if kinds else "empty"


def _count(n, one, many=None):
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _figure(f, figures):
    return f"Figure {f}" if figures > 1 else "The figure"


def _plot(f, figures, p, plots):
    if figures == 1 and plots == 1:
        return "The plot"
    if figures == 1:
        return f"Plot {p}"
    return f"Plot {p} of figure {f}" if plots > 1 else f"Figure {f}'s plot"

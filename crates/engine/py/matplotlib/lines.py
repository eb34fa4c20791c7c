"""Lines and their markers (`plot`, `axhline`, legend handles)."""

import matplotlib
from matplotlib import _util, colors
from matplotlib.artist import Artist

# matplotlib's line styles: short form to its drawing (see also `ls_mapper`).
lineStyles = {"-": "_draw_solid", "--": "_draw_dashed", "-.": "_draw_dash_dot",
              ":": "_draw_dotted", "None": "_draw_nothing", " ": "_draw_nothing",
              "": "_draw_nothing"}
ls_mapper = {"-": "solid", "--": "dashed", "-.": "dashdot", ":": "dotted"}
ls_mapper_r = {name: short for short, name in ls_mapper.items()}

# Every marker matplotlib has (pyplay draws all of them but the carets and ticks as
# approximations of the same shape).
lineMarkers = {
    ".": "point", ",": "pixel", "o": "circle", "v": "triangle_down", "^": "triangle_up",
    "<": "triangle_left", ">": "triangle_right", "1": "tri_down", "2": "tri_up",
    "3": "tri_left", "4": "tri_right", "8": "octagon", "s": "square", "p": "pentagon",
    "*": "star", "h": "hexagon1", "H": "hexagon2", "+": "plus", "x": "x", "D": "diamond",
    "d": "thin_diamond", "|": "vline", "_": "hline", "P": "plus_filled", "X": "x_filled",
    0: "tickleft", 1: "tickright", 2: "tickup", 3: "tickdown", 4: "caretleft",
    5: "caretright", 6: "caretup", 7: "caretdown", 8: "caretleftbase", 9: "caretrightbase",
    10: "caretupbase", 11: "caretdownbase", "None": "nothing", "none": "nothing",
    " ": "nothing", "": "nothing",
}
# Markers drawn as strokes only: their face is never filled.
UNFILLED_MARKERS = frozenset(("1", "2", "3", "4", "+", "x", "|", "_", ",", 0, 1, 2, 3))


def check_linestyle(ls):
    """A line style in matplotlib's short form ('-', '--', '-.', ':' or 'None'); a dash
    tuple (offset, (on, off, ...)) stays a tuple."""
    if isinstance(ls, str):
        if ls in (" ", "", "none"):
            ls = "None"
        valid = [*lineStyles, *ls_mapper_r]
        if ls not in valid:
            raise ValueError(_suggestion_message("ls", ls, valid))
        return ls_mapper_r.get(ls, ls)
    if (isinstance(ls, tuple) and len(ls) == 2
            and (ls[1] is None or all(isinstance(v, (int, float)) for v in ls[1]))):
        return ls
    raise ValueError(f"Unrecognized linestyle: {ls!r}")


def check_marker(marker):
    if marker is None:
        return "None"
    try:
        known = marker in lineMarkers
    except TypeError:
        known = False
    if not known:
        raise ValueError(f"Unrecognized marker style {marker!r}")
    return "None" if lineMarkers[marker] == "nothing" else marker


def _suggestion_message(name, value, values):
    """matplotlib's "'dashy' is not a valid value for ls. Did you mean one of: …?"."""
    import difflib

    if len(values) > 5 and all(isinstance(v, str) for v in [value, *values]):
        best = difflib.get_close_matches(value, values, cutoff=0.5)
        if not best:
            suggestion = ""
        elif len(best) == 1:
            suggestion = f" Did you mean: {best[0]!r}?"
        else:
            suggestion = f" Did you mean one of: {', '.join(map(repr, best))}?"
    else:
        suggestion = f" Supported values are {', '.join(map(repr, values))}"
    return f"{value!r} is not a valid value for {name}.{suggestion}"


class Line2D(Artist):
    """A line through points, with optional markers at them."""

    zorder = 2
    _aliases = {"lw": "linewidth", "ls": "linestyle", "c": "color", "ms": "markersize",
                "mfc": "markerfacecolor", "mec": "markeredgecolor",
                "mew": "markeredgewidth", "aa": "antialiased", "ds": "drawstyle"}

    def __init__(self, xdata, ydata, *, linewidth=None, linestyle=None, color=None,
                 marker=None, markersize=None, markeredgewidth=None, markeredgecolor=None,
                 markerfacecolor=None, label="", **kwargs):
        super().__init__()
        rc = matplotlib.rcParams
        self._x = list(xdata)
        self._y = list(ydata)
        # Positions after categories were turned into numbers (set by Axes.add_line).
        self._x_num = self._x
        self._y_num = self._y
        self._transform = "data"  # or "yaxis"/"xaxis": axhline/axvline span the axes
        self.set_linewidth(rc["lines.linewidth"] if linewidth is None else linewidth)
        self.set_linestyle(rc["lines.linestyle"] if linestyle is None else linestyle)
        self.set_color(rc["lines.color"] if color is None else color)
        self.set_marker(rc["lines.marker"] if marker is None else marker)
        self.set_markersize(rc["lines.markersize"] if markersize is None else markersize)
        self.set_markeredgewidth(rc["lines.markeredgewidth"] if markeredgewidth is None
                                 else markeredgewidth)
        self._markeredgecolor = None
        self._markerfacecolor = None
        if markeredgecolor is not None:
            self.set_markeredgecolor(markeredgecolor)
        if markerfacecolor is not None:
            self.set_markerfacecolor(markerfacecolor)
        self.set_label(label)
        self.set(**kwargs)

    # -- data --
    def get_xdata(self, orig=True):
        return list(self._x if orig else self._x_num)

    def get_ydata(self, orig=True):
        return list(self._y if orig else self._y_num)

    def get_data(self, orig=True):
        return self.get_xdata(orig), self.get_ydata(orig)

    def get_xydata(self):
        return [(x, y) for x, y in zip(self._x_num, self._y_num)]

    def set_xdata(self, x):
        self._x = self._x_num = _util.as_values(x)

    def set_ydata(self, y):
        self._y = self._y_num = _util.as_values(y)

    def set_data(self, *args):
        x, y = args[0] if len(args) == 1 else args
        self.set_xdata(x)
        self.set_ydata(y)

    # -- style --
    def get_color(self):
        return self._color

    def set_color(self, color):
        colors._check_color(color)
        self._color = color

    def get_linewidth(self):
        return self._linewidth

    def set_linewidth(self, w):
        self._linewidth = float(_util.scalar(w, "linewidth"))

    def get_linestyle(self):
        return self._linestyle if isinstance(self._linestyle, str) else "--"

    def set_linestyle(self, ls):
        self._linestyle = check_linestyle(ls)

    def set_dashes(self, seq):
        self._linestyle = (0, tuple(seq)) if seq else "-"

    def get_marker(self):
        return self._marker

    def set_marker(self, marker):
        self._marker = check_marker(marker)

    def get_markersize(self):
        return self._markersize

    def set_markersize(self, sz):
        self._markersize = float(_util.scalar(sz, "markersize"))

    def get_markeredgewidth(self):
        return self._markeredgewidth

    def set_markeredgewidth(self, ew):
        self._markeredgewidth = float(_util.scalar(ew, "markeredgewidth"))

    def get_markeredgecolor(self):
        return self._color if self._markeredgecolor is None else self._markeredgecolor

    def set_markeredgecolor(self, ec):
        if ec is not None:
            colors._check_color(ec, "markeredgecolor")
        self._markeredgecolor = ec

    def get_markerfacecolor(self):
        if self._marker in UNFILLED_MARKERS:
            return "none"
        return self._color if self._markerfacecolor is None else self._markerfacecolor

    def set_markerfacecolor(self, fc):
        if fc is not None:
            colors._check_color(fc, "markerfacecolor")
        self._markerfacecolor = fc

    def set_antialiased(self, b):
        pass

    def set_drawstyle(self, drawstyle):
        if drawstyle not in (None, "default"):
            raise NotImplementedError("pyplay's matplotlib draws lines point to point only "
                                      "(drawstyle='default')")

    def set_solid_capstyle(self, s):
        pass

    def set_dash_capstyle(self, s):
        pass

    def set_solid_joinstyle(self, s):
        pass

    def set_fillstyle(self, fs):
        pass

    def set_transform(self, t):
        pass

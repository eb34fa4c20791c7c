"""pyplay's matplotlib: the part of matplotlib's `pyplot` a beginner plots with, in pure Python.

Real matplotlib needs numpy and compiled extensions, which the browser's Python can't load, so
pyplay ships its own, written to behave like matplotlib 3.11 where a learner can see it: the
same default colours, the same automatic axis limits, tick positions and tick labels (ported
from matplotlib's `ticker` and `Axes.autoscale_view`), strings plotted as categories, centred
bars, legend placement by `loc`, and the same error messages for the common mistakes.
`crates/engine/tests/pyplot_vs_matplotlib.rs` runs plotting scripts under both and compares
what they plotted.

The figure model (`figure.Figure` → `axes.Axes` → lines, patches, texts, legend; `axis.Axis`
for ticks) is kept apart from drawing: `pyplot.show()` hands each figure to `_render`, which
turns it into pyplay's drawing items (crates/drawing) for the page, or into SVG for `savefig`.

What is supported is listed in `pyplot.__doc__`; anything else raises an error saying so.
"""

# The matplotlib whose behaviour this package follows (the comparison test pins the same one).
__version__ = "3.11.2"

_BACKEND = "pyplay"


class _Cycler:
    """The default property cycle, as `rcParams["axes.prop_cycle"]`: colours only."""

    def __init__(self, colors):
        self._colors = list(colors)

    def by_key(self):
        return {"color": list(self._colors)}

    def __iter__(self):
        return iter([{"color": c} for c in self._colors])

    def __len__(self):
        return len(self._colors)

    def __repr__(self):
        return f"cycler('color', {self._colors!r})"


def cycler(color=None, **kwargs):
    """`cycler(color=[...])`, for `rcParams["axes.prop_cycle"]`; other properties can't cycle
    in pyplay's matplotlib."""
    if kwargs or color is None:
        raise NotImplementedError("pyplay's matplotlib can only cycle colours: "
                                  "cycler(color=['red', 'blue', ...])")
    from matplotlib import colors

    for c in color:
        colors._check_color(c)
    return _Cycler(color)


def _default_params():
    from matplotlib.colors import DEFAULT_CYCLE

    return {
        "figure.figsize": [6.4, 4.8],
        "figure.dpi": 100.0,
        "figure.facecolor": "white",
        "figure.titlesize": "large",
        "figure.subplot.left": 0.125,
        "figure.subplot.right": 0.9,
        "figure.subplot.bottom": 0.11,
        "figure.subplot.top": 0.88,
        "figure.subplot.wspace": 0.2,
        "figure.subplot.hspace": 0.2,
        "figure.max_open_warning": 20,
        "font.size": 10.0,
        "font.family": ["sans-serif"],
        "axes.facecolor": "white",
        "axes.edgecolor": "black",
        "axes.linewidth": 0.8,
        "axes.grid": False,
        "axes.titlesize": "large",
        "axes.titlepad": 6.0,
        "axes.labelsize": "medium",
        "axes.labelpad": 4.0,
        "axes.xmargin": 0.05,
        "axes.ymargin": 0.05,
        "axes.unicode_minus": True,
        "axes.formatter.limits": [-5, 6],
        "axes.formatter.useoffset": True,
        "axes.formatter.offset_threshold": 4,
        "axes.prop_cycle": _Cycler(DEFAULT_CYCLE),
        "lines.linewidth": 1.5,
        "lines.linestyle": "-",
        "lines.color": "C0",
        "lines.marker": "None",
        "lines.markersize": 6.0,
        "lines.markeredgewidth": 1.0,
        "lines.dashed_pattern": [3.7, 1.6],
        "lines.dashdot_pattern": [6.4, 1.6, 1.0, 1.6],
        "lines.dotted_pattern": [1.0, 1.65],
        "patch.facecolor": "C0",
        "patch.edgecolor": "black",
        "patch.linewidth": 1.0,
        "grid.color": "#b0b0b0",
        "grid.linestyle": "-",
        "grid.linewidth": 0.8,
        "grid.alpha": 1.0,
        "xtick.labelsize": "medium",
        "ytick.labelsize": "medium",
        "xtick.major.size": 3.5,
        "ytick.major.size": 3.5,
        "xtick.major.width": 0.8,
        "ytick.major.width": 0.8,
        "xtick.major.pad": 3.5,
        "ytick.major.pad": 3.5,
        "xtick.color": "black",
        "ytick.color": "black",
        "text.color": "black",
        "legend.loc": "best",
        "legend.fontsize": "medium",
        "legend.frameon": True,
        "legend.framealpha": 0.8,
        "legend.edgecolor": "0.8",
        "legend.borderpad": 0.4,
        "legend.labelspacing": 0.5,
        "legend.handlelength": 2.0,
        "legend.handleheight": 0.7,
        "legend.handletextpad": 0.8,
        "legend.borderaxespad": 0.5,
        "legend.columnspacing": 2.0,
        "legend.markerscale": 1.0,
        "hist.bins": 10,
        "scatter.marker": "o",
        "savefig.format": "png",
    }


class RcParams(dict):
    """matplotlib's settings (`plt.rcParams["figure.figsize"] = (8, 4)`). Only the settings
    pyplay's matplotlib uses exist; another name raises matplotlib's KeyError."""

    def _check(self, key):
        if key not in _KNOWN:
            raise KeyError(f"{key!r} is not a valid rc parameter (see rcParams.keys() for a "
                           "list of valid parameters)")

    def __setitem__(self, key, value):
        self._check(key)
        dict.__setitem__(self, key, value)

    def __getitem__(self, key):
        self._check(key)
        return dict.__getitem__(self, key)

    def update(self, *args, **kwargs):
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def copy(self):
        return RcParams(self)


rcParamsDefault = RcParams(_default_params())
_KNOWN = frozenset(rcParamsDefault)
rcParams = RcParams(rcParamsDefault)


def rcdefaults():
    """Puts every setting back to matplotlib's default."""
    dict.clear(rcParams)
    dict.update(rcParams, _default_params())


def rc(group, **kwargs):
    """`rc("lines", linewidth=2)` sets `rcParams["lines.linewidth"]`."""
    for name, value in kwargs.items():
        rcParams[f"{group}.{name}"] = value


def _cycle_colors():
    """The colours of the property cycle now in force."""
    cycle = rcParams["axes.prop_cycle"]
    return cycle.by_key()["color"] if hasattr(cycle, "by_key") else list(cycle)


def use(backend, *, force=True):
    """Choosing a backend does nothing here: pyplay always draws in the page."""


def get_backend():
    return _BACKEND


def interactive(b):
    pass


def is_interactive():
    return False

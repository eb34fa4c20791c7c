"""`Figure`: the drawing area (`figsize` inches at `dpi` dots per inch) and its axes, laid
out on a grid as matplotlib's `GridSpec` does (subplot parameters left=.125, right=.9,
bottom=.11, top=.88, wspace=hspace=.2 by default)."""

import matplotlib
from matplotlib import _util, colors
from matplotlib.axes import Axes
from matplotlib.text import Text
from matplotlib.transforms import Bbox, _Coordinates

SUPPORTED = ("add_subplot, subplots, add_axes, gca, sca, suptitle, text, savefig, "
             "subplots_adjust, set_size_inches, get_size_inches, set_facecolor, clear and "
             "canvas.draw")


class SubplotParams:
    """Where the grid of subplots sits, as fractions of the figure, and the gaps between
    them (as fractions of a subplot's width and height)."""

    def __init__(self, left=None, bottom=None, right=None, top=None, wspace=None,
                 hspace=None):
        for name in ("left", "bottom", "right", "top", "wspace", "hspace"):
            setattr(self, name, matplotlib.rcParams[f"figure.subplot.{name}"])
        self.update(left, bottom, right, top, wspace, hspace)

    def update(self, left=None, bottom=None, right=None, top=None, wspace=None, hspace=None):
        if ((left if left is not None else self.left)
                >= (right if right is not None else self.right)):
            raise ValueError("left cannot be >= right")
        if ((bottom if bottom is not None else self.bottom)
                >= (top if top is not None else self.top)):
            raise ValueError("bottom cannot be >= top")
        for name, value in (("left", left), ("bottom", bottom), ("right", right),
                            ("top", top), ("wspace", wspace), ("hspace", hspace)):
            if value is not None:
                setattr(self, name, value)


class SubplotSpec:
    """Cells num1..num2 (0-based, row by row) of an nrows × ncols grid."""

    def __init__(self, nrows, ncols, num1, num2=None):
        self.nrows, self.ncols = nrows, ncols
        self.num1 = num1
        self.num2 = num1 if num2 is None else num2

    def __eq__(self, other):
        return (isinstance(other, SubplotSpec)
                and (self.nrows, self.ncols, self.num1, self.num2)
                == (other.nrows, other.ncols, other.num1, other.num2))

    def __hash__(self):
        return hash((self.nrows, self.ncols, self.num1, self.num2))

    def get_geometry(self):
        return self.nrows, self.ncols, self.num1, self.num2

    def is_first_col(self):
        return self.num1 % self.ncols == 0

    def is_last_row(self):
        return self.num2 // self.ncols == self.nrows - 1


def _subplot_spec(args):
    """matplotlib's reading of subplot(2, 2, 3), subplot(223), subplot(2, 2, (1, 2))."""
    if len(args) == 1:
        arg, = args
        if isinstance(arg, SubplotSpec):
            return arg
        if isinstance(arg, bool) or not isinstance(arg, int):
            raise ValueError(f"Single argument to subplot must be a three-digit integer, not "
                             f"{arg!r}")
        try:
            rows, cols, num = map(int, str(arg))
        except ValueError:
            raise ValueError(f"Single argument to subplot must be a three-digit integer, not "
                             f"{arg!r}") from None
    elif len(args) == 3:
        rows, cols, num = args
    else:
        raise TypeError(f"subplot() takes 1 or 3 positional arguments but {len(args)} were "
                        "given")
    for name, value in (("rows", rows), ("columns", cols)):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(f"Number of {name} must be a positive integer, not {value!r}")
    if isinstance(num, tuple) and len(num) == 2:
        if not all(isinstance(n, int) for n in num):
            raise ValueError(f"Subplot specifier tuple must contain integers, not {num}")
        i, j = num
    else:
        if isinstance(num, bool) or not isinstance(num, int) or num < 1 or num > rows * cols:
            raise ValueError(f"num must be an integer with 1 <= num <= {rows * cols}, not "
                             f"{num!r}")
        i = j = num
    return SubplotSpec(rows, cols, i - 1, j - 1)


def _grid_positions(params, nrows, ncols):
    """The bottoms, tops, lefts and rights of the grid's cells (GridSpec.get_grid_positions,
    with its float sums in the same order)."""
    def cells(total, n, space):
        cell = total / (n + space * (n - 1))
        sep = space * cell
        size = 1 * (cell * n / n)  # matplotlib scales by the (equal) size ratios
        edges, acc = [], 0.0
        for k in range(n):
            if k:
                acc += sep
            edges.append(acc)
            acc += size
            edges.append(acc)
        return edges

    hs = cells(params.top - params.bottom, nrows, params.hspace)
    ws = cells(params.right - params.left, ncols, params.wspace)
    tops = [params.top - hs[2 * k] for k in range(nrows)]
    bottoms = [params.top - hs[2 * k + 1] for k in range(nrows)]
    lefts = [params.left + ws[2 * k] for k in range(ncols)]
    rights = [params.left + ws[2 * k + 1] for k in range(ncols)]
    return bottoms, tops, lefts, rights


class FigureCanvas:
    """What `fig.canvas` is for programs: `draw()` (which real matplotlib needs before tick
    labels can be read; here they always can), and the size in pixels."""

    def __init__(self, figure):
        self.figure = figure

    def draw(self):
        if self.figure._tight:
            from matplotlib import _tight_layout

            _tight_layout.apply(self.figure)
        for ax in self.figure.axes:
            ax._unstale()
            ax.apply_aspect()

    draw_idle = draw

    def flush_events(self):
        pass

    def get_width_height(self):
        width, height = self.figure.get_size_inches()
        return int(width * self.figure.dpi), int(height * self.figure.dpi)

    def mpl_connect(self, s, func):
        raise NotImplementedError("pyplay's matplotlib draws pictures, not interactive "
                                  "windows: there are no events to connect to")

    def set_window_title(self, title):
        pass


class Figure:
    def __init__(self, figsize=None, dpi=None, *, facecolor=None, edgecolor=None,
                 linewidth=0.0, frameon=None, subplotpars=None, tight_layout=None,
                 constrained_layout=None, layout=None, **kwargs):
        rc = matplotlib.rcParams
        if kwargs:
            raise TypeError(f"Figure.__init__() got an unexpected keyword argument "
                            f"{next(iter(kwargs))!r}")
        self.set_size_inches(rc["figure.figsize"] if figsize is None else figsize)
        self.dpi = float(rc["figure.dpi"] if dpi is None else dpi)
        self.subplotpars = subplotpars if subplotpars is not None else SubplotParams()
        self._facecolor = rc["figure.facecolor"] if facecolor is None else facecolor
        colors._check_color(self._facecolor)
        self.canvas = FigureCanvas(self)
        self.transFigure = _Coordinates("figure", self)
        self.axes = []
        self.texts = []
        self._suptitle = None
        self._current = None
        self.number = None
        self._label = ""
        self._tight = bool(tight_layout) or layout in ("tight", "constrained") \
            or bool(constrained_layout)

    def __repr__(self):
        width, height = self.get_size_inches()
        return (f"<Figure size {width * self.dpi:g}x{height * self.dpi:g} with "
                f"{len(self.axes)} Axes>")

    def __getattr__(self, name):
        if name in ("legend", "colorbar", "add_gridspec", "subfigures", "supxlabel",
                    "supylabel", "figimage", "align_labels"):
            raise AttributeError(f"pyplay's matplotlib has no Figure.{name}(). Figures "
                                 f"have: {SUPPORTED}.")
        raise AttributeError(f"'Figure' object has no attribute {name!r}", name=name,
                             obj=self)

    # -- size --
    def set_size_inches(self, w, h=None, forward=True):
        if h is None:
            try:
                w, h = w
            except TypeError:
                raise TypeError(f"object of type '{type(w).__name__}' has no len()") from None
        w, h = float(w), float(h)
        if not (_util.finite(w) and _util.finite(h)) or w <= 0 or h <= 0:
            raise ValueError(f"figure size must be positive finite not ({w}, {h})")
        self._size = (w, h)

    def get_size_inches(self):
        return self._size

    def get_figwidth(self):
        return self._size[0]

    def get_figheight(self):
        return self._size[1]

    def set_figwidth(self, val):
        self.set_size_inches(val, self._size[1])

    def set_figheight(self, val):
        self.set_size_inches(self._size[0], val)

    def get_dpi(self):
        return self.dpi

    def set_dpi(self, val):
        self.dpi = float(val)

    def set_facecolor(self, color):
        colors._check_color(color)
        self._facecolor = color

    def get_facecolor(self):
        return colors.to_rgba(self._facecolor)

    def get_label(self):
        return self._label

    def set_label(self, s):
        self._label = str(s)

    # -- axes --
    def get_axes(self):
        return list(self.axes)

    def add_subplot(self, *args, **kwargs):
        if not args:
            args = (1, 1, 1)
        spec = _subplot_spec(args)
        _check_axes_kwargs(kwargs)
        ax = Axes(self, subplotspec=spec, **kwargs)
        return self._add_axes(ax)

    def add_axes(self, rect, **kwargs):
        if len(rect) != 4:
            raise ValueError(f"rect must have 4 elements, not {len(rect)}")
        _check_axes_kwargs(kwargs)
        return self._add_axes(Axes(self, rect, **kwargs))

    def _add_axes(self, ax):
        self.axes.append(ax)
        self._current = ax
        return ax

    def subplots(self, nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True,
                 width_ratios=None, height_ratios=None, subplot_kw=None, gridspec_kw=None):
        if sharex not in (False, "none") or sharey not in (False, "none"):
            raise NotImplementedError("pyplay's matplotlib can't share axes between subplots "
                                      "yet: leave out sharex= and sharey=")
        if width_ratios is not None or height_ratios is not None:
            raise NotImplementedError("pyplay's matplotlib makes subplots of equal size")
        if gridspec_kw:
            self.subplots_adjust(**{k: v for k, v in gridspec_kw.items()
                                    if k in ("left", "right", "top", "bottom", "wspace",
                                             "hspace")})
        for name, value in (("rows", nrows), ("columns", ncols)):
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"Number of {name} must be a positive integer, not "
                                 f"{value!r}")
        grid = [[self.add_subplot(SubplotSpec(nrows, ncols, r * ncols + c),
                                  **(subplot_kw or {}))
                 for c in range(ncols)] for r in range(nrows)]
        return _axes_array(grid, squeeze)

    def gca(self):
        if self._current is not None and self._current in self.axes:
            return self._current
        if self.axes:
            return self.axes[-1]
        return self.add_subplot()

    def sca(self, a):
        self._current = a
        return a

    def delaxes(self, ax):
        self.axes.remove(ax)
        if self._current is ax:
            self._current = None

    def clear(self, keep_observers=False):
        self.axes = []
        self.texts = []
        self._suptitle = None
        self._current = None

    clf = clear

    def _subplot_position(self, spec):
        bottoms, tops, lefts, rights = _grid_positions(self.subplotpars, spec.nrows,
                                                       spec.ncols)
        r1, c1 = divmod(spec.num1, spec.ncols)
        r2, c2 = divmod(spec.num2, spec.ncols)
        rows = range(min(r1, r2), max(r1, r2) + 1)
        cols = range(min(c1, c2), max(c1, c2) + 1)
        return Bbox.from_extents(min(lefts[c] for c in cols), min(bottoms[r] for r in rows),
                                 max(rights[c] for c in cols), max(tops[r] for r in rows))

    def subplots_adjust(self, left=None, bottom=None, right=None, top=None, wspace=None,
                        hspace=None):
        self.subplotpars.update(left, bottom, right, top, wspace, hspace)
        for ax in self.axes:
            if ax._subplotspec is not None:
                ax._position = self._subplot_position(ax._subplotspec)

    def tight_layout(self, *, pad=1.08, h_pad=None, w_pad=None, rect=None):
        """Moves the plots so that their labels and titles fit in the figure and don't
        overlap (see _tight_layout)."""
        from matplotlib import _tight_layout

        _tight_layout.apply(self, pad, h_pad, w_pad, rect)

    def set_tight_layout(self, tight):
        self._tight = bool(tight)

    def _active_position(self, ax):
        """The axes' box as drawn: with an equal aspect (pie, axis("equal")) it shrinks to
        the data's shape, centred in its cell, as matplotlib's apply_aspect does."""
        pb = ax._position
        if ax._aspect == "auto" or ax._adjustable != "box":
            return Bbox.from_extents(*pb.extents)
        width, height = self.get_size_inches()
        fig_aspect = height / width
        x0, x1 = ax.get_xbound()
        y0, y1 = ax.get_ybound()
        data_ratio = max(abs(y1 - y0), 1e-30) / max(abs(x1 - x0), 1e-30)
        box_aspect = ax._aspect * data_ratio
        w, h = pb.width, pb.height
        H = w * box_aspect / fig_aspect
        if H <= h:
            W = w
        else:
            W = h * fig_aspect / box_aspect
            H = h
        # anchored at the centre ('C') of the original box
        left = (pb.x0 + 0.5 * (w - W)) - pb.x0
        bottom = (pb.y0 + 0.5 * (h - H)) - pb.y0
        return Bbox([[pb.x0 + left, pb.y0 + bottom], [pb.x0 + W + left, pb.y0 + H + bottom]])

    # -- texts --
    def suptitle(self, t, **kwargs):
        """A title above all the axes."""
        if self._suptitle is None:
            self._suptitle = Text(0.5, 0.98, "", fontsize=matplotlib.rcParams["figure.titlesize"],
                                  horizontalalignment="center", verticalalignment="top")
        self._suptitle.set_text(t)
        x = kwargs.pop("x", None)
        y = kwargs.pop("y", None)
        self._suptitle.set(**kwargs)
        if x is not None:
            self._suptitle.set_x(x)
        if y is not None:
            self._suptitle.set_y(y)
        return self._suptitle

    def get_suptitle(self):
        return "" if self._suptitle is None else self._suptitle.get_text()

    def text(self, x, y, s, fontdict=None, **kwargs):
        """Text at (x, y) in fractions of the figure."""
        t = Text(x, y, s, **{**(fontdict or {}), **kwargs})
        t._transform = "figure"
        self.texts.append(t)
        return t

    # -- output --
    def savefig(self, fname, *, dpi=None, format=None, **kwargs):
        """Writes the figure as SVG into pyplay's files (`savefig("plot.svg")`)."""
        from matplotlib import _render

        _render.savefig(self, fname, format)

    def show(self, warn=True):
        from matplotlib import pyplot

        pyplot._show_figures([self])

    def draw_without_rendering(self):
        self.canvas.draw()


def _check_axes_kwargs(kwargs):
    projection = kwargs.pop("projection", None)
    polar = kwargs.pop("polar", False)
    if projection not in (None, "rectilinear") or polar:
        raise NotImplementedError("pyplay's matplotlib draws ordinary x-y axes only (no "
                                  "polar or 3D projections)")


class _AxesArray:
    """A grid of Axes as `subplots()` returns it (a numpy array in matplotlib): indexed
    `axs[0, 1]` or `axs[0][1]`, iterated by rows, with `.flat`, `.flatten()` and `.shape`."""

    def __init__(self, items, shape):
        self._items = items  # rows of Axes (2-D) or Axes (1-D)
        self.shape = shape
        self.ndim = len(shape)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            if len(key) != self.ndim:
                raise IndexError(f"too many indices for array: array is {self.ndim}-"
                                 f"dimensional, but {len(key)} were indexed")
            row = self._items[key[0]]
            return row[key[1]] if self.ndim == 2 else row
        item = self._items[key]
        if isinstance(item, list):
            if isinstance(key, slice) and self.ndim == 2:
                return _AxesArray(item, (len(item), self.shape[1]))
            if self.ndim == 2 and not isinstance(key, slice):
                return _AxesArray(item, (len(item),))
            return _AxesArray(item, (len(item),))
        return item

    def __iter__(self):
        for item in self._items:
            yield _AxesArray(item, (len(item),)) if isinstance(item, list) else item

    def __len__(self):
        return len(self._items)

    @property
    def flat(self):
        return iter(self.flatten())

    def flatten(self):
        if self.ndim == 2:
            return _AxesArray([ax for row in self._items for ax in row],
                              (self.shape[0] * self.shape[1],))
        return _AxesArray(list(self._items), self.shape)

    ravel = flatten

    @property
    def size(self):
        n = 1
        for s in self.shape:
            n *= s
        return n

    def tolist(self):
        return [list(row) if isinstance(row, list) else row for row in self._items]

    def __repr__(self):
        return f"array({self.tolist()!r}, dtype=object)"


def _axes_array(grid, squeeze):
    nrows, ncols = len(grid), len(grid[0])
    if squeeze:
        if nrows == 1 and ncols == 1:
            return grid[0][0]
        if nrows == 1 or ncols == 1:
            flat = [ax for row in grid for ax in row]
            return _AxesArray(flat, (len(flat),))
    return _AxesArray(grid, (nrows, ncols))

"""`Axes`: one plot in a figure, with what was plotted on it and its two axes.

Limits follow matplotlib: every plotting call widens the data limits and asks for an
autoscale; the view limits are worked out when first read (`_unstale`), from the data limits
plus 5% margins, never past a "sticky" edge (the base of bars), and left alone once set by
hand (`set_xlim`)."""

import math

import matplotlib
from matplotlib import _util, colors
from matplotlib.axis import XAxis, YAxis
from matplotlib.collections import PathCollection
from matplotlib.legend import Legend
from matplotlib.lines import Line2D, check_marker, lineMarkers, lineStyles
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox, _Coordinates

# Axes methods of real matplotlib that pyplay's doesn't have: asking for one says so and
# lists what there is (instead of "no attribute", which reads like a typo).
_NOT_HERE = frozenset("""
acorr angle_spectrum annotate arrow axhspan axline axvspan bar_label barbs boxplot broken_barh
bxp clabel cohere contour contourf csd ecdf errorbar eventplot fill fill_between
fill_betweenx grouped_bar hexbin hist2d hlines imshow indicate_inset indicate_inset_zoom
inset_axes loglog magnitude_spectrum matshow pcolor pcolorfast pcolormesh phase_spectrum psd
quiver quiverkey secondary_xaxis secondary_yaxis semilogx semilogy specgram spy stackplot
stairs stem step streamplot table tricontour tricontourf tripcolor triplot violin violinplot
vlines xcorr set_xscale set_yscale twinx twiny
""".split())

SUPPORTED = ("plot, scatter, bar, barh, hist, pie, text, axhline, axvline, legend, grid, "
             "set_title, set_xlabel, set_ylabel, set_xlim, set_ylim, set_xticks, "
             "set_yticks, set_xticklabels, set_yticklabels, tick_params, margins, "
             "set_aspect, axis, invert_xaxis, invert_yaxis and the matching get_ methods")


class _PropCycle:
    """The colours unstyled plots take in turn (one cycle for lines, one for patches)."""

    def __init__(self):
        self._colors = matplotlib._cycle_colors()
        self._index = 0

    def get_next_color(self):
        color = self._colors[self._index]
        self._index = (self._index + 1) % len(self._colors)
        return color


class _Spine:
    """One side of the axes box (`ax.spines["top"].set_visible(False)`)."""

    def __init__(self):
        self._visible = True
        self._color = matplotlib.rcParams["axes.edgecolor"]
        self._linewidth = matplotlib.rcParams["axes.linewidth"]

    def set_visible(self, b):
        self._visible = bool(b)

    def get_visible(self):
        return self._visible

    def set_color(self, c):
        colors._check_color(c)
        self._color = c

    set_edgecolor = set_color

    def set_linewidth(self, w):
        self._linewidth = float(w)

    def set(self, **kwargs):
        for key, value in kwargs.items():
            getattr(self, "set_" + key)(value)


class _Spines(dict):
    def __getitem__(self, key):
        if isinstance(key, (list, tuple)):
            return _SpineGroup([dict.__getitem__(self, k) for k in key])
        return dict.__getitem__(self, key)

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


class _SpineGroup:
    def __init__(self, spines):
        self._spines = spines

    def __getattr__(self, name):
        def each(*args, **kwargs):
            for spine in self._spines:
                getattr(spine, name)(*args, **kwargs)
        return each


class Axes:
    name = "rectilinear"

    def __init__(self, fig, rect=None, *, subplotspec=None, **kwargs):
        self.figure = fig
        self._subplotspec = subplotspec
        if rect is not None:
            self._position = Bbox.from_bounds(*rect)
        else:
            self._position = fig._subplot_position(subplotspec)
        self.transAxes = _Coordinates("axes", self)
        self.transData = _Coordinates("data", self)
        self.clear()
        self.set(**kwargs)

    def clear(self):
        rc = matplotlib.rcParams
        self._children = []
        self.containers = []
        self.xaxis = XAxis(self)
        self.yaxis = YAxis(self)
        self._datalim = {"x": [math.inf, -math.inf], "y": [math.inf, -math.inf]}
        self._viewlim = {"x": [0.0, 1.0], "y": [0.0, 1.0]}
        self._stale_viewlims = {"x": False, "y": False}
        self._autoscale_on = {"x": True, "y": True}
        self._margins = {"x": rc["axes.xmargin"], "y": rc["axes.ymargin"]}
        self._tight = None
        self._use_sticky_edges = True
        self._get_lines = _PropCycle()
        self._get_patches_for_fill = _PropCycle()
        self.title = Text(0.5, 1.0, "", fontsize=rc["axes.titlesize"])
        self._left_title = Text(0.0, 1.0, "", fontsize=rc["axes.titlesize"])
        self._right_title = Text(1.0, 1.0, "", fontsize=rc["axes.titlesize"])
        self.legend_ = None
        self._aspect = "auto"
        self._adjustable = "box"
        self._frameon = True
        self._axison = True
        self._axis_visible = {"x": True, "y": True}
        self._facecolor = rc["axes.facecolor"]
        self.spines = _Spines(left=_Spine(), right=_Spine(), bottom=_Spine(), top=_Spine())

    cla = clear

    def __getattr__(self, name):
        if name in _NOT_HERE:
            raise AttributeError(f"pyplay's matplotlib has no Axes.{name}(). Axes have: "
                                 f"{SUPPORTED}.")
        raise AttributeError(f"'Axes' object has no attribute {name!r}", name=name, obj=self)

    def __repr__(self):
        label = self.title.get_text()
        return f"<Axes: title={{'center': {label!r}}}>" if label else "<Axes: >"

    def get_figure(self, root=False):
        return self.figure

    # -- children --
    @property
    def lines(self):
        return [a for a in self._children if isinstance(a, Line2D)]

    @property
    def patches(self):
        return [a for a in self._children if isinstance(a, Patch)]

    @property
    def texts(self):
        return [a for a in self._children if isinstance(a, Text)]

    @property
    def collections(self):
        return [a for a in self._children if isinstance(a, PathCollection)]

    def get_lines(self):
        return self.lines

    def get_children(self):
        return list(self._children)

    def has_data(self):
        return any(isinstance(a, (Line2D, Patch, PathCollection)) for a in self._children)

    def _add(self, artist):
        artist.axes = self
        artist.figure = self.figure
        self._children.append(artist)
        artist._remove_method = self._children.remove

    def add_line(self, line):
        self._update_line_limits(line)
        if not line.get_label():
            line.set_label(f"_child{len(self._children)}")
        self._add(line)
        return line

    def add_patch(self, p):
        self._update_patch_limits(p)
        self._add(p)
        return p

    def _update_line_limits(self, line):
        """Widens the data limits to a line's points (axhline: only y; axvline: only x)."""
        line._x_num = self.xaxis.convert_units(line._x)
        line._y_num = self.yaxis.convert_units(line._y)
        self._update_datalim(line._x_num if line._transform != "yaxis" else None,
                             line._y_num if line._transform != "xaxis" else None)

    def _update_patch_limits(self, p):
        # matplotlib skips empty rectangles (a histogram's empty bins) for the limits.
        if isinstance(p, Rectangle) and not p.get_width() and not p.get_height():
            return
        corners = p._corners()
        self._update_datalim([c[0] for c in corners], [c[1] for c in corners])

    def add_collection(self, collection, autolim=True):
        if not collection.get_label():
            collection.set_label(f"_child{len(self._children)}")
        self._add(collection)
        if autolim:
            points = collection._offsets_num
            self._update_datalim([p[0] for p in points], [p[1] for p in points])
            self._request_autoscale_view()
        return collection

    def add_artist(self, a):
        if isinstance(a, Line2D):
            return self.add_line(a)
        if isinstance(a, Patch):
            return self.add_patch(a)
        if isinstance(a, Text):
            self._add(a)
            return a
        if isinstance(a, Legend):
            return a
        raise NotImplementedError("pyplay's matplotlib can add lines, patches and texts to "
                                  "an Axes")

    def add_container(self, container):
        if not container.get_label():
            container.set_label(f"_container{len(self.containers)}")
        self.containers.append(container)
        return container

    # -- limits --
    def _update_datalim(self, xs, ys):
        for name, values in (("x", xs), ("y", ys)):
            if values is None:
                continue
            finite = [v for v in values if _util.finite(v)]
            if finite:
                limits = self._datalim[name]
                limits[0] = min(limits[0], min(finite))
                limits[1] = max(limits[1], max(finite))

    def _data_interval(self, name):
        return tuple(self._datalim[name])

    def _request_autoscale_view(self, axis="all", tight=None):
        for name in (("x", "y") if axis == "all" else (axis,)):
            self._stale_viewlims[name] = True
        if tight is not None:
            self._tight = tight

    def _unstale(self):
        need = dict(self._stale_viewlims)
        if any(need.values()):
            self._stale_viewlims = {"x": False, "y": False}
            self.autoscale_view(scalex=need["x"], scaley=need["y"])

    def _view_interval(self, name):
        self._unstale()
        return tuple(self._viewlim[name])

    def _set_view_interval(self, name, vmin, vmax):
        self._viewlim[name] = [vmin, vmax]

    def autoscale_view(self, tight=None, scalex=True, scaley=True):
        """Sets the view limits from the data limits (matplotlib's algorithm)."""
        if tight is not None:
            self._tight = bool(tight)
        for name, scale in (("x", scalex), ("y", scaley)):
            if scale and self._autoscale_on[name]:
                self._autoscale_axis(name)

    def _stickies(self, name):
        if not (self._use_sticky_edges and self._margins[name]):
            return []
        values = []
        for artist in self._children:
            values.extend(getattr(artist.sticky_edges, name))
        return sorted(values)

    def _autoscale_axis(self, name):
        axis = self.xaxis if name == "x" else self.yaxis
        low, high = self._datalim[name]
        if _util.finite(low) and _util.finite(high):
            x0, x1 = low, high
        else:
            return  # no data (matplotlib keeps the limits that were set)
        locator = axis.get_major_locator()
        x0, x1 = locator.nonsingular(x0, x1)
        stickies = self._stickies(name)
        x0bound = x1bound = None
        if stickies:
            tol = 1e-5 * abs(x1 - x0)
            below = [s for s in stickies if s < x0 + tol]
            x0bound = below[-1] if below else None
            above = [s for s in stickies if s >= x1 - tol]
            x1bound = above[0] if above else None
        delta = (x1 - x0) * self._margins[name]
        if not _util.finite(delta):
            delta = 0
        x0, x1 = x0 - delta, x1 + delta
        if x0bound is not None:
            x0 = max(x0, x0bound)
        if x1bound is not None:
            x1 = min(x1, x1bound)
        if not self._tight:
            x0, x1 = locator.view_limits(x0, x1)
        inverted = self._viewlim[name][1] < self._viewlim[name][0]
        # set_xbound: keeps the direction and leaves autoscaling as it is.
        axis._set_lim(*sorted((x0, x1), reverse=inverted), auto=None)

    def get_xlim(self):
        return self._view_interval("x")

    def get_ylim(self):
        return self._view_interval("y")

    def get_xbound(self):
        return tuple(sorted(self.get_xlim()))

    def get_ybound(self):
        return tuple(sorted(self.get_ylim()))

    def set_xlim(self, left=None, right=None, *, emit=True, auto=False, xmin=None,
                 xmax=None):
        left, right = _limits_args("left", "right", "xmin", "xmax", left, right, xmin, xmax)
        return self.xaxis._set_lim(left, right, auto=auto)

    def set_ylim(self, bottom=None, top=None, *, emit=True, auto=False, ymin=None,
                 ymax=None):
        bottom, top = _limits_args("bottom", "top", "ymin", "ymax", bottom, top, ymin, ymax)
        return self.yaxis._set_lim(bottom, top, auto=auto)

    def set_xbound(self, lower=None, upper=None):
        self._set_bound(self.xaxis, lower, upper)

    def set_ybound(self, lower=None, upper=None):
        self._set_bound(self.yaxis, lower, upper)

    def _set_bound(self, axis, lower, upper):
        if upper is None and _iterable(lower):
            lower, upper = lower
        old_lower, old_upper = sorted(axis.get_view_interval())
        lower = old_lower if lower is None else lower
        upper = old_upper if upper is None else upper
        axis._set_lim(*sorted((lower, upper), reverse=axis.get_inverted()), auto=None)

    def margins(self, *margins, x=None, y=None, tight=True):
        if margins and (x is not None or y is not None):
            raise TypeError("Cannot pass both positional and keyword arguments for x and/or "
                            "y.")
        if len(margins) == 1:
            x = y = margins[0]
        elif len(margins) == 2:
            x, y = margins
        elif margins:
            raise TypeError("Must pass a single positional argument for all margins, or one "
                            "for each margin (x, y).")
        if x is None and y is None:
            return self._margins["x"], self._margins["y"]
        for name, value in (("x", x), ("y", y)):
            if value is not None:
                if value <= -0.5:
                    raise ValueError("margin must be greater than -0.5")
                self._margins[name] = value
                self._request_autoscale_view(name, tight=tight)

    def set_xmargin(self, m):
        self.margins(x=m)

    def set_ymargin(self, m):
        self.margins(y=m)

    def autoscale(self, enable=True, axis="both", tight=None):
        """Turns automatic limits on (or off) and works them out again; `tight=True` drops
        the margins."""
        _util.check_in_list(["x", "y", "both"], axis=axis)
        scale = {}
        for name in ("x", "y"):
            if enable is None:
                scale[name] = True
            elif axis in (name, "both"):
                self._autoscale_on[name] = bool(enable)
                scale[name] = self._autoscale_on[name]
            else:
                scale[name] = False
        for name in ("x", "y"):
            if tight and scale[name]:
                self._margins[name] = 0
        for name in ("x", "y"):
            if scale[name]:
                self._request_autoscale_view(name, tight=tight)

    def get_autoscalex_on(self):
        return self._autoscale_on["x"]

    def get_autoscaley_on(self):
        return self._autoscale_on["y"]

    def set_autoscalex_on(self, b):
        self._autoscale_on["x"] = bool(b)

    def set_autoscaley_on(self, b):
        self._autoscale_on["y"] = bool(b)

    def relim(self, visible_only=False):
        """Works out the data limits again from what is plotted (after changing a line's
        data with set_data)."""
        self._datalim = {"x": [math.inf, -math.inf], "y": [math.inf, -math.inf]}
        for artist in self._children:
            if visible_only and not artist.get_visible():
                continue
            if isinstance(artist, Line2D):
                self._update_line_limits(artist)
            elif isinstance(artist, Patch):
                self._update_patch_limits(artist)
            elif isinstance(artist, PathCollection):
                points = artist._offsets_num
                self._update_datalim([p[0] for p in points], [p[1] for p in points])

    def invert_xaxis(self):
        self.xaxis.set_inverted(not self.xaxis.get_inverted())

    def invert_yaxis(self):
        self.yaxis.set_inverted(not self.yaxis.get_inverted())

    def xaxis_inverted(self):
        return self.xaxis.get_inverted()

    def yaxis_inverted(self):
        return self.yaxis.get_inverted()

    def get_xscale(self):
        return "linear"

    def get_yscale(self):
        return "linear"

    def set_xscale(self, value, **kwargs):
        _linear_only(value)

    def set_yscale(self, value, **kwargs):
        _linear_only(value)

    # -- plotting --
    def plot(self, *args, scalex=True, scaley=True, data=None, **kwargs):
        """Lines and/or markers: `plot(y)`, `plot(x, y)`, `plot(x, y, "ro-")`, several groups
        `plot(x1, y1, "r", x2, y2, "b")`, with `label=`, `color=`, `linewidth=`…"""
        if data is not None:
            raise NotImplementedError("pyplay's matplotlib has no data= argument: pass the "
                                      "lists themselves")
        for name in ("x", "y"):
            if name in kwargs:
                raise TypeError(f"plot() got an unexpected keyword argument {name!r}")
        if len(args) >= 4 and not (_util.is_string(kwargs.get("label"))
                                   or not _iterable(kwargs.get("label"))):
            raise ValueError("plot() with multiple groups of data (i.e., pairs of x and y) "
                             "does not support multiple labels")
        lines = []
        args = list(args)
        while args:
            group, args = args[:2], args[2:]
            if args and isinstance(args[0], str):
                group.append(args.pop(0))
            lines.extend(self._plot_group(group, kwargs))
        for line in lines:
            self.add_line(line)
        if scalex:
            self._request_autoscale_view("x")
        if scaley:
            self._request_autoscale_view("y")
        return lines

    def _plot_group(self, group, kwargs):
        """One ([x], y, [fmt]) group of plot()'s arguments: its Line2D."""
        fmt = None
        if len(group) > 1 and isinstance(group[-1], str):
            *xy, fmt = group
            linestyle, marker, color = _process_plot_format(fmt)
        elif len(group) == 3:
            raise ValueError("third arg must be a format string")
        else:
            xy = group
            linestyle = marker = color = None
        if any(v is None for v in group):
            raise ValueError("x, y, and format string must not be None")
        style = {}
        for prop, value in (("linestyle", linestyle), ("marker", marker), ("color", color)):
            if value is not None:
                if (fmt.lower() != "none" and _given(kwargs, prop) and value != "None"):
                    shown = value if isinstance(value, str) else tuple(value)
                    _util.warn_external(
                        f"{prop} is redundantly defined by the '{prop}' keyword argument and "
                        f"the fmt string \"{fmt}\" (-> {prop}={shown!r}). The keyword "
                        "argument will take precedence.")
                style[prop] = value
        if len(xy) == 2:
            x = _util.as_values(xy[0])
            y = _util.as_values(xy[1])
        else:
            y = _util.as_values(xy[-1])
            x = [float(i) for i in range(len(y))]
        self.xaxis.update_units(x)
        self.yaxis.update_units(y)
        if len(x) != len(y):
            raise ValueError(f"x and y must have same first dimension, but have shapes "
                             f"{_util.shape(x)} and {_util.shape(y)}")
        if not x:
            return []
        kw = {**style, **_normalize_line_kwargs(kwargs)}
        if kw.get("color") is None:
            kw["color"] = self._get_lines.get_next_color()
        label = kw.pop("label", None)
        line = Line2D(x, y, **kw)
        line.set_label(label)
        return [line]

    def scatter(self, x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None,
                vmax=None, alpha=None, linewidths=None, *, edgecolors=None, **kwargs):
        """Markers at (x, y): `scatter(x, y, s=sizes, c=colour, marker="o", label=…)`."""
        if cmap is not None or norm is not None or vmin is not None or vmax is not None:
            raise NotImplementedError("pyplay's matplotlib has no colour maps: give c= one "
                                      "colour, or a list of colours")
        kwargs = _normalize(kwargs, PathCollection._aliases)
        if "edgecolor" in kwargs:
            edgecolors = kwargs.pop("edgecolor")
        if "linewidth" in kwargs:
            linewidths = kwargs.pop("linewidth")
        x = _util.as_values(x)
        y = _util.as_values(y)
        self.xaxis.update_units(x)
        self.yaxis.update_units(y)
        if len(x) != len(y):
            raise ValueError("x and y must be the same size")
        if s is None:
            s = matplotlib.rcParams["lines.markersize"] ** 2.0
        sizes = _util.as_values(s)
        if any(isinstance(v, str) for v in sizes):
            raise ValueError("s must be float, but has type <U1")
        if len(sizes) not in (1, len(x)):
            raise ValueError(f"s (size {len(sizes)}) cannot be broadcast to match x and y "
                             f"(size {len(x)})")
        facecolors = self._scatter_colors(c, kwargs, len(x))
        marker = check_marker(matplotlib.rcParams["scatter.marker"] if marker is None
                              else marker)
        label = kwargs.pop("label", "")
        points = list(zip(self.xaxis.convert_units(x), self.yaxis.convert_units(y)))
        collection = PathCollection(list(zip(x, y)), sizes, facecolors, marker=marker,
                                    edgecolors=edgecolors, linewidths=linewidths,
                                    label=label)
        collection._offsets_num = points
        if alpha is not None:
            collection.set_alpha(alpha)
        collection.set(**kwargs)
        self.add_collection(collection)
        return collection

    def _scatter_colors(self, c, kwargs, n):
        facecolor = kwargs.pop("facecolor", None)
        color = kwargs.pop("color", None)
        if color is not None and c is not None:
            raise ValueError("Supply a 'c' argument or a 'color' kwarg but not both; they "
                             "differ but their functionalities overlap.")
        c = c if c is not None else color if color is not None else facecolor
        if c is None:
            return [self._get_patches_for_fill.get_next_color()]
        if colors.is_color_like(c):
            return [c]
        values = c if _iterable(c) and not isinstance(c, str) else [c]
        if all(colors.is_color_like(v) for v in values):
            if len(values) not in (1, n):
                raise ValueError(f"'c' argument has {len(values)} elements, which is "
                                 f"inconsistent with 'x' and 'y' with size {n}.")
            return list(values)
        if all(isinstance(v, (int, float)) for v in values):
            raise NotImplementedError("pyplay's matplotlib has no colour maps: c= must be a "
                                      "colour or a list of colours, not numbers")
        raise ValueError(f"'c' argument must be a color, a sequence of colors, or a sequence "
                         f"of numbers, not {c!r}")

    def bar(self, x, height, width=0.8, bottom=None, *, align="center", **kwargs):
        """Bars centred on x (`align="center"`) from `bottom` (0) up to `height`."""
        return self._bars("vertical", x, height, width, bottom, align, kwargs)

    def barh(self, y, width, height=0.8, left=None, *, align="center", **kwargs):
        """Horizontal bars centred on y, from `left` (0) out to `width`."""
        return self._bars("horizontal", left, width, height, y, align, kwargs)

    def _bars(self, orientation, x, length, thickness, y, align, kwargs):
        """bar() and barh(): for "vertical" (x, height, width, bottom); for "horizontal"
        (left, width, height, y) — matplotlib's own `bar` does both the same way."""
        from matplotlib.container import BarContainer

        kwargs = _normalize(kwargs, Patch._aliases)
        color = kwargs.pop("color", None)
        facecolor = kwargs.pop("facecolor", None)
        edgecolor = kwargs.pop("edgecolor", None)
        linewidth = kwargs.pop("linewidth", None)
        label = kwargs.pop("label", "")
        tick_label = kwargs.pop("tick_label", None)
        for unsupported in ("xerr", "yerr", "log", "error_kw", "capsize", "ecolor"):
            if kwargs.get(unsupported) is not None:
                raise NotImplementedError(f"pyplay's matplotlib has no {unsupported}= for "
                                          "bars")
            kwargs.pop(unsupported, None)
        _util.check_in_list(["center", "edge"], align=align)
        vertical = orientation == "vertical"
        if vertical:
            y = 0 if y is None else y
            names = ("x", "height", "width", "bottom")
        else:
            x = 0 if x is None else x
            names = ("left", "width", "height", "y")
        xs = _util.as_values(x)
        ys = _util.as_values(y)
        lengths = _util.as_values(length)
        thicknesses = _util.as_values(thickness)
        self.xaxis.update_units(xs)
        self.yaxis.update_units(ys)
        xs = self.xaxis.convert_units(xs)
        ys = self.yaxis.convert_units(ys)
        # Heights (or widths) read as strings are categories too, as in matplotlib.
        length_axis = self.yaxis if vertical else self.xaxis
        length_axis.update_units(lengths)
        lengths = length_axis.convert_units(lengths)
        xs, lengths, thicknesses, ys = _broadcast([xs, lengths, thicknesses, ys], names)
        faces = self._bar_colors(color, facecolor, len(xs))
        if isinstance(label, str) or not _iterable(label):
            container_label = label
            patch_labels = ["_nolegend_"] * len(xs)
        else:
            container_label = "_nolegend_"
            patch_labels = list(label)
            if len(patch_labels) != len(xs):
                raise ValueError(f"number of labels ({len(patch_labels)}) does not match "
                                 f"number of bars ({len(xs)}).")
        patches = []
        for i in range(len(xs)):
            if vertical:
                left, bottom, w, h = xs[i], ys[i], thicknesses[i], lengths[i]
                if align == "center":
                    left = xs[i] - w / 2
            else:
                left, bottom, w, h = xs[i], ys[i], lengths[i], thicknesses[i]
                if align == "center":
                    bottom = ys[i] - h / 2
            r = Rectangle((left, bottom), w, h, facecolor=faces[i % len(faces)],
                          edgecolor=edgecolor, linewidth=linewidth, label=patch_labels[i])
            r.set(**kwargs)
            if vertical:
                r.sticky_edges.y.append(bottom)
            else:
                r.sticky_edges.x.append(left)
            self.add_patch(r)
            patches.append(r)
        self._request_autoscale_view()
        container = BarContainer(patches, datavalues=lengths, orientation=orientation,
                                 label=container_label)
        self.add_container(container)
        if tick_label is not None:
            labels = _util.as_values(tick_label)
            if len(labels) == 1:
                labels = labels * len(patches)
            axis = self.xaxis if vertical else self.yaxis
            axis.set_ticks(xs if vertical else ys)
            axis.set_ticklabels(labels)
        return container

    def _bar_colors(self, color, facecolor, n):
        chosen = facecolor if facecolor is not None else color
        if chosen is None:
            return [self._get_patches_for_fill.get_next_color()]
        if colors.is_color_like(chosen):
            return [chosen]
        values = list(chosen) if _iterable(chosen) else [chosen]
        for v in values:
            colors._check_color(v)
        return values or ["none"]

    def hist(self, x, bins=None, range=None, density=False, weights=None, cumulative=False,
             bottom=None, histtype="bar", align="mid", orientation="vertical", rwidth=None,
             log=False, color=None, label=None, stacked=False, **kwargs):
        """A histogram of the values in `x`: `bins` (10) equal bins from the smallest to the
        largest value; returns (counts, edges, bars)."""
        from matplotlib import _hist

        return _hist.hist(self, x, bins, range, density, weights, cumulative, bottom,
                          histtype, align, orientation, rwidth, log, color, label, stacked,
                          kwargs)

    def pie(self, x, explode=None, labels=None, colors=None, autopct=None, pctdistance=0.6,
            shadow=False, labeldistance=1.1, startangle=0, radius=1, counterclock=True,
            wedgeprops=None, textprops=None, center=(0, 0), frame=False,
            rotatelabels=False, *, normalize=True, hatch=None):
        """A pie chart of the values in `x`, counter-clockwise from 3 o'clock
        (`startangle=0`), with `labels=` outside and `autopct="%1.1f%%"` inside."""
        from matplotlib import _pie

        return _pie.pie(self, x, explode, labels, colors, autopct, pctdistance, shadow,
                        labeldistance, startangle, radius, counterclock, wedgeprops,
                        textprops, center, frame, rotatelabels, normalize)

    def text(self, x, y, s, fontdict=None, **kwargs):
        """Text at (x, y) in data coordinates (`transform=ax.transAxes`: fractions of the
        axes), its left end on that point's baseline unless `ha=`/`va=` say otherwise."""
        effective = {"verticalalignment": "baseline", "horizontalalignment": "left",
                     **(fontdict or {}), **kwargs}
        transform = effective.pop("transform", None)
        t = Text(x, y, s)
        t.set(**effective)
        if transform is not None:
            t.set_transform(transform)
        self._add(t)
        return t

    def annotate(self, text, xy, xytext=None, **kwargs):
        """A text at `xytext` (or `xy`); arrows are not drawn in pyplay."""
        kwargs.pop("arrowprops", None)
        kwargs.pop("xycoords", None)
        kwargs.pop("textcoords", None)
        x, y = xytext if xytext is not None else xy
        return self.text(x, y, text, **kwargs)

    def axhline(self, y=0, xmin=0, xmax=1, **kwargs):
        """A horizontal line across the axes at height y (from xmin to xmax, fractions of the
        width)."""
        return self._axline("y", y, xmin, xmax, kwargs)

    def axvline(self, x=0, ymin=0, ymax=1, **kwargs):
        """A vertical line across the axes at x."""
        return self._axline("x", x, ymin, ymax, kwargs)

    def _axline(self, name, value, start, end, kwargs):
        if "transform" in kwargs:
            raise ValueError(f"'transform' is not allowed as a keyword argument; ax{'h' if name == 'y' else 'v'}line generates its own transform.")
        for what, v in zip(("xmin", "xmax") if name == "y" else ("ymin", "ymax"),
                           (start, end)):
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise ValueError(f"{what} must be a single scalar value, but got {v}")
        axis = self.yaxis if name == "y" else self.xaxis
        low, high = sorted(axis.get_view_interval())
        axis.update_units([value])
        converted = axis.convert_units([value])[0]
        rescale = converted < low or converted > high
        kwargs = _normalize_line_kwargs(kwargs)
        if name == "y":
            line = Line2D([start, end], [value, value], **kwargs)
            line._transform = "yaxis"
        else:
            line = Line2D([value, value], [start, end], **kwargs)
            line._transform = "xaxis"
        self.add_line(line)
        if rescale:
            self._request_autoscale_view(name)
        return line

    def grid(self, visible=None, which="major", axis="both", **kwargs):
        """Grid lines at the ticks: `grid(True)`, `grid(axis="y")`, `grid(color="0.9")`."""
        _util.check_in_list(["x", "y", "both"], axis=axis)
        if axis in ("x", "both"):
            self.xaxis.grid(visible, which=which, **kwargs)
        if axis in ("y", "both"):
            self.yaxis.grid(visible, which=which, **kwargs)

    def legend(self, *args, **kwargs):
        """A legend of the labelled lines, bars and markers: `legend()`,
        `legend(["a", "b"])`, `legend(handles, labels)`, with `loc=` ("best" by default)."""
        handles, labels, kwargs = _parse_legend_args([self], *args, **kwargs)
        self.legend_ = Legend(self, handles, labels, **kwargs)
        return self.legend_

    def get_legend(self):
        return self.legend_

    def get_legend_handles_labels(self, legend_handler_map=None):
        return _legend_handles_labels([self])

    # -- titles and labels --
    def set_title(self, label, fontdict=None, loc=None, pad=None, *, y=None, **kwargs):
        loc = "center" if loc is None else loc
        _util.check_in_list(["left", "center", "right"], loc=loc)
        title = {"left": self._left_title, "center": self.title,
                 "right": self._right_title}[loc]
        title.set_text(label)
        title.set(**{**(fontdict or {}), **kwargs})
        if pad is not None:
            title._pad = pad
        return title

    def get_title(self, loc="center"):
        _util.check_in_list(["left", "center", "right"], loc=loc)
        return {"left": self._left_title, "center": self.title,
                "right": self._right_title}[loc].get_text()

    def set_xlabel(self, xlabel, fontdict=None, labelpad=None, *, loc=None, **kwargs):
        if labelpad is not None:
            self.xaxis.labelpad = labelpad
        return self.xaxis.set_label_text(xlabel, fontdict, **kwargs)

    def set_ylabel(self, ylabel, fontdict=None, labelpad=None, *, loc=None, **kwargs):
        if labelpad is not None:
            self.yaxis.labelpad = labelpad
        return self.yaxis.set_label_text(ylabel, fontdict, **kwargs)

    def get_xlabel(self):
        return self.xaxis.get_label_text()

    def get_ylabel(self):
        return self.yaxis.get_label_text()

    # -- ticks --
    def get_xticks(self, *, minor=False):
        return [] if minor else self.xaxis.get_majorticklocs()

    def get_yticks(self, *, minor=False):
        return [] if minor else self.yaxis.get_majorticklocs()

    def set_xticks(self, ticks, labels=None, *, minor=False, **kwargs):
        return self.xaxis.set_ticks(ticks, labels, minor=minor, **kwargs)

    def set_yticks(self, ticks, labels=None, *, minor=False, **kwargs):
        return self.yaxis.set_ticks(ticks, labels, minor=minor, **kwargs)

    def get_xticklabels(self, minor=False, which=None):
        return self.xaxis.get_ticklabels(minor=minor)

    def get_yticklabels(self, minor=False, which=None):
        return self.yaxis.get_ticklabels(minor=minor)

    def set_xticklabels(self, labels, *, fontdict=None, minor=False, **kwargs):
        return self.xaxis.set_ticklabels(labels, minor=minor, fontdict=fontdict, **kwargs)

    def set_yticklabels(self, labels, *, fontdict=None, minor=False, **kwargs):
        return self.yaxis.set_ticklabels(labels, minor=minor, fontdict=fontdict, **kwargs)

    def tick_params(self, axis="both", **kwargs):
        _util.check_in_list(["x", "y", "both"], axis=axis)
        kwargs.pop("which", None)
        if axis in ("x", "both"):
            self.xaxis.set_tick_params(**kwargs)
        if axis in ("y", "both"):
            self.yaxis.set_tick_params(**kwargs)

    def minorticks_on(self):
        pass

    def minorticks_off(self):
        pass

    def ticklabel_format(self, *, axis="both", style=None, scilimits=None, useOffset=None,
                         **kwargs):
        for each in ((self.xaxis, self.yaxis) if axis == "both" else
                     (self.xaxis,) if axis == "x" else (self.yaxis,)):
            formatter = each.get_major_formatter()
            if not hasattr(formatter, "set_scientific"):
                continue
            if style in ("plain",):
                formatter.set_scientific(False)
            elif style in ("sci", "scientific"):
                formatter.set_scientific(True)
            if scilimits is not None:
                formatter.set_powerlimits(scilimits)
            if useOffset is not None:
                formatter.set_useOffset(useOffset)

    # -- the box --
    def get_position(self, original=False):
        if original:
            return Bbox.from_extents(*self._position.extents)
        self.apply_aspect()
        return self.figure._active_position(self)

    def set_position(self, pos, which="both"):
        self._position = pos if isinstance(pos, Bbox) else Bbox.from_bounds(*pos)

    def set_aspect(self, aspect, adjustable=None, anchor=None, share=False):
        """How many x units a y unit is long on screen: "equal" (1), a number, or "auto".
        The box shrinks to fit (`adjustable="box"`, the default), or the limits widen
        (`"datalim"`, as `axis("equal")` does)."""
        if aspect == "equal":
            aspect = 1
        if aspect != "auto":
            aspect = float(aspect)
            if not (aspect > 0 and _util.finite(aspect)):
                raise ValueError("aspect must be finite and positive ")
        self._aspect = aspect
        if adjustable is not None:
            self.set_adjustable(adjustable)

    def get_aspect(self):
        return self._aspect

    def set_adjustable(self, adjustable, share=False):
        _util.check_in_list(["box", "datalim"], adjustable=adjustable)
        self._adjustable = adjustable

    def get_adjustable(self):
        return self._adjustable

    def apply_aspect(self, position=None):
        """With an aspect and adjustable="datalim", widens the x or y limits so that the
        data's shape shows true (matplotlib's algorithm); "box" is worked out by
        get_position()."""
        if self._aspect == "auto" or self._adjustable == "box":
            return
        position = self._position
        width, height = self.figure.get_size_inches()
        fig_aspect = height / width
        xmin, xmax = self.get_xbound()
        ymin, ymax = self.get_ybound()
        xsize = max(abs(xmax - xmin), 1e-30)
        ysize = max(abs(ymax - ymin), 1e-30)
        box_aspect = fig_aspect * (position.height / position.width)
        data_ratio = box_aspect / self._aspect
        y_expander = data_ratio * xsize / ysize - 1
        if abs(y_expander) < 0.005:
            return
        x0, x1 = self._datalim["x"]
        y0, y1 = self._datalim["y"]
        if not all(_util.finite(v) for v in (x0, x1, y0, y1)):
            return
        xr = 1.05 * (x1 - x0)
        yr = 1.05 * (y1 - y0)
        xmarg = xsize - xr
        ymarg = ysize - yr
        Ysize = data_ratio * xsize
        Xsize = ysize / data_ratio
        Xmarg = Xsize - xr
        Ymarg = Ysize - yr
        if xmarg > 0 and ymarg > 0:
            adjust_y = (Ymarg > 0 and y_expander < 0) or (Xmarg < 0 and y_expander > 0)
        else:
            adjust_y = y_expander > 0
        if adjust_y:
            yc = 0.5 * (ymin + ymax)
            self.set_ybound([yc - Ysize / 2.0, yc + Ysize / 2.0])
        else:
            xc = 0.5 * (xmin + xmax)
            self.set_xbound([xc - Xsize / 2.0, xc + Xsize / 2.0])

    def axis(self, arg=None, /, *, emit=True, **kwargs):
        """`axis("equal")`, `axis("off")`, `axis([xmin, xmax, ymin, ymax])`; returns the
        limits."""
        if isinstance(arg, (str, bool)):
            if arg is True:
                arg = "on"
            if arg is False:
                arg = "off"
            arg = arg.lower()
            if arg == "on":
                self.set_axis_on()
            elif arg == "off":
                self.set_axis_off()
            elif arg in ("equal", "tight", "scaled", "auto", "image", "square"):
                self._autoscale_on = {"x": True, "y": True}
                self.set_aspect("auto")
                self.autoscale_view(tight=False)
                if arg == "equal":
                    self.set_aspect("equal", adjustable="datalim")
                elif arg == "scaled":
                    self.set_aspect("equal", adjustable="box")
                    self._autoscale_on = {"x": False, "y": False}
                elif arg in ("tight", "image"):
                    self.autoscale_view(tight=True)
                    self._autoscale_on = {"x": False, "y": False}
                    if arg == "image":
                        self.set_aspect("equal", adjustable="box")
                elif arg == "square":
                    self.set_aspect("equal", adjustable="box")
                    self._autoscale_on = {"x": False, "y": False}
                    x0, x1 = self.get_xlim()
                    y0, y1 = self.get_ylim()
                    edge = max(x1 - x0, y1 - y0)
                    self.set_xlim(x0, x0 + edge)
                    self.set_ylim(y0, y0 + edge)
            else:
                raise ValueError(f"Unrecognized string {arg!r} to axis; try 'on' or 'off'")
        else:
            if arg is not None:
                if len(arg) != 4:
                    raise TypeError("The first argument to axis() must be an iterable of the "
                                    "form [xmin, xmax, ymin, ymax]")
                limits = {"x": arg[0:2], "y": arg[2:4]}
            else:
                limits = {name: (kwargs.pop(f"{name}min", None), kwargs.pop(f"{name}max", None))
                          for name in ("x", "y")}
            for name, (low, high) in limits.items():
                auto = None if low is None and high is None else False
                (self.set_xlim if name == "x" else self.set_ylim)(low, high, auto=auto)
        if kwargs:
            raise TypeError(f"axis() got an unexpected keyword argument "
                            f"{next(iter(kwargs))!r}")
        return (*self.get_xlim(), *self.get_ylim())

    def set_axis_off(self):
        """Hides the frame, ticks and axis labels (the title stays)."""
        self._axison = False

    def set_axis_on(self):
        self._axison = True

    def set_frame_on(self, b):
        self._frameon = bool(b)

    def get_frame_on(self):
        return self._frameon

    def set_facecolor(self, color):
        colors._check_color(color)
        self._facecolor = color

    def get_facecolor(self):
        return colors.to_rgba(self._facecolor)

    def set_axisbelow(self, b):
        pass

    def set_prop_cycle(self, *args, **kwargs):
        from matplotlib import cycler

        cycle = args[0] if args else cycler(**kwargs)
        colors_ = cycle.by_key()["color"]
        for prop_cycle in (self._get_lines, self._get_patches_for_fill):
            prop_cycle._colors = list(colors_)
            prop_cycle._index = 0

    def set(self, **kwargs):
        """Several properties at once: `ax.set(title="…", xlabel="…", xlim=(0, 10))`."""
        for key, value in kwargs.items():
            setter = getattr(type(self), "set_" + key, None)
            if setter is None:
                raise AttributeError(f"Axes.set() got an unexpected keyword argument {key!r}")
            if key in ("xlim", "ylim") and _iterable(value):
                setter(self, *value)
            else:
                setter(self, value)
        return [None] * len(kwargs)

    def get_xaxis(self):
        return self.xaxis

    def get_yaxis(self):
        return self.yaxis

    def get_xgridlines(self):
        return self.xaxis.get_gridlines()

    def get_ygridlines(self):
        return self.yaxis.get_gridlines()

    def _axis_length_points(self, name):
        """The axis's length in points (1/72 inch), as drawn."""
        pos = self.get_position()
        width, height = self.figure.get_size_inches()
        dpi = self.figure.dpi
        if name == "x":
            pixels = pos.x1 * width * dpi - pos.x0 * width * dpi
        else:
            pixels = pos.y1 * height * dpi - pos.y0 * height * dpi
        return pixels / dpi * 72


def _limits_args(low_name, high_name, min_name, max_name, low, high, vmin, vmax):
    if high is None and _iterable(low):
        low, high = low
    if vmin is not None:
        if low is not None:
            raise TypeError(f"Cannot pass both {low_name!r} and {min_name!r}")
        low = vmin
    if vmax is not None:
        if high is not None:
            raise TypeError(f"Cannot pass both {high_name!r} and {max_name!r}")
        high = vmax
    return low, high


def _linear_only(value):
    if value != "linear":
        raise NotImplementedError(f"pyplay's matplotlib draws linear axes only, not "
                                  f"{value!r}")


def _iterable(value):
    if isinstance(value, str):
        return True
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _given(kwargs, prop):
    aliases = {"linestyle": ("linestyle", "ls"), "marker": ("marker",),
               "color": ("color", "c")}[prop]
    return any(name in kwargs for name in aliases)


def _normalize(kwargs, aliases):
    """kwargs with matplotlib's short names (lw, ls, c…) spelled out; both given is an
    error, as in matplotlib."""
    out = {}
    seen = {}  # the name each property was given as, for the error (lw, then linewidth)
    for key, value in kwargs.items():
        name = aliases.get(key, key)
        if name in out:
            raise TypeError(f"Got both {seen[name]!r} and {key!r}, which are aliases of one "
                            "another")
        out[name] = value
        seen[name] = key
    return out


def _normalize_line_kwargs(kwargs):
    return _normalize(kwargs, Line2D._aliases)


def _broadcast(columns, names):
    """numpy's broadcasting of bar()'s arguments: lists of one repeat; other lengths must
    match, or matplotlib's "shape mismatch" error."""
    n = max(len(c) for c in columns)
    for column, name in zip(columns, names):
        if len(column) not in (1, n):
            longest = next(nm for c, nm in zip(columns, names) if len(c) == n)
            first, second = (name, longest) if names.index(name) < names.index(longest) \
                else (longest, name)
            shapes = {nm: f"({len(c)},)" for c, nm in zip(columns, names)}
            raise ValueError(
                "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                f"between '{first}' with shape {shapes[first]} and '{second}' with shape "
                f"{shapes[second]}.")
    return [c * n if len(c) == 1 else c for c in columns]


def _process_plot_format(fmt):
    """A format string ("ro-", "g^", "--", "C2o") as (linestyle, marker, color); what it
    leaves out is None, except that a line is drawn when neither a style nor a marker is
    given and neither is drawn when only the other is."""
    linestyle = marker = color = None
    if fmt not in ("0", "1"):
        try:
            color = colors.to_rgba(fmt)
            return linestyle, marker, color
        except ValueError:
            pass
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if fmt[i:i + 2] in lineStyles:
            if linestyle is not None:
                raise ValueError(f"{fmt!r} is not a valid format string (two linestyle "
                                 "symbols)")
            linestyle = fmt[i:i + 2]
            i += 2
        elif c in lineStyles:
            if linestyle is not None:
                raise ValueError(f"{fmt!r} is not a valid format string (two linestyle "
                                 "symbols)")
            linestyle = c
            i += 1
        elif c in lineMarkers:
            if marker is not None:
                raise ValueError(f"{fmt!r} is not a valid format string (two marker "
                                 "symbols)")
            marker = c
            i += 1
        elif c in colors.get_named_colors_mapping():
            if color is not None:
                raise ValueError(f"{fmt!r} is not a valid format string (two color "
                                 "symbols)")
            color = c
            i += 1
        elif c == "C":
            j = i + 1
            while j < len(fmt) and fmt[j].isdigit():
                j += 1
            if j == i + 1:
                raise ValueError(f"{fmt!r} is not a valid format string ('C' must be "
                                 "followed by a number)")
            color = colors.to_rgba(fmt[i:j])
            i = j
        else:
            raise ValueError(f"{fmt!r} is not a valid format string (unrecognized "
                             f"character {c!r})")
    if linestyle is None and marker is None:
        linestyle = matplotlib.rcParams["lines.linestyle"]
    if linestyle is None:
        linestyle = "None"
    if marker is None:
        marker = "None"
    return linestyle, marker, color


def _legend_handles(axes_list):
    """Everything a legend could show, in matplotlib's order: lines, patches and markers in
    the order they were added, then bar groups."""
    for ax in axes_list:
        candidates = [a for a in ax._children if isinstance(a, (Line2D, Patch, PathCollection))]
        candidates += ax.containers
        for handle in candidates:
            if handle.get_label() != "_nolegend_":
                yield handle


def _legend_handles_labels(axes_list):
    handles, labels = [], []
    for handle in _legend_handles(axes_list):
        label = handle.get_label()
        if label and not label.startswith("_"):
            handles.append(handle)
            labels.append(label)
    return handles, labels


def _parse_legend_args(axes_list, *args, **kwargs):
    handles = kwargs.pop("handles", None)
    labels = kwargs.pop("labels", None)
    if (handles is not None or labels is not None) and args:
        raise TypeError("When passing handles and labels, they must both be passed "
                        "positionally or both as keywords.")
    if (hasattr(handles, "__len__") and hasattr(labels, "__len__")
            and len(handles) != len(labels)):
        _util.warn_external(f"Mismatched number of handles and labels: len(handles) = "
                            f"{len(handles)} len(labels) = {len(labels)}")
    if handles and labels:
        pairs = list(zip(handles, labels))
        handles, labels = [h for h, _ in pairs], [lab for _, lab in pairs]
    elif handles is not None and labels is None:
        labels = [handle.get_label() for handle in handles]
    elif labels is not None and handles is None:
        handles = [h for h, _ in zip(_legend_handles(axes_list), labels)]
    elif len(args) == 0:
        handles, labels = _legend_handles_labels(axes_list)
        if not handles:
            _util.warn_external("No artists with labels found to put in legend.  Note that "
                                "artists whose label start with an underscore are ignored "
                                "when legend() is called with no argument.")
    elif len(args) == 1:
        labels, = args
        if isinstance(labels, str) or not _iterable(labels):
            raise TypeError("The first argument of legend() must be a list of labels, not "
                            f"a {type(labels).__name__}: legend([{labels!r}])"
                            if isinstance(labels, str) else
                            f"'{type(labels).__name__}' object is not iterable")
        labels = list(labels)
        handles = [h for h, _ in zip(_legend_handles(axes_list), labels)]
    elif len(args) == 2:
        handles, labels = args
    else:
        raise TypeError(f"legend() takes 0-2 positional arguments but {len(args)} were "
                        "given")
    return list(handles), [str(label) for label in labels], kwargs

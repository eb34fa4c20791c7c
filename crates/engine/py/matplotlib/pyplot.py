"""pyplay's `matplotlib.pyplot`: plotting commands that draw on the page.

    from matplotlib import pyplot        # or: import matplotlib.pyplot as plt
    pyplot.plot([1950, 1980, 2010], [2.5, 4.4, 6.9], "mo-", label="World")
    pyplot.legend(loc="upper left")
    pyplot.show()

What there is: plot (with format strings such as "ro-", several groups per call, label=,
color=, linewidth/lw=, linestyle/ls=, marker=, markersize/ms=), scatter, bar, barh, hist, pie,
xlabel, ylabel, title, suptitle, legend (loc=), xticks, yticks, xlim, ylim, grid, text,
annotate (without arrows), axhline, axvline, axis, margins, tick_params, figure (figsize=),
subplot, subplots, gca, gcf, savefig (SVG into pyplay's files), show, clf, cla, close,
subplots_adjust, tight_layout, rcParams, and the matching Axes methods (ax.plot, ax.set_title,
ax.set_xlabel, …). Anything else of matplotlib's raises an error saying what there is.

`show()` draws every open figure on the page (below one another, in order) and closes them,
as a script's `show()` does once its windows are closed; figures still open when the program
(or a console entry) ends are drawn then too, and stay open for the console. Colours, limits, ticks and labels follow matplotlib 3.11 (see
matplotlib/__init__.py).
"""

from matplotlib import _util, rcParams, rcdefaults, rc, cycler  # noqa: F401 (pyplot names)
from matplotlib.axes import Axes
from matplotlib.figure import Figure, _subplot_spec

__all__ = [
    "plot", "scatter", "bar", "barh", "hist", "pie", "xlabel", "ylabel", "title", "suptitle",
    "legend", "xticks", "yticks", "xlim", "ylim", "grid", "text", "annotate", "axhline",
    "axvline", "axis", "margins", "tick_params", "figure", "subplot", "subplots", "axes",
    "gca", "gcf", "sca", "savefig", "show", "clf", "cla", "close", "subplots_adjust",
    "tight_layout", "get_fignums", "fignum_exists", "figtext", "autoscale", "xscale",
    "yscale", "ticklabel_format", "minorticks_on", "minorticks_off", "ion", "ioff",
    "isinteractive", "draw", "pause", "rcParams", "rc", "rcdefaults", "cycler", "Figure",
    "Axes", "setp",
]

# Functions of real pyplot that this one doesn't have (asking for one says what there is).
_NOT_HERE = frozenset("""
acorr angle_spectrum arrow autumn axhspan axline axvspan bar_label barbs bone box boxplot
broken_barh clabel clim cohere colorbar connect contour contourf cool copper csd delaxes
disconnect ecdf errorbar eventplot figimage figlegend fill fill_between fill_betweenx
findobj flag gci get get_cmap get_current_fig_manager get_figlabels get_plot_commands getp
ginput gray grouped_bar hexbin hist2d hlines hot hsv imread imsave imshow inferno jet
locator_params loglog magma magnitude_spectrum matshow new_figure_manager nipy_spectral
pcolor pcolormesh phase_spectrum pie_label pink plasma polar prism psd quiver quiverkey
rc_context rgrids sci semilogx semilogy set_cmap set_loglevel specgram spring spy stackplot
stairs stem step streamplot subplot2grid subplot_mosaic subplot_tool summer switch_backend
table thetagrids tricontour tricontourf tripcolor triplot twinx twiny violinplot viridis
vlines waitforbuttonpress winter xcorr xkcd style cm colormaps
""".split())

SUPPORTED = ("plot, scatter, bar, barh, hist, pie, xlabel, ylabel, title, suptitle, legend, "
             "xticks, yticks, xlim, ylim, grid, text, annotate, axhline, axvline, axis, "
             "figure, subplot, subplots, savefig, show, clf, close")


def __getattr__(name):
    if name in _NOT_HERE:
        raise AttributeError(f"pyplay's matplotlib.pyplot has no {name}(). It has: "
                             f"{SUPPORTED} (and a few more: see help(pyplot)).")
    raise AttributeError(f"module 'matplotlib.pyplot' has no attribute {name!r}")


# ---------------------------------------------------------------------------------------------
# Figures: open ones by number, the current one, and those shown in this run (for checks).
# Fresh in every run: the runner drops matplotlib from sys.modules.

_figures = {}
_current = None
_shown = []


def get_fignums():
    return sorted(_figures)


def fignum_exists(num):
    return num in _figures or any(fig.get_label() == num for fig in _figures.values())


def figure(num=None, figsize=None, dpi=None, *, facecolor=None, edgecolor=None, frameon=True,
           FigureClass=None, clear=False, **kwargs):
    """Makes a figure (or makes figure `num` current again): `figure(figsize=(8, 4))` is
    8 by 4 inches, 800 by 400 pixels at the default 100 dpi."""
    global _current
    if isinstance(num, Figure):
        if num.number not in _figures:
            _register(num, max(_figures, default=0) + 1)
        _current = num
        return num
    numbers = get_fignums()
    next_num = max(numbers) + 1 if numbers else 1
    label = ""
    if num is None:
        num = next_num
    else:
        given = [figsize, dpi, facecolor, edgecolor]
        if (any(p is not None for p in given) or not frameon or kwargs) and num in _figures:
            _util.warn_external(f"Ignoring specified arguments in this call because figure "
                                f"with num: {num} already exists")
        if isinstance(num, str):
            label = num
            labels = [fig.get_label() for fig in _figures.values()]
            if label in labels:
                num = [n for n, fig in _figures.items() if fig.get_label() == label][0]
            else:
                num = next_num
        else:
            num = int(num)
    fig = _figures.get(num)
    if fig is None:
        limit = rcParams["figure.max_open_warning"]
        if len(numbers) == limit >= 1:
            _util.warn_external(f"More than {limit} figures have been opened. Figures created "
                                "through the pyplot interface (`matplotlib.pyplot.figure`) "
                                "are retained until explicitly closed and may consume too "
                                "much memory. Consider using `matplotlib.pyplot.close()`.",
                                RuntimeWarning)
        fig = Figure(figsize=figsize, dpi=dpi, facecolor=facecolor, edgecolor=edgecolor,
                     **kwargs)
        if label:
            fig.set_label(label)
        _register(fig, num)
    if clear:
        fig.clear()
    _current = fig
    return fig


def _register(fig, num):
    fig.number = num
    _figures[num] = fig


def gcf():
    """The current figure (a new one if there is none)."""
    if _current is not None and _current.number in _figures:
        return _current
    return figure()


def gca():
    """The current axes of the current figure (new ones if there are none)."""
    return gcf().gca()


def sca(ax):
    global _current
    figure(ax.figure)
    ax.figure.sca(ax)
    _current = ax.figure


def subplot(*args, **kwargs):
    """`subplot(rows, columns, index)` (index from 1, row by row) or `subplot(221)`: makes
    that cell's axes current, creating them if needed."""
    if not args:
        args = (1, 1, 1)
    fig = gcf()
    spec = _subplot_spec(args)
    for ax in fig.axes:
        if ax._subplotspec == spec and not kwargs:
            break
    else:
        ax = fig.add_subplot(spec, **kwargs)
    fig.sca(ax)
    return ax


def subplots(nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True,
             width_ratios=None, height_ratios=None, subplot_kw=None, gridspec_kw=None,
             **fig_kw):
    """A new figure and a grid of axes: `fig, ax = subplots()`,
    `fig, (ax1, ax2) = subplots(1, 2)`, `fig, axs = subplots(2, 2)` (then `axs[0, 1]`)."""
    fig = figure(**fig_kw)
    axs = fig.subplots(nrows, ncols, sharex=sharex, sharey=sharey, squeeze=squeeze,
                       width_ratios=width_ratios, height_ratios=height_ratios,
                       subplot_kw=subplot_kw, gridspec_kw=gridspec_kw)
    return fig, axs


def axes(arg=None, **kwargs):
    """New axes filling the figure's plotting area, or at `arg` = [left, bottom, width,
    height] in fractions of the figure."""
    fig = gcf()
    if arg is None:
        return fig.add_subplot(**kwargs)
    return fig.add_axes(arg, **kwargs)


def close(fig=None):
    """Closes the current figure, figure `fig` (a number, a label or a Figure), or "all"."""
    global _current
    if fig is None:
        if _current is not None:
            _figures.pop(_current.number, None)
        _current = _last_figure()
        return
    if isinstance(fig, str) and fig == "all":
        _figures.clear()
        _current = None
        return
    if isinstance(fig, Figure):
        _figures.pop(fig.number, None)
    elif isinstance(fig, int):
        _figures.pop(fig, None)
    elif isinstance(fig, str):
        for num, each in list(_figures.items()):
            if each.get_label() == fig:
                del _figures[num]
    else:
        raise TypeError("close() argument must be a Figure, an int, a string, or None, not "
                        f"{type(fig)}")
    if _current is not None and _current.number not in _figures:
        _current = _last_figure()


def _last_figure():
    return _figures[max(_figures)] if _figures else None


def clf():
    """Clears the current figure."""
    gcf().clear()


def cla():
    """Clears the current axes."""
    gca().clear()


def show(*args, block=None, **kwargs):
    """Draws every open figure on the page, in order, and closes them."""
    _show_figures([_figures[num] for num in get_fignums()])


def _show_figures(figures):
    from matplotlib import _render

    for fig in figures:
        _render.draw_on_pane(fig)
        _shown.append(fig)
        _figures.pop(fig.number, None)
    global _current
    if _current is not None and _current.number not in _figures:
        _current = _last_figure()


def _show_at_end():
    """Called by pyplay's runner when a program (or a console entry) ends: figures still open
    are drawn, as a notebook shows them, and stay open, so that console entries can go on
    with them (each one redraws them in place)."""
    from matplotlib import _render

    for num in get_fignums():
        _render.draw_on_pane(_figures[num])
        if _figures[num] not in _shown:
            _shown.append(_figures[num])


def draw():
    """Nothing to do: figures are drawn by show() and at the end of the program."""


def pause(interval):
    """Waits `interval` seconds (figures are drawn by show(), not while the program runs)."""
    import time

    time.sleep(interval)


def ion():
    pass


def ioff():
    pass


def isinteractive():
    return False


def savefig(*args, **kwargs):
    """Writes the current figure as SVG into pyplay's files: `savefig("plot.svg")`."""
    return gcf().savefig(*args, **kwargs)


def suptitle(t, **kwargs):
    return gcf().suptitle(t, **kwargs)


def figtext(x, y, s, fontdict=None, **kwargs):
    return gcf().text(x, y, s, fontdict=fontdict, **kwargs)


def subplots_adjust(left=None, bottom=None, right=None, top=None, wspace=None, hspace=None):
    gcf().subplots_adjust(left, bottom, right, top, wspace, hspace)


def tight_layout(*, pad=1.08, h_pad=None, w_pad=None, rect=None):
    gcf().tight_layout(pad=pad, h_pad=h_pad, w_pad=w_pad, rect=rect)


# ---------------------------------------------------------------------------------------------
# Commands on the current axes.

def plot(*args, scalex=True, scaley=True, data=None, **kwargs):
    return gca().plot(*args, scalex=scalex, scaley=scaley, data=data, **kwargs)


plot.__doc__ = Axes.plot.__doc__


def scatter(x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, vmax=None,
            alpha=None, linewidths=None, *, edgecolors=None, **kwargs):
    return gca().scatter(x, y, s, c, marker, cmap, norm, vmin, vmax, alpha, linewidths,
                         edgecolors=edgecolors, **kwargs)


def bar(x, height, width=0.8, bottom=None, *, align="center", **kwargs):
    return gca().bar(x, height, width, bottom, align=align, **kwargs)


def barh(y, width, height=0.8, left=None, *, align="center", **kwargs):
    return gca().barh(y, width, height, left, align=align, **kwargs)


def hist(x, bins=None, range=None, density=False, weights=None, cumulative=False,
         bottom=None, histtype="bar", align="mid", orientation="vertical", rwidth=None,
         log=False, color=None, label=None, stacked=False, **kwargs):
    return gca().hist(x, bins, range, density, weights, cumulative, bottom, histtype, align,
                      orientation, rwidth, log, color, label, stacked, **kwargs)


def pie(x, explode=None, labels=None, colors=None, autopct=None, pctdistance=0.6,
        shadow=False, labeldistance=1.1, startangle=0, radius=1, counterclock=True,
        wedgeprops=None, textprops=None, center=(0, 0), frame=False, rotatelabels=False, *,
        normalize=True, hatch=None):
    return gca().pie(x, explode, labels, colors, autopct, pctdistance, shadow, labeldistance,
                     startangle, radius, counterclock, wedgeprops, textprops, center, frame,
                     rotatelabels, normalize=normalize, hatch=hatch)


for _f, _m in ((scatter, Axes.scatter), (bar, Axes.bar), (barh, Axes.barh),
               (hist, Axes.hist), (pie, Axes.pie)):
    _f.__doc__ = _m.__doc__


def text(x, y, s, fontdict=None, **kwargs):
    return gca().text(x, y, s, fontdict, **kwargs)


def annotate(text, xy, xytext=None, **kwargs):
    return gca().annotate(text, xy, xytext, **kwargs)


def axhline(y=0, xmin=0, xmax=1, **kwargs):
    return gca().axhline(y, xmin, xmax, **kwargs)


def axvline(x=0, ymin=0, ymax=1, **kwargs):
    return gca().axvline(x, ymin, ymax, **kwargs)


def legend(*args, **kwargs):
    return gca().legend(*args, **kwargs)


def grid(visible=None, which="major", axis="both", **kwargs):
    gca().grid(visible, which=which, axis=axis, **kwargs)


def title(label, fontdict=None, loc=None, pad=None, *, y=None, **kwargs):
    return gca().set_title(label, fontdict=fontdict, loc=loc, pad=pad, y=y, **kwargs)


def xlabel(xlabel, fontdict=None, labelpad=None, *, loc=None, **kwargs):
    return gca().set_xlabel(xlabel, fontdict=fontdict, labelpad=labelpad, loc=loc, **kwargs)


def ylabel(ylabel, fontdict=None, labelpad=None, *, loc=None, **kwargs):
    return gca().set_ylabel(ylabel, fontdict=fontdict, labelpad=labelpad, loc=loc, **kwargs)


def xlim(*args, **kwargs):
    """The x limits; `xlim(0, 10)` (or `xlim(left=0)`) sets them."""
    ax = gca()
    if not args and not kwargs:
        return ax.get_xlim()
    return ax.set_xlim(*args, **kwargs)


def ylim(*args, **kwargs):
    """The y limits; `ylim(0, 10)` (or `ylim(bottom=0)`) sets them."""
    ax = gca()
    if not args and not kwargs:
        return ax.get_ylim()
    return ax.set_ylim(*args, **kwargs)


def xticks(ticks=None, labels=None, *, minor=False, **kwargs):
    """The x ticks and their labels; `xticks([1, 2, 3], ["a", "b", "c"])` sets them,
    `xticks(rotation=45)` turns the labels."""
    return _ticks(gca().xaxis, "xticks", ticks, labels, minor, kwargs)


def yticks(ticks=None, labels=None, *, minor=False, **kwargs):
    """The y ticks and their labels; `yticks([0, 50, 100])` sets them."""
    return _ticks(gca().yaxis, "yticks", ticks, labels, minor, kwargs)


def _ticks(axis, name, ticks, labels, minor, kwargs):
    if ticks is None:
        locs = [] if minor else axis.get_majorticklocs()
        if labels is not None:
            raise TypeError(f"{name}(): Parameter 'labels' can't be set without setting "
                            "'ticks'")
    else:
        locs = axis.set_ticks(ticks, minor=minor)
    if labels is None:
        axis._set_ticklabel_props(kwargs)
        texts = axis.get_ticklabels(minor=minor)
    else:
        texts = axis.set_ticklabels(labels, minor=minor, **kwargs)
    return locs, texts


def axis(arg=None, /, *, emit=True, **kwargs):
    return gca().axis(arg, emit=emit, **kwargs)


def margins(*margins, x=None, y=None, tight=True):
    return gca().margins(*margins, x=x, y=y, tight=tight)


def tick_params(axis="both", **kwargs):
    gca().tick_params(axis, **kwargs)


def ticklabel_format(**kwargs):
    gca().ticklabel_format(**kwargs)


def autoscale(enable=True, axis="both", tight=None):
    gca().autoscale(enable, axis, tight)


def xscale(value, **kwargs):
    gca().set_xscale(value, **kwargs)


def yscale(value, **kwargs):
    gca().set_yscale(value, **kwargs)


def minorticks_on():
    pass


def minorticks_off():
    pass


def setp(obj, *args, **kwargs):
    """Sets properties on an artist or a list of them: `setp(lines, color="r")`."""
    objs = obj if isinstance(obj, (list, tuple)) else [obj]
    if len(args) % 2:
        raise ValueError("The set args must be string, value pairs")
    props = {**dict(zip(args[::2], args[1::2])), **kwargs}
    for each in objs:
        each.set(**props)

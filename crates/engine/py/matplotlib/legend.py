"""The legend: a framed box of sample lines/patches/markers with their labels, placed by
`loc` (a name such as "upper left", its code 0-10, or a point in axes fractions)."""

import matplotlib
from matplotlib import _util
from matplotlib.artist import Artist
from matplotlib.text import Text

# matplotlib's location names and codes ("best" tries codes 1-9 and takes the emptiest).
codes = {"best": 0, "upper right": 1, "upper left": 2, "lower left": 3, "lower right": 4,
         "right": 5, "center left": 6, "center right": 7, "lower center": 8,
         "upper center": 9, "center": 10}

# Legend keywords pyplay reads; other real ones are accepted and ignored.
_IGNORED = frozenset(("shadow", "fancybox", "framealpha", "numpoints", "scatterpoints",
                      "scatteryoffsets", "borderpad", "labelspacing", "handleheight",
                      "handletextpad", "columnspacing", "mode", "bbox_transform",
                      "handler_map", "alignment", "draggable", "prop", "title_fontproperties",
                      "reverse", "loc_used_default", "edgecolor", "labelcolor",
                      "markerfirst"))


def _check_loc(loc):
    """A legend location as a code 0-10 or an (x, y) point in axes fractions."""
    if isinstance(loc, str):
        if loc not in codes:
            from matplotlib.lines import _suggestion_message

            raise ValueError(_suggestion_message("loc", loc, list(codes)))
        return codes[loc]
    if isinstance(loc, bool):
        loc = int(loc)
    if isinstance(loc, int):
        if not 0 <= loc <= 10:
            raise ValueError(f"loc must be string, coordinate tuple, or an integer 0-10, not "
                             f"{loc!r}")
        return loc
    if isinstance(loc, (tuple, list)) and len(loc) == 2 and all(
            isinstance(v, (int, float)) for v in loc):
        return tuple(loc)
    raise ValueError(f"loc must be string, coordinate tuple, or an integer 0-10, not {loc!r}")


class Legend(Artist):
    zorder = 5

    def __init__(self, parent, handles, labels, *, loc=None, fontsize=None, title=None,
                 title_fontsize=None, ncols=1, ncol=None, frameon=None, facecolor=None,
                 bbox_to_anchor=None, markerscale=None, handlelength=None,
                 borderaxespad=None, **kwargs):
        super().__init__()
        for key in kwargs:
            if key not in _IGNORED:
                raise TypeError(f"Legend.__init__() got an unexpected keyword argument "
                                f"{key!r}")
        rc = matplotlib.rcParams
        self.parent = parent
        self.axes = parent
        self._loc_given = loc is not None
        self._loc = _check_loc(rc["legend.loc"] if loc is None else loc)
        self._fontsize = _util.font_size(rc["legend.fontsize"] if fontsize is None
                                         else fontsize)
        self._ncols = max(1, int(ncol if ncol is not None else ncols))
        self._frameon = rc["legend.frameon"] if frameon is None else bool(frameon)
        self._facecolor = "white" if facecolor in (None, "inherit") else facecolor
        self._bbox_to_anchor = bbox_to_anchor
        self._markerscale = rc["legend.markerscale"] if markerscale is None else markerscale
        self._handlelength = rc["legend.handlelength"] if handlelength is None \
            else handlelength
        self._borderaxespad = rc["legend.borderaxespad"] if borderaxespad is None \
            else borderaxespad
        pairs = list(zip(handles, labels))  # as matplotlib: extra labels are dropped
        self._handles = [handle for handle, _ in pairs]
        self.texts = [Text(0, 0, label, fontsize=self._fontsize) for _, label in pairs]
        self.legend_handles = [_proxy(handle) for handle in self._handles]
        self._title = Text(0, 0, "" if title is None else title,
                           fontsize=self._fontsize if title_fontsize is None
                           else title_fontsize)

    def get_texts(self):
        return list(self.texts)

    def get_lines(self):
        from matplotlib.lines import Line2D

        return [h for h in self.legend_handles if isinstance(h, Line2D)]

    def get_patches(self):
        from matplotlib.patches import Patch

        return [h for h in self.legend_handles if isinstance(h, Patch)]

    def get_title(self):
        return self._title

    def set_title(self, title, prop=None):
        self._title.set_text(title)

    def get_frame_on(self):
        return self._frameon

    def set_frame_on(self, b):
        self._frameon = bool(b)

    def set_loc(self, loc=None):
        self._loc = _check_loc("best" if loc is None else loc)

    def set_draggable(self, state, use_blit=False, update="loc"):
        pass

    def remove(self):
        if self.parent.legend_ is self:
            self.parent.legend_ = None

    def __repr__(self):
        return "Legend"


def _proxy(handle):
    """The sample drawn for `handle` in the legend (matplotlib's `legend_handles`): a line,
    a rectangle or a marker in the handle's style."""
    from matplotlib.collections import PathCollection
    from matplotlib.container import BarContainer
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, Rectangle

    if isinstance(handle, BarContainer):
        handle = handle.patches[0] if handle.patches else Rectangle((0, 0), 1, 1)
    if isinstance(handle, Line2D):
        proxy = Line2D([], [], color=handle.get_color(), linestyle=handle._linestyle,
                       linewidth=handle.get_linewidth(), marker=handle.get_marker(),
                       markersize=handle.get_markersize(),
                       markeredgewidth=handle.get_markeredgewidth(),
                       markeredgecolor=handle._markeredgecolor,
                       markerfacecolor=handle._markerfacecolor)
        proxy._alpha = handle._alpha
    elif isinstance(handle, Patch):
        proxy = Rectangle((0, 0), 1, 1, facecolor=handle._facecolor,
                          edgecolor=handle._edgecolor if handle._edge_given else None,
                          linewidth=handle.get_linewidth(), fill=handle.get_fill())
        proxy._alpha = handle._alpha
    elif isinstance(handle, PathCollection):
        proxy = PathCollection([], handle.get_sizes()[:1], handle._facecolors[:1],
                               marker=handle.get_marker())
        proxy._edgecolors = handle._edgecolors
        proxy._alpha = handle._alpha
    else:
        raise TypeError(f"Legend does not support handles for {type(handle).__name__} "
                        "instances.")
    proxy.set_label(handle.get_label())
    return proxy

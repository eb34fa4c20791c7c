"""Many markers at once: what `scatter` makes."""

from matplotlib import _util, colors
from matplotlib.artist import Artist


class Collection(Artist):
    zorder = 1
    _aliases = {"c": "color", "fc": "facecolor", "facecolors": "facecolor",
                "ec": "edgecolor", "edgecolors": "edgecolor", "lw": "linewidth",
                "linewidths": "linewidth", "s": "sizes"}


class PathCollection(Collection):
    """Markers of one shape at `offsets` (x, y), each with its size (points²) and colour."""

    def __init__(self, offsets, sizes, facecolors, *, marker="o", edgecolors="face",
                 linewidths=None, label="", **kwargs):
        super().__init__()
        self._offsets = [tuple(p) for p in offsets]
        self._offsets_num = self._offsets
        self._sizes = list(sizes)
        self._facecolors = [colors.to_rgba(c) for c in facecolors]
        self._marker = marker
        self.set_edgecolor(edgecolors)
        self._linewidths = [1.0 if linewidths is None else float(linewidths)]
        self.set_label(label)
        self.set(**kwargs)

    def get_offsets(self):
        return list(self._offsets)

    def set_offsets(self, offsets):
        self._offsets = self._offsets_num = [tuple(p) for p in offsets]

    def get_sizes(self):
        return list(self._sizes)

    def set_sizes(self, sizes):
        self._sizes = _util.as_values(sizes)

    def get_facecolor(self):
        return [_util.with_alpha(c, self._alpha) for c in self._facecolors]

    get_facecolors = get_facecolor

    def set_facecolor(self, c):
        self._facecolors = [colors._check_color(c, "facecolor")]

    def set_color(self, c):
        self.set_facecolor(c)
        self.set_edgecolor(c)

    def get_edgecolor(self):
        if self._edgecolors == "face":
            return self.get_facecolor()
        return [_util.with_alpha(c, self._alpha) for c in self._edgecolors]

    def set_edgecolor(self, c):
        if c is None or c == "face":
            self._edgecolors = "face"
        else:
            self._edgecolors = [colors._check_color(c, "edgecolor")]

    def get_linewidth(self):
        return list(self._linewidths)

    def set_linewidth(self, lw):
        self._linewidths = [float(v) for v in _util.as_values(lw)]

    def get_marker(self):
        return self._marker

    def set_marker(self, marker):
        from matplotlib.lines import check_marker

        self._marker = check_marker(marker)

    def set_cmap(self, cmap):
        pass

    def set_hatch(self, hatch):
        pass

    def set_transform(self, t):
        pass

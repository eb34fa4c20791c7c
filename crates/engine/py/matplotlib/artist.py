"""What every drawn thing has: a label (for the legend), visibility, transparency, stacking
order (zorder), and `set(**properties)` with matplotlib's error for a property that doesn't
exist."""

from matplotlib import _util


class _StickyEdges:
    """Values the automatic limits may not pass with their margin (a bar's base at 0)."""

    def __init__(self):
        self.x = []
        self.y = []


class Artist:
    zorder = 0
    # Other names matplotlib accepts for a property: {"lw": "linewidth", …}.
    _aliases = {}

    def __init__(self):
        self._label = ""
        self._visible = True
        self._alpha = None
        self._zorder = type(self).zorder
        self._remove_method = None
        self.axes = None
        self.figure = None
        self.sticky_edges = _StickyEdges()
        self._clip_on = True

    def set(self, **kwargs):
        """Sets properties by name: `line.set(color="red", linewidth=2)`."""
        for key, value in kwargs.items():
            self._set_property(key, value)

    def _set_property(self, key, value):
        name = self._aliases.get(key, key)
        setter = getattr(self, "set_" + name, None)
        if setter is None or not callable(setter):
            raise _util.unexpected_keyword(type(self).__name__, key)
        setter(value)

    def update(self, props):
        self.set(**props)

    def get_label(self):
        return self._label

    def set_label(self, s):
        self._label = str(s) if s is not None else None

    def get_visible(self):
        return self._visible

    def set_visible(self, b):
        self._visible = bool(b)

    def get_alpha(self):
        return self._alpha

    def set_alpha(self, alpha):
        if alpha is not None:
            alpha = _util.scalar(alpha, "alpha")
            if not 0 <= alpha <= 1:
                raise ValueError(f"alpha ({alpha}) is outside 0-1 range")
        self._alpha = alpha

    def get_zorder(self):
        return self._zorder

    def set_zorder(self, level):
        self._zorder = level if level is not None else type(self).zorder

    def set_clip_on(self, b):
        self._clip_on = bool(b)

    def get_clip_on(self):
        return self._clip_on

    def set_gid(self, gid):
        pass

    def set_animated(self, b):
        pass

    def set_picker(self, picker):
        pass

    def remove(self):
        """Takes the artist off its axes."""
        if self._remove_method is None:
            raise NotImplementedError("cannot remove artist")
        self._remove_method(self)
        self._remove_method = None
        self.axes = None

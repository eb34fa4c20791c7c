"""Boxes (`Bbox`, as `ax.get_position()` returns) and the coordinate systems texts can be
placed in (`ax.transAxes`, `fig.transFigure`, `ax.transData`)."""


class Bbox:
    """A rectangle by its corners (x0, y0) and (x1, y1)."""

    def __init__(self, points):
        (self.x0, self.y0), (self.x1, self.y1) = points

    @staticmethod
    def from_bounds(x0, y0, width, height):
        return Bbox([[x0, y0], [x0 + width, y0 + height]])

    @staticmethod
    def from_extents(x0, y0, x1, y1):
        return Bbox([[x0, y0], [x1, y1]])

    @property
    def width(self):
        return self.x1 - self.x0

    @property
    def height(self):
        return self.y1 - self.y0

    @property
    def bounds(self):
        return (self.x0, self.y0, self.x1 - self.x0, self.y1 - self.y0)

    @property
    def extents(self):
        return (self.x0, self.y0, self.x1, self.y1)

    @property
    def xmin(self):
        return min(self.x0, self.x1)

    @property
    def xmax(self):
        return max(self.x0, self.x1)

    @property
    def ymin(self):
        return min(self.y0, self.y1)

    @property
    def ymax(self):
        return max(self.y0, self.y1)

    def __repr__(self):
        return f"Bbox([[{self.x0}, {self.y0}], [{self.x1}, {self.y1}]])"


class _Coordinates:
    """A marker for a coordinate system: what `transform=` is given and `Text` records."""

    def __init__(self, kind, owner=None):
        self._pyplay_kind = kind
        self._owner = owner

    def __repr__(self):
        return f"<pyplay transform {self._pyplay_kind}>"

"""Filled shapes: bars (`Rectangle`), pie wedges (`Wedge`), `Circle`, `Polygon`, and a bare
`Patch` for a legend entry made by hand (`Patch(color="red", label="Women")`)."""

import math

import matplotlib
from matplotlib import _util, colors
from matplotlib.artist import Artist


class Patch(Artist):
    zorder = 1
    _aliases = {"fc": "facecolor", "ec": "edgecolor", "lw": "linewidth", "ls": "linestyle",
                "aa": "antialiased"}

    def __init__(self, *, edgecolor=None, facecolor=None, color=None, linewidth=None,
                 linestyle=None, fill=True, label="", **kwargs):
        super().__init__()
        self._fill = bool(fill)
        self._linestyle = "-"
        self._edge_given = False
        if color is not None:
            if facecolor is not None or edgecolor is not None:
                _util.warn_external("Setting the 'color' property will override the "
                                    "edgecolor or facecolor properties.")
            self.set_color(color)
        else:
            self.set_facecolor(facecolor)
            self.set_edgecolor(edgecolor)
        self.set_linewidth(linewidth)
        if linestyle is not None:
            self.set_linestyle(linestyle)
        self.set_label(label)
        self.set(**kwargs)

    def get_facecolor(self):
        rgba = self._facecolor if self._fill else (0.0, 0.0, 0.0, 0.0)
        return _util.with_alpha(rgba, self._alpha)

    def set_facecolor(self, color):
        if color is None:
            color = matplotlib.rcParams["patch.facecolor"]
        self._facecolor = colors._check_color(color, "facecolor")

    def get_edgecolor(self):
        return _util.with_alpha(self._edgecolor, self._alpha)

    def set_edgecolor(self, color):
        self._edge_given = color is not None
        if color is None:
            # Edges are drawn only when asked for (patch.force_edgecolor is off), or for a
            # patch that isn't filled.
            color = matplotlib.rcParams["patch.edgecolor"] if not self._fill else "none"
        self._edgecolor = colors._check_color(color, "edgecolor")

    def set_color(self, c):
        self.set_facecolor(c)
        self.set_edgecolor(c)

    def get_linewidth(self):
        return self._linewidth

    def set_linewidth(self, w):
        if w is None:
            w = matplotlib.rcParams["patch.linewidth"]
        self._linewidth = float(_util.scalar(w, "linewidth"))

    def get_linestyle(self):
        return self._linestyle

    def set_linestyle(self, ls):
        from matplotlib.lines import check_linestyle

        self._linestyle = check_linestyle(ls)

    def get_fill(self):
        return self._fill

    def set_fill(self, b):
        self._fill = bool(b)
        if not self._edge_given:
            self.set_edgecolor(None)
            self._edge_given = False

    def set_hatch(self, hatch):
        pass

    def set_antialiased(self, aa):
        pass

    def set_capstyle(self, s):
        pass

    def set_joinstyle(self, s):
        pass

    def set_transform(self, t):
        pass



class Rectangle(Patch):
    """A rectangle from its lower-left corner `xy`, `width` and `height` (a bar)."""

    def __init__(self, xy, width, height, *, angle=0.0, **kwargs):
        self._x0, self._y0 = xy
        self._width = width
        self._height = height
        if angle:
            raise NotImplementedError("pyplay's matplotlib draws rectangles without rotation")
        super().__init__(**kwargs)

    def get_x(self):
        return self._x0

    def get_y(self):
        return self._y0

    def get_xy(self):
        return (self._x0, self._y0)

    def get_width(self):
        return self._width

    def get_height(self):
        return self._height

    def set_x(self, x):
        self._x0 = x

    def set_y(self, y):
        self._y0 = y

    def set_xy(self, xy):
        self._x0, self._y0 = xy

    def set_width(self, w):
        self._width = w

    def set_height(self, h):
        self._height = h

    def get_bbox(self):
        from matplotlib.transforms import Bbox

        return Bbox.from_bounds(self._x0, self._y0, self._width, self._height)

    def _corners(self):
        x0, y0 = self._x0, self._y0
        x1, y1 = x0 + self._width, y0 + self._height
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


class Wedge(Patch):
    """A slice of a disc: centre, radius `r`, from `theta1` to `theta2` degrees (a pie's
    wedge)."""

    def __init__(self, center, r, theta1, theta2, *, width=None, **kwargs):
        self.center = tuple(center)
        self.r = r
        self.theta1 = theta1
        self.theta2 = theta2
        self.width = width
        super().__init__(**kwargs)

    def set_center(self, center):
        self.center = tuple(center)

    def set_radius(self, radius):
        self.r = radius

    def set_theta1(self, theta1):
        self.theta1 = theta1

    def set_theta2(self, theta2):
        self.theta2 = theta2

    def set_width(self, width):
        self.width = width

    def _corners(self):
        """Points around the wedge's edge (for data limits)."""
        cx, cy = self.center
        points = [(cx, cy)]
        steps = max(2, int(abs(self.theta2 - self.theta1) / 5) + 1)
        for i in range(steps + 1):
            t = math.radians(self.theta1 + (self.theta2 - self.theta1) * i / steps)
            points.append((cx + self.r * math.cos(t), cy + self.r * math.sin(t)))
        return points


class Circle(Patch):
    """A circle at `xy` with `radius` (in data units)."""

    def __init__(self, xy, radius=5, **kwargs):
        self.center = tuple(xy)
        self.radius = radius
        super().__init__(**kwargs)

    def set_radius(self, radius):
        self.radius = radius

    def get_radius(self):
        return self.radius

    def _corners(self):
        cx, cy = self.center
        r = self.radius
        return [(cx - r, cy - r), (cx + r, cy + r)]


class Polygon(Patch):
    """A polygon through the points `xy` (a list of (x, y))."""

    def __init__(self, xy, *, closed=True, **kwargs):
        self._xy = [tuple(p) for p in xy]
        self._closed = closed
        super().__init__(**kwargs)

    def get_xy(self):
        return list(self._xy)

    def set_xy(self, xy):
        self._xy = [tuple(p) for p in xy]

    def get_closed(self):
        return self._closed

    def _corners(self):
        return list(self._xy)

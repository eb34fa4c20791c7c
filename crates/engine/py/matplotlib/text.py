"""Texts: titles, axis labels, tick labels, legend entries and `text()`."""

import matplotlib
from matplotlib import _util, colors
from matplotlib.artist import Artist

_HORIZONTAL = ("left", "center", "right")
_VERTICAL = ("top", "center", "bottom", "baseline", "center_baseline")
_WEIGHTS = ("ultralight", "light", "normal", "regular", "book", "medium", "roman",
            "semibold", "demibold", "demi", "bold", "heavy", "extra bold", "black")


class Text(Artist):
    zorder = 3
    _aliases = {"c": "color", "size": "fontsize", "ha": "horizontalalignment",
                "va": "verticalalignment", "weight": "fontweight", "style": "fontstyle",
                "family": "fontfamily", "name": "fontfamily", "fontname": "fontfamily",
                "horizontalalignment": "horizontalalignment",
                "verticalalignment": "verticalalignment", "fontproperties": "fontproperties",
                "font_properties": "fontproperties", "font": "fontproperties"}

    def __init__(self, x=0, y=0, text="", *, color=None, verticalalignment="baseline",
                 horizontalalignment="left", rotation=None, fontsize=None, **kwargs):
        super().__init__()
        self._x, self._y = x, y
        self._text = ""
        self.set_text(text)
        self.set_color(matplotlib.rcParams["text.color"] if color is None else color)
        self.set_verticalalignment(verticalalignment)
        self.set_horizontalalignment(horizontalalignment)
        self.set_rotation(rotation)
        self._fontsize = _util.font_size(matplotlib.rcParams["font.size"]
                                         if fontsize is None else fontsize)
        self._fontweight = "normal"
        self._fontstyle = "normal"
        self._fontfamily = "DejaVu Sans"
        self._transform = "data"  # "axes" or "figure" for transform=ax.transAxes/…
        self._rotation_mode = "default"
        self._background = None
        self._background_edge = None
        self.set(**kwargs)

    def get_text(self):
        return self._text

    def set_text(self, s):
        self._text = "" if s is None else str(s)

    def get_position(self):
        return (self._x, self._y)

    def set_position(self, xy):
        self._x, self._y = xy

    def set_x(self, x):
        self._x = x

    def set_y(self, y):
        self._y = y

    def get_color(self):
        return self._color

    def set_color(self, color):
        colors._check_color(color)
        self._color = color

    def get_fontsize(self):
        return self._fontsize

    def set_fontsize(self, fontsize):
        self._fontsize = _util.font_size(fontsize)

    get_size = get_fontsize

    def get_fontweight(self):
        return self._fontweight

    def set_fontweight(self, weight):
        if isinstance(weight, str) and weight not in _WEIGHTS:
            raise ValueError(f"{weight!r} is not a valid font weight")
        self._fontweight = weight

    def get_fontstyle(self):
        return self._fontstyle

    def set_fontstyle(self, fontstyle):
        _util.check_in_list(["normal", "italic", "oblique"], fontstyle=fontstyle)
        self._fontstyle = fontstyle

    def get_fontfamily(self):
        return [self._fontfamily]

    def set_fontfamily(self, fontname):
        self._fontfamily = fontname if isinstance(fontname, str) else fontname[0]

    def set_fontproperties(self, fp):
        if isinstance(fp, dict):
            self.set(**fp)

    def set_fontdict(self, fontdict):
        self.set(**(fontdict or {}))

    def get_horizontalalignment(self):
        return self._ha

    def set_horizontalalignment(self, align):
        _util.check_in_list(_HORIZONTAL, horizontalalignment=align)
        self._ha = align

    get_ha = get_horizontalalignment
    set_ha = set_horizontalalignment

    def get_verticalalignment(self):
        return self._va

    def set_verticalalignment(self, align):
        _util.check_in_list(_VERTICAL, verticalalignment=align)
        self._va = align

    get_va = get_verticalalignment
    set_va = set_verticalalignment

    def get_rotation(self):
        return self._rotation

    def set_rotation(self, s):
        """Degrees counter-clockwise, or "horizontal" (0) / "vertical" (90)."""
        if s is None or s == "horizontal":
            s = 0.0
        elif s == "vertical":
            s = 90.0
        elif isinstance(s, str):
            raise ValueError("rotation must be 'vertical', 'horizontal' or a number, not "
                             f"{s}")
        self._rotation = float(_util.scalar(s, "rotation")) % 360

    def get_rotation_mode(self):
        return self._rotation_mode

    def set_rotation_mode(self, m):
        """"default": a turned text is aligned by the box around it; "anchor": aligned first,
        then turned about that point (how axis labels are placed)."""
        _util.check_in_list(["default", "anchor", None], rotation_mode=m)
        self._rotation_mode = m or "default"

    def set_multialignment(self, align):
        pass

    def set_linespacing(self, spacing):
        pass

    def set_wrap(self, wrap):
        pass

    def set_backgroundcolor(self, color):
        self._background = color
        self._background_edge = None

    def set_bbox(self, props):
        """A box behind the text (`bbox=dict(facecolor="yellow")`): its fill and edge (black
        unless `edgecolor=` says otherwise) are drawn."""
        props = props or {}
        self._background = props.get("facecolor", props.get("fc", props.get("color")))
        if self._background is None and props:
            self._background = "white"
        self._background_edge = props.get("edgecolor", props.get("ec", "black"))

    def set_transform(self, t):
        kind = getattr(t, "_pyplay_kind", None)
        if kind is None:
            raise NotImplementedError("pyplay's matplotlib places text by data coordinates, "
                                      "ax.transAxes or fig.transFigure only")
        self._transform = kind

    def set_clip_on(self, b):
        self._clip_on = bool(b)

    def __repr__(self):
        return f"Text({self._x!r}, {self._y!r}, {self._text!r})"

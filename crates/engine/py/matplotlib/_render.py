"""Drawing a figure: the figure model turned into pyplay's drawing items (the `put` ops of
crates/drawing: rectangles, ovals, lines, polygons, texts, arcs), laid out as matplotlib lays
out its default style at the figure's dpi — tick marks 3.5 points long outside the axes,
labels 3.5 points beyond them, the axis label 4 points further, the title 6 points above.

`draw_on_pane` sends a figure to the page below those shown before it in this run; `savefig`
writes the same items as SVG (pyplay_drawing::to_svg, through `_pyplay.svg`). Each figure's
background rectangle carries a description in words (`alt`), which the page reads out instead
of counting shapes.
"""

import math

import _pyplay
import matplotlib
from matplotlib import _fonts, _util, colors
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D, UNFILLED_MARKERS
from matplotlib.patches import Circle, Patch, Polygon, Rectangle, Wedge
from matplotlib.text import Text

FONT_FAMILY = "DejaVu Sans"


class _Pane:
    """What this run has put on the page: figures go below one another. A figure drawn again
    (still open at the end of the next console entry) replaces its earlier drawing in its
    place."""

    next_id = 1
    width = 0.0
    height = 0.0
    # Figure → (its top on the pane, its item ids, its items without ids).
    placed = {}


def draw_on_pane(fig):
    earlier = _Pane.placed.get(fig)
    top = earlier[0] if earlier else _Pane.height
    items, width, height = figure_items(fig, _Pane.next_id, top)
    drawing = [{k: v for k, v in item.items() if k != "id"} for item in items]
    if earlier and earlier[2] == drawing:
        return  # unchanged since it was last drawn
    ops = []
    if earlier:
        ops.append({"op": "delete", "ids": earlier[1]})
    else:
        _Pane.height += height
    _Pane.next_id += len(items)
    _Pane.width = max(_Pane.width, width)
    _Pane.placed[fig] = (top, [item["id"] for item in items], drawing)
    window = {"op": "window", "width": _Pane.width, "height": _Pane.height,
              "background": "#ffffff", "title": _figure_title(fig)}
    _pyplay.draw([window] + ops + items)


def _figure_title(fig):
    return f"Figure {fig.number}" if fig.number is not None else "Figure"


def savefig(fig, fname, fmt):
    """Writes `fig` as SVG to the file `fname` in pyplay's file system (or to a file object
    opened for writing)."""
    name = getattr(fname, "name", fname)
    if fmt is None:
        fmt = str(name).rpartition(".")[2].lower() if "." in str(name) else \
            matplotlib.rcParams["savefig.format"]
    if fmt != "svg":
        raise ValueError(f"Format {fmt!r} is not supported by pyplay's matplotlib: savefig "
                         "writes SVG only (savefig(\"plot.svg\")). To get a PNG, use \"Save as "
                         "PNG\" on the drawing.")
    items, width, height = figure_items(fig, 1, 0.0)
    window = {"op": "window", "width": width, "height": height, "background": "#ffffff",
              "title": _figure_title(fig)}
    svg = _pyplay.svg([window] + items)
    if hasattr(fname, "write"):
        try:
            fname.write(svg)
        except TypeError:
            fname.write(svg.encode("utf-8"))
        return
    with open(fname, "w", encoding="utf-8") as f:
        f.write(svg)


# ---------------------------------------------------------------------------------------------
# Colours and sizes.

def _hex(color, alpha=None):
    """A colour as "#rrggbb" over white (the drawing has no transparency: a colour with
    alpha is mixed with white), or "" for none."""
    if color is None:
        return ""
    r, g, b, a = colors.to_rgba(color)
    if alpha is not None and a > 0:
        a = alpha
    if a == 0:
        return ""
    return colors.to_hex((r * a + 1 - a, g * a + 1 - a, b * a + 1 - a))


class _Canvas:
    """Collects a figure's items; coordinates in pixels from the figure's top-left corner
    (plus `top`, where this figure starts on the pane)."""

    def __init__(self, fig, first_id, top):
        self.fig = fig
        self.items = []
        self.next_id = first_id
        self.top = top
        self.points = fig.dpi / 72  # pixels per point

    def _put(self, shape, coords, **fields):
        # Hundredths of a pixel are plenty, and keep the ops short.
        placed = [round(c + self.top if i % 2 else c, 2) for i, c in enumerate(coords)]
        item = {"op": "put", "id": self.next_id, "shape": shape, "coords": placed,
                "fill": "", "outline": "", "width": 1.0}
        item.update(fields)
        self.next_id += 1
        self.items.append(item)
        return item

    def rectangle(self, x0, y0, x1, y1, fill="", outline="", width=1.0, alt=""):
        fields = {"fill": fill, "outline": outline, "width": round(width, 3)}
        if alt:
            fields["alt"] = alt
        return self._put("rectangle", [x0, y0, x1, y1], **fields)

    def line(self, coords, color, width, dash=None):
        if len(coords) < 4 or not color:
            return None
        fields = {"fill": color, "width": width}
        if dash:
            fields["dash"] = dash
        return self._put("line", coords, **fields)

    def polygon(self, coords, fill, outline="", width=1.0):
        return self._put("polygon", coords, fill=fill, outline=outline, width=width)

    def oval(self, x0, y0, x1, y1, fill, outline="", width=1.0):
        return self._put("oval", [x0, y0, x1, y1], fill=fill, outline=outline, width=width)

    def arc(self, x0, y0, x1, y1, start, extent, fill, outline="", width=1.0):
        return self._put("arc", [x0, y0, x1, y1], fill=fill, outline=outline, width=width,
                         arc={"start": start, "extent": extent, "style": "pieslice"})

    def text(self, x, y, text, size_pt, color, anchor="center", angle=0.0, bold=False,
             italic=False):
        if not text:
            return None
        font = {"family": FONT_FAMILY, "size": -round(size_pt * self.points, 2)}
        if bold:
            font["bold"] = True
        if italic:
            font["italic"] = True
        fields = {"fill": color, "text": text, "font": font, "anchor": anchor}
        if angle:
            fields["angle"] = angle
        return self._put("text", [x, y], **fields)


# ---------------------------------------------------------------------------------------------
# The figure.

def figure_items(fig, first_id, top):
    """The drawing items of `fig` (ids from `first_id`, placed `top` pixels down), and its
    width and height in pixels."""
    if fig._tight:
        from matplotlib import _tight_layout

        _tight_layout.apply(fig)
    width_in, height_in = fig.get_size_inches()
    width, height = width_in * fig.dpi, height_in * fig.dpi
    canvas = _Canvas(fig, first_id, top)
    canvas.rectangle(0, 0, width, height, fill=_hex(fig._facecolor) or "#ffffff",
                     alt=describe(fig))
    for ax in fig.axes:
        _AxesPainter(canvas, ax, width, height).paint()
    if fig._suptitle is not None:
        _paint_text(canvas, fig._suptitle, fig._suptitle._x * width,
                    (1 - fig._suptitle._y) * height)
    for t in fig.texts:
        _paint_text(canvas, t, t._x * width, (1 - t._y) * height)
    return canvas.items, width, height


def axes_extent(ax):
    """The box (left, top, right, bottom, pixels) around everything drawn for `ax`: its
    frame, tick labels, axis labels and title (for a tight layout)."""
    fig = ax.figure
    width_in, height_in = fig.get_size_inches()
    canvas = _Canvas(fig, 1, 0.0)
    _AxesPainter(canvas, ax, width_in * fig.dpi, height_in * fig.dpi).paint()
    boxes = [_item_box(item) for item in canvas.items]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def text_extent(fig, t):
    """The box a figure-level text (the suptitle) takes, as `axes_extent` measures."""
    width_in, height_in = fig.get_size_inches()
    canvas = _Canvas(fig, 1, 0.0)
    _paint_text(canvas, t, t._x * width_in * fig.dpi, (1 - t._y) * height_in * fig.dpi)
    boxes = [_item_box(item) for item in canvas.items]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _item_box(item):
    """An item's box (left, top, right, bottom): a text's from its font and anchor."""
    coords = item["coords"]
    if item["shape"] != "text":
        xs, ys = coords[0::2], coords[1::2]
        return min(xs), min(ys), max(xs), max(ys)
    x, y = coords
    size = -item["font"]["size"]
    w, h = _fonts.text_size(item["text"], size)
    anchor = item.get("anchor", "center")
    left = x - (0 if "w" in anchor else w if anchor in ("ne", "e", "se") else w / 2)
    top = y - (0 if anchor.startswith("n") else h if anchor.startswith("s") else h / 2)
    corners = [(left, top), (left + w, top), (left, top + h), (left + w, top + h)]
    angle = math.radians(item.get("angle", 0.0))
    if angle:
        c, s = math.cos(angle), math.sin(angle)
        corners = [(x + (px - x) * c + (py - y) * s, y - (px - x) * s + (py - y) * c)
                   for px, py in corners]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return min(xs), min(ys), max(xs), max(ys)


_VA_ANCHOR = {"top": "n", "center": "", "bottom": "s", "baseline": "s",
              "center_baseline": ""}
_HA_ANCHOR = {"left": "w", "center": "", "right": "e"}


def _paint_text(canvas, t, x, y, size=None):
    """A Text at pixel (x, y), aligned by its ha/va (rotated texts: by their rotated box, as
    matplotlib aligns them)."""
    if not t.get_visible() or not t.get_text():
        return
    size = t.get_fontsize() if size is None else size
    color = _hex(t.get_color(), t.get_alpha())
    bold = t.get_fontweight() in ("bold", "heavy", "black", "semibold", "demibold", "demi",
                                  "extra bold") or (isinstance(t.get_fontweight(), int)
                                                    and t.get_fontweight() >= 600)
    italic = t.get_fontstyle() in ("italic", "oblique")
    angle = t.get_rotation()
    px = size * canvas.points
    if t._va == "baseline":
        y += _fonts.DESCENT * px  # Tk anchors the bottom of the text box, not its baseline
    if t._background:
        w, h = _fonts.text_size(t.get_text(), px)
        x0 = x - {"left": 0, "center": w / 2, "right": w}[t._ha]
        y0 = y - {"top": 0, "center": h / 2, "center_baseline": h / 2, "bottom": h,
                  "baseline": h}[t._va]
        pad = 4 * canvas.points
        canvas.rectangle(x0 - pad, y0 - pad, x0 + w + pad, y0 + h + pad,
                         fill=_hex(t._background), outline=_hex(t._background_edge),
                         width=canvas.points)
    if not angle or t.get_rotation_mode() == "anchor":
        # Aligned, then turned about the anchor point: Tk's own way.
        anchor = (_VA_ANCHOR[t._va] + _HA_ANCHOR[t._ha]) or "center"
        canvas.text(x, y, t.get_text(), size, color, anchor, angle, bold=bold, italic=italic)
        return
    # Rotated: matplotlib aligns the rotated text's bounding box; draw it about its centre.
    w, h = _fonts.text_size(t.get_text(), px)
    theta = math.radians(angle)
    box_w = abs(w * math.cos(theta)) + abs(h * math.sin(theta))
    box_h = abs(w * math.sin(theta)) + abs(h * math.cos(theta))
    cx = x + {"left": box_w / 2, "center": 0, "right": -box_w / 2}[t._ha]
    cy = y + {"top": box_h / 2, "center": 0, "center_baseline": 0, "bottom": -box_h / 2,
              "baseline": -box_h / 2}[t._va]
    canvas.text(cx, cy, t.get_text(), size, color, "center", angle, bold=bold, italic=italic)


class _AxesPainter:
    """Draws one Axes: background, grid, what was plotted (by zorder), the frame, ticks,
    labels, title and legend."""

    def __init__(self, canvas, ax, fig_width, fig_height):
        self.canvas = canvas
        self.ax = ax
        self.pt = canvas.points
        pos = ax.get_position()
        self.left = pos.x0 * fig_width
        self.right = pos.x1 * fig_width
        self.top = (1 - pos.y1) * fig_height
        self.bottom = (1 - pos.y0) * fig_height
        self.fig_width, self.fig_height = fig_width, fig_height
        self.xlim = ax.get_xlim()
        self.ylim = ax.get_ylim()

    # -- coordinates --
    def x(self, value):
        x0, x1 = self.xlim
        return self.left + (value - x0) / (x1 - x0) * (self.right - self.left)

    def y(self, value):
        y0, y1 = self.ylim
        return self.bottom - (value - y0) / (y1 - y0) * (self.bottom - self.top)

    def point(self, x, y, transform="data"):
        if transform == "axes":
            return (self.left + x * (self.right - self.left),
                    self.bottom - y * (self.bottom - self.top))
        if transform == "figure":
            return x * self.fig_width, (1 - y) * self.fig_height
        return self.x(x), self.y(y)

    def paint(self):
        ax = self.ax
        if ax._frameon:
            self.canvas.rectangle(self.left, self.top, self.right, self.bottom,
                                  fill=_hex(ax._facecolor))
        artists = sorted(enumerate(ax._children), key=lambda pair: (pair[1].get_zorder(),
                                                                    pair[0]))
        grid_drawn = False
        for _, artist in artists:
            if not grid_drawn and artist.get_zorder() >= 1.5:
                self.paint_grid()
                grid_drawn = True
            if artist.get_visible():
                self.paint_artist(artist)
        if not grid_drawn:
            self.paint_grid()
        if ax._frameon and ax._axison:
            self.paint_spines()
        if ax._axison:
            self.paint_axis_decorations()
        self.paint_titles()
        if ax.legend_ is not None and ax.legend_.get_visible():
            from matplotlib import _legend_layout

            _legend_layout.paint(self, ax.legend_)

    # -- artists --
    def paint_artist(self, artist):
        if isinstance(artist, Line2D):
            self.paint_line(artist)
        elif isinstance(artist, Rectangle):
            self.paint_rectangle(artist)
        elif isinstance(artist, Wedge):
            self.paint_wedge(artist)
        elif isinstance(artist, Circle):
            self.paint_circle(artist)
        elif isinstance(artist, Polygon):
            self.paint_polygon(artist)
        elif isinstance(artist, PathCollection):
            self.paint_collection(artist)
        elif isinstance(artist, Text):
            x, y = artist._x, artist._y
            if artist._transform == "data":
                x, y = _numeric(self.ax, x, y)
            _paint_text(self.canvas, artist, *self.point(x, y, artist._transform))

    def line_pixels(self, line):
        """The line's points in pixels; None where a value is missing (a gap)."""
        xs, ys = line._x_num, line._y_num
        if line._transform == "yaxis":
            return [(self.left + x * (self.right - self.left), self.y(y))
                    if _util.finite(y) else None for x, y in zip(xs, ys)]
        if line._transform == "xaxis":
            return [(self.x(x), self.bottom - y * (self.bottom - self.top))
                    if _util.finite(x) else None for x, y in zip(xs, ys)]
        return [(self.x(x), self.y(y)) if _util.finite(x) and _util.finite(y) else None
                for x, y in zip(xs, ys)]

    def paint_line(self, line):
        points = self.line_pixels(line)
        color = _hex(line.get_color(), line.get_alpha())
        width = line.get_linewidth() * self.pt
        dash = _dash(line._linestyle, line.get_linewidth(), self.pt)
        if line._linestyle != "None" and width > 0:
            for run in _runs(points):
                for piece in _clip_polyline(run, self.box()):
                    self.canvas.line([c for p in piece for c in p], color, width, dash)
        if line.get_marker() != "None":
            left, top, right, bottom = self.box()
            for p in points:
                if p is not None and left - 0.5 <= p[0] <= right + 0.5 \
                        and top - 0.5 <= p[1] <= bottom + 0.5:
                    _paint_marker(self.canvas, p, line.get_marker(),
                                  line.get_markersize() * self.pt,
                                  _hex(line.get_markerfacecolor(), line.get_alpha()),
                                  _hex(line.get_markeredgecolor(), line.get_alpha()),
                                  line.get_markeredgewidth() * self.pt)

    def box(self):
        return self.left, self.top, self.right, self.bottom

    def paint_rectangle(self, r):
        x0, y0 = self.x(r.get_x()), self.y(r.get_y())
        x1, y1 = self.x(r.get_x() + r.get_width()), self.y(r.get_y() + r.get_height())
        left, top, right, bottom = self.box()
        if r.get_clip_on():
            x0, x1 = sorted((x0, x1))
            y0, y1 = sorted((y0, y1))
            x0, x1 = max(x0, left), min(x1, right)
            y0, y1 = max(y0, top), min(y1, bottom)
            if x0 >= x1 or y0 >= y1:
                return
        fill, outline, width = self.patch_colors(r)
        self.canvas.rectangle(x0, y0, x1, y1, fill=fill, outline=outline, width=width)

    def patch_colors(self, p):
        fill = _hex(p.get_facecolor()) if p.get_fill() else ""
        outline = _hex(p.get_edgecolor())
        width = p.get_linewidth() * self.pt
        return fill, (outline if width > 0 else ""), width

    def paint_wedge(self, w):
        cx, cy = w.center
        x0, y0 = self.x(cx - w.r), self.y(cy + w.r)
        x1, y1 = self.x(cx + w.r), self.y(cy - w.r)
        fill, outline, width = self.patch_colors(w)
        self.canvas.arc(x0, y0, x1, y1, w.theta1, w.theta2 - w.theta1, fill, outline, width)

    def paint_circle(self, c):
        cx, cy = c.center
        fill, outline, width = self.patch_colors(c)
        self.canvas.oval(self.x(cx - c.radius), self.y(cy + c.radius), self.x(cx + c.radius),
                         self.y(cy - c.radius), fill, outline, width)

    def paint_polygon(self, p):
        coords = [c for x, y in p.get_xy() for c in (self.x(x), self.y(y))]
        fill, outline, width = self.patch_colors(p)
        if len(coords) >= 6:
            self.canvas.polygon(coords, fill, outline, width)

    def paint_collection(self, col):
        faces = col.get_facecolor()
        edges = col.get_edgecolor()
        sizes = col.get_sizes() or [matplotlib.rcParams["lines.markersize"] ** 2]
        widths = col.get_linewidth()
        left, top, right, bottom = self.box()
        for i, (x, y) in enumerate(col._offsets_num):
            if not (_util.finite(x) and _util.finite(y)):
                continue
            p = (self.x(x), self.y(y))
            if not (left <= p[0] <= right and top <= p[1] <= bottom):
                continue
            size = math.sqrt(sizes[i % len(sizes)]) * self.pt
            face = _hex(faces[i % len(faces)]) if faces else ""
            edge = _hex(edges[i % len(edges)]) if edges else ""
            marker = col.get_marker()
            if marker in UNFILLED_MARKERS:
                edge, face = face or edge, ""
            _paint_marker(self.canvas, p, marker, size, face, edge,
                          widths[i % len(widths)] * self.pt)

    # -- grid, frame, ticks --
    def visible_ticks(self, axis):
        low, high = sorted(axis.get_view_interval())
        tolerance = 1e-10 * (high - low)
        locs = axis.get_majorticklocs()
        labels = axis._labels_for(locs)
        return [(loc, label) for loc, label in zip(locs, labels)
                if low - tolerance <= loc <= high + tolerance]

    def paint_grid(self):
        rc = matplotlib.rcParams
        for axis in (self.ax.xaxis, self.ax.yaxis):
            if (not axis._grid_on or not self.ax._axison
                    or not self.ax._axis_visible[axis.axis_name]):
                continue
            kw = axis._grid_kw
            color = _hex(kw.get("color", kw.get("c", rc["grid.color"])),
                         kw.get("alpha", rc["grid.alpha"]))
            width = float(kw.get("linewidth", kw.get("lw", rc["grid.linewidth"])))
            style = kw.get("linestyle", kw.get("ls", rc["grid.linestyle"]))
            from matplotlib.lines import check_linestyle

            style = check_linestyle(style)
            dash = _dash(style, width, self.pt)
            if style == "None":
                continue
            for loc, _ in self.visible_ticks(axis):
                if axis.axis_name == "x":
                    coords = [self.x(loc), self.top, self.x(loc), self.bottom]
                else:
                    coords = [self.left, self.y(loc), self.right, self.y(loc)]
                self.canvas.line(coords, color, width * self.pt, dash)

    def paint_spines(self):
        spines = self.ax.spines
        sides = {"left": [self.left, self.top, self.left, self.bottom],
                 "right": [self.right, self.top, self.right, self.bottom],
                 "bottom": [self.left, self.bottom, self.right, self.bottom],
                 "top": [self.left, self.top, self.right, self.top]}
        for name, coords in sides.items():
            spine = spines[name]
            if spine.get_visible():
                self.canvas.line(coords, _hex(spine._color), spine._linewidth * self.pt)

    def tick_geometry(self, axis):
        rc = matplotlib.rcParams
        name = axis.axis_name
        kw = axis._tick_kw
        length = float(kw.get("length", rc[f"{name}tick.major.size"])) * self.pt
        width = float(kw.get("width", rc[f"{name}tick.major.width"])) * self.pt
        pad = float(kw.get("pad", rc[f"{name}tick.major.pad"])) * self.pt
        direction = kw.get("direction", "out")
        outside = {"out": length, "in": 0.0, "inout": length / 2}.get(direction, length)
        return length, width, pad, outside, direction

    def paint_axis_decorations(self):
        """Ticks, tick labels, offset texts and axis labels."""
        ax = self.ax
        label_extent = {"x": 0.0, "y": 0.0}
        for axis in (ax.xaxis, ax.yaxis):
            if ax._axis_visible[axis.axis_name]:
                label_extent[axis.axis_name] = self.paint_ticks(axis)
        if ax._axis_visible["x"]:
            label = ax.xaxis.label
            y = self.bottom + label_extent["x"] + ax.xaxis.labelpad * self.pt
            _paint_text(self.canvas, _aligned(label, "center", "top"),
                        (self.left + self.right) / 2, y)
        if ax._axis_visible["y"]:
            label = ax.yaxis.label
            x = self.left - label_extent["y"] - ax.yaxis.labelpad * self.pt
            _paint_text(self.canvas, _aligned(label, "center", "bottom"),
                        x, (self.top + self.bottom) / 2)

    def paint_ticks(self, axis):
        """Draws one axis's ticks and labels; returns how far they reach out of the axes
        (pixels)."""
        length, width, pad, outside, direction = self.tick_geometry(axis)
        kw = axis._tick_kw
        color = _hex(kw.get("color", matplotlib.rcParams[f"{axis.axis_name}tick.color"]))
        labelcolor = kw.get("labelcolor", kw.get("color"))
        size = axis._label_font_size()
        px = size * self.pt
        reach = outside
        ticks = self.visible_ticks(axis)
        shows_ticks = kw.get("bottom" if axis.axis_name == "x" else "left", True)
        shows_labels = kw.get("labelbottom" if axis.axis_name == "x" else "labelleft", True)
        inside = {"out": 0.0, "in": length, "inout": length / 2}.get(direction, 0.0)
        props = axis._ticklabel_kw
        for loc, text in ticks:
            if axis.axis_name == "x":
                x = self.x(loc)
                if shows_ticks and length > 0:
                    self.canvas.line([x, self.bottom - inside, x, self.bottom + outside],
                                     color, width)
            else:
                y = self.y(loc)
                if shows_ticks and length > 0:
                    self.canvas.line([self.left - outside, y, self.left + inside, y],
                                     color, width)
            if not (shows_labels and text):
                continue
            label = Text(0, 0, text, fontsize=size)
            if labelcolor is not None:
                label.set_color(labelcolor)
            if axis.axis_name == "x":
                label.set(horizontalalignment="center", verticalalignment="top")
                label.set(**props)
                _paint_text(self.canvas, label, x, self.bottom + outside + pad)
                w, h = _rotated_size(label, px)
                reach = max(reach, outside + pad + h)
            else:
                label.set(horizontalalignment="right", verticalalignment="center_baseline")
                label.set(**props)
                _paint_text(self.canvas, label, self.left - outside - pad, y)
                w, h = _rotated_size(label, px)
                reach = max(reach, outside + pad + w)
        offset = axis.get_offset_text().get_text()
        if offset and ticks:
            if axis.axis_name == "x":
                self.canvas.text(self.right, self.bottom + reach + 3 * self.pt, offset, size,
                                 "#000000", "ne")
            else:
                self.canvas.text(self.left, self.top - 3 * self.pt, offset, size, "#000000",
                                 "sw")
        return reach

    def paint_titles(self):
        ax = self.ax
        pad = matplotlib.rcParams["axes.titlepad"] * self.pt
        y = self.top - pad
        if ax.xaxis._tick_kw.get("labeltop"):
            y -= 2 * ax.xaxis._label_font_size() * self.pt
        for title, x, ha in ((ax.title, (self.left + self.right) / 2, "center"),
                             (ax._left_title, self.left, "left"),
                             (ax._right_title, self.right, "right")):
            extra = getattr(title, "_pad", None)
            at = y if extra is None else self.top - extra * self.pt
            _paint_text(self.canvas, _aligned(title, ha, "baseline"), x, at)


def _aligned(text, ha, va):
    """`text` with the alignment its place asks for (a copy; the model keeps its own)."""
    copy = Text(0, 0, text.get_text(), fontsize=text.get_fontsize(), color=text.get_color(),
                rotation=text.get_rotation())
    copy._fontweight, copy._fontstyle = text._fontweight, text._fontstyle
    copy._alpha, copy._visible = text._alpha, text._visible
    copy._background, copy._background_edge = text._background, text._background_edge
    copy._rotation_mode = text._rotation_mode
    copy.set(horizontalalignment=ha, verticalalignment=va)
    return copy


def _rotated_size(label, px):
    w, h = _fonts.text_size(label.get_text(), px)
    theta = math.radians(label.get_rotation())
    return (abs(w * math.cos(theta)) + abs(h * math.sin(theta)),
            abs(w * math.sin(theta)) + abs(h * math.cos(theta)))


def _numeric(ax, x, y):
    """A text's data position with categories turned into their positions."""
    if isinstance(x, str):
        x = ax.xaxis.convert_units([x])[0]
    if isinstance(y, str):
        y = ax.yaxis.convert_units([y])[0]
    return x, y


def _dash(linestyle, linewidth, points):
    """Tk's dash pattern (pixels) for a line style: matplotlib's patterns scaled by the
    line's width."""
    rc = matplotlib.rcParams
    if isinstance(linestyle, tuple):
        pattern = linestyle[1] or ()
        return [max(v * points, 1.0) for v in pattern]
    pattern = {"--": rc["lines.dashed_pattern"], "-.": rc["lines.dashdot_pattern"],
               ":": rc["lines.dotted_pattern"]}.get(linestyle)
    if pattern is None:
        return None
    scale = max(linewidth, 1.0)
    return [round(max(v * scale * points, 1.0), 2) for v in pattern]


def _runs(points):
    """The unbroken stretches of a line (a missing value breaks it)."""
    run = []
    for p in points:
        if p is None:
            if len(run) > 1:
                yield run
            run = []
        else:
            run.append(p)
    if len(run) > 1:
        yield run


def _clip_polyline(points, box, slack=1.0):
    """The parts of a polyline inside the box (left, top, right, bottom), Liang–Barsky per
    segment, joined where they continue."""
    left, top, right, bottom = box
    left, top, right, bottom = left - slack, top - slack, right + slack, bottom + slack
    pieces, current = [], []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        clipped = _clip_segment(x0, y0, x1, y1, left, top, right, bottom)
        if clipped is None:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        a, b = clipped
        if current and current[-1] == a:
            current.append(b)
        else:
            if len(current) > 1:
                pieces.append(current)
            current = [a, b]
    if len(current) > 1:
        pieces.append(current)
    return pieces


def _clip_segment(x0, y0, x1, y1, left, top, right, bottom):
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    a = (x0, y0) if t0 == 0 else (x0 + t0 * dx, y0 + t0 * dy)
    b = (x1, y1) if t1 == 1 else (x0 + t1 * dx, y0 + t1 * dy)
    return a, b


# ---------------------------------------------------------------------------------------------
# Markers: each one item, sized as matplotlib sizes them (the marker's size in points is the
# circle's diameter, the square's side, …).

def _regular(n, radius, rotation=0.0, inner=None):
    """Corners of a regular n-gon (or star with `inner` radius) pointing up."""
    points = []
    count = n * 2 if inner else n
    for i in range(count):
        r = inner * radius if inner and i % 2 else radius
        angle = math.pi / 2 + rotation + 2 * math.pi * i / count
        points.append((r * math.cos(angle), -r * math.sin(angle)))
    return points


_TRIANGLES = {"^": 0.0, "<": 90.0, "v": 180.0, ">": 270.0}
_TRI_LINES = {"1": 0.0, "2": 180.0, "3": 270.0, "4": 90.0}


def _paint_marker(canvas, p, marker, size, face, edge, edge_width):
    x, y = p
    half = size / 2
    if edge_width <= 0:
        edge = ""
    if marker in ("o", "."):
        r = half if marker == "o" else half / 2
        canvas.oval(x - r, y - r, x + r, y + r, face, edge, edge_width)
    elif marker == ",":
        canvas.rectangle(x - 0.5, y - 0.5, x + 0.5, y + 0.5, fill=face or edge)
    elif marker == "s":
        canvas.rectangle(x - half, y - half, x + half, y + half, fill=face, outline=edge,
                         width=edge_width)
    elif marker in _TRIANGLES:
        turn = math.radians(_TRIANGLES[marker])
        corners = [(0, -half), (-half, half), (half, half)]
        _polygon(canvas, x, y, _turned(corners, turn), face, edge, edge_width)
    elif marker in ("D", "d"):
        r = size * math.sqrt(2) / 2  # a unit square turned 45 degrees
        wide = r * (0.6 if marker == "d" else 1.0)
        _polygon(canvas, x, y, [(0, -r), (wide, 0), (0, r), (-wide, 0)], face, edge,
                 edge_width)
    elif marker in ("p", "h", "H", "8", "*"):
        shapes = {"p": (5, 0.0, None), "h": (6, 0.0, None), "H": (6, math.pi / 6, None),
                  "8": (8, math.pi / 8, None), "*": (5, 0.0, 0.381966)}
        n, rotation, inner = shapes[marker]
        _polygon(canvas, x, y, _regular(n, half, rotation, inner), face, edge, edge_width)
    elif marker in ("P", "X"):
        a, b = half, half / 3
        cross = [(-b, -a), (b, -a), (b, -b), (a, -b), (a, b), (b, b), (b, a), (-b, a),
                 (-b, b), (-a, b), (-a, -b), (-b, -b)]
        if marker == "X":
            cross = _turned(cross, math.pi / 4)
        _polygon(canvas, x, y, cross, face, edge, edge_width)
    else:
        _stroke_marker(canvas, x, y, marker, half, edge or face, edge_width)


def _turned(points, angle):
    """`points` (screen coordinates, y down) turned counter-clockwise as seen."""
    c, s = math.cos(angle), math.sin(angle)
    return [(px * c + py * s, -px * s + py * c) for px, py in points]


def _polygon(canvas, x, y, corners, face, edge, edge_width):
    canvas.polygon([c for px, py in corners for c in (x + px, y + py)], face, edge, edge_width)


def _stroke_marker(canvas, x, y, marker, half, color, width):
    """Markers drawn with strokes: + x | _ 1 2 3 4 and the tick marks."""
    if marker == "+":
        segments = [((-half, 0), (half, 0)), ((0, -half), (0, half))]
    elif marker == "x":
        segments = [((-half, -half), (half, half)), ((-half, half), (half, -half))]
    elif marker == "|":
        segments = [((0, -half), (0, half))]
    elif marker == "_":
        segments = [((-half, 0), (half, 0))]
    elif marker in _TRI_LINES:
        turn = math.radians(_TRI_LINES[marker])
        arms = [(0, half), (0.8 * half, -0.5 * half), (-0.8 * half, -0.5 * half)]
        segments = [((0, 0), arm) for arm in _turned(arms, turn)]
    else:  # tick and caret markers: a short stroke
        segments = [((-half / 2, 0), (half / 2, 0))]
    for (ax_, ay), (bx, by) in segments:
        canvas.line([x + ax_, y + ay, x + bx, y + by], color, width)


# ---------------------------------------------------------------------------------------------
# The figure in words.

def describe(fig):
    """A sentence or two for screen readers: each plot's kind, title, axis labels and the
    names of its series."""
    name = _figure_title(fig)
    parts = []
    suptitle = fig.get_suptitle()
    if suptitle:
        parts.append(f'titled "{suptitle}"')
    plots = [_describe_axes(ax) for ax in fig.axes]
    if not plots:
        return f"{name}: empty."
    if len(plots) == 1:
        return f"{name}{', ' + parts[0] if parts else ''}: {plots[0]}."
    listed = "; ".join(f"plot {i}: {text}" for i, text in enumerate(plots, 1))
    return f"{name}{', ' + parts[0] if parts else ''}, {len(plots)} plots. {listed}."


def plot_kinds(ax):
    """What kinds of plot `ax` holds, in the order they were made: "line plot", "bar chart"…"""
    kinds = []
    for artist in ax._children:
        if isinstance(artist, Line2D):
            kind = "line plot" if artist.get_linestyle() != "None" else "scatter plot"
        elif isinstance(artist, PathCollection):
            kind = "scatter plot"
        elif isinstance(artist, Wedge):
            kind = "pie chart"
        elif isinstance(artist, Rectangle):
            kind = "bar chart"
        elif isinstance(artist, Patch):
            kind = "shape"
        else:
            continue
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def _describe_axes(ax):
    kinds = plot_kinds(ax)
    what = " and ".join(kinds) if kinds else "empty plot"
    words = [f"a {what}" if kinds else "an empty plot"]
    title = ax.get_title()
    if title:
        words[0] += f' titled "{title}"'
    if ax.get_xlabel():
        words.append(f'x axis "{ax.get_xlabel()}"')
    if ax.get_ylabel():
        words.append(f'y axis "{ax.get_ylabel()}"')
    if ax.legend_ is not None:
        labels = [t.get_text() for t in ax.legend_.get_texts()]
        if labels:
            words.append("legend: " + ", ".join(labels))
    return ", ".join(words)

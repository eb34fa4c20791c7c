"""Laying out and drawing a legend as matplotlib does: entries of a sample (2 font sizes long)
and a label, 0.5 font sizes apart, in a frame with 0.4 font sizes of padding, placed 0.5 font
sizes in from the corner or side `loc` names. `loc="best"` (the default) tries the nine
places in code order (upper right first) and takes the first that covers the fewest data
points, bars and line crossings, as matplotlib's `_find_best_position` does."""

import math

from matplotlib import _fonts
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

# Where each code puts the legend in its parent box: (fraction across, fraction down).
_PLACES = {1: (1.0, 0.0), 2: (0.0, 0.0), 3: (0.0, 1.0), 4: (1.0, 1.0), 5: (1.0, 0.5),
           6: (0.0, 0.5), 7: (1.0, 0.5), 8: (0.5, 1.0), 9: (0.5, 0.0), 10: (0.5, 0.5)}


class _Layout:
    def __init__(self, painter, legend):
        self.legend = legend
        self.pt = painter.pt
        fs = legend._fontsize * self.pt
        self.fs = fs
        self.pad = 0.4 * fs
        self.spacing = 0.5 * fs
        self.handle_length = legend._handlelength * fs
        self.text_pad = 0.8 * fs
        self.column_spacing = 2.0 * fs
        self.row_height = max((_fonts.ASCENT + _fonts.DESCENT) * fs, 0.7 * fs)
        n = len(legend.texts)
        self.ncols = min(legend._ncols, max(n, 1))
        self.rows = math.ceil(n / self.ncols) if n else 0
        self.columns = [list(range(c * self.rows, min((c + 1) * self.rows, n)))
                        for c in range(self.ncols)]
        widths = [_fonts.text_size(t.get_text(), fs)[0] for t in legend.texts]
        self.column_widths = [self.handle_length + self.text_pad
                              + max((widths[i] for i in column), default=0)
                              for column in self.columns]
        title = legend.get_title().get_text()
        self.title_size = legend.get_title().get_fontsize() * self.pt
        self.title_height = (_fonts.text_size(title, self.title_size)[1] + self.spacing
                             if title else 0.0)
        title_width = _fonts.text_size(title, self.title_size)[0] if title else 0.0
        body = (sum(self.column_widths) + (self.ncols - 1) * self.column_spacing
                if n else 0.0)
        self.width = 2 * self.pad + max(body, title_width)
        self.height = (2 * self.pad + self.title_height + self.rows * self.row_height
                       + max(self.rows - 1, 0) * self.spacing)


def _parent_box(painter, legend):
    """The box the legend is placed in (pixels): the axes, or `bbox_to_anchor`."""
    anchor = legend._bbox_to_anchor
    left, top, right, bottom = painter.box()
    if anchor is None:
        return left, top, right, bottom
    if len(anchor) == 2:
        x, y = painter.point(anchor[0], anchor[1], "axes")
        return x, y, x, y
    x0, y0, w, h = anchor
    x_left, y_bottom = painter.point(x0, y0, "axes")
    x_right, y_top = painter.point(x0 + w, y0 + h, "axes")
    return x_left, y_top, x_right, y_bottom


def _place(layout, code, parent, pad):
    """The legend's top-left corner for location `code`."""
    left, top, right, bottom = parent
    fx, fy = _PLACES[code]
    if fx == 0.0:
        x = left + pad
    elif fx == 1.0:
        x = right - pad - layout.width
    else:
        x = (left + right) / 2 - layout.width / 2
    if fy == 0.0:
        y = top + pad
    elif fy == 1.0:
        y = bottom - pad - layout.height
    else:
        y = (top + bottom) / 2 - layout.height / 2
    return x, y


def _badness(painter, box):
    """How much of the plot a legend at `box` (left, top, right, bottom) would hide."""
    left, top, right, bottom = box

    def inside(p):
        return p is not None and left < p[0] < right and top < p[1] < bottom

    score = 0
    for artist in painter.ax._children:
        if isinstance(artist, Line2D):
            points = painter.line_pixels(artist)
            score += sum(1 for p in points if inside(p))
            score += sum(1 for a, b in zip(points, points[1:])
                         if a is not None and b is not None and _crosses(a, b, box))
        elif isinstance(artist, Rectangle):
            x0, x1 = sorted((painter.x(artist.get_x()),
                             painter.x(artist.get_x() + artist.get_width())))
            y0, y1 = sorted((painter.y(artist.get_y()),
                             painter.y(artist.get_y() + artist.get_height())))
            if x0 < right and x1 > left and y0 < bottom and y1 > top:
                score += 1
        elif isinstance(artist, PathCollection):
            score += sum(1 for x, y in artist._offsets_num
                         if inside((painter.x(x), painter.y(y))))
    return score


def _crosses(a, b, box):
    """Whether segment a-b passes through the box's edges."""
    from matplotlib._render import _clip_segment

    left, top, right, bottom = box
    return _clip_segment(a[0], a[1], b[0], b[1], left, top, right, bottom) is not None


def paint(painter, legend):
    layout = _Layout(painter, legend)
    if not legend.texts and not legend.get_title().get_text():
        return
    pad = legend._borderaxespad * layout.fs
    parent = _parent_box(painter, legend)
    loc = legend._loc
    if isinstance(loc, tuple):
        x, y = painter.point(loc[0], loc[1], "axes")
        x, y = x, y - layout.height
    elif loc == 0 and legend._bbox_to_anchor is None:
        candidates = []
        for code in range(1, 10):
            x, y = _place(layout, code, parent, pad)
            badness = _badness(painter, (x, y, x + layout.width, y + layout.height))
            candidates.append((badness, code, (x, y)))
            if badness == 0:
                break
        x, y = min(candidates)[2]
    else:
        x, y = _place(layout, loc if loc else 1, parent, pad)
    _draw(painter, legend, layout, x, y)


def _draw(painter, legend, layout, x, y):
    from matplotlib._render import _hex, _paint_marker

    canvas = painter.canvas
    if legend._frameon:
        canvas.rectangle(x, y, x + layout.width, y + layout.height,
                         fill=_hex(legend._facecolor), outline="#cccccc",
                         width=1.0 * painter.pt)
    top = y + layout.pad
    title = legend.get_title().get_text()
    if title:
        canvas.text(x + layout.width / 2, top, title, legend.get_title().get_fontsize(),
                    "#000000", "n")
        top += layout.title_height
    column_left = x + layout.pad
    for column, width in zip(layout.columns, layout.column_widths):
        for row, index in enumerate(column):
            cy = top + row * (layout.row_height + layout.spacing) + layout.row_height / 2
            _draw_handle(painter, legend.legend_handles[index], column_left, cy, layout,
                         _hex, _paint_marker)
            canvas.text(column_left + layout.handle_length + layout.text_pad, cy,
                        legend.texts[index].get_text(), legend._fontsize,
                        _hex(legend.texts[index].get_color()), "w")
        column_left += width + layout.column_spacing


def _draw_handle(painter, handle, x, cy, layout, _hex, _paint_marker):
    canvas = painter.canvas
    length = layout.handle_length
    pt = painter.pt
    if isinstance(handle, Line2D):
        if handle._linestyle != "None":
            from matplotlib._render import _dash

            canvas.line([x, cy, x + length, cy], _hex(handle.get_color(), handle.get_alpha()),
                        handle.get_linewidth() * pt,
                        _dash(handle._linestyle, handle.get_linewidth(), pt))
        if handle.get_marker() != "None":
            _paint_marker(canvas, (x + length / 2, cy), handle.get_marker(),
                          handle.get_markersize() * pt * painter.ax.legend_._markerscale,
                          _hex(handle.get_markerfacecolor(), handle.get_alpha()),
                          _hex(handle.get_markeredgecolor(), handle.get_alpha()),
                          handle.get_markeredgewidth() * pt)
    elif isinstance(handle, Patch):
        half = 0.35 * layout.fs
        fill = _hex(handle.get_facecolor()) if handle.get_fill() else ""
        canvas.rectangle(x, cy - half, x + length, cy + half, fill=fill,
                         outline=_hex(handle.get_edgecolor()),
                         width=handle.get_linewidth() * pt)
    elif isinstance(handle, PathCollection):
        sizes = handle.get_sizes() or [36]
        face = handle.get_facecolor()
        edge = handle.get_edgecolor()
        _paint_marker(canvas, (x + length / 2, cy), handle.get_marker(),
                      math.sqrt(sizes[0]) * pt * painter.ax.legend_._markerscale,
                      _hex(face[0]) if face else "", _hex(edge[0]) if edge else "",
                      handle.get_linewidth()[0] * pt)

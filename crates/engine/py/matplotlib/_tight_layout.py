"""`tight_layout()`: subplot parameters that keep every plot's tick labels, axis labels and
title inside the figure and clear of the next plot — matplotlib's `_auto_adjust_subplotpars`,
measuring what pyplay draws (so positions come close to matplotlib's, not exactly)."""

import matplotlib
from matplotlib import _util


def apply(fig, pad=1.08, h_pad=None, w_pad=None, rect=None):
    params = _subplot_params(fig, pad, h_pad, w_pad, rect)
    if params is not None:
        fig.subplots_adjust(**params)


def _subplot_params(fig, pad, h_pad, w_pad, rect):
    from matplotlib import _render

    axes = [ax for ax in fig.axes if ax._subplotspec is not None]
    if not axes:
        return None
    shapes = {(ax._subplotspec.nrows, ax._subplotspec.ncols) for ax in axes}
    if len(shapes) != 1:
        return None  # plots from different grids: left as they are
    rows, cols = shapes.pop()
    width_in, height_in = fig.get_size_inches()
    width_px, height_px = width_in * fig.dpi, height_in * fig.dpi
    font_inch = _util.font_size(matplotlib.rcParams["font.size"]) / 72
    pad_inch = pad * font_inch
    vpad_inch = h_pad * font_inch if h_pad is not None else pad_inch
    hpad_inch = w_pad * font_inch if w_pad is not None else pad_inch
    # Room each plot's decorations take beyond its box, in figure fractions, per gap.
    hspaces = [[0.0] * (cols + 1) for _ in range(rows)]
    vspaces = [[0.0] * cols for _ in range(rows + 1)]
    for ax in axes:
        spec = ax._subplotspec
        r1, c1 = divmod(spec.num1, cols)
        r2, c2 = divmod(spec.num2, cols)
        box = ax.get_position(original=True)
        left, top, right, bottom = _render.axes_extent(ax)
        tight = (left / width_px, 1 - bottom / height_px, right / width_px,
                 1 - top / height_px)
        for r in range(r1, r2 + 1):
            hspaces[r][c1] += box.x0 - tight[0]
            hspaces[r][c2 + 1] += tight[2] - box.x1
        for c in range(c1, c2 + 1):
            vspaces[r1][c] += tight[3] - box.y1
            vspaces[r2 + 1][c] += box.y0 - tight[1]
    margin_left = max(max(row[0] for row in hspaces), 0) + pad_inch / width_in
    margin_right = max(max(row[-1] for row in hspaces), 0) + pad_inch / width_in
    margin_top = max(max(vspaces[0]), 0) + pad_inch / height_in
    margin_bottom = max(max(vspaces[-1]), 0) + pad_inch / height_in
    if fig._suptitle is not None and fig._suptitle.get_text():
        extent = _render.text_extent(fig, fig._suptitle)
        if extent is not None:
            margin_top += (extent[3] - extent[1]) / height_px + pad_inch / height_in
    if rect is not None:
        left, bottom, right, top = rect
        margin_left, margin_bottom = margin_left + left, margin_bottom + bottom
        margin_right, margin_top = margin_right + 1 - right, margin_top + 1 - top
    if margin_left + margin_right >= 1 or margin_bottom + margin_top >= 1:
        _util.warn_external("Tight layout not applied. The margins cannot be made large "
                            "enough to accommodate all Axes decorations.")
        return None
    params = dict(left=margin_left, right=1 - margin_right, bottom=margin_bottom,
                  top=1 - margin_top)
    if cols > 1:
        hspace = max(v for row in hspaces for v in row[1:-1]) + hpad_inch / width_in
        h_axes = (1 - margin_right - margin_left - hspace * (cols - 1)) / cols
        if h_axes < 0:
            return None
        params["wspace"] = hspace / h_axes
    if rows > 1:
        vspace = max(v for row in vspaces[1:-1] for v in row) + vpad_inch / height_in
        v_axes = (1 - margin_top - margin_bottom - vspace * (rows - 1)) / rows
        if v_axes < 0:
            return None
        params["hspace"] = vspace / v_axes
    return params

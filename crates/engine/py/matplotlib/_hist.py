"""`Axes.hist`: numpy's `histogram` (equal bins from the smallest to the largest value, the
last bin closed) and matplotlib's bars for it, with the same float arithmetic, so that the
bins' edges and the bars come out as matplotlib's."""

import math

from matplotlib import _util


def bin_edges(values, bins, value_range):
    """numpy's edges: `bins` equal bins over `value_range` (widened by 0.5 each way when
    empty), the last edge exactly the range's end — or the edges given."""
    if not isinstance(bins, int):
        edges = [float(e) for e in bins]
        if any(b < a for a, b in zip(edges, edges[1:])):
            raise ValueError("`bins` must increase monotonically, when an array")
        return edges
    if bins < 1:
        raise ValueError("`bins` must be positive, when an integer")
    if value_range is not None:
        first, last = value_range
        if first > last:
            raise ValueError("max must be larger than min in range parameter.")
        if not (_util.finite(first) and _util.finite(last)):
            raise ValueError(f"supplied range of [{first}, {last}] is not finite")
    elif values:
        first, last = min(values), max(values)
    else:
        first, last = 0, 1
    if first == last:
        first, last = first - 0.5, last + 0.5
    first, last = float(first), float(last)
    # numpy's linspace: start + i * step, the last one set to stop.
    step = (last - first) / bins
    edges = [i * step + first for i in range(bins + 1)]
    edges[-1] = last
    return edges


def counts(values, edges):
    """How many values fall in each bin (each bin includes its left edge, the last one its
    right edge too); values outside are not counted."""
    n = len(edges) - 1
    result = [0] * n
    first, last = edges[0], edges[-1]
    for v in values:
        if not (first <= v <= last):
            continue
        lo, hi = 0, n
        while hi - lo > 1:  # the last edge <= v
            mid = (lo + hi) // 2
            if edges[mid] <= v:
                lo = mid
            else:
                hi = mid
        result[lo] += 1
    return result


def _datasets(x):
    """hist's `x`: one list of numbers, or a list of lists (several datasets)."""
    if _util.is_string(x) or not hasattr(x, "__len__"):
        return [_util.as_values(x)]
    items = list(x)
    if items and all(hasattr(item, "__len__") and not _util.is_string(item) for item in items):
        return [_util.as_values(item) for item in items]
    return [_util.as_values(items)]


def hist(ax, x, bins, bin_range, density, weights, cumulative, bottom, histtype, align,
         orientation, rwidth, log, color, label, stacked, kwargs):
    import matplotlib
    from matplotlib import colors as mcolors

    if bins is None:
        bins = matplotlib.rcParams["hist.bins"]
    _util.check_in_list(["bar", "barstacked", "step", "stepfilled"], histtype=histtype)
    _util.check_in_list(["left", "mid", "right"], align=align)
    _util.check_in_list(["horizontal", "vertical"], orientation=orientation)
    for name, given in (("weights", weights), ("cumulative", cumulative), ("log", log),
                        ("stacked", stacked), ("bottom", bottom)):
        if given:
            raise NotImplementedError(f"pyplay's matplotlib has no {name}= for hist()")
    if histtype != "bar":
        raise NotImplementedError("pyplay's matplotlib draws histograms as bars only "
                                  "(histtype='bar')")
    axis = ax.xaxis if orientation == "vertical" else ax.yaxis
    data = _datasets(x)
    for values in data:
        axis.update_units(values)
    data = [[v for v in axis.convert_units(values)] for values in data]
    nx = len(data)
    if color is None:
        colors = [ax._get_lines.get_next_color() for _ in range(nx)]
    else:
        colors = [color] * nx if mcolors.is_color_like(color) else list(color)
        if len(colors) != nx:
            raise ValueError(f"The 'color' keyword argument must have one color per dataset, "
                             f"but {nx} datasets and {len(colors)} colors were provided")
    if isinstance(bins, str):
        raise NotImplementedError("pyplay's matplotlib takes bins= as a number or a list of "
                                  "edges")
    if bin_range is None:
        finite = [v for values in data for v in values if _util.finite(v)]
        if finite:
            bin_range = (min(finite), max(finite))
    edges = bin_edges([v for values in data for v in values if _util.finite(v)], bins,
                      bin_range)
    tops = []
    for values in data:
        m = [float(c) for c in counts(values, edges)]
        if density:
            total = sum(m)
            m = [c / (edges[i + 1] - edges[i]) / total if total else math.nan
                 for i, c in enumerate(m)]
        tops.append(m)
    totwidth = [b - a for a, b in zip(edges, edges[1:])]
    if rwidth is not None:
        dr = min(max(rwidth, 0), 1)
    elif nx > 1:
        dr = 0.8
    else:
        dr = 1.0
    width = [dr * tw / nx for tw in totwidth]
    boffset = [-0.5 * dr * tw * (1 - 1 / nx) for tw in totwidth]
    if align == "mid":
        boffset = [b + 0.5 * tw for b, tw in zip(boffset, totwidth)]
    elif align == "right":
        boffset = [b + tw for b, tw in zip(boffset, totwidth)]
    containers = []
    for top, c in zip(tops, colors):
        positions = [e + b for e, b in zip(edges[:-1], boffset)]
        if orientation == "vertical":
            bars = ax.bar(positions, top, width, align="center", color=c)
        else:
            bars = ax.barh(positions, top, width, align="center", color=c)
        containers.append(bars)
        boffset = [b + w for b, w in zip(boffset, width)]
    for bars in containers[1:]:
        for patch in bars:
            patch.sticky_edges.x[:] = patch.sticky_edges.y[:] = []
    labels = [] if label is None else (_util.as_values(label) if not isinstance(label, str)
                                       else [label])
    labels = [str(lab) for lab in labels]
    for i, bars in enumerate(containers):
        if not bars:
            continue
        bars[0].set(**kwargs)
        if i < len(labels):
            bars[0].set_label(labels[i])
        for patch in bars[1:]:
            patch.set(**kwargs)
            patch.set_label("_nolegend_")
    if nx == 1:
        return tops[0], edges, containers[0]
    return tops, edges, containers

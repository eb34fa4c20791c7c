"""`Axes.pie`, as matplotlib 3.11 makes it: wedges counter-clockwise from `startangle`,
labels at 1.1 radii aligned away from the centre, percentages at 0.6 radii, an equal aspect
and limits of ±1.25 with no ticks or frame."""

import math

from matplotlib import _util
from matplotlib.patches import Wedge


class PieContainer(tuple):
    """What `pie()` returns: unpacks as (wedges, texts) or (wedges, texts, autotexts)."""

    def __new__(cls, wedges, texts, autotexts):
        parts = (wedges, texts) if autotexts is None else (wedges, texts, autotexts)
        return tuple.__new__(cls, parts)

    def __init__(self, wedges, texts, autotexts):
        self.wedges = wedges
        self.texts = texts
        self.autotexts = autotexts


def pie(ax, x, explode, labels, colors, autopct, pctdistance, shadow, labeldistance,
        startangle, radius, counterclock, wedgeprops, textprops, center, frame,
        rotatelabels, normalize):
    import matplotlib

    ax.set_aspect("equal")
    values = _util.as_values(x)
    if any(isinstance(v, str) for v in values):
        raise TypeError("pie() needs numbers: convert the strings first, e.g. with float()")
    if any(v < 0 for v in values):
        raise ValueError("Wedge sizes 'x' must be non negative values")
    if not all(_util.finite(v) for v in values):
        raise ValueError("Wedge sizes must be finite numbers")
    total = sum(values)
    if total == 0:
        raise ValueError("All wedge sizes are zero")
    if normalize:
        fracs = [v / total for v in values]
    elif total > 1:
        raise ValueError("Cannot plot an unnormalized pie with sum(x) > 1")
    else:
        fracs = values
    labels = [""] * len(values) if labels is None else list(labels)
    explode = [0] * len(values) if explode is None else list(explode)
    if len(values) != len(labels):
        raise ValueError(f"'labels' must be of length 'x', not {len(labels)}")
    if len(values) != len(explode):
        raise ValueError(f"'explode' must be of length 'x', not {len(explode)}")
    if colors is None:
        next_color = ax._get_patches_for_fill.get_next_color
    else:
        palette = list(colors) if not isinstance(colors, str) else [colors]
        count = iter(range(10 ** 9))

        def next_color():
            return palette[next(count) % len(palette)]
    if radius <= 0:
        raise ValueError(f"'radius' must be a positive number, not {radius}")
    if shadow:
        raise NotImplementedError("pyplay's matplotlib draws pies without shadows")
    theta1 = startangle / 360
    wedges = []
    for frac, label, expl in zip(fracs, labels, explode):
        x_pos, y_pos = center
        theta2 = (theta1 + frac) if counterclock else (theta1 - frac)
        thetam = 2 * math.pi * 0.5 * (theta1 + theta2)
        x_pos += expl * math.cos(thetam)
        y_pos += expl * math.sin(thetam)
        w = Wedge((x_pos, y_pos), radius, 360. * min(theta1, theta2),
                  360. * max(theta1, theta2), facecolor=next_color(), label=label)
        w.set_clip_on(False)
        w.set(**(wedgeprops or {}))
        wedges.append(w)
        ax.add_patch(w)
        theta1 = theta2
    texts = []
    if labeldistance is not None:
        props = {"fontsize": matplotlib.rcParams["xtick.labelsize"], **(textprops or {})}
        texts = _label(ax, wedges, labels, labeldistance, "outer", rotatelabels, props)
    autotexts = None
    if autopct is not None:
        if isinstance(autopct, str):
            auto_labels = [autopct % (100. * frac) for frac in fracs]
        elif callable(autopct):
            auto_labels = [autopct(100. * frac) for frac in fracs]
        else:
            raise TypeError("autopct must be callable or a format string")
        autotexts = _label(ax, wedges, auto_labels, pctdistance, "center", False,
                           textprops or {})
    if frame:
        ax._request_autoscale_view()
    else:
        ax.set_frame_on(False)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlim((-1.25 + center[0], 1.25 + center[0]))
        ax.set_ylim((-1.25 + center[1], 1.25 + center[1]))
    return PieContainer(wedges, texts, autotexts)


def _label(ax, wedges, labels, distance, alignment, rotate, textprops):
    texts = []
    for wedge, label in zip(wedges, labels):
        thetam = 2 * math.pi * 0.5 * (wedge.theta1 + wedge.theta2) / 360
        xt = wedge.center[0] + distance * wedge.r * math.cos(thetam)
        yt = wedge.center[1] + distance * wedge.r * math.sin(thetam)
        if alignment == "outer":
            ha = "left" if xt > 0 else "right"
        else:
            ha = "center"
        va = "center"
        rotation = "horizontal"
        if rotate:
            if alignment == "outer":
                va = "bottom" if yt > 0 else "top"
            rotation = math.degrees(thetam) + (0 if xt > 0 else 180)
        t = ax.text(xt, yt, label, clip_on=False, rotation=rotation,
                    horizontalalignment=ha, verticalalignment=va)
        t.set(**textprops)
        texts.append(t)
    return texts

"""Colours as matplotlib reads them: names (the base colours `bgrcmykw`, CSS4 names,
`tab:` names), `#rgb`/`#rrggbb`/`#rrggbbaa` hex strings, grey levels as strings ("0.5"), the
property-cycle colours "C0".."C9" and (r, g, b[, a]) tuples of floats in 0-1.

Only what pyplay's pyplot needs of `matplotlib.colors`: `to_rgba`, `to_rgb`, `to_hex`,
`is_color_like`, `same_color` and the colour tables. (No xkcd names, colormaps or norms.)
"""

import re

BASE_COLORS = {
    "b": (0, 0, 1), "g": (0, 0.5, 0), "r": (1, 0, 0), "c": (0, 0.75, 0.75),
    "m": (0.75, 0, 0.75), "y": (0.75, 0.75, 0), "k": (0, 0, 0), "w": (1, 1, 1),
}

TABLEAU_COLORS = {
    "tab:blue": "#1f77b4", "tab:orange": "#ff7f0e", "tab:green": "#2ca02c",
    "tab:red": "#d62728", "tab:purple": "#9467bd", "tab:brown": "#8c564b",
    "tab:pink": "#e377c2", "tab:gray": "#7f7f7f", "tab:olive": "#bcbd22",
    "tab:cyan": "#17becf",
}

# The CSS4 colour names, as pairs "name rrggbb" (148 of them; the same table as matplotlib's).
_CSS4 = """
aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff
beige f5f5dc bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2
brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e
coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff
darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400
darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00
darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b
darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3
deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff
firebrick b22222 floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc
ghostwhite f8f8ff gold ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f
grey 808080 honeydew f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0
khaki f0e68c lavender e6e6fa lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd
lightblue add8e6 lightcoral f08080 lightcyan e0ffff lightgoldenrodyellow fafad2
lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a
lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899
lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6
magenta ff00ff maroon 800000 mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3
mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a
mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970 mintcream f5fffa
mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000
olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa
palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5
peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080
rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513
salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0
skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa
springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347
turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00
yellowgreen 9acd32

"""
_words = _CSS4.split()
CSS4_COLORS = {_words[i]: "#" + _words[i + 1] for i in range(0, len(_words), 2)}
del _words

# "tab:grey" and friends, as matplotlib spells them both ways.
_full_map = {**CSS4_COLORS, **TABLEAU_COLORS,
             **{name.replace("gray", "grey"): value
                for name, value in TABLEAU_COLORS.items() if "gray" in name},
             **BASE_COLORS}

# The default property cycle ("tab10"): what "C0".."C9" and unstyled plots use.
DEFAULT_CYCLE = tuple(TABLEAU_COLORS.values())

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\Z")
_CN = re.compile(r"C(\d+)\Z")


def get_named_colors_mapping():
    """Every colour name matplotlib knows here, to its value."""
    return _full_map


def _cycle_colors():
    import matplotlib

    return matplotlib._cycle_colors()


def to_rgba(c, alpha=None):
    """`c` as an (r, g, b, a) tuple of floats in 0-1; `alpha`, if given, replaces its alpha.
    Raises ValueError("Invalid RGBA argument: ...") for anything else, as matplotlib does."""
    if isinstance(c, tuple) and len(c) == 2 and not isinstance(c[0], (int, float)):
        # (colour, alpha) pairs.
        if alpha is None:
            alpha = c[1]
        c = c[0]
    if isinstance(c, str):
        match = _CN.match(c)
        if match:
            cycle = _cycle_colors()
            c = cycle[int(match.group(1)) % len(cycle)]
    rgba = _to_rgba_no_cycle(c)
    if alpha is not None:
        if not isinstance(alpha, (int, float)) or not 0 <= alpha <= 1:
            raise ValueError("'alpha' must be between 0 and 1, inclusive")
        rgba = rgba[:3] + (float(alpha),)
    return rgba


def _to_rgba_no_cycle(c):
    original = c
    if isinstance(c, str):
        if c.lower() == "none":
            return (0.0, 0.0, 0.0, 0.0)
        named = _full_map.get(c)
        if named is None and len(c) != 1:
            named = _full_map.get(c.lower())
        if named is not None:
            c = named
    if isinstance(c, str):
        if _HEX.match(c):
            digits = c[1:]
            if len(digits) <= 4:
                digits = "".join(d * 2 for d in digits)
            values = [int(digits[i:i + 2], 16) / 255 for i in range(0, len(digits), 2)]
            return tuple(values) + ((1.0,) if len(values) == 3 else ())
        try:
            grey = float(c)
        except ValueError:
            raise ValueError(f"Invalid RGBA argument: {original!r}") from None
        if not 0 <= grey <= 1:
            raise ValueError(f"Invalid string grayscale value {original!r}. Value must be "
                             "within 0-1 range")
        return (grey, grey, grey, 1.0)
    if isinstance(c, (tuple, list)) and len(c) in (3, 4):
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in c):
            if any(v < 0 or v > 1 for v in c):
                raise ValueError("RGBA values should be within 0-1 range")
            values = tuple(float(v) for v in c)
            return values + ((1.0,) if len(values) == 3 else ())
    raise ValueError(f"Invalid RGBA argument: {original!r}")


def to_rgb(c):
    return to_rgba(c)[:3]


def to_hex(c, keep_alpha=False):
    """`c` as "#rrggbb" (or "#rrggbbaa" with `keep_alpha`)."""
    rgba = to_rgba(c)
    if not keep_alpha:
        rgba = rgba[:3]
    return "#" + "".join(format(round(v * 255), "02x") for v in rgba)


def is_color_like(c):
    """Whether `c` can be read as a colour."""
    try:
        to_rgba(c)
    except (ValueError, TypeError):
        return False
    return True


def same_color(c1, c2):
    return to_rgba(c1) == to_rgba(c2)


def _check_color(c, what="color"):
    """`c` read as a colour, or matplotlib's ValueError for a property such as `color`."""
    try:
        return to_rgba(c)
    except (ValueError, TypeError):
        raise ValueError(
            f"{c!r} is not a valid value for {what}: supported inputs are (r, g, b) and "
            "(r, g, b, a) 0-1 float tuples; '#rrggbb', '#rrggbbaa', '#rgb', '#rgba' strings; "
            "named color strings; string reprs of 0-1 floats for grayscale values; 'C0', 'C1', "
            "... strings for colors of the color cycle; and pairs combining one of the above "
            "with an alpha value") from None

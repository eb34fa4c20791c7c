"""Helpers shared by pyplay's matplotlib modules: reading data the way numpy would, font
sizes, matplotlib's warnings and its "not a valid value" errors."""

import sys
import warnings

import matplotlib

# Font size names, as multiples of rcParams["font.size"] (matplotlib's font_scalings).
_FONT_SCALINGS = {
    "xx-small": 0.579, "x-small": 0.694, "small": 0.833, "medium": 1.0, "large": 1.2,
    "x-large": 1.44, "xx-large": 1.728, "larger": 1.2, "smaller": 0.833,
}


def font_size(size):
    """A font size in points: a number, or a name such as "large"."""
    if isinstance(size, str):
        if size in _FONT_SCALINGS:
            return _FONT_SCALINGS[size] * float(matplotlib.rcParams["font.size"])
        try:
            return float(size)
        except ValueError:
            raise ValueError(f"{size!r} is not a valid font size. Valid font sizes are "
                             f"{', '.join(_FONT_SCALINGS)}.") from None
    return float(size)


def _is_pyplay_frame(filename):
    return filename == "matplotlib" or filename.startswith("matplotlib.")


def warn_external(message, category=UserWarning):
    """`warnings.warn` pointing at the learner's line (the first frame outside matplotlib),
    as matplotlib's `_api.warn_external` does."""
    frame = sys._getframe(1)
    level = 2  # 1 would be this function, 2 its caller
    while frame is not None and _is_pyplay_frame(frame.f_code.co_filename):
        frame = frame.f_back
        level += 1
    warnings.warn(message, category, stacklevel=level)


def check_in_list(values, **kwargs):
    """Raises matplotlib's ValueError when a keyword's value is not one of `values`."""
    for key, value in kwargs.items():
        if value not in values:
            shown = ", ".join(map(repr, values))
            raise ValueError(f"{value!r} is not a valid value for {key}; supported values are "
                             f"{shown}")


def is_string(value):
    return isinstance(value, (str, bytes))


def _is_sequence(value):
    if is_string(value):
        return False
    try:
        iter(value)
    except TypeError:
        return False
    return hasattr(value, "__len__")


def as_values(data):
    """`data` as a list of numbers or strings, the way numpy's `atleast_1d` reads it: a
    number is a list of one; a dict's keys()/values() and tuples are lists; if any item is a
    string, every item becomes one (as in a numpy array of strings). None becomes nan (a gap
    in a line)."""
    if is_string(data) or not _is_sequence(data):
        data = [data]
    values = list(data)
    if any(is_string(v) for v in values):
        return [v.decode() if isinstance(v, bytes) else str(v) for v in values]
    out = []
    for v in values:
        if v is None:
            out.append(float("nan"))
        elif isinstance(v, bool):
            out.append(int(v))
        elif isinstance(v, (int, float)):
            out.append(v)
        elif _is_sequence(v):
            raise ValueError("pyplay's matplotlib plots lists of numbers (or of strings), not "
                             "lists of lists: plot each column with its own plot() call")
        else:
            try:
                out.append(float(v))
            except (TypeError, ValueError):
                raise TypeError(f"can't plot a {type(v).__name__}: matplotlib plots numbers "
                                "and strings") from None
    return out


def shape(values):
    """numpy's shape text for a list: "(3,)"."""
    return f"({len(values)},)"


def scalar(value, name):
    """A single number argument (linewidth=, width=…)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}") from None
    return value


def finite(value):
    return value == value and value not in (float("inf"), float("-inf"))


def nonsingular(vmin, vmax, expander=0.001, tiny=1e-15, increasing=True):
    """matplotlib's `transforms._nonsingular`: widens a range too small to divide."""
    if not finite(vmin) or not finite(vmax):
        return -expander, expander
    swapped = False
    if vmax < vmin:
        vmin, vmax = vmax, vmin
        swapped = True
    vmin, vmax = float(vmin), float(vmax)
    maxabsvalue = max(abs(vmin), abs(vmax))
    if maxabsvalue < (1e6 / tiny) * sys.float_info.min:
        vmin, vmax = -expander, expander
    elif vmax - vmin <= maxabsvalue * tiny:
        if vmax == 0 and vmin == 0:
            vmin, vmax = -expander, expander
        else:
            vmin -= expander * abs(vmin)
            vmax += expander * abs(vmax)
    if swapped and not increasing:
        vmin, vmax = vmax, vmin
    return vmin, vmax


def unexpected_keyword(owner, key):
    """matplotlib's error for a property nobody has (`plot(x, y, colour="red")`)."""
    return AttributeError(f"{owner}.set() got an unexpected keyword argument {key!r}")


# Whether the note about strings that look like numbers was printed in this run.
_noted_numeric_strings = False


def note_numeric_strings(axis_name, strings):
    """Once per run: strings that all look like numbers are plotted as categories (evenly
    spaced, in the order they come), which is almost never what a learner meant. Real
    matplotlib only logs this at INFO level; pyplay says it where the learner reads."""
    global _noted_numeric_strings
    if _noted_numeric_strings:
        return
    _noted_numeric_strings = True
    shown = ", ".join(repr(s) for s in strings[:3]) + (", ..." if len(strings) > 3 else "")
    sys.stderr.write(
        f"Note: the {axis_name} values are strings that look like numbers ({shown}). "
        "matplotlib plots strings as categories: evenly spaced, in the order they come, not by "
        "size. To plot them as numbers, convert them first, e.g. float(value) or int(value).\n")


def with_alpha(rgba, alpha):
    """`rgba` with the artist's alpha, if it has one (a transparent colour stays transparent)."""
    if alpha is None or rgba[3] == 0:
        return rgba
    return rgba[:3] + (float(alpha),)

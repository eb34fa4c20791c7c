"""Where ticks go and what their labels say: matplotlib's `ticker`, ported without numpy.

The default locator (`AutoLocator`, a `MaxNLocator` with steps 1, 2, 2.5, 5, 10 and as many
bins as fit the axis) and formatter (`ScalarFormatter`, with its offset and scientific
notation) follow matplotlib 3.11's code step by step, float operation by float operation, so
that the ticks and labels come out the same (the comparison test checks it).
"""

import itertools
import math

import matplotlib
from matplotlib import _util


class _DummyAxis:
    """Stands in for an axis when a locator or formatter is used on its own."""

    def __init__(self, minpos=0):
        self._view = (-math.inf, math.inf)

    def get_view_interval(self):
        return self._view

    def set_view_interval(self, vmin, vmax):
        self._view = (vmin, vmax)

    def get_tick_space(self):
        return 9


class TickHelper:
    axis = None

    def set_axis(self, axis):
        self.axis = axis

    def create_dummy_axis(self, **kwargs):
        if self.axis is None:
            self.axis = _DummyAxis(**kwargs)


# -------------------------------------------------------------------------------------------
# Formatters: tick values to label texts.

class Formatter(TickHelper):
    locs = []

    def __call__(self, x, pos=None):
        raise NotImplementedError("Derived must override")

    def format_ticks(self, values):
        """The labels for all `values` (it may look at all of them to choose a format)."""
        self.set_locs(values)
        return [self(value, i) for i, value in enumerate(values)]

    def format_data(self, value):
        return self.__call__(value)

    def format_data_short(self, value):
        return self.format_data(value)

    def get_offset(self):
        return ""

    def set_locs(self, locs):
        self.locs = locs

    @staticmethod
    def fix_minus(s):
        """matplotlib writes negative numbers with a real minus sign (U+2212), not '-'."""
        if matplotlib.rcParams["axes.unicode_minus"]:
            return s.replace("-", "\N{MINUS SIGN}")
        return s


class NullFormatter(Formatter):
    """No labels."""

    def __call__(self, x, pos=None):
        return ""


class FixedFormatter(Formatter):
    """The labels given, in order (`set_xticklabels` without fixed ticks)."""

    def __init__(self, seq):
        self.seq = list(seq)
        self.offset_string = ""

    def __call__(self, x, pos=None):
        if pos is None or pos >= len(self.seq):
            return ""
        return self.seq[pos]

    def get_offset(self):
        return self.offset_string

    def set_offset_string(self, ofs):
        self.offset_string = ofs


class FuncFormatter(Formatter):
    """Labels made by a function of the value and position: `FuncFormatter(lambda x, pos:
    f"{x:.0f}%")`."""

    def __init__(self, func):
        self.func = func
        self.offset_string = ""

    def __call__(self, x, pos=None):
        return self.func(x, pos)

    def get_offset(self):
        return self.offset_string

    def set_offset_string(self, ofs):
        self.offset_string = ofs


class FormatStrFormatter(Formatter):
    """Labels with an old-style format: `FormatStrFormatter("%.1f")`."""

    def __init__(self, fmt):
        self.fmt = fmt

    def __call__(self, x, pos=None):
        return self.fmt % x


class StrMethodFormatter(Formatter):
    """Labels with a new-style format using `x` (and `pos`): `StrMethodFormatter("{x:,.0f}")`."""

    def __init__(self, fmt):
        self.fmt = fmt

    def __call__(self, x, pos=None):
        return self.fix_minus(self.fmt.format(x=x, pos=pos))


class ScalarFormatter(Formatter):
    """matplotlib's default: numbers with as many decimals as the ticks need, an offset
    ("+1.999e3") when the numbers share many leading digits, and a power of ten ("1e9") for
    very large or small ones."""

    def __init__(self, useOffset=None, useMathText=None, useLocale=None, *, usetex=None):
        rc = matplotlib.rcParams
        if useOffset is None:
            useOffset = rc["axes.formatter.useoffset"]
        self._offset_threshold = rc["axes.formatter.offset_threshold"]
        self.set_useOffset(useOffset)
        self._orderOfMagnitude = 0
        self._format = ""
        self._scientific = True
        self._powerlimits = rc["axes.formatter.limits"]
        self._locs = []

    def get_useOffset(self):
        return self._useOffset

    def set_useOffset(self, val):
        if isinstance(val, bool):
            self.offset = 0
            self._useOffset = val
        else:
            self._useOffset = False
            self.offset = val

    useOffset = property(get_useOffset, set_useOffset)

    def set_scientific(self, b):
        self._scientific = bool(b)

    def set_powerlimits(self, lims):
        if len(lims) != 2:
            raise ValueError("'lims' must be a sequence of length 2")
        self._powerlimits = lims

    def set_useMathText(self, val):
        pass

    def get_useMathText(self):
        return False

    def _format_maybe_minus(self, fmt, arg):
        return self.fix_minus(fmt % arg)

    def __call__(self, x, pos=None):
        if len(self._locs) == 0:
            return ""
        xp = (x - self.offset) / (10. ** self._orderOfMagnitude)
        if abs(xp) < 1e-8:
            xp = 0
        return self._format_maybe_minus(self._format, xp)

    def format_data(self, value):
        e = math.floor(math.log10(abs(value)))
        s = round(value / 10 ** e, 10)
        significand = self._format_maybe_minus("%d" if s % 1 == 0 else "%1.10g", s)
        if e == 0:
            return significand
        exponent = self._format_maybe_minus("%d", e)
        return f"{significand}e{exponent}"

    def get_offset(self):
        """The text at the end of the axis: the power of ten and/or the offset."""
        if len(self._locs) == 0:
            return ""
        if self._orderOfMagnitude or self.offset:
            offset_text = ""
            scientific = ""
            if self.offset:
                offset_text = self.format_data(self.offset)
                if self.offset > 0:
                    offset_text = "+" + offset_text
            if self._orderOfMagnitude:
                scientific = "1e%d" % self._orderOfMagnitude
            return self.fix_minus(scientific + offset_text)
        return ""

    def set_locs(self, locs):
        self._locs = list(locs)
        self.locs = self._locs
        if len(self._locs) > 0:
            if self._useOffset:
                self._compute_offset()
            self._set_order_of_magnitude()
            self._set_format()

    def _visible_locs(self):
        vmin, vmax = sorted(self.axis.get_view_interval())
        return [loc for loc in self._locs if vmin <= loc <= vmax]

    def _compute_offset(self):
        locs = self._visible_locs()
        if not locs:
            self.offset = 0
            return
        lmin, lmax = min(locs), max(locs)
        # Only with at least two ticks, all of the same sign.
        if lmin == lmax or lmin <= 0 <= lmax:
            self.offset = 0
            return
        abs_min, abs_max = sorted([abs(float(lmin)), abs(float(lmax))])
        sign = math.copysign(1, lmin)
        # The smallest power of ten at which abs_min and abs_max are equal.
        oom_max = float(math.ceil(math.log10(abs_max)))
        oom = 1 + next(oom for oom in itertools.count(oom_max, -1)
                       if abs_min // 10 ** oom != abs_max // 10 ** oom)
        if (abs_max - abs_min) / 10 ** oom <= 1e-2:
            # Straddling a multiple of a large power of ten.
            oom = 1 + next(oom for oom in itertools.count(oom_max, -1)
                           if abs_max // 10 ** oom - abs_min // 10 ** oom > 1)
        # Only if it saves at least offset_threshold digits.
        n = self._offset_threshold - 1
        self.offset = (sign * (abs_max // 10 ** oom) * 10 ** oom
                       if abs_max // 10 ** oom >= 10 ** n else 0)

    def _set_order_of_magnitude(self):
        if not self._scientific:
            self._orderOfMagnitude = 0
            return
        if self._powerlimits[0] == self._powerlimits[1] != 0:
            self._orderOfMagnitude = self._powerlimits[0]
            return
        vmin, vmax = sorted(self.axis.get_view_interval())
        locs = [abs(loc) for loc in self._visible_locs()]
        if not locs:
            self._orderOfMagnitude = 0
            return
        if self.offset:
            oom = math.floor(math.log10(vmax - vmin))
        else:
            val = max(locs)
            oom = 0 if val == 0 else math.floor(math.log10(val))
        if oom <= self._powerlimits[0] or oom >= self._powerlimits[1]:
            self._orderOfMagnitude = oom
        else:
            self._orderOfMagnitude = 0

    def _set_format(self):
        if len(self._locs) < 2:
            # The axis ends stand in for missing ticks when measuring the range.
            raw = [*self._locs, *self.axis.get_view_interval()]
        else:
            raw = self._locs
        scale = 10. ** self._orderOfMagnitude
        locs = [(loc - self.offset) / scale for loc in raw]
        loc_range = max(locs) - min(locs)
        if loc_range == 0:
            loc_range = max(abs(loc) for loc in locs)
        if loc_range == 0:
            loc_range = 1
        if len(self._locs) < 2:
            locs = locs[:-2]
        loc_range_oom = int(math.floor(math.log10(loc_range)))
        sigfigs = max(0, 3 - loc_range_oom)
        thresh = 1e-3 * 10 ** loc_range_oom
        while sigfigs >= 0:
            if max((abs(loc - _np_round(loc, sigfigs)) for loc in locs), default=0) < thresh:
                sigfigs -= 1
            else:
                break
        sigfigs += 1
        self._format = f"%1.{sigfigs}f"


def _np_round(x, decimals):
    """numpy's round to `decimals` places: scale, round half to even, scale back."""
    factor = 10.0 ** decimals
    return round(x * factor) / factor


# -------------------------------------------------------------------------------------------
# Locators: where the ticks go.

class Locator(TickHelper):
    MAXTICKS = 1000

    def tick_values(self, vmin, vmax):
        raise NotImplementedError("Derived must override")

    def set_params(self, **kwargs):
        pass

    def __call__(self):
        raise NotImplementedError("Derived must override")

    def nonsingular(self, v0, v1):
        return _util.nonsingular(v0, v1, expander=.05)

    def view_limits(self, vmin, vmax):
        return _util.nonsingular(vmin, vmax)


class NullLocator(Locator):
    """No ticks."""

    def __call__(self):
        return []

    def tick_values(self, vmin, vmax):
        return []


class FixedLocator(Locator):
    """Ticks exactly where given (`set_xticks`, `xticks(locations)`)."""

    def __init__(self, locs, nbins=None):
        self.locs = list(locs)
        self.nbins = max(nbins, 2) if nbins is not None else None

    def __call__(self):
        return self.tick_values(None, None)

    def tick_values(self, vmin, vmax):
        if self.nbins is None:
            return list(self.locs)
        step = max(int(math.ceil(len(self.locs) / self.nbins)), 1)
        ticks = self.locs[::step]
        for i in range(1, step):
            candidate = self.locs[i::step]
            if min((abs(t) for t in candidate), default=math.inf) < \
                    min((abs(t) for t in ticks), default=math.inf):
                ticks = candidate
        return ticks


class MultipleLocator(Locator):
    """Ticks at every multiple of `base` (plus `offset`), one beyond each end of the view."""

    def __init__(self, base=1.0, offset=0.0):
        self._edge = _Edge_integer(base, 0)
        self._offset = offset

    def set_params(self, base=None, offset=None):
        if base is not None:
            self._edge = _Edge_integer(base, 0)
        if offset is not None:
            self._offset = offset

    def __call__(self):
        vmin, vmax = self.axis.get_view_interval()
        return self.tick_values(vmin, vmax)

    def tick_values(self, vmin, vmax):
        if vmax < vmin:
            vmin, vmax = vmax, vmin
        step = self._edge.step
        vmin -= self._offset
        vmax -= self._offset
        vmin = self._edge.ge(vmin) * step
        n = (vmax - vmin + 0.001 * step) // step
        return [vmin - step + i * step + self._offset for i in range(int(n) + 3)]


def scale_range(vmin, vmax, n=1, threshold=100):
    dv = abs(vmax - vmin)
    meanv = (vmax + vmin) / 2
    if abs(meanv) / dv < threshold:
        offset = 0
    else:
        offset = math.copysign(10 ** (math.log10(abs(meanv)) // 1), meanv)
    scale = 10 ** (math.log10(dv / n) // 1)
    return scale, offset


class _Edge_integer:
    """Tick positions as integer multiples of a step, allowing for float rounding."""

    def __init__(self, step, offset):
        if step <= 0:
            raise ValueError("'step' must be positive")
        self.step = step
        self._offset = abs(offset)

    def closeto(self, ms, edge):
        if self._offset > 0:
            digits = math.log10(self._offset / self.step)
            tol = max(1e-10, 10 ** (digits - 12))
            tol = min(0.4999, tol)
        else:
            tol = 1e-10
        return abs(ms - edge) < tol

    def le(self, x):
        d, m = divmod(x, self.step)
        if self.closeto(m / self.step, 1):
            return d + 1
        return d

    def ge(self, x):
        d, m = divmod(x, self.step)
        if self.closeto(m / self.step, 0):
            return d
        return d + 1


class MaxNLocator(Locator):
    """Evenly spaced "nice" ticks, at most nbins + 1 of them inside the view."""

    default_params = dict(nbins=10, steps=None, integer=False, symmetric=False, prune=None,
                          min_n_ticks=2)

    def __init__(self, nbins=None, **kwargs):
        if nbins is not None:
            kwargs["nbins"] = nbins
        self.set_params(**{**self.default_params, **kwargs})

    @staticmethod
    def _validate_steps(steps):
        steps = list(steps)
        if (any(b <= a for a, b in zip(steps, steps[1:])) or not steps or steps[-1] > 10
                or steps[0] < 1):
            raise ValueError("steps argument must be an increasing sequence of numbers "
                             "between 1 and 10 inclusive")
        if steps[0] != 1:
            steps = [1] + steps
        if steps[-1] != 10:
            steps = steps + [10]
        return steps

    @staticmethod
    def _staircase(steps):
        return [0.1 * s for s in steps[:-1]] + list(steps) + [10 * steps[1]]

    def set_params(self, **kwargs):
        if "nbins" in kwargs:
            self._nbins = kwargs.pop("nbins")
            if self._nbins != "auto":
                self._nbins = int(self._nbins)
        if "symmetric" in kwargs:
            self._symmetric = kwargs.pop("symmetric")
        if "prune" in kwargs:
            prune = kwargs.pop("prune")
            _util.check_in_list(["upper", "lower", "both", None], prune=prune)
            self._prune = prune
        if "min_n_ticks" in kwargs:
            self._min_n_ticks = max(1, kwargs.pop("min_n_ticks"))
        if "steps" in kwargs:
            steps = kwargs.pop("steps")
            if steps is None:
                self._steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
            else:
                self._steps = self._validate_steps(steps)
            self._extended_steps = self._staircase(self._steps)
        if "integer" in kwargs:
            self._integer = kwargs.pop("integer")
        if kwargs:
            key = next(iter(kwargs))
            raise TypeError(f"set_params() got an unexpected keyword argument {key!r}")

    def _raw_ticks(self, vmin, vmax):
        if self._nbins == "auto":
            if self.axis is not None:
                nbins = min(max(self.axis.get_tick_space(), max(1, self._min_n_ticks - 1)), 9)
            else:
                nbins = 9
        else:
            nbins = self._nbins
        scale, offset = scale_range(vmin, vmax, nbins)
        _vmin = vmin - offset
        _vmax = vmax - offset
        steps = [s * scale for s in self._extended_steps]
        if self._integer:
            steps = [s for s in steps if s < 1 or abs(s - round(s)) < 0.001]
        raw_step = (_vmax - _vmin) / nbins
        large = [i for i, s in enumerate(steps) if s >= raw_step]
        istep = large[0] if large else len(steps) - 1
        ticks = []
        for step in steps[:istep + 1][::-1]:
            if (self._integer
                    and math.floor(_vmax) - math.ceil(_vmin) >= self._min_n_ticks - 1):
                step = max(1, step)
            best_vmin = (_vmin // step) * step
            edge = _Edge_integer(step, offset)
            low = edge.le(_vmin - best_vmin)
            high = edge.ge(_vmax - best_vmin)
            ticks = [(low + i) * step + best_vmin for i in range(int(high - low) + 1)]
            nticks = sum(1 for t in ticks if _vmin <= t <= _vmax)
            if nticks >= self._min_n_ticks:
                break
        return [t + offset for t in ticks]

    def __call__(self):
        vmin, vmax = self.axis.get_view_interval()
        return self.tick_values(vmin, vmax)

    def tick_values(self, vmin, vmax):
        if self._symmetric:
            vmax = max(abs(vmin), abs(vmax))
            vmin = -vmax
        vmin, vmax = _util.nonsingular(vmin, vmax, expander=1e-13, tiny=1e-14)
        locs = self._raw_ticks(vmin, vmax)
        if self._prune == "lower":
            locs = locs[1:]
        elif self._prune == "upper":
            locs = locs[:-1]
        elif self._prune == "both":
            locs = locs[1:-1]
        return locs

    def view_limits(self, dmin, dmax):
        if self._symmetric:
            dmax = max(abs(dmin), abs(dmax))
            dmin = -dmax
        return _util.nonsingular(dmin, dmax, expander=1e-12, tiny=1e-13)


class AutoLocator(MaxNLocator):
    """matplotlib's default locator: steps of 1, 2, 2.5 or 5 (times a power of ten), as many
    as fit the axis's length (at most 10 ticks)."""

    def __init__(self):
        super().__init__(nbins="auto", steps=[1, 2, 2.5, 5, 10])


class AutoMinorLocator(Locator):
    """Minor ticks are not drawn in pyplay; accepted so that programs setting them run."""

    def __init__(self, n=None):
        self.ndivs = n

    def __call__(self):
        return []

    def tick_values(self, vmin, vmax):
        return []


class PercentFormatter(Formatter):
    """Labels as percentages of `xmax`: `PercentFormatter(xmax=1)` shows 0.5 as "50%"."""

    def __init__(self, xmax=100, decimals=None, symbol="%"):
        self.xmax = xmax + 0.0
        self.decimals = decimals
        self.symbol = symbol

    def __call__(self, x, pos=None):
        vmin, vmax = self.axis.get_view_interval()
        display_range = abs(vmax - vmin)
        return self.fix_minus(self.format_pct(x, display_range))

    def format_pct(self, x, display_range):
        x = x / self.xmax * 100.0
        if self.decimals is None:
            scaled_range = display_range / self.xmax * 100.0
            if scaled_range <= 0:
                decimals = 0
            else:
                decimals = math.ceil(2.0 - math.log10(2.0 * scaled_range))
                decimals = 5 if decimals > 5 else max(decimals, 0)
        else:
            decimals = self.decimals
        return f"{x:0.{int(decimals)}f}" + (self.symbol or "")

"""An axis of an `Axes`: where its ticks go (a locator), what they say (a formatter), its
label, its grid, and its categories when strings are plotted on it."""

import matplotlib
from matplotlib import _util, category, ticker
from matplotlib.lines import Line2D
from matplotlib.text import Text


class _GridLine:
    """What `get_gridlines()` returns for one tick: only whether it is drawn."""

    def __init__(self, visible):
        self._visible = visible

    def get_visible(self):
        return self._visible


class Axis:
    axis_name = "x"

    def __init__(self, axes):
        self.axes = axes
        self.label = Text(0, 0, "", fontsize=matplotlib.rcParams["axes.labelsize"])
        # Axis labels are aligned, then turned (the y label reads upwards).
        self.label.set_rotation_mode("anchor")
        if self.axis_name == "y":
            self.label.set_rotation("vertical")
        self.offsetText = Text(0, 0, "")
        self.labelpad = matplotlib.rcParams["axes.labelpad"]
        self.units = None  # category.UnitData once strings were plotted
        self._grid_on = bool(matplotlib.rcParams["axes.grid"])
        self._grid_kw = {}
        # Properties of the tick labels (fontsize=, rotation=, color=, ha=) and ticks.
        self._ticklabel_kw = {}
        self._tick_kw = {}
        self._inverted = False
        self._set_default_ticker()

    def _set_default_ticker(self):
        self.set_major_locator(ticker.AutoLocator())
        self.set_major_formatter(ticker.ScalarFormatter())
        self.isDefault_majloc = True
        self.isDefault_majfmt = True

    # -- limits, through the axes (which autoscale lazily) --
    def get_view_interval(self):
        return self.axes._view_interval(self.axis_name)

    def set_view_interval(self, vmin, vmax, ignore=False):
        """Widens the view to include vmin..vmax (or sets it, with `ignore`), keeping the
        axis's direction."""
        if ignore:
            self.axes._set_view_interval(self.axis_name, vmin, vmax)
            return
        old0, old1 = self.get_view_interval()
        if old0 < old1:
            self.axes._set_view_interval(self.axis_name, min(vmin, vmax, old0),
                                         max(vmin, vmax, old1))
        else:
            self.axes._set_view_interval(self.axis_name, max(vmin, vmax, old0),
                                         min(vmin, vmax, old1))

    def get_data_interval(self):
        return self.axes._data_interval(self.axis_name)

    def get_tick_space(self):
        """How many ticks fit: the axis length in points over three (x) or two (y) label
        font sizes, as matplotlib reckons."""
        length = self.axes._axis_length_points(self.axis_name)
        size = self._label_font_size() * (3 if self.axis_name == "x" else 2)
        return int(length // size) if size > 0 else 2 ** 31 - 1

    def _label_font_size(self):
        size = self._tick_kw.get("labelsize",
                                 matplotlib.rcParams[f"{self.axis_name}tick.labelsize"])
        return _util.font_size(size)

    def _set_lim(self, v0, v1, *, auto):
        name = self.axis_name
        if v0 is not None:
            v0 = self._convert_limit(v0)
        if v1 is not None:
            v1 = self._convert_limit(v1)
        if v0 is None or v1 is None:
            old0, old1 = self.get_view_interval()
            v0 = old0 if v0 is None else v0
            v1 = old1 if v1 is None else v1
        if v0 == v1:
            _util.warn_external(f"Attempting to set identical low and high {name}lims makes "
                                "transformation singular; automatically expanding.")
        reverse = bool(v0 > v1)
        v0, v1 = self.get_major_locator().nonsingular(v0, v1)
        v0, v1 = sorted([v0, v1], reverse=reverse)
        self.axes._set_view_interval(name, v0, v1)
        self.axes._stale_viewlims[name] = False
        if auto is not None:
            self.axes._autoscale_on[name] = bool(auto)
        return v0, v1

    def _convert_limit(self, value):
        self.update_units([value])
        converted = self.convert_units([value])[0]
        if isinstance(converted, str):
            raise ValueError(f"Axis limits must be numbers, not {value!r}")
        if not _util.finite(converted):
            raise ValueError("Axis limits cannot be NaN or Inf")
        return converted

    # -- locator and formatter --
    def get_major_locator(self):
        return self._locator

    def set_major_locator(self, locator):
        if not isinstance(locator, ticker.Locator):
            raise TypeError("locator must be a subclass of matplotlib.ticker.Locator")
        self.isDefault_majloc = False
        self._locator = locator
        locator.set_axis(self)

    def get_major_formatter(self):
        return self._formatter

    def set_major_formatter(self, formatter):
        if isinstance(formatter, str):
            formatter = ticker.StrMethodFormatter(formatter)
        elif callable(formatter) and not isinstance(formatter, ticker.Formatter):
            formatter = ticker.FuncFormatter(formatter)
        if not isinstance(formatter, ticker.Formatter):
            raise TypeError("formatter must be a subclass of matplotlib.ticker.Formatter")
        self.isDefault_majfmt = False
        self._formatter = formatter
        formatter.set_axis(self)

    def set_minor_locator(self, locator):
        pass

    def set_minor_formatter(self, formatter):
        pass

    def get_majorticklocs(self):
        return list(self._locator())

    get_ticklocs = get_majorticklocs

    def _labels_for(self, locs):
        return [str(label) for label in self._formatter.format_ticks(locs)]

    def get_ticklabels(self, minor=False, which=None):
        """The tick labels as Text objects (their texts are filled at once; real matplotlib
        fills them when the figure is drawn)."""
        if minor:
            return []
        locs = self.get_majorticklocs()
        labels = []
        for loc, text in zip(locs, self._labels_for(locs)):
            position = (loc, 0) if self.axis_name == "x" else (0, loc)
            label = Text(*position, text, **self._ticklabel_defaults())
            label.set(**self._ticklabel_kw)
            labels.append(label)
        return labels

    get_majorticklabels = get_ticklabels

    def _ticklabel_defaults(self):
        kw = {"fontsize": self._label_font_size()}
        color = self._tick_kw.get("labelcolor", self._tick_kw.get("color"))
        if color is not None:
            kw["color"] = color
        return kw

    def get_offset_text(self):
        """The text at the axis's end ("1e9", "+2e3"), once the ticks are formatted."""
        self._labels_for(self.get_majorticklocs())
        self.offsetText.set_text(self._formatter.get_offset())
        return self.offsetText

    def get_gridlines(self):
        return [_GridLine(self._grid_on) for _ in self.get_majorticklocs()]

    def set_ticks(self, ticks, labels=None, *, minor=False, **kwargs):
        if labels is None and kwargs:
            first = next(iter(kwargs))
            raise ValueError(f"Incorrect use of keyword argument {first!r}. Keyword "
                             "arguments other than 'minor' modify the text labels and can "
                             "only be used if 'labels' are passed as well.")
        if minor:
            return []
        ticks = _util.as_values(ticks) if ticks is not None else []
        self.update_units(ticks)
        ticks = self.convert_units(ticks)
        if len(ticks):
            self.set_view_interval(min(ticks), max(ticks))
        self.set_major_locator(ticker.FixedLocator(ticks))
        if labels is not None:
            self.set_ticklabels(labels, **kwargs)
        return ticks

    def set_ticklabels(self, labels, *, minor=False, fontdict=None, **kwargs):
        if minor:
            return []
        labels = [label.get_text() if hasattr(label, "get_text") else label
                  for label in labels]
        locator = self._locator
        if isinstance(locator, ticker.FixedLocator):
            if len(locator.locs) != len(labels) and len(labels) != 0:
                raise ValueError(
                    f"The number of FixedLocator locations ({len(locator.locs)}), usually "
                    "from a call to set_ticks, does not match the number of labels "
                    f"({len(labels)}).")
            by_loc = dict(zip(locator.locs, labels))
            formatter = ticker.FuncFormatter(lambda x, pos: by_loc.get(x, ""))
        else:
            _util.warn_external("set_ticklabels() should only be used with a fixed number "
                                "of ticks, i.e. after set_ticks() or using a FixedLocator.")
            formatter = ticker.FixedFormatter(labels)
        self.set_major_formatter(formatter)
        self._set_ticklabel_props({**(fontdict or {}), **kwargs})
        return self.get_ticklabels()

    def _set_ticklabel_props(self, kwargs):
        if kwargs:
            Text().set(**kwargs)  # raises matplotlib's error for an unknown property
            self._ticklabel_kw.update(kwargs)

    def set_tick_params(self, which="major", reset=False, **kwargs):
        if reset:
            self._tick_kw = {}
        for key, value in kwargs.items():
            if key == "rotation":
                self._ticklabel_kw["rotation"] = value
            elif key in ("labelsize", "labelcolor", "color", "length", "width", "direction",
                         "pad", "labelrotation", "colors", "grid_color", "grid_alpha",
                         "grid_linewidth", "grid_linestyle", "bottom", "top", "left",
                         "right", "labelbottom", "labeltop", "labelleft", "labelright",
                         "size", "gridOn", "tick1On", "tick2On", "label1On", "label2On",
                         "zorder"):
                if key == "labelrotation":
                    self._ticklabel_kw["rotation"] = value
                elif key == "colors":
                    self._tick_kw["color"] = self._tick_kw["labelcolor"] = value
                elif key == "size":
                    self._tick_kw["length"] = value
                else:
                    self._tick_kw[key] = value
            else:
                raise ValueError(f"keyword {key} is not recognized; valid keywords are "
                                 "labelsize, labelcolor, colors, color, length, width, "
                                 "direction, pad, rotation, labelrotation, bottom, top, left, "
                                 "right, labelbottom, labeltop, labelleft, labelright, "
                                 "grid_color, grid_alpha, grid_linewidth, grid_linestyle")

    # -- label and grid --
    def set_label_text(self, label, fontdict=None, **kwargs):
        self.label.set_text(label)
        if fontdict:
            self.label.set(**fontdict)
        self.label.set(**kwargs)
        return self.label

    def get_label_text(self):
        return self.label.get_text()

    def get_label(self):
        return self.label

    def grid(self, visible=None, which="major", **kwargs):
        if kwargs:
            # Checked as a line's properties, as matplotlib does.
            Line2D([], [], **{k.replace("grid_", ""): v for k, v in kwargs.items()})
        if visible is None and not kwargs:
            visible = not self._grid_on
        elif visible is None:
            visible = True
        if which in ("major", "both"):
            self._grid_on = bool(visible)
            self._grid_kw.update(kwargs)

    # -- units: categories --
    def update_units(self, data):
        """Makes the axis categorical when `data` holds strings, adding them as categories."""
        strings = [v for v in data if isinstance(v, str)]
        if not strings:
            return False
        if self.units is None:
            self.units = category.UnitData()
            if self.isDefault_majloc:
                self.set_major_locator(category.StrCategoryLocator(self.units._mapping))
                self.isDefault_majloc = True
            if self.isDefault_majfmt:
                self.set_major_formatter(category.StrCategoryFormatter(self.units._mapping))
                self.isDefault_majfmt = True
        if self.units.update(strings):
            _util.note_numeric_strings(self.axis_name, strings)
        return True

    def convert_units(self, data):
        if self.units is None:
            return list(data)
        return [self.units._mapping[v] if isinstance(v, str) else v for v in data]

    def have_units(self):
        return self.units is not None

    def get_units(self):
        return self.units

    # -- direction --
    def get_inverted(self):
        low, high = self.get_view_interval()
        return high < low

    def set_inverted(self, inverted):
        low, high = self.get_view_interval()
        if (high < low) != bool(inverted):
            self.axes._set_view_interval(self.axis_name, high, low)

    def set_visible(self, b):
        self.axes._axis_visible[self.axis_name] = bool(b)

    def get_visible(self):
        return self.axes._axis_visible[self.axis_name]


class XAxis(Axis):
    axis_name = "x"


class YAxis(Axis):
    axis_name = "y"

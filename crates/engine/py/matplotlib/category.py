"""Strings on an axis are categories (matplotlib ≥ 2.1): each new string gets the next
position 0, 1, 2… in the order it first appears, with one tick per category labelled with it.
So numbers read from a file and never converted with float() are evenly spaced in file order:
pyplay says so once (see `_util.note_numeric_strings`)."""

from matplotlib import ticker


class UnitData:
    """The categories of one axis: string → position."""

    def __init__(self, data=None):
        self._mapping = {}
        if data is not None:
            self.update(data)

    def update(self, data):
        """Adds the strings in `data` not seen yet; returns whether they all look like
        numbers."""
        convertible = True
        for value in dict.fromkeys(data):
            if not isinstance(value, str):
                raise TypeError(f"'value' must be an instance of str or bytes, not a "
                                f"{type(value).__name__}")
            if convertible:
                convertible = _looks_like_number(value)
            if value not in self._mapping:
                self._mapping[value] = len(self._mapping)
        return bool(data) and convertible


def _looks_like_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


class StrCategoryLocator(ticker.Locator):
    """A tick at every category."""

    def __init__(self, units_mapping):
        self._units = units_mapping

    def __call__(self):
        return list(self._units.values())

    def tick_values(self, vmin, vmax):
        return self()


class StrCategoryFormatter(ticker.Formatter):
    """Each category's tick is labelled with its string."""

    def __init__(self, units_mapping):
        self._units = units_mapping

    def __call__(self, x, pos=None):
        return self.format_ticks([x])[0]

    def format_ticks(self, values):
        names = {v: k for k, v in self._units.items()}
        return [names.get(round(value), "") for value in values]

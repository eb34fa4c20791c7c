"""Groups of artists made by one call: the bars of one `bar()` call."""


class Container(tuple):
    def __new__(cls, artists, *args, **kwargs):
        return tuple.__new__(cls, artists)

    def __init__(self, artists, label=None):
        self._label = str(label) if label is not None else None

    def get_label(self):
        return self._label

    def set_label(self, s):
        self._label = str(s) if s is not None else None

    def get_children(self):
        return [child for child in self if child is not None]

    def remove(self):
        for child in self.get_children():
            child.remove()


class BarContainer(Container):
    """The bars of one `bar()`/`barh()` call (a tuple of Rectangles), with their values."""

    def __init__(self, patches, errorbar=None, *, datavalues=None, orientation=None,
                 label=None):
        self.patches = list(patches)
        self.errorbar = errorbar
        self.datavalues = datavalues
        self.orientation = orientation
        super().__init__(patches, label)

    def __repr__(self):
        return f"<BarContainer object of {len(self)} artists>"

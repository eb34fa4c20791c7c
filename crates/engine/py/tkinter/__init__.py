"""pyplay's tkinter: the part of Tk a beginner's program draws with, in pure Python.

The browser has no Tk. This module keeps a Canvas's items in Python, as Tk would, and hands
what changed to the page as drawing ops (`_pyplay.draw`, shaped like `pyplay_drawing::Op` in
crates/drawing) when Tk would show it: on `update()`, `update_idletasks()`, `after(ms)` without
a callback (it sleeps), `mainloop()`, a `simpledialog` question, and when the program (or a
console statement) ends (`_flush`, called by the runner). Changes are compacted: an item
changed five times between two updates is sent once, and `delete(ALL)` drops what was pending.

What works: `Tk`, `Toplevel` (minimal), `Frame`, `Canvas` (items: rectangle, oval, line,
polygon, text, arc; image, bitmap and window items are kept but not drawn), `Scrollbar` (does
nothing), `PhotoImage` (minimal: no pixels), `Event`, `StringVar`/`IntVar`/`DoubleVar`/
`BooleanVar`, `TclError`, `mainloop()`, `after`/`after_idle`/`after_cancel` timers, `bind` and
`tag_bind` (keys and clicks on the drawing: see `_dispatch`) and `tkinter.simpledialog`, whose questions
are asked like `input()`. `Label`, `Button` and `Entry` raise NotImplementedError; the rest of
Tk (messagebox, ttk, Listbox, Spinbox…) raises ImportError, saying what pyplay supports.

Only one Canvas is shown: the first one a run creates (if its window is destroyed, the next
one created). Other canvases work, but what they draw is not sent anywhere.

Layout is not Tk's: pack/grid/place only note whether a widget fills its parent. A canvas is
shown at its own width and height, or at the window's `geometry()` size when it fills the
window (pack(fill=BOTH, expand=True), grid(sticky="nsew"), as turtle's canvas does).

Coordinates are sent as the canvas shows them: canvas coordinates minus the scroll origin
(xview_moveto/yview_moveto with a scrollregion; turtle scrolls so that (0, 0) is the middle).

Differences from Tk a learner may notice: an exception in an `after` or event callback ends
the program with its traceback (Tk prints it and carries on); `winfo_width()` is the size the
canvas is shown at even before the first update (Tk says 1 then); `mainloop()` returns when
no timers are left and no key or mouse handler is bound (nothing else can happen then).
"""

import _pyplay
import time as _time
from heapq import heappush as _heappush, heappop as _heappop

from tkinter.constants import *

TkVersion = 8.6
TclVersion = 8.6
wantobjects = 1

# What `_unsupported` lists: the parts of Tk pyplay's tkinter has.
_SUPPORTED = ("Tk, Canvas (rectangles, ovals, lines, polygons, text, arcs), Frame, Scrollbar, "
              "PhotoImage, StringVar/IntVar/DoubleVar/BooleanVar, after(), mainloop() and "
              "tkinter.simpledialog")


class TclError(Exception):
    """Tk's error: a bad colour, option or coordinate."""


def _unsupported(what):
    return (f"pyplay's tkinter has no {what}: it draws on a Canvas in the page. It supports "
            f"{_SUPPORTED}.")


# ---------------------------------------------------------------------------------------------
# Module state (fresh on every run: the runner drops tkinter from sys.modules).

_default_root = None
_shown = None  # the Canvas whose drawing is sent to the page
_shown_before = False  # whether a canvas was shown before (then destroyed)
_quit = False  # set by quit()/destroy() to end mainloop()
_timers = []  # heap of (due, sequence number, after id)
_callbacks = {}  # after id -> (function, args); a cancelled timer has none
_idle = []  # after_idle ids, in order
_sequence = 0
_configure_pending = False  # a window changed size: '<Configure>' handlers run at update


def NoDefaultRoot():
    global _default_root
    _default_root = None


def _get_default_root(what=None):
    global _default_root
    if _default_root is None or _default_root._destroyed:
        _default_root = Tk()
    return _default_root


def _flush():
    """Hands the shown canvas's pending changes to the page (one `_pyplay.draw` call)."""
    canvas = _shown
    if canvas is not None:
        ops = canvas._take_ops()
        if ops:
            _pyplay.draw(ops)


# ---------------------------------------------------------------------------------------------
# Timers and the event loop.

def _after(ms, func, args):
    global _sequence
    _sequence += 1
    ident = "after#%d" % _sequence
    _callbacks[ident] = (func, args)
    if ms == "idle":
        _idle.append(ident)
    else:
        try:
            delay = max(0.0, float(ms)) / 1000
        except (TypeError, ValueError):
            raise TclError(f'expected integer but got "{ms}"') from None
        _heappush(_timers, (_time.monotonic() + delay, _sequence, ident))
    return ident


def _run_idle():
    while _idle:
        ident = _idle.pop(0)
        entry = _callbacks.pop(ident, None)
        if entry is not None:
            entry[0](*entry[1])


# Timers this close to due run now: Tk counts in milliseconds, and a host's clock may add a
# sleep with less precision than the time it returns.
_SLACK = 0.0005


def _run_due(limit=None):
    """Runs the timers that are due (those made before `limit`, a sequence number, if given).
    Returns whether any ran."""
    ran = False
    now = _time.monotonic() + _SLACK
    while _timers and _timers[0][0] <= now:
        if limit is not None and _timers[0][1] > limit:
            break
        _, _, ident = _heappop(_timers)
        entry = _callbacks.pop(ident, None)
        if entry is not None:
            ran = True
            entry[0](*entry[1])
            if _quit:
                break
    return ran


def _process_configure():
    global _configure_pending
    if not _configure_pending:
        return
    _configure_pending = False
    root = _default_root
    if root is None:
        return
    for widget in [root, *root._descendants()]:
        handlers = widget._bindings.get("<Configure>")
        if widget is _shown:
            widget._reconfine()
        if handlers:
            width, height = widget._display_size()
            event = Event()
            event.widget, event.width, event.height, event.type = widget, width, height, "22"
            for handler in list(handlers.values()):
                handler(event)


# Keys and clicks from the page (`_pyplay.events`, shaped like `pyplay_drawing::Event`), as
# tkinter Events not handled yet, oldest first.
_events = []
# False once the host has said no events can ever come (a check, a terminal).
_events_possible = True
# Whether the last _next_event waited (the page answered after the wait, or when a key came).
_waited = False
# Where the mouse was last seen on the drawing (key events carry it, as in Tk).
_pointer = (0, 0)
# How long mainloop asks the page to wait when no timer is due (it asks again after).
_LONG_WAIT = 30.0


def _listening():
    """Whether a key or mouse handler is bound: only then is the page asked for events (each
    ask is a round trip to the page)."""
    root = _default_root
    if root is None:
        return False
    for widget in (root, *root._descendants()):
        if any(handlers for sequence, handlers in widget._bindings.items()
               if sequence != "<Configure>"):
            return True
        if any(getattr(widget, "_tag_bindings", {}).values()):
            return True
    return False


def _ask_page(wait):
    """Moves the page's events (waiting up to `wait` seconds for the first) into `_events`;
    False when no events can ever come here."""
    global _events_possible
    got = _pyplay.events(wait)
    if got is None:
        _events_possible = False
        return False
    for raw in got:
        event = _tk_event(raw)
        if event is not None:
            _events.append(event)
    return True


def _tk_event(raw):
    """A tkinter Event for the page's event `raw` (a dict), with the binding sequences that
    match it, most specific first (Tk calls the most specific one bound)."""
    global _pointer
    widget = _shown if _shown is not None else _default_root
    if widget is None:
        return None
    event = Event()
    event.widget = widget
    if raw.get("type") == "key":
        keysym, char = raw.get("keysym", ""), raw.get("char", "")
        down = raw.get("down", True)
        event.keysym, event.char = keysym, char
        event.keysym_num = ord(char) if len(char) == 1 else 0
        event.keycode = event.keysym_num
        event.type = EventType.KeyPress if down else EventType.KeyRelease
        event.x, event.y = _pointer
        kind = "KeyPress" if down else "KeyRelease"
        candidates = [f"<{kind}-{keysym}>"]
        if down:
            candidates += [f"<Key-{keysym}>", f"<{keysym}>"]
        candidates += [f"<{kind}>"] + (["<Key>"] if down else [])
    else:
        action, button = raw.get("action"), int(raw.get("button", 0))
        x, y = int(round(raw.get("x", 0))), int(round(raw.get("y", 0)))
        _pointer = (x, y)
        event.x, event.y = x, y
        event.x_root, event.y_root = x, y
        if action == "press":
            event.type, event.num = EventType.ButtonPress, button
            candidates = [f"<ButtonPress-{button}>", f"<Button-{button}>", f"<{button}>",
                          "<ButtonPress>", "<Button>"]
        elif action == "release":
            event.type, event.num = EventType.ButtonRelease, button
            candidates = [f"<ButtonRelease-{button}>", "<ButtonRelease>"]
        else:
            event.type = EventType.Motion
            candidates = ([f"<B{button}-Motion>"] if button else []) + ["<Motion>"]
    event._candidates = candidates
    event._sequence = candidates[0]
    return event


def _next_event(timeout):
    """The next event from the page (a key, a click…), waiting up to `timeout` seconds (None:
    as long as it takes) if a handler is bound; None when none came (or none can)."""
    global _waited
    _waited = False
    if not _events and _events_possible and _listening():
        _waited = _ask_page(_LONG_WAIT if timeout is None else timeout)
    return _events.pop(0) if _events else None


def _call(handlers, event):
    """Calls `handlers` (a dict of funcid → function); True if one returned "break"."""
    for handler in list(handlers.values()):
        if handler(event) == "break":
            return True
    return False


def _dispatch(event):
    """Calls the handlers bound to `event` as Tk does: a canvas item's tag bindings first (the
    topmost item under the mouse), then the widget's own, then its window's; for each, the
    most specific sequence bound. A handler returning "break" stops it."""
    candidates = getattr(event, "_candidates", None) or [event._sequence]
    widget = event.widget
    tag_bindings = getattr(widget, "_tag_bindings", None)
    if tag_bindings and event.type in (EventType.ButtonPress, EventType.ButtonRelease,
                                       EventType.Motion):
        x, y = widget.canvasx(event.x), widget.canvasy(event.y)
        under = widget.find_overlapping(x, y, x, y)
        if under:
            item = under[-1]
            for tag in (item, str(item), *widget.gettags(item), "all"):
                for sequence in candidates:
                    handlers = tag_bindings.get((tag, sequence))
                    if handlers:
                        if _call(handlers, event):
                            return
                        break
    seen = []
    for target in (widget, widget._root()):
        if any(target is other for other in seen):
            continue
        seen.append(target)
        for sequence in candidates:
            handlers = target._bindings.get(sequence)
            if handlers:
                if _call(handlers, event):
                    return
                break


def _update():
    """Tk's `update`: run what is due (window changes, idle callbacks, due timers, keys and
    clicks that came), then show the drawing."""
    _process_configure()
    _run_idle()
    _run_due(limit=_sequence)
    if _events_possible and _listening():
        _ask_page(0)
    while _events:
        _dispatch(_events.pop(0))
    _flush()


def mainloop(n=0):
    """Runs timers (`after`) in time order and the handlers of keys and clicks on the drawing,
    waiting for whichever comes first and showing the drawing whenever it waits. Returns after
    quit()/destroy(), or when nothing is left to wait for (no timer, and no handler bound or
    no way for events to come)."""
    global _quit
    _quit = False
    while not _quit:
        root = _default_root
        if root is not None and root._destroyed:
            break
        _process_configure()
        _run_idle()
        _run_due(limit=_sequence)
        if _quit:
            break
        _flush()
        # A cancelled timer leaves its entry behind: drop it.
        while _timers and _timers[0][2] not in _callbacks:
            _heappop(_timers)
        timeout = max(0.0, _timers[0][0] - _time.monotonic()) if _timers else None
        event = _next_event(timeout)
        if event is not None:
            _dispatch(event)
            continue
        if timeout is None:
            # Nothing to time: wait on for keys and clicks while a handler is bound.
            if _waited:
                continue
            break
        if timeout > _SLACK and not _waited:
            _time.sleep(timeout)
    _quit = False
    _flush()


# ---------------------------------------------------------------------------------------------
# Values: colours, distances, fonts, tags.

_color_cache = {"": ""}
_color_table = None


def _color(value):
    """Tk's colour `value` as `#rrggbb` ("" for none); TclError if Tk wouldn't know it."""
    try:
        return _color_cache[value]
    except (KeyError, TypeError):
        pass
    resolved = _parse_color(value)
    if len(_color_cache) < 10000:
        try:
            _color_cache[value] = resolved
        except TypeError:
            pass
    return resolved


_HEX = frozenset("0123456789abcdefABCDEF")


def _parse_color(value):
    global _color_table
    name = value if isinstance(value, str) else _stringify(value)
    if name.startswith("#"):
        digits = name[1:]
        size = len(digits)
        if size in (3, 6, 9, 12) and _HEX.issuperset(digits):
            k = size // 3
            parts = [int(digits[i * k:(i + 1) * k], 16) for i in range(3)]
            if k == 1:
                parts = [p * 17 for p in parts]  # #3a7 is #33aa77, as Tk repeats the digits
            else:
                parts = [p >> (4 * k - 8) for p in parts]
            return "#%02x%02x%02x" % tuple(parts)
        raise TclError(f'invalid color name "{name}"')
    if _color_table is None:
        from tkinter._colors import COLORS as _color_table
    found = _color_table.get(name.replace(" ", "").lower())
    if found is None:
        raise TclError(f'unknown color name "{name}"')
    return found


_UNITS = {"c": 96 / 2.54, "m": 96 / 25.4, "i": 96.0, "p": 96 / 72}


def _distance(value):
    """A screen distance in pixels: a number, or a string like "2c", "1i", "10p"."""
    try:
        return float(value)
    except (TypeError, ValueError):
        pass
    text = str(value).strip()
    if text[-1:] in _UNITS:
        try:
            return float(text[:-1]) * _UNITS[text[-1]]
        except ValueError:
            pass
    raise TclError(f'bad screen distance "{value}"') from None


def _number(value, kind="floating-point number"):
    try:
        return float(value)
    except (TypeError, ValueError):
        raise TclError(f'expected {kind} but got "{value}"') from None


def _stringify(value):
    """A value as Tcl would see it as a string (tuples become space-separated lists)."""
    if isinstance(value, (list, tuple)):
        return " ".join("{%s}" % s if (" " in s or not s) else s
                        for s in map(_stringify, value))
    return str(value)


def _split_tcl_list(text):
    """`'{Comic Sans MS} 20 bold'` -> ['Comic Sans MS', '20', 'bold']."""
    words, i, size = [], 0, len(text)
    while i < size:
        if text[i].isspace():
            i += 1
            continue
        if text[i] == "{":
            end = text.find("}", i + 1)
            end = size if end < 0 else end
            words.append(text[i + 1:end])
            i = end + 1
        else:
            end = i
            while end < size and not text[end].isspace():
                end += 1
            words.append(text[i:end])
            i = end
    return words


# Tk's named fonts: family "" is the page's default sans-serif font.
_NAMED_FONTS = {
    "tkdefaultfont": "", "tktextfont": "", "tkmenufont": "", "tkheadingfont": "",
    "tkcaptionfont": "", "tksmallcaptionfont": "", "tkicontfont": "", "tktooltipfont": "",
    "tkfixedfont": "Courier",
}
DEFAULT_FONT_SIZE = 10  # points, as Tk's default font on most systems
_font_cache = {}


def _font(value):
    """A Tk font (("Arial", 24, "bold"), "Arial 24 bold", "{Comic Sans MS} 20", "Arial") as the
    op's font: family, size (points; negative: pixels), bold, italic."""
    try:
        return _font_cache[value]
    except (KeyError, TypeError):
        pass
    if isinstance(value, (tuple, list)):
        words = [_stringify(part) for part in value]
    else:
        words = _split_tcl_list(str(value))
    if not words:
        raise TclError('font "" doesn\'t exist')
    family = words[0]
    size = DEFAULT_FONT_SIZE
    bold = italic = False
    styles = []
    if len(words) > 1:
        try:
            size = float(words[1])
        except ValueError:
            raise TclError(f'expected integer but got "{words[1]}"') from None
        if size == 0:
            size = DEFAULT_FONT_SIZE
        for style in words[2:]:
            styles.extend(style.split())
    for style in styles:
        style = style.lower()
        if style == "bold":
            bold = True
        elif style == "italic":
            italic = True
        elif style not in ("normal", "roman", "underline", "overstrike"):
            raise TclError(f'unknown font style "{style}"')
    family = _NAMED_FONTS.get(family.lower(), family)
    font = {"family": family, "size": size}
    if bold:
        font["bold"] = True
    if italic:
        font["italic"] = True
    try:
        _font_cache[value] = font
    except TypeError:
        pass
    return font


def _tags(value):
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(_split_tcl_list(value))
    if isinstance(value, (tuple, list)):
        return tuple(_stringify(tag) for tag in value)
    return (str(value),)


def _coords(args):
    """Flattens coordinates given as numbers, pairs or one sequence into a list of floats."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = args[0]
    try:
        return list(map(float, args))
    except TypeError:
        flat = []
        for part in args:
            if isinstance(part, (tuple, list)):
                flat.extend(_coords(part))
            else:
                flat.append(_coord(part))
        return flat
    except ValueError:
        return [_coord(part) for part in args]


def _coord(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        try:
            return _distance(value)
        except TclError:
            raise TclError(f'expected floating-point number but got "{value}"') from None


_ANCHORS = ("n", "ne", "e", "se", "s", "sw", "w", "nw", "center")
_STYLES = ("pieslice", "chord", "arc")


def _anchor(value):
    if value not in _ANCHORS:
        raise TclError(f'bad anchor position "{value}": must be n, ne, e, se, s, sw, w, nw, '
                       f'or center')
    return value


def _boolean(value):
    if isinstance(value, str):
        word = value.lower()
        if word in ("1", "true", "yes", "on", "bezier", "raw"):
            return True
        if word in ("0", "false", "no", "off", ""):
            return False
        raise TclError(f'expected boolean value but got "{value}"')
    return bool(value)


# ---------------------------------------------------------------------------------------------
# Events and variables.

class Event:
    """What a bound handler receives: x, y, char, keysym, widget, width, height, delta…"""

    def __init__(self):
        self.serial = self.num = self.height = self.width = self.keycode = self.state = 0
        self.time = self.x = self.y = self.x_root = self.y_root = self.delta = 0
        self.char = self.keysym = self.type = ""
        self.keysym_num = 0
        self.focus = self.send_event = False
        self.widget = None
        self._sequence = ""

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items()
                           if v not in (0, "", None) and not k.startswith("_"))
        return f"<Event {fields}>"


class EventType(str):
    KeyPress = "2"
    KeyRelease = "3"
    ButtonPress = "4"
    ButtonRelease = "5"
    Motion = "6"
    Configure = "22"


class Variable:
    """A value holder (Tk's variables). `trace_add` callbacks run on `set`."""

    _default = ""

    def __init__(self, master=None, value=None, name=None):
        self._value = self._default if value is None else value
        self._name = name or "PY_VAR%d" % id(self)
        self._traces = {}

    def __str__(self):
        return self._name

    def set(self, value):
        self._value = value
        for mode, callback in list(self._traces.values()):
            if "write" in mode:
                callback(self._name, "", "write")

    initialize = set

    def get(self):
        return self._value

    def trace_add(self, mode, callback):
        name = "trace%d" % (len(self._traces) + 1)
        self._traces[name] = ((mode,) if isinstance(mode, str) else tuple(mode), callback)
        return name

    def trace_remove(self, mode, cbname):
        self._traces.pop(cbname, None)

    def trace_info(self):
        return [(mode, name) for name, (mode, _) in self._traces.items()]

    def trace(self, mode, callback):  # the old spelling
        return self.trace_add({"w": "write", "r": "read", "u": "unset"}.get(mode, mode),
                              callback)

    trace_variable = trace


class StringVar(Variable):
    _default = ""

    def get(self):
        value = self._value
        return value if isinstance(value, str) else str(value)


class IntVar(Variable):
    _default = 0

    def get(self):
        value = self._value
        try:
            return int(value)
        except (TypeError, ValueError):
            try:
                return int(float(value))
            except (TypeError, ValueError):
                raise TclError(f'expected integer but got "{value}"') from None


class DoubleVar(Variable):
    _default = 0.0

    def get(self):
        return _number(self._value)


class BooleanVar(Variable):
    _default = False

    def set(self, value):
        super().set(_boolean(value))

    def get(self):
        return _boolean(self._value)


# ---------------------------------------------------------------------------------------------
# Widgets.

class _App:
    """`widget.tk`, Tk's interpreter: turtle calls `cv.tk.mainloop()`."""

    def mainloop(self, n=0):
        mainloop(n)

    def call(self, *args):
        return ""

    eval = call

    def quit(self):
        global _quit
        _quit = True

    def getint(self, value):
        return int(value)

    def getdouble(self, value):
        return float(value)

    def getboolean(self, value):
        return _boolean(value)

    def splitlist(self, value):
        return tuple(_split_tcl_list(value)) if isinstance(value, str) else tuple(value)

    def willdispatch(self):
        pass


_APP = _App()

# Options every widget accepts (and mostly ignores).
_COMMON_OPTIONS = frozenset((
    "width", "height", "bg", "background", "bd", "borderwidth", "relief", "cursor",
    "highlightthickness", "highlightbackground", "highlightcolor", "takefocus", "padx", "pady",
    "class_", "class", "colormap", "container", "visual", "name", "menu", "screen", "use",
))


class Misc:
    """What every widget (and Tk itself) can do."""

    _destroyed = False
    _fills = False
    _layout_parent = None
    _name = "."

    def _init_misc(self, master, options):
        self.master = master
        self.tk = _APP
        self.children = {}
        self._bindings = {}
        self._options = {}
        self._width = self._height = 0
        if master is not None:
            count = sum(type(c) is type(self) for c in master.children.values()) + 1
            base = type(self).__name__.lower()
            name = options.pop("name", None) or ("!%s" % base if count == 1
                                                 else "!%s%d" % (base, count))
            master.children[name] = self
            self._name = (master._name.rstrip(".") + "." + name)

    def __str__(self):
        return self._name

    def _descendants(self):
        for child in list(self.children.values()):
            yield child
            yield from child._descendants()

    def _root(self):
        widget = self
        while widget.master is not None:
            widget = widget.master
        return widget

    # -- options --
    _allowed_options = _COMMON_OPTIONS
    _option_defaults = {"bg": "#d9d9d9", "bd": 0, "relief": "flat", "highlightthickness": 0,
                        "cursor": ""}
    _aliases = {"background": "bg", "borderwidth": "bd"}

    def configure(self, cnf=None, **kw):
        if isinstance(cnf, str):
            return self._option_tuple(cnf)
        if cnf:
            kw = {**cnf, **kw}
        if not kw and cnf is None:
            return {name: self._option_tuple(name) for name in sorted(self._allowed_options)}
        self._set_options(kw)

    config = configure

    def _option_tuple(self, name):
        name = name.lstrip("-")
        value = self.cget(name)
        return (name, name, name.capitalize(), self._option_defaults.get(name, ""), value)

    def _set_options(self, kw):
        allowed = self._allowed_options
        aliases = self._aliases
        for key, value in kw.items():
            key = key.lstrip("-")
            if key not in allowed:
                raise TclError(f'unknown option "-{key}"')
            if value is None:
                continue
            key = aliases.get(key, key)
            if key == "bg":
                _color(value)
            elif key == "width":
                self._width = max(0, round(_distance(value)))
            elif key == "height":
                self._height = max(0, round(_distance(value)))
            self._options[key] = value

    def cget(self, key):
        key = key.lstrip("-")
        if key not in self._allowed_options:
            raise TclError(f'unknown option "-{key}"')
        key = self._aliases.get(key, key)
        if key == "width":
            return str(self._width)
        if key == "height":
            return str(self._height)
        value = self._options.get(key)
        if value is None:
            value = self._option_defaults.get(key, "")
        return value

    __getitem__ = cget

    def __setitem__(self, key, value):
        self.configure({key: value})

    def keys(self):
        return sorted(self._allowed_options)

    # -- the event loop --
    def after(self, ms, func=None, *args):
        """after(ms) sleeps (showing the drawing first); after(ms, func, *args) calls func
        later, from mainloop() or update(); returns an id for after_cancel."""
        if func is None:
            _flush()
            seconds = _number(ms, "integer") / 1000
            if seconds > 0:
                _time.sleep(seconds)
            return None
        return _after(ms, func, args)

    def after_idle(self, func, *args):
        return _after("idle", func, args)

    def after_cancel(self, id):
        if not id:
            raise ValueError("id must be a valid identifier returned from after or after_idle")
        _callbacks.pop(id, None)

    def update(self):
        _update()

    def update_idletasks(self):
        _process_configure()
        _run_idle()
        _flush()

    def mainloop(self, n=0):
        mainloop(n)

    def quit(self):
        global _quit
        _quit = True

    def wait_window(self, window=None):
        mainloop()

    def wait_visibility(self, window=None):
        _update()

    # -- bindings (keys and clicks on the drawing: see _dispatch) --
    def bind(self, sequence=None, func=None, add=None):
        if sequence is None:
            return tuple(self._bindings)
        if func is None:
            handlers = self._bindings.get(sequence)
            return "" if not handlers else next(iter(handlers))
        global _sequence
        _sequence += 1
        funcid = "%d%s" % (_sequence, getattr(func, "__name__", "handler"))
        handlers = self._bindings.get(sequence)
        if handlers is None or not (add and str(add).startswith("+")):
            handlers = self._bindings[sequence] = {}
        handlers[funcid] = func
        return funcid

    def unbind(self, sequence, funcid=None):
        if funcid is None:
            self._bindings.pop(sequence, None)
        else:
            handlers = self._bindings.get(sequence)
            if handlers:
                handlers.pop(funcid, None)

    def bind_all(self, sequence=None, func=None, add=None):
        return self._root().bind(sequence, func, add)

    def unbind_all(self, sequence):
        self._root().unbind(sequence)

    bind_class = bind_all

    def event_add(self, virtual, *sequences):
        pass

    def event_generate(self, sequence, **kw):
        """Calls the handlers bound to `sequence` (exactly as bound) with an Event."""
        event = Event()
        event.widget, event._sequence = self, sequence
        for key, value in kw.items():
            setattr(event, key, value)
        _dispatch(event)

    def focus_set(self):
        pass

    focus = focus_force = focus_set

    def focus_get(self):
        return None

    def grab_set(self):
        pass

    grab_release = grab_set

    # -- layout: only whether the widget fills its parent matters --
    def pack(self, cnf=None, **kw):
        kw = {**(cnf or {}), **kw}
        self._layout_parent = kw.get("in_") or kw.get("in")
        self._fills = kw.get("fill") == "both" and _boolean(kw.get("expand", False))
        _window_changed()

    pack_configure = pack

    def grid(self, cnf=None, **kw):
        kw = {**(cnf or {}), **kw}
        self._layout_parent = kw.get("in_") or kw.get("in")
        self._fills = set("nsew") <= set(str(kw.get("sticky", "")))
        _window_changed()

    grid_configure = grid

    def place(self, cnf=None, **kw):
        kw = {**(cnf or {}), **kw}
        self._layout_parent = kw.get("in_") or kw.get("in")
        self._fills = (kw.get("relwidth") in (1, 1.0, "1") and
                       kw.get("relheight") in (1, 1.0, "1"))
        _window_changed()

    place_configure = place

    def pack_forget(self):
        self._fills = False
        _window_changed()

    grid_forget = grid_remove = place_forget = pack_forget

    def _noop(self, *args, **kw):
        return None

    rowconfigure = columnconfigure = grid_rowconfigure = grid_columnconfigure = _noop
    pack_propagate = grid_propagate = propagate = option_add = bell = _noop
    tk_setPalette = lift = lower = tkraise = _noop

    def pack_slaves(self):
        return [c for c in self.children.values() if not isinstance(c, Toplevel)]

    grid_slaves = place_slaves = winfo_children = pack_slaves

    def _display_size(self):
        """The widget's size in pixels: its parent's when it fills it, else its own."""
        if self._fills:
            parent = self._layout_parent or self.master
            if parent is not None:
                size = parent._display_size()
                if size is not None:
                    return size
        return (max(1, self._width), max(1, self._height))

    # -- winfo --
    def winfo_width(self):
        return self._display_size()[0]

    def winfo_height(self):
        return self._display_size()[1]

    winfo_reqwidth = winfo_width
    winfo_reqheight = winfo_height

    def winfo_screenwidth(self):
        return SCREEN_WIDTH

    def winfo_screenheight(self):
        return SCREEN_HEIGHT

    def winfo_rgb(self, color):
        value = int(_color(color)[1:], 16)
        return ((value >> 16) * 257, ((value >> 8) & 255) * 257, (value & 255) * 257)

    def winfo_toplevel(self):
        widget = self
        while widget.master is not None and not isinstance(widget, Toplevel):
            widget = widget.master
        return widget

    def winfo_exists(self):
        return 0 if self._destroyed else 1

    def winfo_ismapped(self):
        return self.winfo_exists()

    winfo_viewable = winfo_ismapped

    def winfo_x(self):
        return 0

    winfo_y = winfo_rootx = winfo_rooty = winfo_x
    winfo_pointerx = winfo_pointery = winfo_x

    def winfo_pointerxy(self):
        return (0, 0)

    def winfo_fpixels(self, distance):
        return _distance(distance)

    def winfo_pixels(self, distance):
        return round(_distance(distance))

    def winfo_class(self):
        return type(self).__name__

    def winfo_name(self):
        return self._name.rsplit(".", 1)[-1]

    def winfo_parent(self):
        return "" if self.master is None else str(self.master)

    def nametowidget(self, name):
        return self

    def destroy(self):
        global _shown, _quit
        for child in list(self.children.values()):
            child.destroy()
        self._destroyed = True
        if self is _shown:
            _flush()
            _shown = None
        if self.master is not None:
            self.master.children = {k: v for k, v in self.master.children.items()
                                    if v is not self}
        else:
            _quit = True


# The screen turtle and programs size their windows by: turtle's window is 50% × 75% of it,
# so 1200 × 667 gives turtle a 600 × 500 canvas.
SCREEN_WIDTH = 1200
SCREEN_HEIGHT = 667


def _window_changed():
    global _configure_pending
    _configure_pending = True


class Wm:
    """The window-manager methods of Tk and Toplevel."""

    _title = "tk"
    _geometry = None

    def wm_title(self, string=None):
        if string is None:
            return self._title
        self._title = str(string)

    title = wm_title

    def wm_geometry(self, newGeometry=None):
        if newGeometry is None:
            width, height = self._display_size()
            return "%dx%d+0+0" % (width, height)
        text = str(newGeometry)
        size = text.split("+")[0].split("-")[0]
        if size:
            try:
                width, height = (int(part) for part in size.split("x"))
            except ValueError:
                raise TclError(f'bad geometry specifier "{text}"') from None
            self._geometry = (width, height)
            _window_changed()
        return ""

    geometry = wm_geometry

    def _display_size(self):
        """geometry()'s size; without one, the shown canvas's own size, as Tk sizes a window
        to what it holds."""
        if self._geometry is not None:
            return self._geometry
        canvas = _shown
        if canvas is not None and canvas.winfo_toplevel() is self:
            return (max(1, canvas._width), max(1, canvas._height))
        return (200, 200)

    def wm_protocol(self, name=None, func=None):
        protocols = self.__dict__.setdefault("_protocols", {})
        if func is None:
            return protocols.get(name, "")
        protocols[name] = func
        return ""

    protocol = wm_protocol

    def wm_resizable(self, width=None, height=None):
        return None

    resizable = wm_resizable

    def _wm_noop(self, *args, **kw):
        return ""

    wm_attributes = attributes = wm_minsize = minsize = wm_maxsize = maxsize = _wm_noop
    wm_iconify = iconify = wm_deiconify = deiconify = wm_withdraw = withdraw = _wm_noop
    wm_iconbitmap = iconbitmap = wm_iconphoto = iconphoto = wm_state = state = _wm_noop
    wm_overrideredirect = overrideredirect = wm_transient = transient = _wm_noop
    wm_iconname = iconname = wm_aspect = aspect = wm_positionfrom = positionfrom = _wm_noop


class Tk(Misc, Wm):
    """The main window. Creating it shows nothing yet; a Canvas in it is what the page shows."""

    _allowed_options = _COMMON_OPTIONS | {"menu"}

    _display_size = Wm._display_size

    def __init__(self, screenName=None, baseName=None, className="Tk", useTk=True,
                 sync=False, use=None):
        global _default_root
        self._init_misc(None, {})
        self._name = "."
        if _default_root is None or _default_root._destroyed:
            _default_root = self

    def report_callback_exception(self, exc, val, tb):
        raise val

    def readprofile(self, baseName, className):
        pass

    def loadtk(self):
        pass


class Widget(Misc):
    def __init__(self, master=None, cnf=None, **kw):
        if master is None:
            master = _get_default_root()
        kw = {**(cnf or {}), **kw}
        self._init_misc(master, kw)
        self._set_options(kw)


class Frame(Widget):
    """A container. Its options are kept; it draws nothing itself."""

    _allowed_options = _COMMON_OPTIONS


class Toplevel(Widget, Wm):
    """Another window (minimal): a Canvas in it is shown only if it is the first Canvas."""

    _allowed_options = _COMMON_OPTIONS | {"menu"}

    _display_size = Wm._display_size


class Scrollbar(Widget):
    """Accepted so layouts that have one work; the page shows no scrollbar."""

    _allowed_options = _COMMON_OPTIONS | {
        "command", "orient", "activebackground", "troughcolor", "elementborderwidth",
        "jump", "repeatdelay", "repeatinterval", "activerelief"}

    def set(self, first, last):
        self._range = (float(first), float(last))

    def get(self):
        return getattr(self, "_range", (0.0, 1.0))


class _Stub:
    """A widget pyplay doesn't have: creating one says so."""

    def __init__(self, *args, **kw):
        raise NotImplementedError(_unsupported(f"{type(self).__name__} widget") +
                                  " To show text, use canvas.create_text(x, y, text=...).")


class Label(_Stub):
    pass


class Button(_Stub):
    pass


class Entry(_Stub):
    pass


class Image:
    """Tk's images, minimal: an image has a size but no pixels, and is not drawn."""

    _count = 0

    def __init__(self, imgtype, name=None, cnf=None, master=None, **kw):
        Image._count += 1
        self.name = name or "pyimage%d" % Image._count
        self._type = imgtype
        self._options = {**(cnf or {}), **kw}
        file = self._options.get("file")
        if file is not None:
            import _pyplay_fs

            if _pyplay_fs.path_of(file) not in _pyplay_fs.files:
                raise TclError(f'couldn\'t open "{file}": no such file or directory')

    def __str__(self):
        return self.name

    def configure(self, **kw):
        self._options.update(kw)

    config = configure

    def cget(self, key):
        return self._options.get(key, "")

    __getitem__ = cget

    def __setitem__(self, key, value):
        self._options[key] = value

    def width(self):
        return int(self._options.get("width", 0) or 0)

    def height(self):
        return int(self._options.get("height", 0) or 0)

    def type(self):
        return self._type


class PhotoImage(Image):
    def __init__(self, name=None, cnf=None, master=None, **kw):
        super().__init__("photo", name, cnf, master, **kw)

    def blank(self):
        pass

    def put(self, data, to=None):
        pass

    def get(self, x, y):
        return (0, 0, 0)

    def copy(self):
        return PhotoImage(**self._options)

    def zoom(self, x, y=""):
        return self.copy()

    subsample = zoom

    def write(self, filename, format=None, from_coords=None):
        raise NotImplementedError(_unsupported("image files"))


# ---------------------------------------------------------------------------------------------
# Canvas.

# The options each item type accepts (Tk 8.6); those the op has no field for are kept, not drawn.
_SHAPE_OPTIONS = frozenset((
    "fill", "outline", "width", "state", "tags", "dash", "dashoffset", "stipple",
    "outlinestipple", "offset", "outlineoffset", "activefill", "activeoutline", "activewidth",
    "activedash", "activestipple", "activeoutlinestipple", "disabledfill", "disabledoutline",
    "disabledwidth", "disableddash", "disabledstipple", "disabledoutlinestipple"))
_ITEM_OPTIONS = {
    "rectangle": _SHAPE_OPTIONS,
    "oval": _SHAPE_OPTIONS,
    "polygon": _SHAPE_OPTIONS | {"smooth", "splinesteps", "joinstyle"},
    "arc": _SHAPE_OPTIONS | {"start", "extent", "style"},
    "line": frozenset((
        "fill", "width", "state", "tags", "dash", "dashoffset", "stipple", "arrow",
        "arrowshape", "capstyle", "joinstyle", "smooth", "splinesteps", "activefill",
        "activewidth", "activedash", "activestipple", "disabledfill", "disabledwidth",
        "disableddash", "disabledstipple")),
    "text": frozenset((
        "fill", "text", "font", "anchor", "justify", "width", "angle", "state", "tags",
        "underline", "stipple", "offset", "activefill", "activestipple", "disabledfill",
        "disabledstipple")),
    "image": frozenset(("image", "anchor", "state", "tags", "activeimage", "disabledimage")),
    "bitmap": frozenset(("bitmap", "anchor", "state", "tags", "foreground", "background")),
    "window": frozenset(("window", "anchor", "width", "height", "state", "tags")),
}
# What Tk's itemcget says for an option never set.
_ITEM_DEFAULTS = {
    "rectangle": {"fill": "", "outline": "black", "width": "1.0"},
    "oval": {"fill": "", "outline": "black", "width": "1.0"},
    "polygon": {"fill": "black", "outline": "", "width": "1.0", "smooth": "0"},
    "arc": {"fill": "", "outline": "black", "width": "1.0", "start": "0.0", "extent": "90.0",
            "style": "pieslice"},
    "line": {"fill": "black", "width": "1.0", "smooth": "0", "capstyle": "butt"},
    "text": {"fill": "black", "anchor": "center", "font": "TkDefaultFont", "text": "",
             "justify": "left", "width": "0"},
    "image": {"anchor": "center", "image": ""},
    "bitmap": {"anchor": "center", "bitmap": ""},
    "window": {"anchor": "center", "window": ""},
}
# The op each item starts as (a copy of).
_BLACK = "#000000"
_OP_DEFAULTS = {
    "rectangle": {"fill": "", "outline": _BLACK, "width": 1.0},
    "oval": {"fill": "", "outline": _BLACK, "width": 1.0},
    "polygon": {"fill": _BLACK, "outline": "", "width": 1.0},
    "arc": {"fill": "", "outline": _BLACK, "width": 1.0},
    "line": {"fill": _BLACK, "outline": "", "width": 1.0},
    "text": {"fill": _BLACK, "outline": "", "width": 1.0, "anchor": "center",
             "font": {"family": "", "size": DEFAULT_FONT_SIZE}},
    "image": {}, "bitmap": {}, "window": {},
}
_DRAWN = frozenset(("rectangle", "oval", "polygon", "arc", "line", "text"))


def _check_count(kind, coords):
    n = len(coords)
    if kind in ("rectangle", "oval", "arc"):
        if n != 4:
            raise TclError(f"wrong # coordinates: expected 4, got {n}")
    elif kind in ("line", "polygon"):
        least = 4 if kind == "line" else 6
        if n % 2:
            raise TclError(f"wrong # coordinates: expected an even number, got {n}")
        if n < least:
            raise TclError(f"wrong # coordinates: expected at least {least}, got {n}")
    elif n != 2:
        raise TclError(f"wrong # coordinates: expected 2, got {n}")


class _Item:
    """One canvas item: `op` is what the page gets (a `put` op, coordinates unscrolled),
    `options` the options as the program gave them (for itemcget)."""

    __slots__ = ("kind", "op", "options", "tags")

    def __init__(self, kind, op, options):
        self.kind = kind
        self.op = op
        self.options = options
        self.tags = ()


class Canvas(Widget):
    """Tk's Canvas. The first one a run creates is shown in the page (see the module's
    docstring); the others work but are not shown."""

    _allowed_options = _COMMON_OPTIONS | {
        "scrollregion", "xscrollcommand", "yscrollcommand", "xscrollincrement",
        "yscrollincrement", "confine", "closeenough", "state", "selectbackground",
        "selectforeground", "selectborderwidth", "insertbackground", "insertborderwidth",
        "insertofftime", "insertontime", "insertwidth", "offset"}
    _option_defaults = {**Misc._option_defaults, "scrollregion": "", "confine": 1,
                        "highlightthickness": 1}

    def __init__(self, master=None, cnf=None, **kw):
        global _shown, _shown_before
        self._items = {}  # id -> _Item, in stacking order (bottom first)
        self._last_id = 0
        self._origin = (0.0, 0.0)  # the canvas point shown at the top-left corner
        self._live = False
        kw = {**(cnf or {}), **kw}
        kw.setdefault("width", 378)  # Tk's 10c × 7c
        kw.setdefault("height", 265)
        Widget.__init__(self, master, **kw)
        if _shown is None:
            _shown = self
            self._live = True
        self._reset_pending()
        if self._live and _shown_before:
            self._cleared = True  # the page still shows the canvas destroyed before this one
        _shown_before = _shown_before or self._live
        self._sent_window = None
        self._on_page = set()

    def _reset_pending(self):
        self._dirty = {}  # ids to put, in the order they last moved to the top or changed
        self._deleted = {}  # ids on the page to delete (or re-put on top)
        self._cleared = False
        self._reorder = False

    # -- what the page gets --
    def _window_op(self):
        width, height = self._display_size()
        background = _color(self._options.get("bg", "#d9d9d9"))
        return {"op": "window", "width": width, "height": height, "background": background,
                "title": self.winfo_toplevel()._title}

    def _take_ops(self):
        window = self._window_op()
        if window["width"] < 2 or window["height"] < 2:
            return []  # not laid out yet (turtle's window before its setup()): wait
        ops = []
        if window != self._sent_window:
            ops.append(window)
            self._sent_window = window
        if self._cleared:
            ops.append({"op": "clear"})
            self._on_page = set()
        items = self._items
        on_page = self._on_page
        if self._deleted:
            ids = [i for i in self._deleted if i in on_page]
            if ids:
                ops.append({"op": "delete", "ids": ids})
                on_page.difference_update(ids)
        if self._dirty:
            put = ops.append
            for ident in self._dirty:
                item = items.get(ident)
                if item is None or item.kind not in _DRAWN:
                    continue
                put(item.op)
                on_page.add(ident)
        if self._reorder:
            ops.append({"op": "order", "ids": [i for i in items if i in on_page]})
        self._reset_pending()
        return ops

    def _changed(self, item):
        if self._live:
            self._dirty[item.op["id"]] = None

    def _resend_all(self):
        if self._live:
            self._dirty.update(dict.fromkeys(self._items))

    # -- scrolling: only where the origin is matters --
    def _set_options(self, kw):
        Misc._set_options(self, kw)
        if "scrollregion" in kw:
            self._reconfine()

    def _scrollregion(self):
        region = self._options.get("scrollregion")
        if not region:
            return None
        parts = region if isinstance(region, (tuple, list)) else _split_tcl_list(str(region))
        if len(parts) != 4:
            raise TclError(f'bad scrollRegion "{_stringify(region)}"')
        return [_distance(p) for p in parts]

    def _set_origin(self, x, y):
        region = self._scrollregion()
        if region is not None and _boolean(self._options.get("confine", 1)):
            width, height = self._display_size()
            x = _confine(x, width, region[0], region[2])
            y = _confine(y, height, region[1], region[3])
        old_x, old_y = self._origin
        if (x, y) != (old_x, old_y):
            self._origin = (x, y)
            dx, dy = old_x - x, old_y - y
            for item in self._items.values():
                op = item.op
                coords = op["coords"]
                op["coords"] = [c + (dy if i & 1 else dx) for i, c in enumerate(coords)]
            self._resend_all()

    def _reconfine(self):
        self._set_origin(*self._origin)

    def xview_moveto(self, fraction):
        region = self._scrollregion()
        if region is not None:
            x = region[0] + round(float(fraction) * (region[2] - region[0]))
            self._set_origin(x, self._origin[1])

    def yview_moveto(self, fraction):
        region = self._scrollregion()
        if region is not None:
            y = region[1] + round(float(fraction) * (region[3] - region[1]))
            self._set_origin(self._origin[0], y)

    def _view(self, axis, args):
        if not args:
            region = self._scrollregion()
            if region is None:
                return (0.0, 1.0)
            size = self._display_size()[axis]
            low, high = region[axis], region[axis + 2]
            span = (high - low) or 1
            first = (self._origin[axis] - low) / span
            return (max(0.0, first), min(1.0, first + size / span))
        if args[0] == "moveto":
            (self.xview_moveto if axis == 0 else self.yview_moveto)(args[1])
        return None

    def xview(self, *args):
        return self._view(0, args)

    def yview(self, *args):
        return self._view(1, args)

    def xview_scroll(self, number, what):
        pass

    yview_scroll = xview_scroll

    def canvasx(self, screenx, gridspacing=None):
        return float(screenx) + self._origin[0]

    def canvasy(self, screeny, gridspacing=None):
        return float(screeny) + self._origin[1]

    # -- items --
    # An item's op holds its coordinates as the page shows them: canvas coordinates minus the
    # scroll origin (`_set_origin` moves them all when it changes), so that a flush sends the
    # ops as they are.
    def _page_coords(self, coords):
        ox, oy = self._origin
        if ox or oy:
            return [c - (oy if i & 1 else ox) for i, c in enumerate(coords)]
        return coords

    def _canvas_coords(self, item):
        ox, oy = self._origin
        coords = item.op["coords"]
        if ox or oy:
            return [c + (oy if i & 1 else ox) for i, c in enumerate(coords)]
        return list(coords)

    def _create(self, kind, args, kw):
        if args and isinstance(args[-1], dict):  # create_line(coords, {options})
            kw = {**args[-1], **kw}
            args = args[:-1]
        coords = _coords(args)
        _check_count(kind, coords)
        ident = self._last_id + 1
        op = {"op": "put", "id": ident, "shape": kind, "coords": self._page_coords(coords)}
        op.update(_OP_DEFAULTS[kind])
        item = _Item(kind, op, kw)
        if kind == "arc":
            op["arc"] = {"start": 0.0, "extent": 90.0, "style": "pieslice"}
        if kw:
            self._apply(item, kw)
        self._last_id = ident
        self._items[ident] = item
        if self._live:
            self._dirty[ident] = None
        return ident

    def create_rectangle(self, *args, **kw):
        """create_rectangle(x0, y0, x1, y1, fill=..., outline=..., width=...) -> id"""
        return self._create("rectangle", args, kw)

    def create_oval(self, *args, **kw):
        """create_oval(x0, y0, x1, y1, ...): the oval inside that rectangle -> id"""
        return self._create("oval", args, kw)

    def create_line(self, *args, **kw):
        """create_line(x0, y0, x1, y1, ..., fill=..., width=...) -> id"""
        return self._create("line", args, kw)

    def create_polygon(self, *args, **kw):
        """create_polygon(x0, y0, x1, y1, x2, y2, ..., fill=..., outline=...) -> id"""
        return self._create("polygon", args, kw)

    def create_text(self, *args, **kw):
        """create_text(x, y, text=..., fill=..., font=("Arial", 24), anchor=...) -> id"""
        return self._create("text", args, kw)

    def create_arc(self, *args, **kw):
        """create_arc(x0, y0, x1, y1, start=0, extent=90, style=PIESLICE) -> id"""
        return self._create("arc", args, kw)

    def create_image(self, *args, **kw):
        """An image item: kept (coords, tags…) but not drawn in pyplay."""
        return self._create("image", args, kw)

    def create_bitmap(self, *args, **kw):
        return self._create("bitmap", args, kw)

    def create_window(self, *args, **kw):
        return self._create("window", args, kw)

    def _apply(self, item, kw):
        """Sets item options (already on a new item's `options`, or merged by itemconfig)."""
        kind = item.kind
        op = item.op
        allowed = _ITEM_OPTIONS[kind]
        for key, value in kw.items():
            if key not in allowed:
                if key == "tag":
                    key = "tags"
                else:
                    raise TclError(f'unknown option "-{key}"')
            if value is None:
                continue
            if key == "fill":
                op["fill"] = _color(value)
            elif key == "outline":
                op["outline"] = _color(value)
            elif key == "width":
                if kind != "text" and kind != "window":
                    op["width"] = _distance(value)
            elif key == "tags":
                item.tags = _tags(value)
            elif key == "text":
                op["text"] = value if isinstance(value, str) else _stringify(value)
            elif key == "font":
                op["font"] = _font(value)
            elif key == "anchor":
                op["anchor"] = _anchor(value)
            elif key == "state":
                state = str(value)
                if state not in ("normal", "hidden", "disabled", ""):
                    raise TclError(f'bad state "{state}": must be disabled, hidden, or normal')
                if state == "hidden":
                    op["hidden"] = True
                else:
                    op.pop("hidden", None)
            elif key == "smooth":
                if _boolean(value):
                    op["smooth"] = True
                else:
                    op.pop("smooth", None)
            elif key == "start" or key == "extent":
                op["arc"] = {**op["arc"], key: _number(value)}
            elif key == "style":
                if value not in _STYLES:
                    raise TclError(f'bad style "{value}": must be pieslice, chord, or arc')
                op["arc"] = {**op["arc"], "style": value}

    def _find(self, spec):
        """The items `spec` (an id, a tag, ALL) names, bottom first."""
        items = self._items
        if type(spec) is int:
            item = items.get(spec)
            return [item] if item is not None else []
        if isinstance(spec, str):
            if spec.isdigit():
                item = items.get(int(spec))
                return [item] if item is not None else []
            if spec == "all":
                return list(items.values())
            return [item for item in items.values() if spec in item.tags]
        if isinstance(spec, (tuple, list)):  # several tags or ids: any of them
            found = {}
            for part in spec:
                for item in self._find(part):
                    found[item.op["id"]] = item
            return [items[i] for i in items if i in found]
        if isinstance(spec, float) and spec.is_integer():
            return self._find(int(spec))
        return self._find(str(spec))

    def _first(self, spec):
        found = self._find(spec)
        return found[0] if found else None

    def coords(self, tagOrId, *args):
        """coords(item) -> [x0, y0, …]; coords(item, x0, y0, …) moves its points."""
        if not args:
            item = self._first(tagOrId)
            return [] if item is None else self._canvas_coords(item)
        coords = _coords(args)
        item = self._first(tagOrId)
        if item is not None:
            _check_count(item.kind, coords)
            item.op["coords"] = self._page_coords(coords)
            if self._live:
                self._dirty[item.op["id"]] = None
        return None

    def move(self, tagOrId, xAmount, yAmount):
        dx, dy = _coord(xAmount), _coord(yAmount)
        for item in self._find(tagOrId):
            coords = item.op["coords"]
            item.op["coords"] = [c + (dy if i & 1 else dx) for i, c in enumerate(coords)]
            self._changed(item)

    def moveto(self, tagOrId, x="", y=""):
        item = self._first(tagOrId)
        if item is None:
            return
        coords = self._canvas_coords(item)
        xs, ys = coords[0::2], coords[1::2]
        dx = 0.0 if x == "" else _coord(x) - min(xs)
        dy = 0.0 if y == "" else _coord(y) - min(ys)
        self.move(tagOrId, dx, dy)

    def scale(self, tagOrId, xOrigin, yOrigin, xScale, yScale):
        x0, y0, sx, sy = _coord(xOrigin), _coord(yOrigin), _number(xScale), _number(yScale)
        for item in self._find(tagOrId):
            coords = self._canvas_coords(item)
            item.op["coords"] = self._page_coords(
                [y0 + (c - y0) * sy if i & 1 else x0 + (c - x0) * sx
                 for i, c in enumerate(coords)])
            self._changed(item)

    def itemconfigure(self, tagOrId, cnf=None, **kw):
        if isinstance(cnf, str):
            item = self._first(tagOrId)
            if item is None:
                return None
            name = cnf.lstrip("-")
            return (name, "", "", _ITEM_DEFAULTS[item.kind].get(name, ""),
                    self.itemcget(tagOrId, name))
        if cnf:
            kw = {**cnf, **kw}
        if not kw:
            item = self._first(tagOrId)
            if item is None:
                return None
            return {name: self.itemconfigure(tagOrId, name)
                    for name in sorted(_ITEM_OPTIONS[item.kind])}
        for item in self._find(tagOrId):
            self._apply(item, kw)
            item.options = {**item.options, **kw}
            self._changed(item)
        return None

    itemconfig = itemconfigure

    def itemcget(self, tagOrId, option):
        item = self._first(tagOrId)
        if item is None:
            return None
        option = option.lstrip("-")
        if option not in _ITEM_OPTIONS[item.kind]:
            raise TclError(f'unknown option "-{option}"')
        if option == "tags":
            return " ".join(item.tags)
        value = item.options.get(option)
        if value is None:
            value = _ITEM_DEFAULTS[item.kind].get(option, "")
        return value if isinstance(value, str) else _stringify(value)

    def type(self, tagOrId):
        item = self._first(tagOrId)
        return None if item is None else item.kind

    def delete(self, *args):
        """delete(item or tag, …); delete(ALL) clears the canvas."""
        items = self._items
        for spec in args:
            if spec == "all":
                items.clear()
                if self._live:
                    # Only what the page has needs clearing.
                    clear = self._cleared or bool(self._on_page)
                    self._reset_pending()
                    self._cleared = clear
                continue
            for item in self._find(spec):
                ident = item.op["id"]
                del items[ident]
                if self._live:
                    self._dirty.pop(ident, None)
                    self._deleted[ident] = None

    def find_all(self):
        return tuple(self._items)

    def find_withtag(self, tagOrId):
        return tuple(item.op["id"] for item in self._find(tagOrId))

    def _bbox_of(self, item):
        coords = self._canvas_coords(item)
        xs, ys = coords[0::2], coords[1::2]
        if item.kind == "text":
            return _text_bbox(item.op, xs[0], ys[0])
        if item.kind in ("image", "bitmap", "window"):
            return (xs[0], ys[0], xs[0], ys[0])
        pad = item.op.get("width", 1.0) / 2
        return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)

    def bbox(self, *args):
        """The box (x0, y0, x1, y1) around the items, or None. Text sizes are estimates."""
        boxes = [self._bbox_of(item) for spec in args for item in self._find(spec)
                 if not item.op.get("hidden")]
        if not boxes:
            return None
        return (int(min(b[0] for b in boxes)), int(min(b[1] for b in boxes)),
                int(max(b[2] for b in boxes) + 0.999), int(max(b[3] for b in boxes) + 0.999))

    def find_overlapping(self, x1, y1, x2, y2):
        x1, y1, x2, y2 = _coord(x1), _coord(y1), _coord(x2), _coord(y2)
        found = []
        for ident, item in self._items.items():
            if item.op.get("hidden"):
                continue
            bx0, by0, bx1, by1 = self._bbox_of(item)
            if bx0 <= x2 and x1 <= bx1 and by0 <= y2 and y1 <= by1:
                found.append(ident)
        return tuple(found)

    def find_enclosed(self, x1, y1, x2, y2):
        x1, y1, x2, y2 = _coord(x1), _coord(y1), _coord(x2), _coord(y2)
        return tuple(ident for ident, item in self._items.items()
                     if not item.op.get("hidden") and _inside(self._bbox_of(item),
                                                              x1, y1, x2, y2))

    def find_closest(self, x, y, halo=None, start=None):
        x, y = _coord(x), _coord(y)
        best, distance = None, None
        for ident, item in self._items.items():
            bx0, by0, bx1, by1 = self._bbox_of(item)
            dx = max(bx0 - x, 0, x - bx1)
            dy = max(by0 - y, 0, y - by1)
            d = dx * dx + dy * dy
            if distance is None or d <= distance:
                best, distance = ident, d
        return () if best is None else (best,)

    def find_above(self, tagOrId):
        item = self._last(tagOrId)
        ids = list(self._items)
        if item is None:
            return ()
        index = ids.index(item.op["id"])
        return (ids[index + 1],) if index + 1 < len(ids) else ()

    def find_below(self, tagOrId):
        item = self._first(tagOrId)
        ids = list(self._items)
        if item is None:
            return ()
        index = ids.index(item.op["id"])
        return (ids[index - 1],) if index > 0 else ()

    def _last(self, spec):
        found = self._find(spec)
        return found[-1] if found else None

    def gettags(self, tagOrId):
        item = self._first(tagOrId)
        return () if item is None else item.tags

    def addtag_withtag(self, newtag, tagOrId):
        for item in self._find(tagOrId):
            if newtag not in item.tags:
                item.tags = item.tags + (newtag,)

    def addtag_all(self, newtag):
        self.addtag_withtag(newtag, "all")

    def addtag(self, newtag, how, *args):
        if how == "withtag":
            self.addtag_withtag(newtag, args[0])
        elif how == "all":
            self.addtag_all(newtag)
        elif how in ("overlapping", "enclosed", "closest", "above", "below"):
            for ident in getattr(self, "find_" + how)(*args):
                self.addtag_withtag(newtag, ident)
        else:
            raise TclError(f'bad search command "{how}": must be above, all, below, closest, '
                           f'enclosed, overlapping, or withtag')

    def dtag(self, tagOrId, tagToDelete=None):
        if tagToDelete is None:
            tagToDelete = tagOrId
        for item in self._find(tagOrId):
            item.tags = tuple(tag for tag in item.tags if tag != tagToDelete)

    def tag_raise(self, tagOrId, aboveThis=None):
        """Puts the items on top of all others (or just above `aboveThis`)."""
        found = self._find(tagOrId)
        if not found:
            return
        items = self._items
        if aboveThis is None:
            for item in found:
                ident = item.op["id"]
                items[ident] = items.pop(ident)
                if self._live:
                    # On the page: delete and put again, which puts it on top.
                    self._deleted[ident] = None
                    self._dirty.pop(ident, None)
                    self._dirty[ident] = None
            return
        target = self._last(aboveThis)
        if target is None:
            raise TclError(f'tagOrId "{aboveThis}" doesn\'t match any items')
        self._restack(found, target.op["id"], above=True)

    lift = tkraise = tag_raise

    def tag_lower(self, tagOrId, belowThis=None):
        found = self._find(tagOrId)
        if not found:
            return
        if belowThis is None:
            anchor = None
        else:
            target = self._first(belowThis)
            if target is None:
                raise TclError(f'tagOrId "{belowThis}" doesn\'t match any items')
            anchor = target.op["id"]
        self._restack(found, anchor, above=False)

    lower = tag_lower

    def _restack(self, moving, anchor, above):
        moving_ids = [item.op["id"] for item in moving]
        moving_set = set(moving_ids)
        rest = [i for i in self._items if i not in moving_set]
        if anchor is None:
            index = 0
        elif anchor in moving_set:
            return
        else:
            index = rest.index(anchor) + (1 if above else 0)
        order = rest[:index] + moving_ids + rest[index:]
        self._items = {i: self._items[i] for i in order}
        if self._live:
            self._reorder = True

    # -- item bindings (a click on an item: see _dispatch) --
    def tag_bind(self, tagOrId, sequence=None, func=None, add=None):
        bindings = self.__dict__.setdefault("_tag_bindings", {})
        key = (tagOrId, sequence)
        if func is None:
            handlers = bindings.get(key)
            return "" if not handlers else next(iter(handlers))
        global _sequence
        _sequence += 1
        funcid = "%d%s" % (_sequence, getattr(func, "__name__", "handler"))
        if key not in bindings or not (add and str(add).startswith("+")):
            bindings[key] = {}
        bindings[key][funcid] = func
        return funcid

    def tag_unbind(self, tagOrId, sequence, funcid=None):
        bindings = self.__dict__.get("_tag_bindings", {})
        if funcid is None:
            bindings.pop((tagOrId, sequence), None)
        elif (tagOrId, sequence) in bindings:
            bindings[(tagOrId, sequence)].pop(funcid, None)

    def focus(self, *args):
        return ""

    def postscript(self, cnf=None, **kw):
        raise NotImplementedError(_unsupported("postscript output"))


def _inside(box, x1, y1, x2, y2):
    return x1 <= box[0] and y1 <= box[1] and box[2] <= x2 and box[3] <= y2


def _confine(origin, size, low, high):
    """Tk's `confine`: the view may not leave the scroll region (unless it is larger)."""
    left = origin - low
    right = high - (origin + size)
    if left < 0 < right:
        origin += min(right, -left)
    elif right < 0 < left:
        origin -= min(left, -right)
    return origin


def _text_bbox(op, x, y):
    """An estimate of a text item's box: Tk measures the font; pyplay can't."""
    font = op.get("font") or {"size": DEFAULT_FONT_SIZE}
    size = font["size"]
    pixels = -size if size < 0 else size * 4 / 3
    lines = (op.get("text") or "").split("\n")
    width = max(len(line) for line in lines) * pixels * 0.6
    height = len(lines) * pixels * 1.25
    anchor = op.get("anchor", "center")
    x0 = x - width / 2 if anchor in ("n", "s", "center") else (
        x - width if "e" in anchor else x)
    y0 = y - height / 2 if anchor in ("e", "w", "center") else (
        y - height if "s" in anchor else y)
    return (x0, y0, x0 + width, y0 + height)


# ---------------------------------------------------------------------------------------------
# What pyplay doesn't have.

_MISSING = {
    "messagebox", "ttk", "filedialog", "colorchooser", "font", "scrolledtext", "dnd",
    "commondialog", "dialog", "tix", "Listbox", "Text", "Menu", "Menubutton", "Message",
    "Radiobutton", "Checkbutton", "Scale", "Spinbox", "LabelFrame", "PanedWindow",
    "OptionMenu", "BitmapImage", "Wm", "Grid", "Pack", "Place", "image_names", "image_types",
}


def __getattr__(name):
    if name in _MISSING:
        what = f"tkinter.{name}" if name[0].islower() else name
        raise ImportError(_unsupported(what), name="tkinter")
    raise AttributeError(f"module 'tkinter' has no attribute '{name}'")


__all__ = [name for name, value in list(globals().items())
           if not name.startswith("_") and not isinstance(value, type(_time))
           and name not in ("wantobjects", "SCREEN_WIDTH", "SCREEN_HEIGHT",
                            "DEFAULT_FONT_SIZE")]

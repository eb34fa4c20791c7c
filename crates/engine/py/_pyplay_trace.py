"""Step-through: records a program's run line by line with `sys.settrace`, for the page to step
forwards and back through (the format is `pyplay_steps::Trace`, read as JSON by the engine).

Each step is a line about to run, a function returning (with its value; the program's own
`<module>` frame returning is its end) or an exception raised, with every frame of the
learner's file (outermost first) and its variables; values are shown as `repr`s, with lists,
tuples, sets and dicts expanded a few levels deep. Only the first
`limit` steps are recorded: after that tracing stops and the program runs on at full speed.
What the program writes while it is recorded (and the lines typed for input(), as the console
echoes them) is recorded too, so each step knows how much output there was when it ran.
"""

import sys

# How much of a collection a step shows, and how deep it looks inside collections.
_ITEMS = 30
_DEPTH = 3
_TEXT = 200

_state = None


class _Recording:
    def __init__(self, filename, limit, stdout, stdin):
        self.filename = filename
        self.limit = limit
        self.steps = []
        self.output = []
        self.output_len = 0
        self.truncated = False
        # The frame an exception is leaving: its "return" is the exception going on, not a
        # value coming back.
        self.raising = None
        self.stdout, self.stdin = stdout, stdin
        self.write, self.readline = stdout.write, stdin.readline

    def record_output(self, text):
        self.output.append(text)
        self.output_len += len(text)


def _atom(text):
    if len(text) > _TEXT:
        text = text[: _TEXT - 1] + "…"
    return {"t": "atom", "text": text}


def _short_repr(value):
    try:
        text = repr(value)
    except Exception:
        text = "<" + type(value).__name__ + ">"
    # `<__main__.Dog object at 0x7f…>`: the address means nothing to a beginner.
    if text.startswith("<") and " at 0x" in text:
        kind = type(value)
        if callable(value) and hasattr(value, "__name__"):
            return kind.__name__ + " " + value.__name__
        return kind.__name__ + " object"
    return text


def _view(value, depth=0):
    kind = type(value)
    if kind in (list, tuple, set, frozenset) and depth < _DEPTH:
        items = list(value)
        if kind in (set, frozenset):
            try:
                items.sort()
            except Exception:
                pass
        shown = [_view(item, depth + 1) for item in items[:_ITEMS]]
        return {"t": "items", "kind": kind.__name__, "items": shown,
                "more": max(0, len(items) - _ITEMS)}
    if kind is dict and depth < _DEPTH:
        pairs = list(value.items())
        shown = [[_view(k, depth + 1), _view(v, depth + 1)] for k, v in pairs[:_ITEMS]]
        return {"t": "pairs", "kind": "dict", "items": shown,
                "more": max(0, len(pairs) - _ITEMS)}
    return _atom(_short_repr(value))


def _hidden(name, value):
    import types

    return (name.startswith("__") or isinstance(value, types.ModuleType)
            or name in ("_pyplay", "_pyplay_trace"))


def _variables(frame):
    names = frame.f_locals
    return [{"name": name, "value": _view(value)} for name, value in list(names.items())
            if not _hidden(name, value)]


def _frames(frame, filename):
    frames = []
    while frame is not None:
        if frame.f_code.co_filename == filename:
            frames.append({"function": frame.f_code.co_name, "line": frame.f_lineno,
                           "variables": _variables(frame)})
        frame = frame.f_back
    frames.reverse()
    return frames


def _tracer(frame, event, arg):
    rec = _state
    if rec is None or frame.f_code.co_filename != rec.filename:
        return None
    if event == "call":
        return _tracer
    if len(rec.steps) >= rec.limit:
        # The budget is spent: the program runs on at full speed, and what it writes from now
        # on belongs to no step (a long printing loop would otherwise pile it all up here).
        rec.truncated = True
        sys.settrace(None)
        _untap(rec)
        return None
    if event not in ("line", "return", "exception"):
        return _tracer
    if event == "return" and frame is rec.raising:
        rec.raising = None
        return _tracer
    step = {"line": frame.f_lineno, "event": event, "frames": _frames(frame, rec.filename),
            "output": rec.output_len}
    if event == "return":
        step["value"] = _view(arg)
    elif event == "exception":
        kind, exc = arg[0], arg[1]
        step["exception"] = kind.__name__ + (": " + str(exc) if str(exc) else "")
        rec.raising = frame
    else:
        rec.raising = None
    rec.steps.append(step)
    return _tracer


def _untap(rec):
    """Output goes straight to the host again, unrecorded."""
    rec.stdout.write = rec.write
    try:
        del rec.stdin.readline  # the class's own again
    except AttributeError:
        pass


def start(filename, limit, stdout, stdin):
    """Records the learner's file's steps from now on (the next frames that start)."""
    global _state
    rec = _state = _Recording(filename, limit, stdout, stdin)

    def write(text):
        count = rec.write(text)
        rec.record_output(text)
        return count

    def readline(size=-1):
        line = rec.readline(size)
        rec.record_output(line)
        return line

    stdout.write, stdin.readline = write, readline
    sys.settrace(_tracer)


def stop():
    """Stops recording; the trace as JSON."""
    global _state
    import json

    sys.settrace(None)
    rec, _state = _state, None
    if rec is None:
        return None
    _untap(rec)
    return json.dumps({"steps": rec.steps, "output": "".join(rec.output),
                       "truncated": rec.truncated})

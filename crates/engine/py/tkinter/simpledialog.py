"""tkinter.simpledialog in pyplay: each question is asked like `input()`, in the console.

Tk pops up a small window with the prompt and an entry; pyplay has no windows besides the
drawing, so `askstring(title, prompt)` writes "title: prompt " and reads the typed line. The
drawing is shown first (as Tk would before waiting). At the end of input (the learner cancels,
or a check has no more lines) the answer is None, as when Tk's dialog is cancelled. An empty
answer gives `initialvalue` when there is one. A number that can't be read or lies outside
minvalue..maxvalue is asked for again, with Tk's message.
"""

import tkinter

__all__ = ["askstring", "askinteger", "askfloat", "Dialog", "SimpleDialog"]


def _ask(title, prompt, initialvalue):
    """The typed line (without its newline), `initialvalue` for an empty one, None at EOF."""
    tkinter._flush()
    title = "" if title is None else str(title)
    prompt = "" if prompt is None else str(prompt)
    text = f"{title}: {prompt}" if title and prompt else (title or prompt)
    if text and not text.endswith((" ", "\n")):
        text += " "
    try:
        answer = input(text)
    except EOFError:
        return None
    if answer == "" and initialvalue is not None:
        return initialvalue
    return answer


def _ask_number(convert, error, title, prompt, initialvalue, minvalue, maxvalue):
    while True:
        answer = _ask(title, prompt, initialvalue)
        if answer is None:
            return None
        try:
            value = convert(answer)
        except (TypeError, ValueError):
            print(error + " Please try again.")
            continue
        if minvalue is not None and value < minvalue:
            print(f"The allowed minimum value is {minvalue}. Please try again.")
            continue
        if maxvalue is not None and value > maxvalue:
            print(f"The allowed maximum value is {maxvalue}. Please try again.")
            continue
        return value


def askstring(title, prompt, *, initialvalue=None, show=None, parent=None, **kw):
    """Asks for a line of text; None if cancelled (end of input)."""
    return _ask(title, prompt, initialvalue)


def askinteger(title, prompt, *, initialvalue=None, minvalue=None, maxvalue=None,
               parent=None, **kw):
    """Asks for a whole number (again until it is one); None if cancelled."""
    return _ask_number(int, "Not an integer.", title, prompt, initialvalue, minvalue,
                       maxvalue)


def askfloat(title, prompt, *, initialvalue=None, minvalue=None, maxvalue=None,
             parent=None, **kw):
    """Asks for a number (again until it is one); None if cancelled."""
    return _ask_number(float, "Not a floating-point value.", title, prompt, initialvalue,
                       minvalue, maxvalue)


class Dialog:
    def __init__(self, *args, **kw):
        raise NotImplementedError(tkinter._unsupported("simpledialog.Dialog window") +
                                  " Use askstring, askinteger or askfloat.")


SimpleDialog = Dialog

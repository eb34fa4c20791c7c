"""help(): what `help(thing)` and `help("name")` print.

The texts are pyplay's own, written for absolute beginners, and kept as data in help.txt
(compiled into the engine; `_pyplay.help_text()` returns it). They are read on the first
call, so a program that never asks for help never pays for them. Anything without a text of
ours (the learner's own functions and classes, a module function we did not write about) is
described from the object itself, like CPython's help: its signature and docstring.

There is no interactive `help>` prompt: `help()` alone prints how to use help.
"""

import builtins
import sys
import types

import _pyplay

# Topics that are not names of anything: help("modules") is an entry in help.txt,
# help("keywords") is made from the keyword module.
TOPICS = ("keywords", "modules")

_NOTHING = object()
_entries = None
# name -> the object it names, for the entries already looked up.
_found = {}


def parse(text):
    """The (name, text) pairs of help.txt, in file order. An entry starts with a line
    `=== name` and ends where the next one starts; lines before the first entry describe the
    file. Surrounding blank lines are dropped."""
    pairs, name, lines = [], None, []
    for line in text.splitlines():
        if line.startswith("=== "):
            if name is not None:
                pairs.append((name, "\n".join(lines).strip("\n")))
            name, lines = line[4:].strip(), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        pairs.append((name, "\n".join(lines).strip("\n")))
    return pairs


def entries():
    """Every entry of help.txt by name."""
    global _entries
    if _entries is None:
        _entries = dict(parse(_pyplay.help_text()))
    return _entries


def help(*things):
    """builtins.help (through the runner's `_Helper`): prints the help, returns None."""
    if len(things) > 1:
        print("help() takes one thing at a time, like help(len) or help(\"for\").")
        return
    print(text_for(*things))


def text_for(thing=_NOTHING):
    """What help(thing) prints (without the final newline)."""
    if thing is _NOTHING:
        return entries()["help"]
    try:
        if isinstance(thing, str):
            return _text_for_name(thing)
        return _text_for_object(thing)
    except Exception:
        # Help must never end a program with a traceback of its own.
        return "pyplay has no help for that. Type help() to see how help works."


def _text_for_name(request):
    name = request.strip()
    if name.endswith("()"):
        name = name[:-2].rstrip()  # help("print()") means print
    table = entries()
    if name in table:
        return _entry(name)
    if name == "keywords":
        return _keywords()
    found = _locate(name)
    if found is not _NOTHING:
        return _text_for_object(found, name)
    return _unknown(request, name)


def _text_for_object(thing, name=None):
    key = _key_of(thing)
    if key is not None:
        return _entry(key)
    if isinstance(thing, types.ModuleType):
        return _describe_module(thing)
    if isinstance(thing, type):
        return _describe_class(thing, name)
    if callable(thing) and hasattr(thing, "__name__"):
        return _describe_callable(thing, name)
    # A value (5, [1, 2], a Dog): help about its type, like CPython.
    return _text_for_object(type(thing))


def _entry(key):
    """An entry's text; a class's (str, list, dict…) ends with its methods that have help."""
    text = entries()[key]
    thing = _resolve(key, load=True)
    if isinstance(thing, type):
        prefix = key + "."
        methods = [
            name[len(prefix):]
            for name in entries()
            if name.startswith(prefix) and callable(_resolve(name))
        ]
        if methods:
            text += "\n\n" + _wrap("Its methods: " + ", ".join(sorted(methods)) + ".")
            text += '\nhelp("{}") tells about one of them.'.format(prefix + methods[0])
    return text


def _resolve(key, load=False):
    """The object an entry's name stands for: a builtin, or a module or something in it.
    Modules are imported only if `load` (otherwise only those already imported count).
    _NOTHING if there is none."""
    if key in _found:
        return _found[key]
    parts = key.split(".")
    if not all(part.isidentifier() for part in parts):
        return _NOTHING
    thing = getattr(builtins, parts[0], _NOTHING)
    if thing is _NOTHING:
        thing = sys.modules.get(parts[0], _NOTHING)
        if thing is _NOTHING and load:
            thing = _import(parts[0])
    thing = _attributes(thing, parts[1:])
    if thing is not _NOTHING:
        _found[key] = thing
    return thing


def _import(name):
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        return _NOTHING


def _attributes(thing, names):
    for name in names:
        if thing is _NOTHING:
            break
        thing = getattr(thing, name, _NOTHING)
    return thing


def _locate(name):
    """What a name that has no entry refers to: something the program defined, a builtin, or
    a module (imported if need be) or something in it. _NOTHING if nothing."""
    parts = name.split(".")
    if not all(part.isidentifier() for part in parts):
        return _NOTHING
    import keyword

    if keyword.iskeyword(parts[0]):
        return _NOTHING
    import _pyplay_runner

    namespace = _pyplay_runner._namespace or {}
    thing = namespace.get(parts[0], _NOTHING)
    if thing is _NOTHING:
        return _resolve(name, load=True)
    return _attributes(thing, parts[1:])


def _key_of(thing):
    """The name of the entry about `thing`, or None."""
    table = entries()
    if isinstance(thing, types.ModuleType):
        return thing.__name__ if thing.__name__ in table else None
    qualname = getattr(thing, "__qualname__", None)
    if isinstance(qualname, str) and qualname in table:
        # len, str, str.upper, and also "hi".upper and [].append: their __qualname__ is
        # str.upper and list.append too.
        entry = _resolve(qualname, load=True)
        if _same(entry, thing):
            return qualname
        owner = getattr(thing, "__self__", None)
        if owner is not None and not isinstance(owner, (type, types.ModuleType)):
            if getattr(type(owner), thing.__name__, None) is entry:
                return qualname
    # Anything else an entry names: math.pi, True, random.choice (a method of random's hidden
    # Random object).
    for key in table:
        if _same(_resolve(key), thing):
            return key
    return None


def _same(entry, thing):
    """Whether an entry's object is `thing`. A method looked up twice is two equal objects
    (random.choice, dict.fromkeys)."""
    if entry is thing:
        return True
    if isinstance(thing, type) or not callable(thing) or type(entry) is not type(thing):
        return False
    return entry == thing


def _describe_callable(thing, name=None):
    name = name or _name_of(thing)
    text = name + _signature(thing)
    doc = _doc(thing)
    if doc:
        return text + "\n\n" + doc
    if _defined_by_program(thing):
        return text + "\n\n" + _no_docstring(name.rpartition(".")[2], "function")
    return text + "\n\nA built-in function. pyplay has no description of it."


def _describe_class(cls, name=None):
    name = name or _name_of(cls)
    bases = [base.__name__ for base in cls.__bases__ if base is not object]
    text = "class " + name + ("(" + ", ".join(bases) + ")" if bases else "")
    doc = _doc(cls)
    if doc:
        text += "\n\n" + doc
    elif _defined_by_program(cls):
        text += "\n\n" + _no_docstring(cls.__name__, "class")
    methods = []
    for attribute, value in vars(cls).items():
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if not isinstance(value, types.FunctionType):
            continue
        if attribute.startswith("_") and attribute != "__init__":
            continue
        methods.append("    " + attribute + _signature(value))
        doc = _doc(value)
        if doc:
            methods.append("        " + doc.splitlines()[0])
    if methods:
        text += "\n\nIts methods:\n" + "\n".join(methods)
    return text


def _describe_module(module):
    name = module.__name__
    text = "import " + name
    doc = _doc(module)
    if doc:
        text += "\n\n" + doc.split("\n\n")[0]
    names = [n for n in dir(module) if not n.startswith("_")]
    if names:
        text += "\n\n" + _wrap("What's in it: " + ", ".join(names) + ".")
        text += '\nhelp("{}.{}") tells about one of them.'.format(name, names[0])
    return text


def _defined_by_program(thing):
    return getattr(thing, "__module__", None) == "__main__"


def _no_docstring(name, kind):
    return _wrap(
        "{0} has no docstring. A string on the first line inside a {1} is its docstring, "
        "and help({0}) shows it.".format(name, kind)
    )


def _name_of(thing):
    """How to call `thing` in a help text: greet, Dog.bark, math.hypot, random.gauss."""
    module = getattr(thing, "__module__", None)
    qualname = getattr(thing, "__qualname__", None) or thing.__name__
    if "<locals>" in qualname:
        qualname = thing.__name__
    if not isinstance(module, str) or module in ("__main__", "builtins"):
        return qualname
    if module.startswith("_pyplay"):
        return thing.__name__
    if getattr(sys.modules.get(module), thing.__name__, None) == thing:
        return module + "." + thing.__name__  # random.gauss, not random.Random.gauss
    return module + "." + qualname


def _signature(thing):
    try:
        import inspect

        text = str(inspect.signature(thing))
    except Exception:
        return "(...)"
    return text.replace("<unrepresentable>", "...")


def _doc(thing):
    """`thing`'s own docstring, tidied, or None (a class does not inherit one here)."""
    if isinstance(thing, type):
        doc = thing.__dict__.get("__doc__")
    else:
        doc = getattr(thing, "__doc__", None)
    if not isinstance(doc, str) or not doc.strip():
        return None
    import inspect

    return inspect.cleandoc(doc)


def _keywords():
    import keyword

    return (
        _wrap(
            "Python's keywords: words with a meaning of their own in Python, so they can't "
            "be used as names of variables."
        )
        + "\n\n"
        + _wrap(" ".join(keyword.kwlist), indent="    ")
        + '\n\nhelp("for") tells about one of them.'
    )


def _unknown(request, name):
    table = entries()
    last = name.rpartition(".")[2]
    suggestions = [key for key in table if key.rpartition(".")[2] == last and key != name]
    if not suggestions and name:
        import difflib

        suggestions = difflib.get_close_matches(name, list(table), n=1, cutoff=0.75)
    text = "pyplay has no help for {!r}.".format(request)
    if suggestions:
        text += " Did you mean " + " or ".join(
            'help("{}")'.format(key) for key in suggestions[:3]
        ) + "?"
    else:
        text += " Type help() to see how help works."
    return text


def _wrap(text, width=79, indent=""):
    lines, line = [], indent
    for word in text.split(" "):
        if not word:
            continue
        if line.strip() and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent
        line += (" " if line.strip() else "") + word
    lines.append(line)
    return "\n".join(lines)

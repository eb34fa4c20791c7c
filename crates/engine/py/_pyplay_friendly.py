"""Plain-language explanations of a beginner's errors, shown under the real traceback.

`explain(exc, source, filename)` looks at the exception, the failing line and the values of the
learner's variables at that moment, and returns one to three sentences that name the learner's
own names and line, or None when it has nothing better to say than the traceback. Imported only
after an error; never raises.

RustPython's messages differ from CPython's in places ("unexpected indentation",
"local variable 'x' referenced before assignment"), so messages are matched loosely and both
forms are handled. "Did you mean" suggestions are worked out here: str(exc) has none.
"""

import re
import _pyplay

# Where a learner's code can be: the program and the console.
_USER_FILES = (_pyplay.MAIN_FILE, "<console>")
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_BLOCK_WORDS = ("if", "elif", "else", "for", "while", "def", "class", "try", "except",
                "finally", "with")
# Methods learners bring from other languages, by type: what Python has instead.
_INSTEAD = {
    "list": {"push": "append", "add": "append", "length": "len()", "size": "len()",
             "contains": "in", "includes": "in"},
    "str": {"length": "len()", "size": "len()", "contains": "in", "includes": "in",
            "toUpperCase": "upper", "toLowerCase": "lower", "trim": "strip"},
    "dict": {"has_key": "in", "contains": "in", "length": "len()", "size": "len()"},
}
# Characters that slides, word processors and web pages put in place of plain ones; outside a
# string they are a SyntaxError ("invalid syntax" on RustPython).
_CURLY_QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"',
                 "\u00bb": '"', "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'",
                 "\u201b": "'", "\u2032": "'"}
_DASHES = {"\u2013": "an en dash", "\u2014": "an em dash", "\u2212": "a minus sign"}
_ODD_SPACES = {"\u00a0": "non-breaking space", "\u2002": "en space", "\u2003": "em space",
               "\u2009": "thin space", "\u200a": "hair space",
               "\u202f": "narrow non-breaking space", "\u3000": "wide space",
               **{chr(c): "special space" for c in (0x2000, 0x2001, 0x2004, 0x2005, 0x2006, 0x2007,
                                                    0x2008, 0x205f)}}
_INVISIBLE = {"\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
              "\u200d": "zero-width joiner", "\u2060": "word joiner",
              "\ufeff": "zero-width no-break space", "\u00ad": "soft hyphen"}
_PASTED = {**_CURLY_QUOTES, **_DASHES, **_ODD_SPACES, **_INVISIBLE}
_MODULES = ("math", "random", "time", "datetime", "string", "collections", "json", "re",
            "itertools", "functools", "statistics", "textwrap", "os", "sys")


def explain(exc, source, filename):
    """One to three plain sentences about `exc` for a beginner, or None."""
    try:
        return _explain(_Context(exc, source, filename)) or None
    except BaseException:
        return None


class _Unknown(Exception):
    """A value that can't be worked out without running the learner's code again."""


class _Context:
    """The exception, the innermost frame in the learner's code and its source line."""

    def __init__(self, exc, source, filename):
        self.exc = exc
        self.message = str(exc)
        self.source = source
        self.filename = filename
        self.frame = None
        self.lineno = 0
        self.columns = None
        tb = exc.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename in (filename,) + _USER_FILES:
                self.frame, self.lineno = tb.tb_frame, tb.tb_lineno
                self.columns = _columns(code, tb.tb_lasti)
            tb = tb.tb_next
        if isinstance(exc, SyntaxError):
            self.lineno = exc.lineno or 0
        self.line = self.source_line(self.lineno)

    def source_line(self, lineno):
        import linecache

        if self.frame is not None and not isinstance(self.exc, SyntaxError):
            code = self.frame.f_code
            line = linecache.getline(code.co_filename, lineno)
            if not line and hasattr(linecache, "_getline_from_code"):
                line = linecache._getline_from_code(code, lineno)
            if line:
                return line.rstrip("\r\n")
        lines = self.source.splitlines()
        return lines[lineno - 1] if 0 < lineno <= len(lines) else ""

    def at(self, lineno=None):
        """"line 3", or "this line" for a one-line console entry."""
        lineno = self.lineno if lineno is None else lineno
        if self.filename == "<console>" and "\n" not in self.source.strip():
            return "this line"
        return f"line {lineno}"

    def At(self, lineno=None):
        text = self.at(lineno)
        return text[0].upper() + text[1:]

    def lookup(self, name):
        import builtins

        for scope in (self.frame.f_locals, self.frame.f_globals, vars(builtins)):
            if name in scope:
                return scope[name]
        raise _Unknown(name)

    def nodes(self):
        """AST nodes of the failing expression first (when the traceback knows its columns),
        then of the whole line."""
        import ast

        texts = []
        if self.columns:
            start, end = self.columns
            texts.append((self.line.encode()[start:end].decode(errors="replace"), "eval"))
        stripped = self.line.strip()
        texts.append((stripped, "exec"))
        texts.append((re.sub(r"^elif\b", "if", stripped) + " pass", "exec"))
        found = []
        for text, mode in texts:
            try:
                tree = ast.parse(text, mode=mode)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                node._pyplay_source = text  # for _code
                found.append(node)
            if mode == "exec":
                break
        return found

    def value(self, node):
        """The value of a simple expression (names, constants, indexing, len(), + and -),
        without calling any of the learner's code; raises _Unknown otherwise."""
        import ast

        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return self.lookup(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            number = self.value(node.operand)
            if isinstance(number, (int, float)):
                return -number
        if isinstance(node, ast.Subscript):
            container = self.value(node.value)
            if isinstance(container, (list, tuple, str, dict, range)):
                try:
                    return container[self.value(node.slice)]
                except Exception:
                    pass
        if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
            if isinstance(node.func, ast.Name) and self.value(node.func) is len:
                sized = self.value(node.args[0])
                if isinstance(sized, (list, tuple, str, dict, set, range)):
                    return len(sized)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
            left, right = self.value(node.left), self.value(node.right)
            if all(isinstance(v, int) for v in (left, right)):
                return left + right if isinstance(node.op, ast.Add) else left - right
        raise _Unknown(node)

    def known(self, node):
        """(True, value) if `node`'s value can be worked out, else (False, None)."""
        try:
            return True, self.value(node)
        except Exception:
            return False, None


def _columns(code, lasti):
    """The byte columns of the failing expression on its line, or None."""
    try:
        import itertools

        line, end_line, start, end = next(itertools.islice(code.co_positions(), lasti // 2, None))
        return (start, end) if line == end_line and start is not None and end else None
    except Exception:
        return None


def _text(node):
    import ast

    return ast.unparse(node)


def _code(node):
    """A node of `_Context.nodes()` as the learner wrote it (their quotes and spacing)."""
    import ast

    source = getattr(node, "_pyplay_source", None)
    try:
        segment = ast.get_source_segment(source, node) if source is not None else None
    except Exception:
        segment = None
    return segment or _text(node)


def _short(value):
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind(value):
    """What a value is, in words: "a number (int)", "text (a str)", "a list"…"""
    kinds = {bool: "True/False (a bool)", int: "a number (int)", float: "a number (float)",
             str: "text (a str)", list: "a list", tuple: "a tuple", dict: "a dictionary",
             set: "a set", type(None): "None (no value)"}
    return kinds.get(type(value), f"a {type(value).__name__}")


def _plural(count, word):
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _explain(c):
    if isinstance(c.exc, SyntaxError):
        return _syntax_error(c) if c.exc.filename == c.filename else None
    if c.frame is None:
        return None
    if _raised_in_matplotlib(c.exc):
        explanation = _plotting(c)
        if explanation:
            return explanation
    for kind, explainer in _EXPLAINERS:
        if isinstance(c.exc, kind):
            return explainer(c)
    return None


def _syntax_error(c):
    exc, msg, n = c.exc, c.exc.msg or "", c.lineno
    text = c.line or (exc.text or "").rstrip("\r\n")
    At, at = c.At(n), c.at(n)
    pasted = _pasted(c, n)
    if pasted:
        return pasted
    if isinstance(exc, TabError):
        return (f"{At} mixes tabs and spaces to indent. Indent with spaces only "
                "(4 for each level), the same way on every line of the block.")
    if isinstance(exc, IndentationError):
        if msg.startswith("expected an indented block"):
            header = re.search(r"on line (\d+)", msg)
            header = int(header.group(1)) if header else n - 1
            return (f"{c.At(header)} ends with a colon, so the lines that belong to it must be "
                    f"indented under it. Indent {at} with 4 spaces.")
        if msg.startswith("unexpected indent"):
            return (f"{At} starts with spaces, but the line before it doesn't start a block. "
                    f"Remove the spaces at the start of {at}.")
        if msg.startswith("unindent does not match"):
            spaces = len(text) - len(text.lstrip())
            return (f"{At} is indented by {_plural(spaces, 'space')}, which doesn't line up "
                    "with any line above it. Line it up exactly with the other lines of its "
                    "block.")
        return None
    if msg == "expected ':'":
        word = (text.split() or [""])[0].rstrip(":")
        if word in _BLOCK_WORDS:
            article = "an" if word[0] in "aeiou" else "a"
            At = f"{At} starts {article} `{word}` block, so it"
        return (f"{At} must end with a colon. Add a : at the end of {at}: `{text.strip()}:`")
    bracket = re.match(r"'(.)' was never closed", msg)
    if bracket:
        opener = bracket.group(1)
        return (f"The {opener} opened on {at} is never closed. Add the matching "
                f"{_CLOSERS.get(opener, ')')} where it should end.")
    bracket = re.match(r"unmatched '(.)'", msg)
    if bracket:
        closer = bracket.group(1)
        opener = {v: k for k, v in _CLOSERS.items()}.get(closer, "(")
        return (f"{At} has a {closer} with no {opener} before it. Remove it, or add the "
                f"missing {opener}.")
    bracket = re.match(r"closing parenthesis '(.)' does not match opening parenthesis '(.)'",
                       msg)
    if bracket:
        closer, opener = bracket.groups()
        return (f"On {at}, a {opener} is closed with {closer}. Close it with "
                f"{_CLOSERS.get(opener, ')')}: brackets must come in matching pairs.")
    if msg.startswith("unterminated"):
        offset = (exc.offset or 1) - 1
        quote = text[offset] if 0 <= offset < len(text) and text[offset] in "'\"" else '"'
        curly = [ch for ch in text[offset + 1:] if _CURLY_QUOTES.get(ch) == quote]
        if curly and "triple-quoted" not in msg:
            return (f"The text that starts on {at} ends with the curly quote {curly[-1]}, "
                    "probably copied from slides or a word processor. Python only understands "
                    f"plain quotes: retype it as {quote}.")
        if "triple-quoted" in msg:
            quote *= 3
        return (f"The text (string) that starts on {at} has no closing quote. Add {quote} "
                "where the text should end.")
    if "Maybe you meant '==' or ':='" in msg or msg.startswith("cannot assign to"):
        for wrong, right in (("=>", ">="), ("=<", "<=")):
            if wrong in text:
                return f"Python writes this comparison as {right}, not {wrong}: change it on {at}."
        if re.match(r"\s*(if|elif|while)\b", text):
            fixed = re.sub(r"(?<![=<>!])=(?!=)", "==", text.strip(), count=1)
            return (f"On {at}, = puts a value into a variable. To compare two values, use == "
                    f"instead: `{fixed}`")
        return None
    if msg.startswith("Missing parentheses in call to 'print'"):
        return "In Python 3, print needs brackets around what it prints: print(...)."
    outside = re.match(r"'(\w+)' (?:outside|not properly in) (function|loop)", msg)
    if outside:
        return _outside(c, *outside.groups(), n)
    if msg.startswith("invalid syntax"):
        return _words_without_quotes(c, text, n)
    return None


def _pasted(c, n):
    """Explains a character pasted from slides or a word processor on line `n` (curly quotes,
    odd spaces, invisible characters, dashes), or None if there is none."""
    found = _pasted_characters(c.source)
    spots = [spot for spot in found if spot[0] == n] or [s for s in found if s[0] == n - 1]
    if not spots:
        return None
    line, column, char = spots[0]
    on_line = [ch for number, _, ch in found if number == line]
    At, copied = c.At(line), "probably copied from slides or a word processor"
    if char in _CURLY_QUOTES:
        curly = list(dict.fromkeys(ch for ch in on_line if ch in _CURLY_QUOTES))
        plain = " and ".join(dict.fromkeys(_CURLY_QUOTES[ch] for ch in curly))
        if len(curly) == 1:
            return (f"{At} has the curly quote {curly[0]}, {copied}. Python only understands "
                    f"plain quotes: retype it as {plain}.")
        return (f"{At} has the curly quotes {' and '.join(curly)}, {copied}. Python only "
                f"understands plain quotes: retype them as {plain}.")
    if char in _DASHES:
        return (f"{At} has {_DASHES[char]} {char}, {copied}. Python's minus is the plain - key: "
                "retype it as -.")
    before = c.source.splitlines()[line - 1][:column].strip()
    where = f"just after `{before[-20:].lstrip()}`" if before else "at the start of the line"
    code, count = f"U+{ord(char):04X}", on_line.count(char)
    if char in _INVISIBLE:
        return (f"{At} has an invisible character, a {_INVISIBLE[char]} ({code}), {where}, "
                f"{copied}, and Python doesn't accept it. Retype {c.at(line)} by hand to get rid "
                "of it.")
    name = _ODD_SPACES[char]
    if count == 1:
        article = "an" if name[0] in "aeiou" else "a"
        return (f"{At} has {article} {name} ({code}) {where}, {copied}. It looks like a space, "
                "but Python doesn't accept it: delete it and type a plain space.")
    return (f"{At} has {count} {name}s ({code}), the first {where}, {copied}. They look like "
            "spaces, but Python doesn't accept them: delete them and type plain spaces.")


def _pasted_characters(source):
    """[(line, column, character)] for each character of _PASTED outside strings and comments
    (inside them they are fine)."""
    found, quote, lineno, start, i = [], None, 1, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\n":
            if quote in ("'", '"'):
                quote = None  # an unterminated string ends with its line
            lineno, start = lineno + 1, i + 1
        elif quote:
            if char == "\\":
                i += 1
                if source[i:i + 1] == "\n":
                    lineno, start = lineno + 1, i + 1
            elif source.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif char == "#":
            end = source.find("\n", i)
            i = (len(source) if end < 0 else end) - 1
        elif char in "'\"":
            quote = char * 3 if source.startswith(char * 3, i) else char
            i += len(quote) - 1
        elif char in _PASTED:
            found.append((lineno, i - start, char))
        i += 1
    return found


def _words_without_quotes(c, text, n):
    """Words side by side where Python expects one value, like `print(Hello world)`: text
    without its quotes (Python's own message suggests a comma), or, when every word is one of
    the program's variables, a missing comma."""
    import builtins
    import keyword

    word, defined = r"[^\W\d]\w*", _assigned_names(c.source)
    spaced = re.match(rf"\s*({word}(?:[ \t]+{word})+)\s*=(?!=)", text)
    if spaced and not any(keyword.iskeyword(w) for w in spaced.group(1).split()):
        spaced = spaced.group(1)
        return (f"A variable's name can't have spaces in it. On {c.at(n)}, write "
                f"`{'_'.join(spaced.split())}` (with _ between the words) instead of `{spaced}`.")
    column = max((c.exc.offset or 1) - 1, 0)
    opened, quote = [], None
    for i, char in enumerate(text[:column]):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            opened.append(i)
        elif char in ")]}" and opened:
            opened.pop()
    end = len(text.rstrip())
    if opened and text[opened[-1]] == "(":
        start, depth = opened[-1] + 1, 0
        for i in range(column, end):
            if text[i] in "([{":
                depth += 1
            elif text[i] in ")]}":
                if depth == 0:
                    end = i
                    break
                depth -= 1
    else:
        assign = re.match(r"\s*[\w.]+\s*=(?!=)\s*", text)
        if not assign or assign.end() > column:
            return None
        start = assign.end()
    content = text[start:end]
    if not content.strip() or re.search(r"[\"'#]", content):
        return None

    def kind(piece):
        if re.fullmatch(word, piece):
            # One word: a value if it is a name the program has, else maybe part of the text.
            return "other" if piece in defined or hasattr(builtins, piece) else "word"
        if re.fullmatch(rf"{word}(?:\s+\w+)*\s*[.!?:;]*", piece) and (
                " " in piece or piece[-1] in ".!?:;"):
            return "prose"
        return "other"

    pieces = [piece.strip() for piece in content.split(",")]
    kinds = [kind(piece) for piece in pieces]
    prose = [piece for piece, k in zip(pieces, kinds) if k == "prose"]
    if not prose:
        return None
    words = re.findall(word, " ".join(prose))
    for piece in prose:
        if "_".join(piece.split()) in defined:
            return (f"On {c.at(n)}, `{piece}` has spaces in it. Did you mean your variable "
                    f"`{'_'.join(piece.split())}`?")
    if all(w in defined and not keyword.iskeyword(w) for w in words):
        if not all(re.fullmatch(rf"{word}(?:\s+{word})+", piece) for piece in prose):
            return None
        fixed = ", ".join(", ".join(piece.split()) for piece in pieces)
        fixed = (text[:start] + fixed + text[end:]).strip()
        return (f"On {c.at(n)}, {_join([f'`{w}`' for w in words])} are next to each other with "
                f"nothing between them. Put a comma between them: `{fixed}`.")
    if all(w in defined or hasattr(builtins, w) or keyword.iskeyword(w) for w in words):
        return None  # names of things: not clearly text
    call = re.search(r"([\w.]+)\s*\($", text[:start])
    if call and call.group(1) not in ("print", "input") and not any(
            len(piece.split()) > 2 or piece[-1] in ".!?:;" for piece in prose):
        return None  # `len(my list)`: more likely a name with a space than text
    if "other" in kinds:
        shown = prose[0]
        quoted = ", ".join(f'"{p}"' if k == "prose" else p for p, k in zip(pieces, kinds))
    else:
        shown = content.strip()
        quoted = f'"{shown}"'
    fixed = (text[:start] + quoted + text[end:]).strip()
    if len(fixed) > 60:
        fixed = f"{call.group(1)}({quoted})" if call else quoted
    return (f"Without quotes, Python reads `{shown}` on {c.at(n)} as names of variables, not as "
            f"text. Put text in quotes: `{fixed}`.")


def _assigned_names(source):
    """The names a program (which may not compile) gives values to, found by their look:
    `x = `, `x += `, `for x in`, `def f(x)`, `import x`, `as x`."""
    names = set()
    patterns = (r"^\s*([\w\s,]+?)\s*(?:[-+*/%@&|^]|//|\*\*)?=(?!=)",
                r"\bfor\s+([\w\s,]+?)\s+in\b", r"\b(?:def|class)\s+(\w+)",
                r"\bdef\s+\w+\s*\(([^)]*)", r"\bimport\s+([\w\s,.]+)", r"\bas\s+(\w+)")
    for pattern in patterns:
        for match in re.finditer(pattern, source, re.M):
            names.update(re.findall(r"[^\W\d]\w*", match.group(1)))
    return names


def _join(items):
    """"a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _outside(c, word, place, n):
    """`return`/`yield` outside a function, `break`/`continue` outside a loop: most often a
    line that lost its indentation under the `def` or loop above it."""
    above = c.source.splitlines()[:n - 1]
    at = c.at(n)
    if place == "function":
        headers = [(number, match.group(1)) for number, line in enumerate(above, 1)
                   for match in [re.match(r"\s*(?:async\s+)?def\s+(\w+)", line)] if match]
        text = f"`{word}` can only be used inside a function (a `def`), and {at} isn't in one."
        if headers:
            number, name = headers[-1]
            return (text + f" If it belongs to `{name}` (line {number}), indent it like the "
                    f"other lines of `{name}`.")
        return text + (" To show a value, use print(...) instead." if word == "return" else "")
    loops = [number for number, line in enumerate(above, 1)
             if re.match(r"\s*(?:for|while)\b", line)]
    text = f"`{word}` can only be used inside a loop (`for` or `while`), and {at} isn't in one."
    if loops:
        return (text + f" If it belongs to the loop on line {loops[-1]}, indent it like the "
                "other lines of that loop.")
    return text + " Remove it, or put it inside a loop."


def _name_error(c):
    name = getattr(c.exc, "name", None)
    if not name:
        match = re.search(r"name '(\w+)' is not defined", c.message)
        if not match:
            return None
        name = match.group(1)
    defined = _definitions(c.source, name)
    function = c.frame.f_code.co_name
    here = function if function != "<module>" else None
    if defined and all(fn and fn != here for _, fn in defined):
        owner = defined[0][1]
        return (f"`{name}` only exists inside the function `{owner}`, so {c.at()} can't see it. "
                f"Return it from `{owner}` (return {name}) and use the result.")
    later = [line for line, fn in defined if fn == here and line > c.lineno]
    if later and c.filename != "<console>":
        return (f"{c.At()} uses `{name}` before it gets a value on line {later[0]}. Python runs "
                f"the lines in order, so set `{name}` before line {c.lineno} uses it.")
    guess = _close_name(c, name)
    if guess:
        case = (" Python treats capital and small letters as different."
                if guess.lower() == name.lower() else "")
        return (f"{c.At()} uses `{name}`, but there is no variable or function with that name. "
                f"Did you mean `{guess}`?{case}")
    return (f"{c.At()} uses `{name}`, but there is no variable or function with that name yet. "
            f"If it is a variable, give it a value first; if you meant the text {name}, put it "
            f'in quotes: "{name}".')


def _unbound_local(c):
    match = re.search(r"variable '(\w+)'", c.message)
    if not match:
        return _name_error(c)
    name, function = match.group(1), c.frame.f_code.co_name
    return (f"`{name}` gets a value somewhere inside `{function}`, which makes it a separate "
            f"variable of `{function}`, and {c.at()} uses it before that. Give it a value "
            f"inside `{function}` first, or pass it in as a parameter.")


def _definitions(source, name):
    """[(line, enclosing function or None)] for every place the program gives `name` a value."""
    import ast

    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                if getattr(child, "name", None) == name:
                    found.append((child.lineno, function))
                inner = getattr(child, "name", "<lambda>")
            elif isinstance(child, ast.ClassDef) and child.name == name:
                found.append((child.lineno, function))
            elif isinstance(child, ast.Name) and child.id == name and not isinstance(
                    child.ctx, ast.Load):
                found.append((child.lineno, function))
            elif isinstance(child, ast.arg) and child.arg == name:
                found.append((child.lineno, inner))
            elif isinstance(child, ast.alias) and (child.asname or child.name) == name:
                found.append((node.lineno, function))
            visit(child, inner)

    visit(tree, None)
    return sorted(found, key=lambda item: item[0])


def _close_name(c, name):
    import builtins
    import difflib

    names = set(c.frame.f_locals) | set(c.frame.f_globals) | set(dir(builtins))
    names = [n for n in names if not n.startswith("_") and n != name]
    lowered = {n.lower(): n for n in names}
    if name.lower() in lowered:
        return lowered[name.lower()]
    guesses = difflib.get_close_matches(name, names, n=1, cutoff=0.7)
    return guesses[0] if guesses else None


def _type_error(c):
    for explainer in (_wrong_argument_count, _not_callable, _text_and_number, _no_len):
        text = explainer(c)
        if text:
            return text
    return None


def _wrong_argument_count(c):
    match = (re.match(r"([\w.]+)\(\) missing (\d+) required positional argument", c.message)
             or re.match(r"([\w.]+)\(\) takes (?:from \d+ to )?\d+ positional arguments? "
                         r"but (\d+) (?:was|were) given", c.message))
    if not match:
        return None
    path = match.group(1).split(".")
    function = c.lookup(path[0])
    for part in path[1:]:
        function = getattr(function, part)
    code = getattr(function, "__code__", None)
    if code is None or code.co_filename not in (c.filename,) + _USER_FILES:
        return None
    params = list(code.co_varnames[:code.co_argcount])
    method = len(path) > 1 and params[:1] == ["self"]
    if method:
        params = params[1:]
    required = len(params) - len(function.__defaults__ or ())
    if "missing" in match.group(0):
        given = required - int(match.group(2))
    else:
        given = int(match.group(2)) - method
    name = ".".join(path)
    text = (f"{c.At()} calls `{name}` with {_plural(given, 'value')}, but `{name}` (defined on "
            f"line {code.co_firstlineno}) takes ")
    if not params:
        return text + f"none. Call it with empty brackets: {path[-1]}()."
    takes = f"{required} to {len(params)}" if required < len(params) else str(len(params))
    return (text + f"{takes}: {', '.join(params)}. Give it one value for each, like "
            f"{path[-1]}({', '.join(params)}).")


def _not_callable(c):
    import ast
    import builtins

    if not re.match(r"'\w+' object is not callable", c.message):
        return None
    for node in c.nodes():
        if not isinstance(node, ast.Call):
            continue
        ok, value = c.known(node.func)
        if not ok or callable(value):
            continue
        name = _text(node.func)
        if isinstance(node.func, ast.Name) and callable(getattr(builtins, name, None)):
            return (f"`{name}` is normally Python's {name}() function, but your program put "
                    f"{_kind(value)} into `{name}`, so it can't be called any more. Use "
                    "another name for your variable.")
        if _is_number(value):
            return (f"`{name}` is {_kind(value)}, not a function, so {c.at()} can't call it "
                    f"with ( ). To multiply, write a *: {name} * (...).")
        return (f"`{name}` is {_kind(value)}, not a function, so {c.at()} can't call it with "
                f"( ). Remove the ( ) after `{name}`.")
    return None


def _text_and_number(c):
    """Text and a number in one calculation. Which is which decides the advice: text that holds
    a number (input(), a file's line, "2.5" in quotes) is turned into a number for arithmetic;
    a number going into a message is turned into text."""
    import ast

    match = re.match(r'can only concatenate str \(not "(\w+)"\) to str', c.message)
    types = ("str", match.group(1)) if match else None
    match = re.match(r"unsupported operand type\(s\) for (\S+): '(\w+)' and '(\w+)'", c.message)
    if match:
        types = match.group(2, 3)
    if not types or "str" not in types or not {"int", "float"} & set(types):
        return None
    for node in c.nodes():
        if isinstance(node, ast.AugAssign):
            sides = (node.target, node.value)
        elif isinstance(node, ast.BinOp):
            sides = (node.left, node.right)
        else:
            continue
        known = [c.known(side) for side in sides]
        if not any(ok for ok, _ in known) or any(
                ok and type(value).__name__ != name for (ok, value), name in zip(known, types)):
            continue
        text_node, number_node = sides if types[0] == "str" else sides[::-1]
        ok, text = c.known(text_node)
        if isinstance(text_node, ast.Call) and _text(text_node.func) == "input":
            return ("input() always gives text, even when a number is typed. Turn it into a "
                    "number first: int(input(...)).")
        words, number = _code(text_node), _code(number_node)
        numeric, adding = ok and _looks_numeric(text), isinstance(node.op, ast.Add)
        whole = numeric and re.fullmatch(r"\s*[-+]?\d+\s*", text) and "float" not in types
        if numeric and not isinstance(text_node, ast.Constant):
            typed = " (input() always gives text)" if "input(" in c.source else ""
            convert = f"int({words}) or float({words})" if whole else f"float({words})"
            return (f"`{words}` holds the text {_short(text)}, not a number{typed}. Turn it into "
                    f"a number first with {convert}.")
        if numeric:
            convert = f"int({words})" if whole else f"float({words})"
            advice = (f"{c.At()} {'adds' if adding else 'calculates with'} the number "
                      f"`{number}` and `{words}`, which is text because it is in quotes. To ")
            advice += "add them as numbers" if adding else "calculate"
            advice += f", turn the text into a number with {convert} or remove the quotes"
            return advice + (f"; to join them as text, use str({number})." if adding else ".")
        if not ok and not _builds_message(text_node):
            both = (f"if `{words}` holds a number, turn it into one with int({words}) or "
                    f"float({words})")
            if not adding:
                return f"{c.At()} calculates with text and the number `{number}`: {both}."
            join = f"to join them as text, use str({number})"
            first, second = (join, both) if c.line.lstrip().startswith("print(") else (both, join)
            return (f"{c.At()} adds text and the number `{number}`, which Python can't do: "
                    f"{first}; {second}.")
        if not adding:
            return (f"{c.At()} mixes text and the number `{number}`; Python can't do that "
                    "calculation with text.")
        example = ""
        if ok and isinstance(text_node, ast.Constant) and isinstance(number_node, ast.Name):
            parts = [text.replace("{", "{{").replace("}", "}}"), "{" + number + "}"]
            if sides[0] is not text_node:
                parts.reverse()
            example = f", or an f-string: f{_short(''.join(parts))}"
        return (f"{c.At()} adds text and `{number}`, which is a number. Python can't add text "
                f"and numbers: turn the number into text with str({number}){example}.")
    return None


def _builds_message(node):
    """Whether an expression is text being put together: quoted words or an f-string in it."""
    import ast

    return any(isinstance(part, ast.JoinedStr) or (isinstance(part, ast.Constant) and isinstance(
        part.value, str) and not _looks_numeric(part.value)) for part in ast.walk(node))


def _no_len(c):
    """len() of a number (or None, or a function): say what len() counts."""
    import ast

    match = re.match(r"object of type '(\w+)' has no len\(\)", c.message)
    if not match:
        return None
    counts = "len() counts the items in text, a list or a dictionary"
    for node in c.nodes():
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and c.known(node.func) == (
                True, len)):
            continue
        ok, value = c.known(node.args[0])
        if not ok or type(value).__name__ != match.group(1):
            continue
        name = _code(node.args[0])
        asks = f"{c.At()} asks for len({name}), but `{name}` is"
        if _is_number(value):
            return (f"{asks} {_kind(value)}. {counts}, and a number has no items. To count its "
                    f"digits, use len(str({name})); or did you mean a list?")
        if value is None:
            return (f"{asks} None (no value) here. Often a variable gets None from something "
                    "that doesn't give back a value, like `x = x.sort()`.")
        if callable(value):
            return f"{asks} a function. To count what it gives back, call it: len({name}())."
        return f"{asks} {_kind(value)}, which has no length: {counts}."
    return (f"{c.At()} asks for the len() of a {match.group(1)}, which has no length: "
            f"{counts}.")


def _file_not_found(c):
    """A file that isn't in pyplay's file system: name the files that are, and the nearest."""
    import difflib
    import posixpath
    import _pyplay_fs

    name = c.exc.filename
    if c.exc.errno != 2 or not isinstance(name, str):
        return None
    files = sorted(path.lstrip("/") for path in _pyplay_fs.files)
    path = _pyplay_fs.path_of(name).lstrip("/")
    folder = posixpath.dirname(path)
    if folder and not _pyplay_fs.is_dir("/" + folder):
        text = f"{c.At()} asks for `{name}`, but there is no folder called `{folder}`."
    else:
        text = f"{c.At()} asks for the file `{name}`, but there is no file with that name."
    if not files:
        return text + " No data files come with this exercise, so there are no files to open."
    base = re.split(r"[\\/]", name)[-1].lower()
    guess = ([f for f in files if posixpath.basename(f).lower() == base]
             or difflib.get_close_matches(path, files, n=1, cutoff=0.6)
             or difflib.get_close_matches(path.lower(), [f.lower() for f in files], n=1,
                                          cutoff=0.6))
    if guess:
        guess = next(f for f in files if f.lower() == guess[0].lower())
        text += f" Did you mean `{guess}`?"
    shown = [f"`{f}`" for f in files[:5]] + ([f"{len(files) - 5} more"] if len(files) > 5 else [])
    return text + f" The files this program can open are: {_join(shown)}."


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _looks_numeric(text):
    try:
        float(text)
        return True
    except ValueError:
        return False


def _index_error(c):
    import ast

    if c.message == "pop from empty list":
        for node in c.nodes():
            if isinstance(node, ast.Attribute) and node.attr == "pop":
                name = _text(node.value)
                return (f"`{name}` is empty, so there is nothing to pop. Check `if {name}:` "
                        "first.")
        return None
    if "index out of range" not in c.message:
        return None
    for node in c.nodes():
        if not isinstance(node, ast.Subscript):
            continue
        (ok, items), (ok_index, index) = c.known(node.value), c.known(node.slice)
        if not (ok and ok_index) or not isinstance(items, (list, tuple, str)):
            continue
        if not isinstance(index, int) or -len(items) <= index < len(items):
            continue
        name = _text(node.value)
        what = "character" if isinstance(items, str) else "item"
        if not items:
            return (f"`{name}` is empty, so it has no {what} at index {index}. Add {what}s "
                    f"first, or check `if {name}:` before using it.")
        shown = _text(node.slice)
        asked = str(index) if shown == str(index) else f"`{shown}`, which is {index}"
        text = (f"`{name}` has {_plural(len(items), what)}, so its indexes go from 0 to "
                f"{len(items) - 1}, but {c.at()} asks for index {asked}.")
        if "assignment" in c.message and isinstance(items, list):
            return text + f" To add an item at the end, use {name}.append(...)."
        return text + f" The first {what} is at index 0, so the last one is at index " \
                      f"{len(items) - 1}."
    return None


def _key_error(c):
    import ast
    import difflib

    if not c.exc.args:
        return None
    key = c.exc.args[0]
    for node in c.nodes():
        if isinstance(node, ast.Subscript):
            container, key_node = node.value, node.slice
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "pop" and node.args):
            container, key_node = node.func.value, node.args[0]
        else:
            continue
        (ok, mapping), (ok_key, wanted) = c.known(container), c.known(key_node)
        if not (ok and ok_key and isinstance(mapping, dict)) or wanted != key or key in mapping:
            continue
        name = _text(container)
        text = f"The dictionary `{name}` has no key {_short(key)}."
        strings = [k for k in mapping if isinstance(k, str)]
        close = difflib.get_close_matches(key, strings, n=1, cutoff=0.6) if isinstance(
            key, str) else []
        if close:
            text += f" Did you mean {_short(close[0])}?"
        elif not mapping:
            text += " It is empty."
        elif len(mapping) <= 6:
            text += f" Its keys are: {', '.join(_short(k) for k in mapping)}."
        return (text + f" Check first with `if {_short(key)} in {name}:`, or use "
                f"`{name}.get({_short(key)})`, which gives None instead of an error.")
    return (f"The dictionary has no key {_short(key)}. Check first with `in`, or use .get(), "
            "which gives None instead of an error.")


def _value_error(c):
    import ast

    match = re.match(r"invalid literal for int\(\) with base \d+: (.*)", c.message, re.S)
    if match:
        text = ast.literal_eval(match.group(1))
        if not text.strip():
            return ("int() got empty text, so there is no number to read. This happens when "
                    "Enter is pressed without typing a number.")
        if _looks_numeric(text):
            return (f"int() only reads whole numbers, and {_short(text)} isn't one. Use "
                    "float() for numbers with a decimal point.")
        return (f"int() can only turn text made of digits into a number, but it got "
                f"{_short(text)}." + _from_input(c))
    match = re.match(r"could not convert string to float: (.*)", c.message, re.S)
    if match:
        text = ast.literal_eval(match.group(1))
        return (f"float() can only turn text that looks like a number (like '3.5') into a "
                f"number, but it got {_short(text)}." + _from_input(c))
    match = re.match(r"(too many|not enough) values to unpack \(expected (\d+)(?:, got (\d+))?",
                     c.message)
    if match:
        more, expected, got = match.groups()
        values = f"{got} values" if got else ("more values" if more == "too many"
                                             else "fewer values")
        return (f"{c.At()} gives {values} to {expected} variables. The number of names on "
                "the left of = must match the number of values on the right.")
    return None


def _from_input(c):
    return " Check what was typed: it must be a number." if "input(" in c.line else ""


def _zero_division(c):
    import ast

    for node in c.nodes():
        if isinstance(node, (ast.BinOp, ast.AugAssign)) and isinstance(
                node.op, (ast.Div, ast.FloorDiv, ast.Mod)):
            divisor = node.right if isinstance(node, ast.BinOp) else node.value
            ok, value = c.known(divisor)
            if not ok or value != 0:
                continue
            if isinstance(divisor, ast.Constant):
                break
            name = _text(divisor)
            return (f"{c.At()} divides by `{name}`, which is 0 at that moment, and dividing "
                    f"by zero has no answer. Check `if {name} != 0:` before dividing.")
    return (f"{c.At()} divides by zero, which has no answer. Make sure the number you divide "
            "by isn't 0.")


def _attribute_error(c):
    import ast

    attr = getattr(c.exc, "name", None)
    module = re.match(r"module '([\w.]+)' has no attribute '(\w+)'", c.message)
    typed = re.match(r"'(\w+)' object has no attribute '(\w+)'", c.message)
    if not (module or typed):
        return None
    attr = attr or (module or typed).group(2)
    known_mistakes = _INSTEAD.get(typed.group(1) if typed else "", {})
    instead = known_mistakes.get(attr) or _close_attribute(attr, getattr(c.exc, "obj", None))
    if module:
        name = module.group(1)
        guess = f" Did you mean `{name}.{instead}`?" if instead else ""
        return f"The module `{name}` has nothing called `{attr}`.{guess}"
    type_name = typed.group(1)
    owner = next((_text(node.value) for node in c.nodes()
                  if isinstance(node, ast.Attribute) and node.attr == attr), None)
    subject = f"`{owner}`" if owner else "This value"
    if type_name == "NoneType":
        return (f"{subject} is None (no value) here, so it has no `.{attr}`. Often a variable "
                "gets None from something that doesn't give back a value, like "
                "`x = x.sort()` or `x = print(...)`.")
    kind = {"str": "text (a str)", "list": "a list", "dict": "a dictionary",
            "int": "a number (int)", "float": "a number (float)"}.get(type_name, f"a {type_name}")
    text = f"{subject} is {kind}, which has no `.{attr}`."
    if instead == "in":
        return text + f" To check whether something is in it, use `in`: `x in {owner or 'it'}`."
    if instead == "len()":
        return text + f" To count its items, use len({owner or '...'})."
    if instead:
        return text + f" Did you mean `.{instead}`?"
    if type_name == "str" and attr in ("append", "push", "add", "insert"):
        return text + " Text can't be changed in place: make new text with +, like `s = s + 'x'`."
    return text


def _close_attribute(attr, obj):
    """The attribute of `obj` that `attr` was probably meant to be, or None."""
    import difflib

    names = [n for n in dir(obj) if not n.startswith("_")] if obj is not None else []
    close = difflib.get_close_matches(attr, names, n=1, cutoff=0.7)
    return close[0] if close else None


def _recursion_error(c):
    from collections import Counter

    names, tb = [], c.exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename in (c.filename,) + _USER_FILES and code.co_name != "<module>":
            names.append((code.co_name, code.co_firstlineno))
        tb = tb.tb_next
    top = Counter(names[-60:]).most_common(2)
    if not top:
        return None
    if len(top) == 2 and top[1][1] * 3 >= len(names[-60:]):
        (a, _), (b, _) = top[0][0], top[1][0]
        return (f"`{a}` and `{b}` keep calling each other and never stop, until Python gives "
                "up. One of them needs a stopping case: an `if` that returns without another "
                "call.")
    name, line = top[0][0]
    return (f"The function `{name}` (line {line}) keeps calling itself and never stops, until "
            "Python gives up. It needs a stopping case: an `if` that returns without calling "
            f"`{name}` again, and each call must get closer to it.")


def _keyboard_interrupt(c):
    # Only an interrupt from the learner (Ctrl+C, or Check's time limit in the browser): pyplay's
    # own stops (output or frame limits, native time limits) say why in their message.
    if c.exc.args:
        return None
    return (f"The program was stopped while it was running {c.at()} (Ctrl+C, or Check's time "
            "limit). What it had made so far is kept: type a variable's name at >>> to see how "
            "far it got.")


def _raised_in_matplotlib(exc):
    """Whether `exc` was raised by pyplay's matplotlib (its frames are named by module)."""
    tb, filename = exc.__traceback__, ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return filename == "matplotlib" or filename.startswith("matplotlib.")


_FORMAT_HELP = ("A format string is up to three parts, each at most once: a colour letter "
                "(b g r c m y k w), a marker (o . s ^ v * + x D) and a line style (- -- : -.), "
                "like \"ro-\" or \"g--\".")


def _plotting(c):
    """Errors of pyplay's matplotlib, in words; None for the rest."""
    message = c.message
    match = re.match(r"x and y must have same first dimension, but have shapes \((\d+),\) "
                     r"and \((\d+),\)", message)
    if match:
        nx, ny = match.groups()
        return (f"{c.At()} plots pairs of x and y values, so both lists must be as long as "
                f"each other, but x has {nx} values and y has {ny}. Check where they are "
                "filled: each data line should add one value to each list.")
    if message == "x and y must be the same size":
        return (f"{c.At()} draws a marker for each pair of x and y values, so both lists must "
                "be as long as each other. Compare them with len().")
    if message.startswith("shape mismatch: objects cannot be broadcast"):
        return (f"{c.At()} draws one bar for each x position, so it needs as many heights as "
                "positions (or a single height for all). Compare the lists with len().")
    match = re.match(r"'(.*)' is not a valid format string \((.*)\)", message, re.S)
    if match:
        return f"{c.At()} has {_short(match.group(1))} where a format string goes. {_FORMAT_HELP}"
    if message.startswith("third arg must be a format string"):
        return (f"{c.At()} gives plot() a third value that isn't text: after x and y, plot() "
                f"takes a format string, or the next x and y. {_FORMAT_HELP}")
    if "is not a valid value for color" in message or message.startswith(
            "Invalid RGBA argument"):
        return ("Colours are names like 'red' or 'tab:blue', single letters (b g r c m y k w), "
                "hex codes like '#ff8800', or 'C0' to 'C9' for the default colours in turn.")
    if "is not a valid value for loc" in message or message.startswith("loc must be"):
        return ("A legend's loc is 'best' (the default), 'upper right', 'upper left', "
                "'lower left', 'lower right', 'right', 'center left', 'center right', "
                "'lower center', 'upper center' or 'center' (or their numbers 0 to 10).")
    match = re.match(r"The number of FixedLocator locations \((\d+)\).*number of labels "
                     r"\((\d+)\)", message, re.S)
    if match:
        return (f"{c.At()} gives {match.group(1)} tick positions but {match.group(2)} labels: "
                "xticks(positions, labels) needs exactly one label for each position.")
    if message.startswith("Format ") and "savefig" in message:
        return None  # the message says it all
    if message.startswith("pyplay's matplotlib") or isinstance(c.exc, NotImplementedError):
        return ("Real matplotlib can't run in the browser, so pyplay has its own smaller one. "
                "It draws line plots, scatter plots, bar charts, histograms and pie charts with "
                "titles, labels, legends and ticks, as matplotlib does.")
    return None


def _module_not_found(c):
    import difflib
    import sys

    name = getattr(c.exc, "name", None) or ""
    if not name:
        return None
    top = name.partition(".")[0]
    if top in ("_tkinter", "idlelib", "turtledemo"):
        return (f"`{top}` belongs to Python's desktop windows, and pyplay runs in a browser "
                "page, so it isn't available here. pyplay's own `tkinter` (a Canvas to draw "
                "on) and `turtle` are: import those instead.")
    if top in ("matplotlib", "mpl_toolkits"):
        return (f"pyplay has its own small matplotlib (the real one can't run in a browser): "
                "`matplotlib.pyplot` and the modules it uses (colors, ticker, patches, lines), "
                f"but not `{name}`. Use `import matplotlib.pyplot as plt`.")
    if top in ("twitter", "tweepy"):
        return (f"`{top}` talks to a real social network over the internet, with an account "
                "and keys, and pyplay can't install packages. It has `chirper` instead, a "
                "practice social network with the python-twitter package's method names "
                "(GetSearch, GetTrendsCurrent, GetUserTimeline) over invented posts: "
                "`import chirper`. Its posts, chirper.json, come with the lesson "
                "\"Project: Social media\".")
    if top in sys.stdlib_module_names:
        return (f"`{name}` is part of Python, but pyplay runs in your browser and includes only "
                "the modules beginners use (math, random, string, collections, datetime, json, "
                "re and more), so it isn't available here.")
    close = difflib.get_close_matches(name.lower(), _MODULES, n=1, cutoff=0.7)
    if close:
        return f"There is no module called `{name}`. Did you mean `import {close[0]}`?"
    text = (f"`{top}` is not part of Python itself: it is a package people install (from PyPI), "
            "and pyplay can't install packages. Check the spelling, or use Python on a computer "
            "for it.")
    if top == "numpy":
        text += (" pyplay's matplotlib plots plain lists: instead of np.arange(0, 10, 0.5), "
                 "write [i * 0.5 for i in range(20)].")
    return text


_EXPLAINERS = (
    (UnboundLocalError, _unbound_local),
    (NameError, _name_error),
    (RecursionError, _recursion_error),
    (KeyboardInterrupt, _keyboard_interrupt),
    (ModuleNotFoundError, _module_not_found),
    (FileNotFoundError, _file_not_found),
    (IndexError, _index_error),
    (KeyError, _key_error),
    (ZeroDivisionError, _zero_division),
    (AttributeError, _attribute_error),
    (TypeError, _type_error),
    (ValueError, _value_error),
)

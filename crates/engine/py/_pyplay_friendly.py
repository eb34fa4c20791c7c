"""Plain-language explanations of a beginner's errors, shown under the real traceback.

`explain(exc, source, filename)` looks at the exception, the failing line and the values of the
learner's variables at that moment, and returns one to three sentences that name the learner's
own names and line, or None when it has nothing better to say than the traceback. Imported only
after an error; never raises.

RustPython's messages differ from CPython's in places ("unexpected indentation",
"local variable 'x' referenced before assignment"), so messages are matched loosely and both
forms are handled. "Did you mean" suggestions are worked out here: str(exc) has none.

Languages: every sentence and fragment a learner sees goes through `_say(id, english, **fields)`,
with a literal message id and English `str.format` template; the engine's
`Engine::set_language` picks the catalog. To add a language, add `_pyplay_friendly_<code>.py`
next to this file (code in lower case, "-" as "_", e.g. `_pyplay_friendly_pt_br.py`) holding
`MESSAGES = {"id": "template", ...}` with the same `{fields}` as the English, for every id;
crates/engine/tests/friendly_es.rs checks the Spanish one that way (copy its catalog test).
"""

import re
import sys
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
# The names of these characters are in `_dash_name`, `_space_name` and `_invisible_name`.
_DASHES = {"\u2013": "en", "\u2014": "em", "\u2212": "minus"}
_ODD_SPACES = {"\u00a0": "nbsp", "\u2002": "en", "\u2003": "em", "\u2009": "thin",
               "\u200a": "hair", "\u202f": "narrow", "\u3000": "wide",
               **{chr(c): "special" for c in (0x2000, 0x2001, 0x2004, 0x2005, 0x2006, 0x2007,
                                              0x2008, 0x205f)}}
_INVISIBLE = {"\u200b": "zwsp", "\u200c": "zwnj", "\u200d": "zwj", "\u2060": "wj",
              "\ufeff": "bom", "\u00ad": "shy"}
_PASTED = {**_CURLY_QUOTES, **_DASHES, **_ODD_SPACES, **_INVISIBLE}
_MODULES = ("math", "random", "time", "datetime", "string", "collections", "json", "re",
            "itertools", "functools", "statistics", "textwrap", "os", "sys")


def explain(exc, source, filename):
    """One to three plain sentences about `exc` for a beginner, or None."""
    try:
        return _explain(_Context(exc, source, filename)) or None
    except BaseException:
        return None


def _say(id, english, **fields):
    """The message `id` in the learner's language, its `{fields}` filled in: `english` (a
    `str.format` template) unless the language's catalog has a template for `id` that works.
    Always a literal id and English template, so that tests can list every message."""
    template = _catalog().get(id)
    if isinstance(template, str):
        try:
            return template.format(**fields)
        except Exception:
            pass
    return english.format(**fields)


# The catalogs imported so far, by language code: {id: template}; {} for English.
_CATALOGS = {}


def _language():
    """The language code `Engine::set_language` gave (an attribute of the runner), "en" if
    none."""
    code = getattr(sys.modules.get("_pyplay_runner"), "language", None)
    return code if isinstance(code, str) else "en"


def _catalog():
    code = _language()
    catalog = _CATALOGS.get(code)
    if catalog is None:
        catalog = _CATALOGS[code] = _load_catalog(code)
    return catalog


def _load_catalog(code):
    """MESSAGES of `_pyplay_friendly_<code>` (e.g. "pt-BR": `_pyplay_friendly_pt_br`, else
    `_pyplay_friendly_pt`); {} (English) when there is none or it is broken."""
    code = code.strip().lower().replace("-", "_")
    candidates = [code, code.partition("_")[0]]
    for candidate in dict.fromkeys(candidates):
        if candidate == "en" or not re.fullmatch(r"[a-z]{2,3}(_[a-z0-9]{1,8})*", candidate):
            continue
        try:
            messages = __import__("_pyplay_friendly_" + candidate).MESSAGES
        except Exception:
            continue
        if isinstance(messages, dict):
            return messages
    return {}


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
            return _say("this-line", "this line")
        return _say("line-n", "line {n}", n=lineno)

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
    if type(value) is bool:
        return _say("kind-bool", "True/False (a bool)")
    if value is None:
        return _say("kind-none", "None (no value)")
    if type(value) in (int, float, str, list, tuple, dict, set):
        return _type_kind(type(value).__name__)
    return _say("kind-other", "a {type}", type=type(value).__name__)


def _type_kind(name):
    """What a value of the type called `name` is, in words."""
    kinds = {"int": lambda: _say("kind-int", "a number (int)"),
             "float": lambda: _say("kind-float", "a number (float)"),
             "str": lambda: _say("kind-str", "text (a str)"),
             "list": lambda: _say("kind-list", "a list"),
             "tuple": lambda: _say("kind-tuple", "a tuple"),
             "dict": lambda: _say("kind-dict", "a dictionary"),
             "set": lambda: _say("kind-set", "a set")}
    kind = kinds.get(name)
    return kind() if kind else _say("kind-other", "a {type}", type=name)


def _and(items):
    """"a and b and c" (every item joined with "and")."""
    text = items[0]
    for item in items[1:]:
        text = _say("and", "{first} and {second}", first=text, second=item)
    return text


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
        return _say("tabs-mixed", "{At} mixes tabs and spaces to indent. Indent with spaces only "
                    "(4 for each level), the same way on every line of the block.", At=At)
    if isinstance(exc, IndentationError):
        if msg.startswith("expected an indented block"):
            header = re.search(r"on line (\d+)", msg)
            header = int(header.group(1)) if header else n - 1
            return _say("indent-expected", "{Header} ends with a colon, so the lines that belong "
                        "to it must be indented under it. Indent {at} with 4 spaces.",
                        Header=c.At(header), at=at)
        if msg.startswith("unexpected indent"):
            return _say("indent-unexpected", "{At} starts with spaces, but the line before it "
                        "doesn't start a block. Remove the spaces at the start of {at}.",
                        At=At, at=at)
        if msg.startswith("unindent does not match"):
            spaces = len(text) - len(text.lstrip())
            if spaces == 1:
                return _say("unindent-one", "{At} is indented by 1 space, which doesn't line up "
                            "with any line above it. Line it up exactly with the other lines of "
                            "its block.", At=At)
            return _say("unindent", "{At} is indented by {count} spaces, which doesn't line up "
                        "with any line above it. Line it up exactly with the other lines of its "
                        "block.", At=At, count=spaces)
        return None
    if msg == "expected ':'":
        word = (text.split() or [""])[0].rstrip(":")
        code = text.strip()
        if word in _BLOCK_WORDS and word[0] in "aeiou":
            return _say("colon-an-block", "{At} starts an `{word}` block, so it must end with a "
                        "colon. Add a : at the end of {at}: `{code}:`", At=At, word=word, at=at,
                        code=code)
        if word in _BLOCK_WORDS:
            return _say("colon-a-block", "{At} starts a `{word}` block, so it must end with a "
                        "colon. Add a : at the end of {at}: `{code}:`", At=At, word=word, at=at,
                        code=code)
        return _say("colon", "{At} must end with a colon. Add a : at the end of {at}: `{code}:`",
                    At=At, at=at, code=code)
    bracket = re.match(r"'(.)' was never closed", msg)
    if bracket:
        opener = bracket.group(1)
        return _say("never-closed", "The {opener} opened on {at} is never closed. Add the "
                    "matching {closer} where it should end.", opener=opener, at=at,
                    closer=_CLOSERS.get(opener, ")"))
    bracket = re.match(r"unmatched '(.)'", msg)
    if bracket:
        closer = bracket.group(1)
        opener = {v: k for k, v in _CLOSERS.items()}.get(closer, "(")
        return _say("unmatched", "{At} has a {closer} with no {opener} before it. Remove it, or "
                    "add the missing {opener}.", At=At, closer=closer, opener=opener)
    bracket = re.match(r"closing parenthesis '(.)' does not match opening parenthesis '(.)'",
                       msg)
    if bracket:
        closer, opener = bracket.groups()
        return _say("mismatched", "On {at}, a {opener} is closed with {closer}. Close it with "
                    "{match}: brackets must come in matching pairs.", at=at, opener=opener,
                    closer=closer, match=_CLOSERS.get(opener, ")"))
    if msg.startswith("unterminated"):
        offset = (exc.offset or 1) - 1
        quote = text[offset] if 0 <= offset < len(text) and text[offset] in "'\"" else '"'
        curly = [ch for ch in text[offset + 1:] if _CURLY_QUOTES.get(ch) == quote]
        if curly and "triple-quoted" not in msg:
            return _say("unterminated-curly", "The text that starts on {at} ends with the curly "
                        "quote {curly}, probably copied from slides or a word processor. Python "
                        "only understands plain quotes: retype it as {quote}.", at=at,
                        curly=curly[-1], quote=quote)
        if "triple-quoted" in msg:
            quote *= 3
        return _say("unterminated", "The text (string) that starts on {at} has no closing quote. "
                    "Add {quote} where the text should end.", at=at, quote=quote)
    if "Maybe you meant '==' or ':='" in msg or msg.startswith("cannot assign to"):
        for wrong, right in (("=>", ">="), ("=<", "<=")):
            if wrong in text:
                return _say("comparison-order", "Python writes this comparison as {right}, not "
                            "{wrong}: change it on {at}.", right=right, wrong=wrong, at=at)
        if re.match(r"\s*(if|elif|while)\b", text):
            fixed = re.sub(r"(?<![=<>!])=(?!=)", "==", text.strip(), count=1)
            return _say("assign-in-condition", "On {at}, = puts a value into a variable. To "
                        "compare two values, use == instead: `{fixed}`", at=at, fixed=fixed)
        return None
    if msg.startswith("Missing parentheses in call to 'print'"):
        return _say("print-brackets", "In Python 3, print needs brackets around what it prints: "
                    "print(...).")
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
    At = c.At(line)
    if char in _CURLY_QUOTES:
        curly = list(dict.fromkeys(ch for ch in on_line if ch in _CURLY_QUOTES))
        plain = _and(list(dict.fromkeys(_CURLY_QUOTES[ch] for ch in curly)))
        if len(curly) == 1:
            return _say("curly-quote", "{At} has the curly quote {curly}, probably copied from "
                        "slides or a word processor. Python only understands plain quotes: "
                        "retype it as {plain}.", At=At, curly=curly[0], plain=plain)
        return _say("curly-quotes", "{At} has the curly quotes {curly}, probably copied from "
                    "slides or a word processor. Python only understands plain quotes: retype "
                    "them as {plain}.", At=At, curly=_and(curly), plain=plain)
    if char in _DASHES:
        return _say("dash", "{At} has {dash} {char}, probably copied from slides or a word "
                    "processor. Python's minus is the plain - key: retype it as -.", At=At,
                    dash=_dash_name(char), char=char)
    before = c.source.splitlines()[line - 1][:column].strip()
    if before:
        where = _say("where-after", "just after `{code}`", code=before[-20:].lstrip())
    else:
        where = _say("where-start", "at the start of the line")
    code, count = f"U+{ord(char):04X}", on_line.count(char)
    if char in _INVISIBLE:
        return _say("invisible", "{At} has an invisible character, {name} ({code}), {where}, "
                    "probably copied from slides or a word processor, and Python doesn't accept "
                    "it. Retype {at} by hand to get rid of it.", At=At, name=_invisible_name(char),
                    code=code, where=where, at=c.at(line))
    if count == 1:
        return _say("odd-space", "{At} has {name} ({code}) {where}, probably copied from slides "
                    "or a word processor. It looks like a space, but Python doesn't accept it: "
                    "delete it and type a plain space.", At=At, name=_space_name(char),
                    code=code, where=where)
    return _say("odd-spaces", "{At} has {count} {names} ({code}), the first {where}, probably "
                "copied from slides or a word processor. They look like spaces, but Python "
                "doesn't accept them: delete them and type plain spaces.", At=At, count=count,
                names=_space_names(char), code=code, where=where)


def _dash_name(char):
    """The name of a dash in `_DASHES`, with its article: "an en dash"."""
    names = {"en": lambda: _say("dash-en", "an en dash"),
             "em": lambda: _say("dash-em", "an em dash"),
             "minus": lambda: _say("dash-minus", "a minus sign")}
    return names[_DASHES[char]]()


def _space_name(char):
    """The name of one space in `_ODD_SPACES`, with its article: "a non-breaking space"."""
    names = {"nbsp": lambda: _say("space-nbsp", "a non-breaking space"),
             "en": lambda: _say("space-en", "an en space"),
             "em": lambda: _say("space-em", "an em space"),
             "thin": lambda: _say("space-thin", "a thin space"),
             "hair": lambda: _say("space-hair", "a hair space"),
             "narrow": lambda: _say("space-narrow", "a narrow non-breaking space"),
             "wide": lambda: _say("space-wide", "a wide space"),
             "special": lambda: _say("space-special", "a special space")}
    return names[_ODD_SPACES[char]]()


def _space_names(char):
    """The plural of `_space_name`: "non-breaking spaces"."""
    names = {"nbsp": lambda: _say("spaces-nbsp", "non-breaking spaces"),
             "en": lambda: _say("spaces-en", "en spaces"),
             "em": lambda: _say("spaces-em", "em spaces"),
             "thin": lambda: _say("spaces-thin", "thin spaces"),
             "hair": lambda: _say("spaces-hair", "hair spaces"),
             "narrow": lambda: _say("spaces-narrow", "narrow non-breaking spaces"),
             "wide": lambda: _say("spaces-wide", "wide spaces"),
             "special": lambda: _say("spaces-special", "special spaces")}
    return names[_ODD_SPACES[char]]()


def _invisible_name(char):
    """The name of a character in `_INVISIBLE`, with its article: "a zero-width space"."""
    names = {"zwsp": lambda: _say("invisible-zwsp", "a zero-width space"),
             "zwnj": lambda: _say("invisible-zwnj", "a zero-width non-joiner"),
             "zwj": lambda: _say("invisible-zwj", "a zero-width joiner"),
             "wj": lambda: _say("invisible-wj", "a word joiner"),
             "bom": lambda: _say("invisible-bom", "a zero-width no-break space"),
             "shy": lambda: _say("invisible-shy", "a soft hyphen")}
    return names[_INVISIBLE[char]]()


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
        return _say("name-spaces", "A variable's name can't have spaces in it. On {at}, write "
                    "`{fixed}` (with _ between the words) instead of `{spaced}`.", at=c.at(n),
                    fixed="_".join(spaced.split()), spaced=spaced)
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
            return _say("name-spaces-guess", "On {at}, `{piece}` has spaces in it. Did you mean "
                        "your variable `{name}`?", at=c.at(n), piece=piece,
                        name="_".join(piece.split()))
    if all(w in defined and not keyword.iskeyword(w) for w in words):
        if not all(re.fullmatch(rf"{word}(?:\s+{word})+", piece) for piece in prose):
            return None
        fixed = ", ".join(", ".join(piece.split()) for piece in pieces)
        fixed = (text[:start] + fixed + text[end:]).strip()
        return _say("missing-comma", "On {at}, {names} are next to each other with nothing "
                    "between them. Put a comma between them: `{fixed}`.", at=c.at(n),
                    names=_join([f"`{w}`" for w in words]), fixed=fixed)
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
    return _say("missing-quotes", "Without quotes, Python reads `{shown}` on {at} as names of "
                "variables, not as text. Put text in quotes: `{fixed}`.", shown=shown, at=c.at(n),
                fixed=fixed)


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
    if len(items) == 1:
        return items[0]
    return _say("and", "{first} and {second}", first=", ".join(items[:-1]), second=items[-1])


def _outside(c, word, place, n):
    """`return`/`yield` outside a function, `break`/`continue` outside a loop: most often a
    line that lost its indentation under the `def` or loop above it."""
    above = c.source.splitlines()[:n - 1]
    at = c.at(n)
    if place == "function":
        headers = [(number, match.group(1)) for number, line in enumerate(above, 1)
                   for match in [re.match(r"\s*(?:async\s+)?def\s+(\w+)", line)] if match]
        text = _say("outside-function", "`{word}` can only be used inside a function (a `def`), "
                    "and {at} isn't in one.", word=word, at=at)
        if headers:
            number, name = headers[-1]
            return text + " " + _say("outside-function-indent", "If it belongs to `{name}` (line "
                                     "{line}), indent it like the other lines of `{name}`.",
                                     name=name, line=number)
        if word == "return":
            return text + " " + _say("outside-function-print", "To show a value, use print(...) "
                                     "instead.")
        return text
    loops = [number for number, line in enumerate(above, 1)
             if re.match(r"\s*(?:for|while)\b", line)]
    text = _say("outside-loop", "`{word}` can only be used inside a loop (`for` or `while`), and "
                "{at} isn't in one.", word=word, at=at)
    if loops:
        return text + " " + _say("outside-loop-indent", "If it belongs to the loop on line "
                                 "{line}, indent it like the other lines of that loop.",
                                 line=loops[-1])
    return text + " " + _say("outside-loop-remove", "Remove it, or put it inside a loop.")


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
        return _say("name-in-function", "`{name}` only exists inside the function `{owner}`, so "
                    "{at} can't see it. Return it from `{owner}` (return {name}) and use the "
                    "result.", name=name, owner=owner, at=c.at())
    later = [line for line, fn in defined if fn == here and line > c.lineno]
    if later and c.filename != "<console>":
        return _say("name-later", "{At} uses `{name}` before it gets a value on line {later}. "
                    "Python runs the lines in order, so set `{name}` before line {line} uses it.",
                    At=c.At(), name=name, later=later[0], line=c.lineno)
    guess = _close_name(c, name)
    if guess:
        text = _say("name-guess", "{At} uses `{name}`, but there is no variable or function with "
                    "that name. Did you mean `{guess}`?", At=c.At(), name=name, guess=guess)
        if guess.lower() == name.lower():
            text += " " + _say("name-case", "Python treats capital and small letters as "
                               "different.")
        return text
    return _say("name-unknown", "{At} uses `{name}`, but there is no variable or function with "
                "that name yet. If it is a variable, give it a value first; if you meant the text "
                "{name}, put it in quotes: \"{name}\".", At=c.At(), name=name)


def _unbound_local(c):
    match = re.search(r"variable '(\w+)'", c.message)
    if not match:
        return _name_error(c)
    name, function = match.group(1), c.frame.f_code.co_name
    return _say("unbound-local", "`{name}` gets a value somewhere inside `{function}`, which "
                "makes it a separate variable of `{function}`, and {at} uses it before that. Give "
                "it a value inside `{function}` first, or pass it in as a parameter.", name=name,
                function=function, at=c.at())


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
    name, line, call = ".".join(path), code.co_firstlineno, path[-1]
    if given == 1:
        values = _say("values-one", "1 value")
    else:
        values = _say("values", "{count} values", count=given)
    if not params:
        return _say("args-none", "{At} calls `{name}` with {values}, but `{name}` (defined on "
                    "line {line}) takes none. Call it with empty brackets: {call}().", At=c.At(),
                    name=name, values=values, line=line, call=call)
    if required < len(params):
        takes = _say("args-range", "{low} to {high}", low=required, high=len(params))
    else:
        takes = str(len(params))
    return _say("args", "{At} calls `{name}` with {values}, but `{name}` (defined on line {line}) "
                "takes {takes}: {params}. Give it one value for each, like {call}({params}).",
                At=c.At(), name=name, values=values, line=line, takes=takes,
                params=", ".join(params), call=call)


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
            return _say("builtin-replaced", "`{name}` is normally Python's {name}() function, "
                        "but your program put {kind} into `{name}`, so it can't be called any "
                        "more. Use another name for your variable.", name=name, kind=_kind(value))
        if _is_number(value):
            return _say("call-number", "`{name}` is {kind}, not a function, so {at} can't call "
                        "it with ( ). To multiply, write a *: {name} * (...).", name=name,
                        kind=_kind(value), at=c.at())
        return _say("call-value", "`{name}` is {kind}, not a function, so {at} can't call it "
                    "with ( ). Remove the ( ) after `{name}`.", name=name, kind=_kind(value),
                    at=c.at())
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
            return _say("input-text", "input() always gives text, even when a number is typed. "
                        "Turn it into a number first: int(input(...)).")
        words, number = _code(text_node), _code(number_node)
        numeric, adding = ok and _looks_numeric(text), isinstance(node.op, ast.Add)
        whole = numeric and re.fullmatch(r"\s*[-+]?\d+\s*", text) and "float" not in types
        if numeric and not isinstance(text_node, ast.Constant):
            if whole:
                convert = _say("int-or-float", "int({code}) or float({code})", code=words)
            else:
                convert = f"float({words})"
            if "input(" in c.source:
                return _say("holds-number-input", "`{name}` holds the text {text}, not a number "
                            "(input() always gives text). Turn it into a number first with "
                            "{convert}.", name=words, text=_short(text), convert=convert)
            return _say("holds-number", "`{name}` holds the text {text}, not a number. Turn it "
                        "into a number first with {convert}.", name=words, text=_short(text),
                        convert=convert)
        if numeric:
            convert = f"int({words})" if whole else f"float({words})"
            if adding:
                return _say("add-quoted-number", "{At} adds the number `{number}` and `{text}`, "
                            "which is text because it is in quotes. To add them as numbers, turn "
                            "the text into a number with {convert} or remove the quotes; to join "
                            "them as text, use str({number}).", At=c.At(), number=number,
                            text=words, convert=convert)
            return _say("calculate-quoted-number", "{At} calculates with the number `{number}` "
                        "and `{text}`, which is text because it is in quotes. To calculate, turn "
                        "the text into a number with {convert} or remove the quotes.", At=c.At(),
                        number=number, text=words, convert=convert)
        if not ok and not _builds_message(text_node):
            if not adding:
                return _say("calculate-unknown-text", "{At} calculates with text and the number "
                            "`{number}`: if `{text}` holds a number, turn it into one with "
                            "int({text}) or float({text}).", At=c.At(), number=number, text=words)
            if c.line.lstrip().startswith("print("):
                return _say("add-unknown-text-print", "{At} adds text and the number `{number}`, "
                            "which Python can't do: to join them as text, use str({number}); if "
                            "`{text}` holds a number, turn it into one with int({text}) or "
                            "float({text}).", At=c.At(), number=number, text=words)
            return _say("add-unknown-text", "{At} adds text and the number `{number}`, which "
                        "Python can't do: if `{text}` holds a number, turn it into one with "
                        "int({text}) or float({text}); to join them as text, use str({number}).",
                        At=c.At(), number=number, text=words)
        if not adding:
            return _say("calculate-text", "{At} mixes text and the number `{number}`; Python "
                        "can't do that calculation with text.", At=c.At(), number=number)
        if ok and isinstance(text_node, ast.Constant) and isinstance(number_node, ast.Name):
            parts = [text.replace("{", "{{").replace("}", "}}"), "{" + number + "}"]
            if sides[0] is not text_node:
                parts.reverse()
            return _say("add-text-fstring", "{At} adds text and `{number}`, which is a number. "
                        "Python can't add text and numbers: turn the number into text with "
                        "str({number}), or an f-string: f{example}.", At=c.At(), number=number,
                        example=_short("".join(parts)))
        return _say("add-text", "{At} adds text and `{number}`, which is a number. Python can't "
                    "add text and numbers: turn the number into text with str({number}).",
                    At=c.At(), number=number)
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
    for node in c.nodes():
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and c.known(node.func) == (
                True, len)):
            continue
        ok, value = c.known(node.args[0])
        if not ok or type(value).__name__ != match.group(1):
            continue
        name = _code(node.args[0])
        if _is_number(value):
            return _say("len-number", "{At} asks for len({name}), but `{name}` is {kind}. len() "
                        "counts the items in text, a list or a dictionary, and a number has no "
                        "items. To count its digits, use len(str({name})); or did you mean a "
                        "list?", At=c.At(), name=name, kind=_kind(value))
        if value is None:
            return _say("len-none", "{At} asks for len({name}), but `{name}` is None (no value) "
                        "here. Often a variable gets None from something that doesn't give back "
                        "a value, like `x = x.sort()`.", At=c.At(), name=name)
        if callable(value):
            return _say("len-function", "{At} asks for len({name}), but `{name}` is a function. "
                        "To count what it gives back, call it: len({name}()).", At=c.At(),
                        name=name)
        return _say("len-value", "{At} asks for len({name}), but `{name}` is {kind}, which has "
                    "no length: len() counts the items in text, a list or a dictionary.",
                    At=c.At(), name=name, kind=_kind(value))
    return _say("len-type", "{At} asks for the len() of a {type}, which has no length: len() "
                "counts the items in text, a list or a dictionary.", At=c.At(),
                type=match.group(1))


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
        text = _say("no-folder", "{At} asks for `{name}`, but there is no folder called "
                    "`{folder}`.", At=c.At(), name=name, folder=folder)
    else:
        text = _say("no-file", "{At} asks for the file `{name}`, but there is no file with that "
                    "name.", At=c.At(), name=name)
    if not files:
        return text + " " + _say("no-files", "No data files come with this exercise, so there "
                                 "are no files to open.")
    base = re.split(r"[\\/]", name)[-1].lower()
    guess = ([f for f in files if posixpath.basename(f).lower() == base]
             or difflib.get_close_matches(path, files, n=1, cutoff=0.6)
             or difflib.get_close_matches(path.lower(), [f.lower() for f in files], n=1,
                                          cutoff=0.6))
    if guess:
        guess = next(f for f in files if f.lower() == guess[0].lower())
        text += " " + _say("file-guess", "Did you mean `{name}`?", name=guess)
    shown = [f"`{f}`" for f in files[:5]]
    if len(files) > 5:
        shown.append(_say("n-more", "{count} more", count=len(files) - 5))
    return text + " " + _say("files", "The files this program can open are: {files}.",
                             files=_join(shown))


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
                return _say("pop-empty", "`{name}` is empty, so there is nothing to pop. Check "
                            "`if {name}:` first.", name=_text(node.value))
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
        name, is_text, last = _text(node.value), isinstance(items, str), len(items) - 1
        if not items and is_text:
            return _say("index-empty-text", "`{name}` is empty, so it has no character at index "
                        "{index}. Add characters first, or check `if {name}:` before using it.",
                        name=name, index=index)
        if not items:
            return _say("index-empty", "`{name}` is empty, so it has no item at index {index}. "
                        "Add items first, or check `if {name}:` before using it.", name=name,
                        index=index)
        shown = _text(node.slice)
        if shown == str(index):
            asked = str(index)
        else:
            asked = _say("index-which-is", "`{code}`, which is {index}", code=shown, index=index)
        if is_text and len(items) == 1:
            size = _say("characters-one", "1 character")
        elif is_text:
            size = _say("characters", "{count} characters", count=len(items))
        elif len(items) == 1:
            size = _say("items-one", "1 item")
        else:
            size = _say("items", "{count} items", count=len(items))
        explanation = _say("index-range", "`{name}` has {size}, so its indexes go from 0 to "
                           "{last}, but {at} asks for index {asked}.", name=name, size=size,
                           last=last, at=c.at(), asked=asked)
        if "assignment" in c.message and isinstance(items, list):
            return explanation + " " + _say("index-append", "To add an item at the end, use "
                                            "{name}.append(...).", name=name)
        if is_text:
            return explanation + " " + _say("index-last-text", "The first character is at index "
                                            "0, so the last one is at index {last}.", last=last)
        return explanation + " " + _say("index-last", "The first item is at index 0, so the last "
                                        "one is at index {last}.", last=last)
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
        text = _say("key-missing", "The dictionary `{name}` has no key {key}.", name=name,
                    key=_short(key))
        strings = [k for k in mapping if isinstance(k, str)]
        close = difflib.get_close_matches(key, strings, n=1, cutoff=0.6) if isinstance(
            key, str) else []
        if close:
            text += " " + _say("key-guess", "Did you mean {key}?", key=_short(close[0]))
        elif not mapping:
            text += " " + _say("key-empty", "It is empty.")
        elif len(mapping) <= 6:
            text += " " + _say("key-list", "Its keys are: {keys}.",
                               keys=", ".join(_short(k) for k in mapping))
        return text + " " + _say("key-check", "Check first with `if {key} in {name}:`, or use "
                                 "`{name}.get({key})`, which gives None instead of an error.",
                                 key=_short(key), name=name)
    return _say("key-missing-somewhere", "The dictionary has no key {key}. Check first with `in`, "
                "or use .get(), which gives None instead of an error.", key=_short(key))


def _value_error(c):
    import ast

    match = re.match(r"invalid literal for int\(\) with base \d+: (.*)", c.message, re.S)
    if match:
        text = ast.literal_eval(match.group(1))
        if not text.strip():
            return _say("int-empty", "int() got empty text, so there is no number to read. This "
                        "happens when Enter is pressed without typing a number.")
        if _looks_numeric(text):
            return _say("int-decimal", "int() only reads whole numbers, and {text} isn't one. "
                        "Use float() for numbers with a decimal point.", text=_short(text))
        return _say("int-text", "int() can only turn text made of digits into a number, but it "
                    "got {text}.", text=_short(text)) + _from_input(c)
    match = re.match(r"could not convert string to float: (.*)", c.message, re.S)
    if match:
        text = ast.literal_eval(match.group(1))
        return _say("float-text", "float() can only turn text that looks like a number (like "
                    "'3.5') into a number, but it got {text}.", text=_short(text)) + _from_input(c)
    match = re.match(r"(too many|not enough) values to unpack \(expected (\d+)(?:, got (\d+))?",
                     c.message)
    if match:
        more, expected, got = match.groups()
        if got:
            values = _say("values", "{count} values", count=got)
        elif more == "too many":
            values = _say("values-more", "more values")
        else:
            values = _say("values-fewer", "fewer values")
        return _say("unpack", "{At} gives {values} to {expected} variables. The number of names "
                    "on the left of = must match the number of values on the right.", At=c.At(),
                    values=values, expected=expected)
    return None


def _from_input(c):
    if "input(" not in c.line:
        return ""
    return " " + _say("check-typed", "Check what was typed: it must be a number.")


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
            return _say("divide-by-name", "{At} divides by `{name}`, which is 0 at that moment, "
                        "and dividing by zero has no answer. Check `if {name} != 0:` before "
                        "dividing.", At=c.At(), name=_text(divisor))
    return _say("divide-by-zero", "{At} divides by zero, which has no answer. Make sure the "
                "number you divide by isn't 0.", At=c.At())


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
        text = _say("module-attribute", "The module `{name}` has nothing called `{attr}`.",
                    name=name, attr=attr)
        if instead:
            text += " " + _say("module-attribute-guess", "Did you mean `{name}.{guess}`?",
                               name=name, guess=instead)
        return text
    type_name = typed.group(1)
    owner = next((_text(node.value) for node in c.nodes()
                  if isinstance(node, ast.Attribute) and node.attr == attr), None)
    if owner:
        subject = f"`{owner}`"
    else:
        subject = _say("this-value", "This value")
    if type_name == "NoneType":
        return _say("attribute-none", "{subject} is None (no value) here, so it has no `.{attr}`. "
                    "Often a variable gets None from something that doesn't give back a value, "
                    "like `x = x.sort()` or `x = print(...)`.", subject=subject, attr=attr)
    if type_name in ("str", "list", "dict", "int", "float"):
        kind = _type_kind(type_name)
    else:
        kind = _say("kind-other", "a {type}", type=type_name)
    text = _say("attribute", "{subject} is {kind}, which has no `.{attr}`.", subject=subject,
                kind=kind, attr=attr)
    if instead == "in":
        return text + " " + _say("attribute-in", "To check whether something is in it, use `in`: "
                                 "`x in {name}`.", name=owner or _say("it", "it"))
    if instead == "len()":
        return text + " " + _say("attribute-len", "To count its items, use len({name}).",
                                 name=owner or "...")
    if instead:
        return text + " " + _say("attribute-guess", "Did you mean `.{guess}`?", guess=instead)
    if type_name == "str" and attr in ("append", "push", "add", "insert"):
        return text + " " + _say("attribute-str-change", "Text can't be changed in place: make "
                                 "new text with +, like `s = s + 'x'`.")
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
        return _say("recursion-pair", "`{a}` and `{b}` keep calling each other and never stop, "
                    "until Python gives up. One of them needs a stopping case: an `if` that "
                    "returns without another call.", a=a, b=b)
    name, line = top[0][0]
    return _say("recursion", "The function `{name}` (line {line}) keeps calling itself and never "
                "stops, until Python gives up. It needs a stopping case: an `if` that returns "
                "without calling `{name}` again, and each call must get closer to it.", name=name,
                line=line)


def _keyboard_interrupt(c):
    # Only an interrupt from the learner (Ctrl+C, or Check's time limit in the browser): pyplay's
    # own stops (output or frame limits, native time limits) say why in their message.
    if c.exc.args:
        return None
    return _say("interrupted", "The program was stopped while it was running {at} (Ctrl+C, or "
                "Check's time limit). What it had made so far is kept: type a variable's name at "
                ">>> to see how far it got.", at=c.at())


def _raised_in_matplotlib(exc):
    """Whether `exc` was raised by pyplay's matplotlib (its frames are named by module)."""
    tb, filename = exc.__traceback__, ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return filename == "matplotlib" or filename.startswith("matplotlib.")


def _format_help():
    return _say("format-help", "A format string is up to three parts, each at most once: a "
                "colour letter (b g r c m y k w), a marker (o . s ^ v * + x D) and a line style "
                "(- -- : -.), like \"ro-\" or \"g--\".")


def _plotting(c):
    """Errors of pyplay's matplotlib, in words; None for the rest."""
    message = c.message
    match = re.match(r"x and y must have same first dimension, but have shapes \((\d+),\) "
                     r"and \((\d+),\)", message)
    if match:
        nx, ny = match.groups()
        return _say("plot-lengths", "{At} plots pairs of x and y values, so both lists must be "
                    "as long as each other, but x has {nx} values and y has {ny}. Check where "
                    "they are filled: each data line should add one value to each list.",
                    At=c.At(), nx=nx, ny=ny)
    if message == "x and y must be the same size":
        return _say("scatter-lengths", "{At} draws a marker for each pair of x and y values, so "
                    "both lists must be as long as each other. Compare them with len().",
                    At=c.At())
    if message.startswith("shape mismatch: objects cannot be broadcast"):
        return _say("bar-lengths", "{At} draws one bar for each x position, so it needs as many "
                    "heights as positions (or a single height for all). Compare the lists with "
                    "len().", At=c.At())
    match = re.match(r"'(.*)' is not a valid format string \((.*)\)", message, re.S)
    if match:
        return _say("plot-format", "{At} has {text} where a format string goes.", At=c.At(),
                    text=_short(match.group(1))) + " " + _format_help()
    if message.startswith("third arg must be a format string"):
        return _say("plot-third", "{At} gives plot() a third value that isn't text: after x and "
                    "y, plot() takes a format string, or the next x and y.",
                    At=c.At()) + " " + _format_help()
    if "is not a valid value for color" in message or message.startswith(
            "Invalid RGBA argument"):
        return _say("plot-colour", "Colours are names like 'red' or 'tab:blue', single letters "
                    "(b g r c m y k w), hex codes like '#ff8800', or 'C0' to 'C9' for the default "
                    "colours in turn.")
    if "is not a valid value for loc" in message or message.startswith("loc must be"):
        return _say("plot-legend", "A legend's loc is 'best' (the default), 'upper right', "
                    "'upper left', 'lower left', 'lower right', 'right', 'center left', "
                    "'center right', 'lower center', 'upper center' or 'center' (or their "
                    "numbers 0 to 10).")
    match = re.match(r"The number of FixedLocator locations \((\d+)\).*number of labels "
                     r"\((\d+)\)", message, re.S)
    if match:
        return _say("plot-ticks", "{At} gives {positions} tick positions but {labels} labels: "
                    "xticks(positions, labels) needs exactly one label for each position.",
                    At=c.At(), positions=match.group(1), labels=match.group(2))
    if message.startswith("Format ") and "savefig" in message:
        return None  # the message says it all
    if message.startswith("pyplay's matplotlib") or isinstance(c.exc, NotImplementedError):
        return _say("plot-pyplay", "Real matplotlib can't run in the browser, so pyplay has its "
                    "own smaller one. It draws line plots, scatter plots, bar charts, histograms "
                    "and pie charts with titles, labels, legends and ticks, as matplotlib does.")
    return None


def _module_not_found(c):
    import difflib

    name = getattr(c.exc, "name", None) or ""
    if not name:
        return None
    top = name.partition(".")[0]
    if top in ("_tkinter", "idlelib", "turtledemo"):
        return _say("module-desktop", "`{name}` belongs to Python's desktop windows, and pyplay "
                    "runs in a browser page, so it isn't available here. pyplay's own `tkinter` "
                    "(a Canvas to draw on) and `turtle` are: import those instead.", name=top)
    if top in ("matplotlib", "mpl_toolkits"):
        return _say("module-matplotlib", "pyplay has its own small matplotlib (the real one "
                    "can't run in a browser): `matplotlib.pyplot` and the modules it uses "
                    "(colors, ticker, patches, lines), but not `{name}`. Use "
                    "`import matplotlib.pyplot as plt`.", name=name)
    if top in ("twitter", "tweepy"):
        return _say("module-twitter", "`{name}` talks to a real social network over the "
                    "internet, with an account and keys, and pyplay can't install packages. It "
                    "has `chirper` instead, a practice social network with the python-twitter "
                    "package's method names (GetSearch, GetTrendsCurrent, GetUserTimeline) over "
                    "invented posts: `import chirper`. Its posts, chirper.json, come with the "
                    "lesson \"Project: Social media\".", name=top)
    if top in sys.stdlib_module_names:
        return _say("module-stdlib", "`{name}` is part of Python, but pyplay runs in your "
                    "browser and includes only the modules beginners use (math, random, string, "
                    "collections, datetime, json, re and more), so it isn't available here.",
                    name=name)
    close = difflib.get_close_matches(name.lower(), _MODULES, n=1, cutoff=0.7)
    if close:
        return _say("module-guess", "There is no module called `{name}`. Did you mean "
                    "`import {guess}`?", name=name, guess=close[0])
    text = _say("module-package", "`{name}` is not part of Python itself: it is a package people "
                "install (from PyPI), and pyplay can't install packages. Check the spelling, or "
                "use Python on a computer for it.", name=top)
    if top == "numpy":
        text += " " + _say("module-numpy", "pyplay's matplotlib plots plain lists: instead of "
                           "np.arange(0, 10, 0.5), write [i * 0.5 for i in range(20)].")
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

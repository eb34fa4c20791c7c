"""chirper: a pretend social network in a file, for practising with posts, users and hashtags.

Workshops used to have a project that read live posts from a real social network with the
`python-twitter` package. That needs the internet, an account with keys, and shows whatever
strangers happen to post. chirper is pyplay's own stand-in: it keeps that package's method
names (`Api()`, `GetSearch`, `GetTrendsCurrent`, `GetUserTimeline`, `status.GetText()`,
`status.GetUser().GetScreenName()`, `trend.name`) but reads invented users and posts from a
JSON file, `chirper.json`, which comes with the lesson "Project: Social media". Nothing goes
over the network, and nothing is posted.

    import chirper

    api = chirper.Api()
    for post in api.GetSearch("telescope"):
        print("@" + post.user.screen_name + ":", post.text)

`Api(path="chirper.json")` reads the file (another file in the same format works too):

    {"users": [{"screen_name": "mei_codes", "name": "Mei Chen", "location": "Larkford",
                "description": "…"}, …],
     "posts": [{"id": 1, "user": "mei_codes", "created_at": "2026-03-14 09:26",
                "text": "Doors open at 9:30! #python"}, …]}

Its methods: `GetSearch(term)` (posts whose text contains `term`, in any case; newest first),
`GetTrendsCurrent()` (the ten most used hashtags, as `Trend`s with `.name` and `.count`),
`GetUserTimeline(screen_name=…)` (one user's posts, newest first), `GetUsers()` (every user,
by screen name) and `GetUser(screen_name)`. Posts are `Status` objects (`.id`, `.text`,
`.user`, `.created_at`), users are `User` objects (`.screen_name`, `.name`, `.location`,
`.description`); both also have the old getters (`GetText()`, `GetScreenName()`, …).
Problems (no file, an unknown user) raise `ChirperError`, saying what to do.
"""

import json as _json
import re as _re

__all__ = ["Api", "Status", "User", "Trend", "ChirperError"]

# The file Api() reads, and the lesson that ships it (lessons/social.toml).
DEFAULT_PATH = "chirper.json"
LESSON = "Project: Social media"

# A hashtag: "#" and letters, digits or "_", not inside a word ("C#", "issue#2" are not).
_HASHTAG = _re.compile(r"(?<![\w#])#\w+")


class ChirperError(Exception):
    """A problem chirper can explain: no data file, a broken one, a user who isn't there."""


class User:
    """Someone who posts on chirper."""

    def __init__(self, screen_name, name="", location="", description=""):
        self.screen_name = screen_name
        self.name = name
        self.location = location
        self.description = description

    def GetScreenName(self):
        """The user's handle, without the "@": "mei_codes"."""
        return self.screen_name

    def GetName(self):
        """The user's name as they write it: "Mei Chen"."""
        return self.name

    def GetLocation(self):
        return self.location

    def GetDescription(self):
        return self.description

    def __repr__(self):
        return f"User(screen_name={self.screen_name!r}, name={self.name!r})"


class Status:
    """One post: its text, who wrote it (a `User`) and when ("2026-03-14 09:26")."""

    def __init__(self, id, text, user, created_at):
        self.id = id
        self.text = text
        self.user = user
        self.created_at = created_at

    def GetId(self):
        return self.id

    def GetText(self):
        return self.text

    def GetUser(self):
        """Who wrote the post, as a `User` (`.GetScreenName()` is the handle)."""
        return self.user

    def GetCreatedAt(self):
        """When the post was written, as text: "2026-03-14 09:26" (year-month-day hour:minute)."""
        return self.created_at

    def __repr__(self):
        return (f"Status(id={self.id!r}, user={self.user.screen_name!r}, "
                f"created_at={self.created_at!r}, text={self.text!r})")


class Trend:
    """A hashtag and how many times posts used it."""

    def __init__(self, name, count):
        self.name = name
        self.count = count

    def __repr__(self):
        return f"Trend(name={self.name!r}, count={self.count!r})"


class Api:
    """chirper's users and posts, read from a JSON file (chirper.json unless `path` says)."""

    def __init__(self, path=DEFAULT_PATH):
        if not isinstance(path, str):
            raise TypeError(f"Api(path=...) wants a file name as a str, like "
                            f"{DEFAULT_PATH!r}; it got {path!r}.")
        self.path = path
        data = _read(path)
        self._users = {}
        for number, item in enumerate(_list_in(data, "users", path), 1):
            user = _user_from(item, number, path)
            self._users[user.screen_name.lower()] = user
        self._posts = [_post_from(item, number, path, self._users)
                       for number, item in enumerate(_list_in(data, "posts", path), 1)]
        # Newest first, as a timeline shows them.
        self._posts.sort(key=lambda post: (post.created_at, _order(post.id)), reverse=True)

    def GetSearch(self, term=None, count=None):
        """The posts whose text contains `term` (capital letters or not), newest first.
        A hashtag is text too: GetSearch("#python") finds the posts tagged #python."""
        if term is None:
            raise ChirperError('GetSearch needs the text to search for, like '
                               'api.GetSearch("garden").')
        if not isinstance(term, str):
            raise TypeError(f"GetSearch wants the text to search for as a str, like "
                            f"api.GetSearch(\"garden\"); it got {term!r}.")
        wanted = term.lower()
        return _first(count, [post for post in self._posts if wanted in post.text.lower()])

    def GetTrendsCurrent(self):
        """The ten hashtags posts use most, most used first (a tie: alphabetically), as
        `Trend`s: `.name` is the hashtag in small letters ("#python"), `.count` how many times
        posts used it."""
        counts = {}
        for post in self._posts:
            for tag in _HASHTAG.findall(post.text):
                tag = tag.lower()
                counts[tag] = counts.get(tag, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [Trend(name, count) for name, count in ranked[:10]]

    def GetUserTimeline(self, screen_name=None, count=None):
        """The posts of the user called `screen_name` ("mei_codes"; "@mei_codes" works too),
        newest first."""
        if screen_name is None:
            raise ChirperError(f"GetUserTimeline needs to know whose posts to get: "
                               f"api.GetUserTimeline(screen_name={self._example()!r}). "
                               f"api.GetUsers() lists everyone.")
        user = self._find(screen_name, "GetUserTimeline")
        return _first(count, [post for post in self._posts if post.user is user])

    def GetUser(self, screen_name=None):
        """The `User` called `screen_name`."""
        if screen_name is None:
            raise ChirperError(f"GetUser needs a screen name: "
                               f"api.GetUser(screen_name={self._example()!r}).")
        return self._find(screen_name, "GetUser")

    def GetUsers(self):
        """Everyone on chirper, as `User`s, in alphabetical order of screen name."""
        return sorted(self._users.values(), key=lambda user: user.screen_name.lower())

    def __repr__(self):
        return (f"<chirper.Api: {len(self._users)} users and {len(self._posts)} posts "
                f"from {self.path}>")

    def _example(self):
        users = self.GetUsers()
        return users[0].screen_name if users else "someone"

    def _find(self, screen_name, method):
        if isinstance(screen_name, User):
            screen_name = screen_name.screen_name
        if not isinstance(screen_name, str):
            raise TypeError(f"{method} wants a user's screen name as a str, like "
                            f"{self._example()!r}; it got {screen_name!r}.")
        key = screen_name.strip().lstrip("@").lower()
        user = self._users.get(key)
        if user is not None:
            return user
        import difflib

        # "rosa" or "Rosa Delgado" for rosa_reads, else a near spelling.
        close = [name for name, user in self._users.items()
                 if key and (name.startswith(key) or key in user.name.lower())]
        if len(close) != 1:
            close = difflib.get_close_matches(key, list(self._users), n=1, cutoff=0.6)
        example = self._users[close[0]].screen_name if close else self._example()
        text = f"There is no user called {screen_name!r} on chirper."
        if close:
            text += f" Did you mean {example!r}?"
        raise ChirperError(f"{text} api.GetUsers() lists every user; give {method} one of "
                           f"their screen names, like {method}(screen_name={example!r}).")


def _first(count, posts):
    if count is None:
        return posts
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise TypeError(f"count= is how many posts to get at most, a whole number like 5; "
                        f"it is {count!r}.")
    return posts[:count]


def _order(post_id):
    # Posts at the same minute: the higher id is the newer one (ids of any type sort).
    return (0, post_id, "") if isinstance(post_id, (int, float)) else (1, 0, str(post_id))


def _read(path):
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except FileNotFoundError:
        if path == DEFAULT_PATH:
            raise ChirperError(
                f"There is no file called {DEFAULT_PATH} here, and chirper reads its users and "
                f"posts from it. It comes with the lesson \"{LESSON}\": run your program in "
                f"one of that lesson's exercises.") from None
        raise ChirperError(
            f"There is no file called {path!r} here. Check its name (os.listdir() lists the "
            f"files there are). chirper.Api() with no path reads {DEFAULT_PATH}, which comes "
            f"with the lesson \"{LESSON}\".") from None
    except IsADirectoryError:
        raise ChirperError(f"{path!r} is a folder; chirper needs a file like "
                           f"{DEFAULT_PATH}.") from None
    except UnicodeDecodeError:
        raise ChirperError(f"{path} is not a chirper file: it is not text.") from None
    try:
        data = _json.loads(text)
    except ValueError as err:
        where = (f" (line {err.lineno}, column {err.colno}: {err.msg})"
                 if hasattr(err, "lineno") else "")
        raise ChirperError(f"{path} is not a chirper file: it is not valid JSON{where}.") from None
    if not isinstance(data, dict):
        raise ChirperError(f'{path} is not a chirper file: it should hold '
                           f'{{"users": [...], "posts": [...]}}.')
    return data


def _list_in(data, key, path):
    items = data.get(key)
    if not isinstance(items, list):
        raise ChirperError(f'{path} is not a chirper file: it should have a list of '
                           f'{key}, as in {{"users": [...], "posts": [...]}}.')
    return items


def _field(item, key, what, path):
    value = item.get(key) if isinstance(item, dict) else None
    if not isinstance(value, str):
        raise ChirperError(f'{what} in {path} needs a "{key}", as text.')
    return value


def _user_from(item, number, path):
    what = f"User number {number}"
    if isinstance(item, dict) and isinstance(item.get("screen_name"), str):
        what = f"The user {item['screen_name']!r}"
    screen_name = _field(item, "screen_name", what, path)
    return User(screen_name, str(item.get("name", "")), str(item.get("location", "")),
                str(item.get("description", "")))


def _post_from(item, number, path, users):
    post_id = item.get("id", number) if isinstance(item, dict) else number
    what = f"Post {post_id}"
    text = _field(item, "text", what, path)
    created_at = _field(item, "created_at", what, path)
    screen_name = _field(item, "user", what, path)
    user = users.get(screen_name.lstrip("@").lower())
    if user is None:
        raise ChirperError(f"{what} in {path} is by {screen_name!r}, who is not in its list "
                           f"of users.")
    return Status(post_id, text, user, created_at)

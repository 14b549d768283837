"""An organisation's leadership over time, for ``kg timeline``: the shipped ``timeline`` and
``who-led`` queries, run over a built graph and laid out as text.

Undated input is said to be undated: the timeline then keeps the stories' order and shows only
the years the sentences themselves name, and a question about one day is refused with the
reason rather than answered from stories that carry no date.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import QueryError
from kg.query import QueryGraph, named_query, run
from kg.temporal.dates import is_value, precision

__all__ = ["Post", "Timeline", "format_timeline", "timeline"]


@dataclass(frozen=True)
class Post:
    """One post as one story states it; ``start``/``end`` are its tenure as the sentence gives
    it (ISO, as precise as the text), ``story_date`` the date its ``status`` is relative to."""

    organisation: str
    person: str
    role: str
    status: str
    start: str | None
    end: str | None
    story_date: str | None
    sentence: str
    story: str
    basis: str | None = None


@dataclass(frozen=True)
class Timeline:
    """The posts at the organisations a name finds, in time order; with ``on``, only those
    held on that day."""

    name: str
    organisations: tuple[str, ...]
    posts: tuple[Post, ...]
    on: str | None = None

    @property
    def dated(self) -> bool:
        return any(post.story_date for post in self.posts)


def _post(row: dict[str, str | None]) -> Post:
    return Post(row["organisation"] or "", row["person"] or "", row["role"] or "",
                row["status"] or "", row.get("from"), row.get("to"), row.get("storyDate"),
                row["sentence"] or "", row["story"] or "", row.get("basis"))


def timeline(graph: QueryGraph, name: str, on: str | None = None) -> Timeline:
    """The leadership timeline of the organisation(s) ``name`` finds (a name, an alias or an
    ODS code, in any case), or with ``on`` (``YYYY-MM-DD``) who held which post that day.

    Raises ``QueryError`` for a name that finds no organisation, a malformed day, and a day
    asked of a graph whose stories about the organisation carry no date."""
    if on is not None and not (is_value(on) and precision(on) == "day"):
        raise QueryError("timeline", f"--on takes a day written YYYY-MM-DD, not {on!r}")
    rows = run(named_query("timeline"), graph, {"org": name}, "timeline", union=False).records()
    if not rows:
        raise QueryError("timeline", f"no organisation is named {name!r} in this graph (give "
                         "its name, an alias or its ODS code)")
    organisations = tuple(sorted({row["organisation"] or "" for row in rows}))
    posts = tuple(_post(row) for row in rows if row["person"])
    if on is None:
        return Timeline(name, organisations, posts)
    if not any(post.story_date for post in posts):
        raise QueryError("timeline", f"cannot tell who held a post at {name!r} on {on}: none "
                         "of the stories about it is dated (give them a sources.tsv manifest, "
                         "front matter or a printed dateline)")
    held = run(named_query("who-led"), graph, {"org": name, "date": on}, "who-led",
               union=False).records()
    notes = sorted({row["note"] for row in held if row.get("note")})
    if notes:
        raise QueryError("who-led", notes[0])
    return Timeline(name, organisations, tuple(_post(row) for row in held), on)


def _cell(value: str | None) -> str:
    return value or "…"


def format_timeline(result: Timeline) -> str:
    """The timeline as text: per organisation a header, then per post one line (from, to,
    person, role, status, story date) and its sentence with the story it comes from."""
    lines: list[str] = []
    for organisation in result.organisations:
        posts = [post for post in result.posts if post.organisation == organisation]
        if result.on:
            lines.append(f"{organisation}: posts held on {result.on} ({len(posts)})")
        else:
            lines.append(f"{organisation}: leadership timeline ({len(posts)} "
                         f"post{'s' if len(posts) != 1 else ''} stated)")
        if not posts:
            lines.append("  no post is known at this organisation")
        elif not any(post.story_date for post in posts):
            lines.append("  undated: no story here carries a date (a sources.tsv manifest, front "
                         "matter or a dateline gives one), so posts are in story order and "
                         "'from'/'to' only show years the sentences name")
        else:
            lines.append(f"  {'from':<10} {'to':<10} {'story date':<10}  {'status':<9} "
                         "person, role")
        for post in posts:
            basis = f"  [{post.basis}]" if post.basis else ""
            lines.append(f"  {_cell(post.start):<10} {_cell(post.end):<10} "
                         f"{_cell(post.story_date):<10}  {post.status:<9} {post.person}, "
                         f"{post.role}{basis}")
            story = post.story.rsplit("/story/", 1)[-1]
            lines.append(f"      “{post.sentence}” ({story})")
        lines.append("")
    return "\n".join(lines)

"""What the shipped queries cannot answer fast from the data as stored, computed once when a
store is written and kept in its default graph, beside the entities, in a vocabulary of its own
(``INDEX``; ``INDEX_GRAPH`` is the index itself, which states its ``version``).

On the on-disk store every join costs an index seek (a few microseconds), and sorting compares
strings fetched from its dictionary: the busiest organisation's provenance (600 facts, a dozen
seeks each) took 60 ms, two hops from a person 100 ms. So some answers are stored as *rows*:
each distinct row of a question becomes ``<index/NAME/RANK>`` with one ``kg-index:NAME_COLUMN``
value per column and ``kg-index:NAME_rank``, its place in the question's order, and every
entity the question is asked about links to its rows by ``kg-index:NAME``. A shipped query
then reads one entity's rows with one scan each and sorts by an integer. ``provenance`` and
``reach`` give each entity columns of its own instead (``_columns``), read a column at a
time. ``kg-index:`` is ``https://w3id.org/nhskg/index#``: the store's own vocabulary, not the
ontology's. The rows are triples of the default graph rather than quads of a named graph of
their own because Oxigraph keeps three orderings of each default-graph triple and six of each
named-graph quad: the 2M rows of a 10,000-story build took 11-12 s of CPU to bulk-load instead
of 21-22 s (docs/measurements/20261126-buildfast-final.txt), and the queries read them as fast.

The rows are the answers of the original questions (``tests/query/unindexed/`` keeps them as
asked of the story graphs; a test checks that both give the same answers): ``counts`` is
computed by the engine (``precompute/counts.rq``); ``provenance``, ``reach``, ``posts`` and
``leaders`` are joined here from whole-table scans (``precompute/*.rq``), which is 5–10x
cheaper than letting the engine join over the whole graph. The whole-graph listings
(``LISTINGS``) are the engine's answers to their questions (``precompute/list-NAME.rq``),
asked of the in-memory store without their ORDER BY and ranked here in its order: read back
a column at a time, they print 3–5x faster than the joins over the story graphs.
``docs/decisions`` has the measurements (20261125-query-index-and-scale.md,
20261126-listing-rows.md).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import resources
from itertools import chain
from typing import TYPE_CHECKING, Any

from kg.iri import BASE

if TYPE_CHECKING:
    import pyoxigraph

__all__ = ["EDGE_COLUMNS", "INDEX", "INDEX_GRAPH", "LISTINGS", "add_index", "has_index",
           "index_nquads", "listing_question"]

INDEX_GRAPH = BASE + "index"
INDEX = BASE + "index#"
_ROW = BASE + "index/"
_ORG = BASE + "id/org/"
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t
            for t in ("integer", "decimal", "double", "float", "int", "long")}

Row = tuple[Any, ...]
VERSION = 4

LISTINGS = ("contracts-and-advisers", "edges", "interim-acting", "leaders",
            "leadership-changes", "publications", "segments-and-ratings", "structure")
_ORDER_BY = re.compile(r"^ORDER\s+BY\b(.*)\Z", re.DOTALL | re.IGNORECASE | re.MULTILINE)


def _text(name: str) -> str:
    return (resources.files("kg.query") / "precompute" / f"{name}.rq").read_text(
        encoding="utf-8")


def _table(store: pyoxigraph.Store, name: str) -> Any:
    return store.query(_text(name))


def listing_question(name: str) -> str:
    """A whole-graph listing (one of ``LISTINGS``) as asked of the story graphs: the
    question whose answers its index rows are."""
    return _text(f"list-{name}")


def _order(term: Any) -> tuple[Any, ...]:
    """A term's place in SPARQL's ORDER BY: unbound first, then IRIs by their text, then
    literals, numbers by value and the rest by their text (Oxigraph's order for the kinds of
    value the index holds)."""
    import pyoxigraph

    if term is None:
        return (0,)
    if isinstance(term, pyoxigraph.NamedNode):
        return (2, term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.datatype.value in _NUMERIC:
            return (3, 0, float(term.value), term.value)
        return (3, 1, term.value, term.language or "")
    return (1, str(term))


class _Kinds:
    """The kind nodes of one index: ``<index/NAME-kind/N>``, one per distinct combination of
    the values of its ``columns`` (``kg-index:NAME-kind_COLUMN``, unbound values left out),
    numbered in the order they are first met; a row names its kind instead of holding those
    values itself.

    They are the columns with a handful of values (a provenance row's predicate, extractor and
    confidence: 9 combinations at 10,000 stories; an edge's predicate, role, status, segment
    and confidence: 43): a query reads the whole table in one scan and joins it by hash, and
    each row has one line where it had one per column. Loading the index costs by the line
    (docs/decisions/20261126-build-speed.md), and the kinds take 0.3M of its 2M lines off."""

    def __init__(self, name: str, columns: Sequence[str]) -> None:
        self.name, self.columns = f"{name}-kind", columns
        self.nodes: dict[Row, str] = {}
        self._spell = functools.cache(str)

    def node(self, values: Row) -> tuple[str, str]:
        """The kind node of ``values`` (one per column), and the lines that make it, if new."""
        found = self.nodes.get(values)
        if found is not None:
            return found, ""
        node = self.nodes[values] = f"<{_ROW}{self.name}/{len(self.nodes) + 1}>"
        return node, "".join(f"{node} <{INDEX}{self.name}_{c}> {self._spell(v)} .\n"
                             for c, v in zip(self.columns, values, strict=True)
                             if v is not None)


def _split(columns: Sequence[str], kind: Sequence[str]
           ) -> tuple[list[str], list[int], list[int]]:
    """A row's own columns (with ``kind`` for the kind node, if any), and the positions of
    its own values and of its kind's values."""
    own = [i for i, c in enumerate(columns) if c not in kind]
    kinds = [columns.index(c) for c in kind]
    return [columns[i] for i in own] + (["kind"] if kind else []), own, kinds


def _rows(name: str, columns: Sequence[str], keyed: Iterable[tuple[Any, Row]],
          order: Callable[[Row], Any] | None = None, kind: Sequence[str] = ()) -> Iterator[str]:
    """The N-Quads lines of one index from ``(key, row)`` pairs: each distinct row once,
    numbered by ``order`` (a row's sort key; default: the order the pairs come in), its
    ``kind`` columns on kind nodes (``_Kinds``). Lines, not ``Quad`` objects: each term is
    spelt once by Oxigraph's own writer (``str``) however many rows hold it, and the store
    loads the lines; making 1.6M quad objects, putting them in a store and dumping it took
    three times as long."""
    link = f"<{INDEX}{name}>"
    names, own, at = _split(columns, kind)
    predicates = [f"<{INDEX}{name}_{c}>" for c in names]
    rank_of = f"<{INDEX}{name}_rank>"
    spell = functools.cache(str)
    kinds = _Kinds(name, kind)
    keys: dict[Row, list[Any]] = {}
    for key, row in keyed:
        keys.setdefault(row, []).append(key)
    ranked = sorted(keys, key=order) if order is not None else list(keys)
    for rank, row in enumerate(ranked, start=1):
        node = f"<{_ROW}{name}/{rank}>"
        values: list[Any] = [row[i] for i in own]
        new = ""
        if kind:
            value, new = kinds.node(tuple(row[i] for i in at))
            values.append(value)
        lines = [new, f'{node} {rank_of} "{rank}"^^<{_INTEGER}> .\n']
        lines += [f"{node} {predicate} {spell(value)} .\n"
                  for predicate, value in zip(predicates, values, strict=True)
                  if value is not None]
        lines += [f"{spell(key)} {link} {node} .\n"
                  for key in dict.fromkeys(keys[row]) if key is not None]
        yield "".join(lines)


def _columns(name: str, columns: Sequence[str], keyed: Iterable[tuple[Any, Row]],
             order: Callable[[Row], Any], kind: Sequence[str] = ()) -> Iterator[str]:
    """Rows as ``_rows`` numbers them, but each key has columns of its own: a predicate
    ``kg-index:NAME-of-N_COLUMN`` per column, which the key names by ``kg-index:NAME_COLUMN``
    (and ``kg-index:NAME_rank``), and a row shared by two keys is written under both; the
    ``kind`` columns are on kind nodes shared by every key (``_Kinds``).

    A key's values of one column are then one contiguous scan of the index (graph, predicate
    first), and a query joins its columns by hash: 598 rows of the busiest organisation's
    provenance read in 10–14 ms, where the pivot over shared rows (``_rows``) took 23–28 ms,
    most of it the engine decoding and encoding each long string its ``SAMPLE`` passes on."""
    spell = functools.cache(str)
    names, own_at, at = _split(columns, kind)
    names = ["rank", *names]
    kinds = _Kinds(name, kind)
    keys: dict[Row, list[Any]] = {}
    for key, row in keyed:
        keys.setdefault(row, []).append(key)
    every = sorted({k for found in keys.values() for k in found if k is not None}, key=str)
    own = {key: [f"<{INDEX}{name}-of-{n}_{c}>" for c in names]
           for n, key in enumerate(every, start=1)}  # numbered by IRI: the same every build
    yield "".join(f"{spell(key)} <{INDEX}{name}_{c}> {p} .\n"
                  for key, predicates in own.items()
                  for c, p in zip(names, predicates, strict=True))
    for rank, row in enumerate(sorted(keys, key=order), start=1):
        node = f"<{_ROW}{name}/{rank}>"
        values = [f'"{rank}"^^<{_INTEGER}>', *(None if row[i] is None else spell(row[i])
                                               for i in own_at)]
        new = ""
        if kind:
            value, new = kinds.node(tuple(row[i] for i in at))
            values.append(value)
        yield new + "".join(f"{node} {p} {v} .\n"
                            for key in dict.fromkeys(keys[row]) if key is not None
                            for p, v in zip(own[key], values, strict=True) if v is not None)


def _counts(store: pyoxigraph.Store) -> Iterator[str]:
    rows = [(None, (s["key"], s["p"], s["facts"])) for s in _table(store, "counts")]
    return _rows("counts", ("organisation", "p", "facts"), rows)


@functools.cache
def _local_name(predicate: Any) -> Any:
    """A predicate's local name as a literal (``kg:leads`` → ``"leads"``), one per predicate."""
    import pyoxigraph

    return pyoxigraph.Literal(predicate.value.partition("#")[2])


class _Tables:
    """The scans both row indexes are joined from."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.assertions: list[tuple[Any, ...]] = []  # with their extractors
        facts: dict[tuple[Any, ...], None] = {}  # the typed kg:Assertion ones, without
        for story, a, s, p, o, extractor, confidence, e, typed in _table(store, "assertions"):
            if extractor is not None:
                self.assertions.append((story, a, s, p, o, extractor, confidence, e))
            if typed.value == "true":
                facts[(story, a, s, p, o, confidence, e)] = None
        self.facts = list(facts)
        self.links = [tuple(s) for s in _table(store, "links")]
        self.evidence: dict[tuple[Any, Any], list[tuple[Any, Any, Any]]] = defaultdict(list)
        for story, e, sentence, start, end in _table(store, "evidence"):
            self.evidence[(story, e)].append((sentence, start, end))
        self.posts = [tuple(s) for s in _table(store, "posts")]
        self.labels: dict[Any, list[Any]] = defaultdict(list)
        self.prefs: dict[Any, list[Any]] = defaultdict(list)
        self.names: dict[Any, list[Any]] = defaultdict(list)
        for x, kind, label in _table(store, "labels"):
            self.names[x].append(label)
            (self.labels if kind.value == "label" else self.prefs)[x].append(label)
        self.entities: set[Any] = set()
        self.people: set[Any] = set()
        for entity, person in _table(store, "entities"):
            self.entities.add(entity)
            if person.value == "true":
                self.people.add(entity)


def _provenance(tables: _Tables) -> Iterator[str]:
    """provenance.rq's rows (subject predicate object sentence start end story extractor
    confidence) for every entity with a lookup name, ordered by ?story ?start ?predicate
    ?object and then the other columns."""

    def keyed() -> Iterator[tuple[Any, Row]]:
        for story, _, s, p, o, extractor, confidence, e in tables.assertions:
            keys = [k for k in dict.fromkeys((s, o)) if k in tables.entities]
            if not keys:
                continue
            predicate = _local_name(p)
            for subject in tables.labels.get(s, ()):
                for obj in tables.names.get(o, ()):
                    for sentence, start, end in tables.evidence.get((story, e), ()):
                        row = (subject, predicate, obj, sentence, start, end, story,
                               extractor, confidence)
                        for key in keys:
                            yield key, row

    place = functools.cache(_order)  # a story, a label, an offset recurs in many rows

    def order(row: Row) -> tuple[Any, ...]:
        subject, predicate, obj, sentence, start, end, story, extractor, confidence = row
        return tuple(place(t) for t in (story, start, predicate, obj, subject, sentence,
                                         end, extractor, confidence))

    return _columns("provenance", ("subject", "predicate", "object", "sentence", "start",
                                   "end", "story", "extractor", "confidence"), keyed(), order,
                    kind=("predicate", "extractor", "confidence"))


def _reach(tables: _Tables) -> Iterator[str]:
    """two-hops.rq's rows: a person's organisations one hop away, and each organisation's
    neighbours (via its label), ordered by ?hops ?organisation ?via; and ``kg-index:start``
    from a person to the keys whose rows make up its answer: itself and each organisation
    one hop away (one join path, which the engine follows from the person, where a UNION of
    the two hops made it scan every row)."""
    import pyoxigraph

    one, two = pyoxigraph.Literal(1), pyoxigraph.Literal(2)
    starts: dict[tuple[Any, Any], None] = {}

    def keyed() -> Iterator[tuple[Any, Row]]:
        for s, o in tables.links:
            if not isinstance(o, pyoxigraph.NamedNode) or not o.value.startswith(_ORG):
                continue
            if s in tables.people:
                for organisation in tables.labels.get(o, ()):
                    starts[(s, s)] = starts[(s, o)] = None
                    yield s, (one, None, organisation)
            if s != o and isinstance(s, pyoxigraph.NamedNode) and s.value.startswith(_ORG):
                for first, other in ((s, o), (o, s)):
                    for via in tables.labels.get(first, ()):
                        for organisation in tables.labels.get(other, ()):
                            yield first, (two, via, organisation)

    place = functools.cache(_order)

    def order(row: Row) -> tuple[Any, ...]:
        hops, via, organisation = row
        return tuple(place(t) for t in (hops, organisation, via))

    yield from _columns("reach", ("hops", "via", "organisation"), keyed(), order)
    for person, key in starts:
        yield f"{person} <{INDEX}start> {key} .\n"


_CURRENT = {BASE + "id/status/" + s for s in ("current", "interim", "acting")}


def _posts(tables: _Tables) -> Iterator[str]:
    """post-holders.rq's rows (organisation person role status story) and current-leaders.rq's
    (organisation person role status sentence story: current, interim and acting posts, each
    with its evidence), for every organisation with a lookup name."""
    import pyoxigraph

    def rows(leaders: bool) -> Iterator[tuple[Any, Row]]:
        for story, o, p, r, s, e in tables.posts:
            if o not in tables.entities or (leaders and s.value not in _CURRENT):
                continue
            status = pyoxigraph.Literal(s.value.partition("/status/")[2])
            sentences: Sequence[Any] = [None]
            if leaders:
                sentences = [t[0] for t in tables.evidence.get((story, e), ())]
            for organisation in tables.labels.get(o, ()):
                for person in tables.labels.get(p, ()):
                    for role in tables.prefs.get(r, ()):
                        for sentence in sentences:
                            yield o, (organisation, person, role, status, sentence, story)

    place = functools.cache(_order)

    def held(row: Row) -> tuple[Any, ...]:
        organisation, person, role, status, _, story = row
        return tuple(place(t) for t in (organisation, role, status, person, story))

    def leading(row: Row) -> tuple[Any, ...]:
        organisation, person, role, status, sentence, story = row
        return tuple(place(t) for t in (organisation, role, person, story, status, sentence))

    columns = ("organisation", "person", "role", "status", "sentence", "story")
    yield from _rows("posts", columns, rows(leaders=False), held)
    yield from _rows("leaders", columns, rows(leaders=True), leading)


_QUALIFIERS = {"http://www.w3.org/ns/org#role": 0, BASE + "ontology#status": 1,
               BASE + "ontology#fromSegment": 2, BASE + "ontology#contractValue": 3}


def _edges(store: pyoxigraph.Store, tables: _Tables) -> Iterator[Row]:
    """list-edges.rq's solutions, joined from three scans (the facts from ``assertions.rq``)
    and the labels: a third of the time the engine's own join takes in memory (its OPTIONALs
    each probe every assertion)."""

    quotes: dict[tuple[Any, Any], list[tuple[Any, Any]]] = defaultdict(list)
    for g, e, sentence, story in _table(store, "quotes"):
        quotes[(g, e)].append((sentence, story))
    qualifiers: dict[tuple[Any, Any], tuple[list[Any], ...]] = {}
    for g, a, q, x in _table(store, "qualifiers"):
        found = qualifiers.setdefault((g, a), ([], [], [], []))
        column = _QUALIFIERS[q.value]
        if column == 3:
            found[3].append(x)
        else:
            found[column].extend(tables.prefs.get(x, ()))
    nothing = ([], [], [], [])
    for g, a, s, p, o, confidence, e in tables.facts:
        predicate = _local_name(p)
        roles, statuses, froms, values = qualifiers.get((g, a), nothing)
        for sentence, story in quotes.get((g, e), ()):
            for label in tables.names.get(o) or (None,):
                for role in roles or (None,):
                    for status in statuses or (None,):
                        for left in froms or (None,):
                            for value in values or (None,):
                                yield (s, predicate, o, label, role, status, left, value,
                                       sentence, story, confidence)


_JOINED = {"edges": _edges}
_KINDS = {"edges": ("predicate", "role", "status", "from", "confidence"),
          "leaders": ("role", "status"), "segments-and-ratings": ("relation", "from", "to")}
"""The listings' columns of few values, kept on kind nodes (``_Kinds``)."""
EDGE_COLUMNS = ("subject", "predicate", "object", "objectLabel", "role", "status", "from",
                "value", "sentence", "story", "confidence")
"""The columns of the ``edges`` listing's solutions (``index_nquads``), in order."""


def _unordered(name: str) -> tuple[str, str]:
    """A listing's question without its ``ORDER BY``, and the ``ORDER BY``'s variables."""
    question = listing_question(name)
    match = _ORDER_BY.search(question)
    if match is None:
        raise ValueError(f"list-{name}.rq has no ORDER BY")
    return question[:match.start()], match.group(1)


def _answered(store: pyoxigraph.Store, name: str) -> bytes:
    """The engine's answers to a listing's question, written out as SPARQL results (TSV)."""
    import pyoxigraph

    return store.query(_unordered(name)[0]).serialize(
        format=pyoxigraph.QueryResultsFormat.TSV) or b""


def _listing(store: pyoxigraph.Store, name: str, tables: _Tables,
             answered: Future[bytes] | None = None,
             keep: list[Row] | None = None) -> Iterator[str]:
    """The rows of one listing: its question's solutions (read from ``answered`` if given),
    ranked in its ``ORDER BY`` (a list of projected variables) by ``_order`` rather than by
    the engine, which reads both strings from its dictionary at every comparison. The
    solutions are also added to ``keep``, if given, in the order they came."""
    import pyoxigraph

    question, ordered_by = _unordered(name)
    if answered is not None:
        solutions = pyoxigraph.parse_query_results(answered.result(),
                                                   format=pyoxigraph.QueryResultsFormat.TSV)
    else:
        solutions = store.query(question)
    columns = [variable.value for variable in solutions.variables]
    keys = [columns.index(variable) for variable in re.findall(r"\?(\w+)", ordered_by)]
    answers = _JOINED[name](store, tables) if name in _JOINED else map(tuple, solutions)

    place = functools.cache(_order)  # a label or a story recurs in thousands of rows

    def order(row: Row) -> tuple[Any, ...]:  # ties broken by the other columns: same ranks
        return (*(place(row[k]) for k in keys), *(place(v) for v in row))

    rows = [(None, row) for row in answers]  # read before any is written
    if keep is not None:
        keep.extend(row for _, row in rows)
    return _rows(f"list-{name}", columns, rows, order, _KINDS.get(name, ()))


def index_nquads(store: pyoxigraph.Store, edges: list[Row] | None = None) -> Iterator[str]:
    """The index of ``store`` as N-Quads lines (a few rows' lines at a time). Everything is
    read from ``store`` before the first line comes (the scans, the counts and the listings'
    answers), so the lines may be loaded into ``store`` itself; ``kg build`` writes them
    into the N-Quads file its on-disk store is loaded from.

    The engine answers the listings' questions on a thread of its own, with the GIL released
    (``_answered``), while this one scans the tables and joins the edges: the engine's joins
    with the labels were a quarter of this function's time at 10,000 stories (2.3 of 9.3 s),
    and grew faster than the graph (docs/decisions/20261126-build-speed.md).

    Given ``edges``, the solutions of ``list-edges.rq`` (columns ``EDGE_COLUMNS``) are added
    to it: they are the facts the HTML page draws (``kg.render.read_view``), which ``kg
    build`` would otherwise ask the engine for again (2 s at 10,000 stories)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-index") as engine:
        answered = {name: engine.submit(_answered, store, name)
                    for name in LISTINGS if name not in _JOINED}
        tables = _Tables(store)
        counts = _counts(store)
        first = sorted(LISTINGS, key=lambda name: name not in _JOINED)  # while the engine works
        made = {name: _listing(store, name, tables, answered.get(name),
                               edges if name == "edges" else None) for name in first}
        listings = [made[name] for name in LISTINGS]
    marker = f"<{INDEX_GRAPH}> <{INDEX}version> \"{VERSION}\"^^<{_INTEGER}> .\n"
    return chain([marker], counts, _provenance(tables), _reach(tables), _posts(tables),
                 *listings)


def add_index(store: pyoxigraph.Store) -> None:
    """Precompute the index into the default graph of ``store``, replacing any there.

    ``kg build`` writes it once with its store (``index_nquads``); a graph loaded into memory
    is indexed by ``kg.query.execute`` the first time a query that reads the index runs on it.
    """
    import pyoxigraph

    default = pyoxigraph.DefaultGraph()
    if store.contains_named_graph(pyoxigraph.NamedNode(INDEX_GRAPH)):
        store.remove_graph(pyoxigraph.NamedNode(INDEX_GRAPH))  # where version 2 kept it
    stale = [quad for quad in store.quads_for_pattern(None, None, None, default)
             if quad.predicate.value.startswith(INDEX)]
    for quad in stale:
        store.remove(quad)
    piece: list[str] = []
    size = 0
    for lines in chain(index_nquads(store), [""]):
        piece.append(lines)
        size += len(lines)
        if size > 1 << 24 or not lines:
            store.bulk_load(input="".join(piece).encode("utf-8"),
                            format=pyoxigraph.RdfFormat.N_QUADS)
            piece, size = [], 0


def has_index(store: pyoxigraph.Store) -> bool:
    """Whether ``store`` has this kg's index: an older one (version 1 had neither the listings'
    rows nor per-key columns; version 2 kept its rows in a named graph) would answer the
    shipped queries with nothing."""
    import pyoxigraph

    return pyoxigraph.Quad(pyoxigraph.NamedNode(INDEX_GRAPH),
                           pyoxigraph.NamedNode(INDEX + "version"), pyoxigraph.Literal(VERSION),
                           pyoxigraph.DefaultGraph()) in store

"""Dated corpora built end to end: the seeds with a manifest written for the tests, and short
stories written for the tests (tests/temporal/dated: front matter, a dateline, a manifest,
one undated file). Story metadata and tenures reach the graph, validate, answer "who led X on
DATE" and `kg timeline`, and build byte-identically; undated input says so."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef

from kg.build import build
from kg.cli import cli
from kg.query import load_dataset, load_graph, named_query, run
from kg.query.timeline import timeline
from kg.rdf.namespaces import KG, ORG, RDF, SDO, TIME, XSD
from kg.rdf.validate import violations

ROOT = Path(__file__).resolve().parents[2]
DATED = ROOT / "tests" / "temporal" / "dated"
TRUST = "Leeds Teaching Hospitals NHS Trust"


@pytest.fixture(scope="module")
def dated_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("dated-seeds")
    for path in (ROOT / "seeds").iterdir():
        shutil.copy(path, corpus / path.name)
    shutil.copy(ROOT / "tests" / "data" / "seeds-sources.tsv", corpus / "sources.tsv")
    out = tmp_path_factory.mktemp("out") / "build"
    build([corpus], out)
    return out


@pytest.fixture(scope="module")
def dated_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dated") / "build"
    build([DATED], out)
    return out


def _leads_rows(folder: Path) -> list[dict]:
    rows = [json.loads(line) for line in (folder / "kg.jsonl").read_text().splitlines()]
    return [row for row in rows if row["kind"] == "fact"]


def test_every_dated_seed_story_has_its_date_url_headline_and_publisher(dated_seeds):
    dataset = load_dataset(dated_seeds)
    stories = set(dataset.subjects(RDF.type, KG.Story))
    assert len(stories) > 5
    expected = {"000": Literal("2020-03-18", datatype=XSD.date),
                "001": Literal("2021-02-04", datatype=XSD.date),
                "002": Literal("2022-07", datatype=XSD.gYearMonth),
                "003": Literal("2022-06-09", datatype=XSD.date),
                "004": Literal("2022-11-09", datatype=XSD.date)}
    for story in stories:
        file = str(story).rsplit("/story/", 1)[1][:3]
        assert set(dataset.objects(story, SDO.datePublished)) == {expected[file]}
        assert len(set(dataset.objects(story, SDO.headline))) == 1
        publisher = set(dataset.objects(story, SDO.publisher))
        assert len(publisher) == 1
        assert (publisher.pop(), RDF.type, KG.NewsOutlet) in dataset
    assert violations(dataset) == []


def test_member_during_on_exactly_the_posts_whose_sentences_give_a_time(dated_seeds,
                                                                        dated_build):
    for folder in (dated_seeds, dated_build):
        dataset = load_dataset(folder)
        timed = [row for row in _leads_rows(folder) if row["predicate"] == "leads"
                 and (row["start"] or row["end"])]
        assert timed, folder
        memberships = set(dataset.subjects(RDF.type, ORG.Membership))
        with_interval = {m for m in memberships if (m, ORG.memberDuring, None) in dataset}
        assert len(with_interval) == len(timed)
        for membership in with_interval:
            interval = dataset.value(membership, ORG.memberDuring)
            assert (interval, RDF.type, TIME.Interval) in dataset


def test_tenures_are_owl_time_instants_at_the_precision_given(dated_build):
    dataset = load_dataset(dated_build)
    positions = {str(value): value.datatype
                 for prop in (TIME.inXSDDate, TIME.inXSDgYearMonth, TIME.inXSDgYear)
                 for value in dataset.objects(None, prop)}
    assert positions["2019"] == XSD.gYear
    assert positions["2026-01"] == XSD.gYearMonth
    assert positions["2025-09-10"] == XSD.date
    rated = [a for a in dataset.subjects(RDF.predicate, KG.rated)]
    assert [str(dataset.value(dataset.value(a, TIME.hasTime), TIME.inXSDgYearMonth))
            for a in rated] == ["2021-03"]
    assert violations(dataset) == []


@pytest.mark.parametrize(("day", "expected"), [
    ("2020-06-01", {("Jane Holloway", "chief executive")}),
    ("2025-12-01", set()),
    ("2026-03-01", {("Maria Okonjo", "chief executive")}),
    ("2026-07-01", {("Sam Patel", "chief executive")}),
])
def test_who_led_an_organisation_on_a_date(dated_build, day, expected):
    rows = run(named_query("who-led"), load_graph(dated_build / "kg.trig"),
               {"org": TRUST, "date": day}, union=False).records()
    assert {(r["person"], r["role"]) for r in rows if r["role"] == "chief executive"} \
        == expected
    assert all(r["note"] is None for r in rows)


def test_who_led_says_so_on_undated_input_and_a_bad_date(seed_build):
    graph = load_graph(seed_build.out_dir / "kg.trig")
    rows = run(named_query("who-led"), graph, {"org": "NHS England", "date": "2024-01-01"},
               union=False).records()
    assert [r["note"] for r in rows] == [rows[0]["note"]] and "no story" in rows[0]["note"]
    rows = run(named_query("who-led"), graph, {"org": "NHS England", "date": "May 2024"},
               union=False).records()
    assert any("YYYY-MM-DD" in (r["note"] or "") for r in rows)


def test_timeline_lists_the_posts_in_time_order(dated_build):
    result = timeline(load_graph(dated_build / "kg.trig"), "leeds teaching hospitals nhs trust")
    assert result.organisations == (TRUST,)
    chief = [(p.person, p.status, p.start, p.end, p.story_date) for p in result.posts
             if p.role == "chief executive"]
    assert chief == [
        ("Jane Holloway", "current", "2019", None, "2024-03-05"),
        ("Jane Holloway", "former", None, "2025-09-10", "2025-09-10"),
        ("Maria Okonjo", "designate", "2026-01", None, "2025-09-10"),
        ("Maria Okonjo", "current", None, None, "2026-02-20"),
        ("Sam Patel", "current", None, None, "2026-06-01"),
        ("Tomas Reyes", "current", None, None, None),
    ]


def test_kg_timeline_command(dated_build, seed_build):
    runner = CliRunner()
    result = runner.invoke(cli, ["timeline", "RR8", "--graph", str(dated_build)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{TRUST}: leadership timeline")
    assert "2019       …          2024-03-05  current   Jane Holloway, chief executive" \
        in result.output
    assert "“Jane Holloway has been chief executive of Leeds Teaching Hospitals NHS Trust " \
           "since 2019.”" in result.output
    result = runner.invoke(cli, ["timeline", TRUST, "--graph", str(dated_build),
                                 "--on", "2026-03-01"])
    assert result.exit_code == 0 and "Maria Okonjo, chief executive  [tenure]" in result.output
    assert "Jane Holloway" not in result.output
    result = runner.invoke(cli, ["timeline", "NHS England", "--graph",
                                 str(seed_build.out_dir), "--on", "2024-01-01"])
    assert result.exit_code == 1
    assert "none of the stories about it is dated" in result.output
    result = runner.invoke(cli, ["timeline", "NHS England", "--graph", str(seed_build.out_dir)])
    assert result.exit_code == 0 and "undated: no story here carries a date" in result.output
    result = runner.invoke(cli, ["timeline", "No Such Trust", "--graph", str(dated_build)])
    assert result.exit_code == 1 and "no organisation is named 'No Such Trust'" in result.output


def test_dated_builds_are_byte_identical(dated_build, tmp_path):
    again = tmp_path / "again"
    build([DATED], again)
    for name in ("kg.trig", "kg.ttl", "kg.jsonl"):
        assert (again / name).read_bytes() == (dated_build / name).read_bytes(), name


def _broken(dated_build: Path, change) -> list[str]:
    dataset = load_dataset(dated_build)
    change(dataset)
    return [str(v) for v in violations(dataset)]


def test_shapes_reject_broken_times(dated_build):
    def no_ends(dataset):
        for interval in list(dataset.subjects(RDF.type, TIME.Interval)):
            for prop in (TIME.hasBeginning, TIME.hasEnd):
                dataset.remove((interval, prop, None))

    def backwards(dataset):
        interval = next(i for i in dataset.subjects(TIME.hasBeginning, None)
                        if "2019" in str(dataset.value(i, TIME.hasBeginning)))
        instant = URIRef("https://w3id.org/nhskg/id/time/2018")
        dataset.add((instant, RDF.type, TIME.Instant))
        dataset.add((instant, TIME.inXSDgYear, Literal("2018", datatype=XSD.gYear)))
        dataset.add((interval, TIME.hasEnd, instant))

    def two_positions(dataset):
        instant = URIRef("https://w3id.org/nhskg/id/time/2019")
        dataset.add((instant, TIME.inXSDgYearMonth, Literal("2019-01",
                                                           datatype=XSD.gYearMonth)))

    def two_dates(dataset):
        story = next(iter(dataset.subjects(SDO.datePublished, None)))
        dataset.add((story, SDO.datePublished, Literal("2001-01-01", datatype=XSD.date)))

    def plain_date(dataset):
        story = next(iter(dataset.subjects(RDF.type, KG.Story)))
        dataset.remove((story, SDO.datePublished, None))
        dataset.add((story, SDO.datePublished, Literal("5 March 2024")))

    assert any("has a beginning or an end" in v for v in _broken(dated_build, no_ends))
    assert any("begins after it ends" in v for v in _broken(dated_build, backwards))
    assert any("exactly one position" in v for v in _broken(dated_build, two_positions))
    assert any("datePublished" in v for v in _broken(dated_build, two_dates))
    assert any("datePublished" in v for v in _broken(dated_build, plain_date))


_EXAMPLE = re.compile(r"^```sparql[ \t]*\n(# ([a-z-]+):.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("name", ["dated-stories", "tenures", "held-on-a-date", "event-times"])
def test_ontology_readme_time_examples_answer_on_the_dated_stories(dated_build, name):
    text = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    examples = {match.group(2): match.group(1) for match in _EXAMPLE.finditer(text)}
    store = pyoxigraph.Store()
    store.load(path=str(dated_build / "kg.trig"), format=pyoxigraph.RdfFormat.TRIG)
    rows = run(examples[name], store, union=False).records()
    assert rows
    if name == "held-on-a-date":
        assert {(r["person"], r["role"]) for r in rows} == {("Jane Holloway", "chief executive")}


def test_a_changed_manifest_date_reaches_an_incremental_build(tmp_path):
    corpus = tmp_path / "stories"
    shutil.copytree(DATED, corpus)
    out = tmp_path / "build"
    assert build([corpus], out).dated == 4
    manifest = corpus / "sources.tsv"
    manifest.write_text(manifest.read_text().replace("20 February 2026", "3 March 2026"))
    build([corpus], out)
    fresh = tmp_path / "fresh"
    build([corpus], fresh, incremental=False)
    trig = (out / "kg.trig").read_text()
    assert '"2026-03-03"^^xsd:date' in trig and "2026-02-20" not in trig
    assert trig == (fresh / "kg.trig").read_text()


def test_no_dated_literal_in_the_default_graph(dated_build):
    """The default graph is what an OWL 2 DL reasoner reads; these datatypes are outside the
    OWL 2 datatype map, so every dated triple is in a story graph."""
    dataset = Dataset()
    dataset.parse(dated_build / "kg.trig", format="trig")
    dated = {XSD.date, XSD.gYear, XSD.gYearMonth}
    assert not [t for t in dataset.default_graph if getattr(t[2], "datatype", None) in dated]
    assert any(getattr(o, "datatype", None) in dated
               for _, _, o, _ in dataset.quads((None, None, None, None)))


def test_facts_dated_as_each_file_comes_back_give_the_same_bytes(tmp_path):
    """``kg build`` dates each file's facts as its StoryDocs come back from the workers (and
    a cached file's as it is read), against that file's own stories: the same bytes as one
    process, and as a rebuild from the cache."""
    one = build([DATED], tmp_path / "one", validate=False, jobs=1)
    two = build([DATED], tmp_path / "two", validate=False, jobs=2)
    again = build([DATED], tmp_path / "two", validate=False, jobs=2)
    assert one.dated == two.dated == again.dated == 4 and again.extracted == 0
    for name in ("kg.trig", "kg.ttl", "kg.jsonl", "graph.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()

"""The package's API: the same entities as the CLI, Python offsets,
errors as Python exceptions, extract_many."""

import datetime
import json
import pickle
import threading

import pytest

import kashif
from conftest import TEXTS, as_cli_record, cli_extract


@pytest.mark.parametrize(
    "kwargs,flags",
    [
        ({}, []),
        ({"nested": True}, ["--nested"]),
        ({"types": ["PERS", "GPE"], "document_date": "2025-05-02"}, ["--types", "PERS,GPE", "--date", "2025-05-02"]),
        ({"document_date": datetime.date(2025, 5, 2)}, ["--date", "2025-05-02"]),
        ({"convention": "anercorp"}, ["--convention", "anercorp"]),
    ],
)
def test_same_entities_as_the_cli(extractor, kwargs, flags):
    expected = cli_extract(TEXTS, *flags)
    mine = [[as_cli_record(e) for e in extractor.extract(t, **kwargs)] for t in TEXTS]
    assert mine == expected
    assert sum(map(len, mine)) > 5, "the sample texts have entities"


def test_analyze_gives_the_cli_groups(extractor):
    text = " ".join(TEXTS)
    (record,) = cli_extract([text], "--nested", groups=True)
    entities, groups = extractor.analyze(text, nested=True)
    assert [as_cli_record(e) for e in entities] == record["entities"]
    assert groups == record["groups"] and len(groups) > 5


def test_offsets_are_python_string_indices(extractor):
    for text in TEXTS:
        for e in extractor.extract(text, nested=True):
            assert text[e.start : e.end] == e.text
    emoji = TEXTS[1]
    turkey = next(e for e in extractor.extract(emoji) if e.text == "تركيا")
    assert emoji.index("تركيا") == turkey.start


def test_entity_fields(extractor):
    ents = extractor.extract(TEXTS[0], document_date="2025-05-02")
    date = next(e for e in ents if e.type == "DATE")
    assert date.value == {"iso": "2024-05-06", "calendar": "gregorian"}
    assert date.source == "pattern" and 0 < date.score <= 1 and date.depth == 0
    d = date.as_dict()
    assert set(d) == {"start", "end", "text", "type", "canonical", "value", "source",
                      "score", "depth", "group", "link", "country"}
    json.dumps(d)  # plain data
    assert "Entity(" in repr(date)
    for e in ents:
        copy = pickle.loads(pickle.dumps(e))
        assert copy == e and copy.value == e.value and copy.as_dict() == e.as_dict()
    assert ents[0] == extractor.extract(TEXTS[0], document_date="2025-05-02")[0]


def test_types_as_a_list_or_one_string(extractor):
    text = TEXTS[0]
    as_list = extractor.extract(text, types=["PERS", "GPE"])
    assert as_list and {e.type for e in as_list} <= {"PERS", "GPE"}
    assert extractor.extract(text, types="PERS,GPE") == as_list
    assert extractor.extract_many([text], types="pers, gpe") == [as_list]


def test_errors_are_value_errors_with_the_core_message(extractor):
    with pytest.raises(ValueError, match="unknown entity type"):
        extractor.extract("نص", types=["NOPE"])
    with pytest.raises(ValueError):
        extractor.extract("نص", document_date="2025-02-30")
    with pytest.raises(ValueError):
        extractor.extract_many(["نص"], document_date="yesterday")
    with pytest.raises(TypeError):
        extractor.extract("نص", document_date=3.5)
    with pytest.raises(ValueError, match="convention"):
        extractor.extract("نص", convention="ontonotes")
    with pytest.raises(ValueError, match="2 dates for 1 texts"):
        extractor.extract_many(["نص"], document_date=["2025-01-01", None])


def test_lexicon_as_list_and_file(tmp_path):
    text = "أعلنت خلية التواصل الرقمي عن برنامج جديد في الرباط"
    entries = [{"text": "خلية التواصل الرقمي", "type": "ORG"}, {"text": "الرباط", "never": True}]
    ex = kashif.Extractor(lexicon=entries)
    found = {(e.text, e.type, e.source) for e in ex.extract(text)}
    assert ("خلية التواصل الرقمي", "ORG", "user") in found
    assert not any(t == "الرباط" for t, _, _ in found)
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    assert kashif.Extractor(lexicon=path).extract(text) == ex.extract(text)
    assert kashif.Extractor(lexicon=str(path)).extract(text) == ex.extract(text)
    with pytest.raises(ValueError, match="lexicon"):
        kashif.Extractor(lexicon=[{"text": "س", "type": "NOPE"}])
    with pytest.raises(ValueError, match="lexicon"):
        kashif.Extractor(lexicon=[{"type": "ORG"}])


def test_extract_many_matches_extract_in_order(extractor):
    texts = TEXTS * 25
    dates = ["2025-05-02" if i % 3 else None for i in range(len(texts))]
    many = extractor.extract_many(texts, nested=True, document_date=dates)
    assert len(many) == len(texts)
    for text, date, ents in zip(texts, dates, many):
        assert ents == extractor.extract(text, nested=True, document_date=date)
    assert extractor.extract_many(texts, threads=1) == extractor.extract_many(texts, threads=3)
    assert extractor.extract_many([]) == []


def test_extract_many_releases_the_gil(extractor):
    # While one thread is inside extract_many, another Python thread runs.
    texts = [TEXTS[3] * 40] * 128
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        before = len(ticks)
        extractor.extract_many(texts, threads=2)
        during = len(ticks) - before
    finally:
        done.set()
        t.join()
    assert during > 5

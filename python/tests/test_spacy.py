"""The spaCy component: doc.ents, doc.spans, alignment, displacy."""

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is not installed (pip install ./python[spacy])")

import kashif.spacy  # noqa: E402,F401  (registers the component)
from conftest import TEXTS  # noqa: E402


@pytest.fixture(scope="module", params=["split", "expand"])
def nlp(request):
    nlp = spacy.blank("ar")
    nlp.add_pipe("kashif", config={"align": request.param})
    return nlp


def test_ents_and_spans_hold_every_entity(nlp, extractor):
    align = nlp.get_pipe_config("kashif")["align"]
    for text in TEXTS:
        doc = nlp(text)
        assert doc.text == text
        nested = extractor.extract(text, nested=True)
        top = [e for e in nested if e.depth == 0]
        spans = doc.spans["kashif"]
        assert len(spans) == len(nested), "no entity lost"
        for span, e in zip(spans, nested):
            assert span.label_ == e.type
            assert span._.kashif["canonical"] == e.canonical
            if align == "split":
                assert (span.start_char, span.end_char) == (e.start, e.end)
            else:
                assert span.start_char <= e.start and e.end <= span.end_char
        if align == "split":
            assert [(s.start_char, s.end_char, s.label_) for s in doc.ents] == [
                (e.start, e.end, e.type) for e in top
            ]
        else:
            assert len(doc.ents) <= len(top)


def test_clitic_is_split_off(nlp):
    doc = nlp("وصل الوفد قادما من وتركيا")
    (ent,) = [e for e in doc.ents if e.label_ == "GPE"]
    if nlp.get_pipe_config("kashif")["align"] == "split":
        assert ent.text == "تركيا"
        assert [t.text for t in doc][-2:] == ["و", "تركيا"]
    else:
        assert ent.text == "وتركيا"


def test_document_date_and_pipe(nlp):
    text = "قال الوزير أمس إن الاجتماع سيعقد في الرباط"
    doc = nlp.make_doc(text)
    doc._.document_date = "2025-05-02"
    doc = nlp(doc)
    dates = [s._.kashif["value"] for s in doc.spans["kashif"] if s.label_ == "DATE"]
    assert dates == [{"iso": "2025-05-01", "calendar": "gregorian"}]
    piped = list(nlp.pipe(TEXTS * 3, batch_size=5))
    one_by_one = [nlp(t) for t in TEXTS * 3]
    assert [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in piped] == [
        [(e.start_char, e.end_char, e.label_) for e in d.ents] for d in one_by_one
    ]


def test_displacy_shows_the_entities(nlp):
    from spacy import displacy

    doc = nlp(TEXTS[0])
    html = displacy.render(doc, style="ent", page=False, jupyter=False)
    for ent in doc.ents:
        assert ent.text in html
        assert ent.label_ in html


def test_bad_config_fails_when_added():
    nlp = spacy.blank("ar")
    with pytest.raises(ValueError, match="unknown entity type"):
        nlp.add_pipe("kashif", config={"types": ["NOPE"]})
    with pytest.raises(ValueError, match="align"):
        nlp.add_pipe("kashif", name="k2", config={"align": "guess"})

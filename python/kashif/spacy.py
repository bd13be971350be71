"""A spaCy pipeline component: ``nlp.add_pipe("kashif")``.

>>> import spacy, kashif.spacy
>>> nlp = spacy.blank("ar")
>>> _ = nlp.add_pipe("kashif")
>>> doc = nlp("زار وزير الخارجية الرباط يوم 6 ماي 2024")
>>> [(e.text, e.label_) for e in doc.ents]  # doctest: +SKIP

The component fills

* ``doc.ents``: Kashif's top-level entities (no overlaps), labelled with
  Kashif's kind codes (``PERS``, ``ORG``, ``GPE``, ``DATE``, …), so
  ``displacy.render(doc, style="ent")`` shows them;
* ``doc.spans["kashif"]`` (``spans_key``): every entity, nested ones
  included;
* ``span._.kashif``: the entity's fields as a dict (``canonical``,
  ``value``, ``source``, ``score``, ``depth``, ``group``, ``link``, …).

Kashif finds entities inside words (``وتركيا``: ``تركيا`` after the
proclitic ``و``), while spaCy's Arabic tokenizer keeps such words whole.
With ``align="split"`` (the default) the component splits those tokens at
the entity's edges, so every span is exactly Kashif's; with
``align="expand"`` tokens stay as they are and a span grows to the whole
tokens it touches (spaCy's ``alignment_mode="expand"``). No entity is lost
either way.

``doc._.document_date`` (``"YYYY-MM-DD"`` or a ``datetime.date``), when set
before the component runs, resolves relative dates; otherwise the
``document_date`` of the component's config does.

Importing this module registers the factory; with the package installed,
spaCy also finds it by name through its ``spacy_factories`` entry point.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, List, Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from . import Entity, Extractor

__all__ = ["KashifComponent", "make_kashif"]

if not Doc.has_extension("document_date"):
    Doc.set_extension("document_date", default=None)
if not Span.has_extension("kashif"):
    Span.set_extension("kashif", default=None)

ALIGN_MODES = ("split", "expand")


@Language.factory(
    "kashif",
    default_config={
        "types": None,
        "lexicon": None,
        "document_date": None,
        "spans_key": "kashif",
        "align": "split",
    },
)
def make_kashif(
    nlp: Language,
    name: str,
    types: Optional[List[str]],
    lexicon: Optional[Any],
    document_date: Optional[str],
    spans_key: str,
    align: str,
) -> "KashifComponent":
    """The factory spaCy calls for ``nlp.add_pipe("kashif", config={…})``."""
    return KashifComponent(
        types=types,
        lexicon=lexicon,
        document_date=document_date,
        spans_key=spans_key,
        align=align,
    )


class KashifComponent:
    """Sets ``doc.ents`` and ``doc.spans[spans_key]`` from Kashif's entities."""

    def __init__(
        self,
        types: Optional[Sequence[str]] = None,
        lexicon: Optional[Any] = None,
        document_date: Optional[str] = None,
        spans_key: str = "kashif",
        align: str = "split",
    ) -> None:
        if align not in ALIGN_MODES:
            raise ValueError(f"align: expected one of {ALIGN_MODES}, got {align!r}")
        self.extractor = Extractor(lexicon)
        self.types = list(types) if types else None
        self.document_date = document_date
        self.spans_key = spans_key
        self.align = align
        # Checks the types and the date now, not at the first document.
        self.extractor.extract("", types=self.types, document_date=document_date)

    def __call__(self, doc: Doc) -> Doc:
        ents = self.extractor.extract(
            doc.text, types=self.types, nested=True, document_date=self._date(doc)
        )
        return self._annotate(doc, ents)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """``nlp.pipe``: batches of documents extracted on every core."""
        for batch in minibatch(stream, size=batch_size):
            found = self.extractor.extract_many(
                [doc.text for doc in batch],
                types=self.types,
                nested=True,
                document_date=[self._date(doc) for doc in batch],
            )
            for doc, ents in zip(batch, found):
                yield self._annotate(doc, ents)

    def _date(self, doc: Doc) -> Optional[Any]:
        date = doc._.document_date
        return self.document_date if date is None else date

    def _annotate(self, doc: Doc, ents: List[Entity]) -> Doc:
        if self.align == "split":
            _split_at(doc, ents)
        mode = "strict" if self.align == "split" else "expand"
        spans: List[Span] = []
        top: List[Span] = []
        for e in ents:
            span = doc.char_span(e.start, e.end, label=e.type, alignment_mode=mode)
            if span is None:  # only whitespace: cannot happen for an entity
                continue
            span._.kashif = e.as_dict()
            spans.append(span)
            if e.depth == 0:
                top.append(span)
        doc.spans[self.spans_key] = spans
        # Kashif's top level never overlaps, but two entities in one token
        # can once expanded; the longer (then the earlier) one stays.
        doc.ents = filter_spans(top)
        return doc


def _split_at(doc: Doc, ents: List[Entity]) -> None:
    """Splits the tokens of ``doc`` that an entity starts or ends inside."""
    cuts = sorted({e.start for e in ents} | {e.end for e in ents})
    if not cuts:
        return
    splits = []
    i = 0
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        while i < len(cuts) and cuts[i] <= start:
            i += 1
        inner = []
        j = i
        while j < len(cuts) and cuts[j] < end:
            inner.append(cuts[j] - start)
            j += 1
        if inner:
            edges = [0] + inner + [len(token.text)]
            orths = [token.text[a:b] for a, b in zip(edges, edges[1:])]
            splits.append((token, orths))
    if not splits:
        return
    with doc.retokenize() as retokenizer:
        for token, orths in splits:
            heads = [(token, k) for k in range(len(orths))]
            retokenizer.split(token, orths, heads=heads)

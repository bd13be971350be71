"""Kashif (كاشف): Arabic named-entity extraction with exact offsets.

>>> import kashif
>>> ex = kashif.Extractor()
>>> text = "زار الوفد تركيا والسعودية"
>>> [(e.type, e.text) for e in ex.extract(text, types=["GPE"])]
[('GPE', 'تركيا'), ('GPE', 'السعودية')]
>>> all(text[e.start:e.end] == e.text for e in ex.extract(text))
True

Offsets are Python ``str`` indices; the entities are the ones the
``kashif`` CLI and the web page find for the same text.
``kashif.spacy`` adds a spaCy pipeline component (``pip install kashif[spacy]``).
"""

from ._kashif import Entity, Extractor, __version__

__all__ = ["Entity", "Extractor", "__version__"]

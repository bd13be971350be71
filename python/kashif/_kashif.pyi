"""Type stubs of the native module (``python/src/lib.rs``)."""

import datetime
import os
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

__version__: str

DateLike = Union[str, datetime.date]
LexiconLike = Union[str, "os.PathLike[str]", Sequence[Mapping[str, Any]]]

class Entity:
    """One entity found in a text; ``text[start:end] == entity.text``.

    Read-only attributes.
    """

    start: int  #: index (code points) of the first character
    end: int  #: index just past the last character
    text: str  #: the exact text of the span
    type: str  #: the kind code: "PERS", "ORG", "GPE", "DATE", …
    canonical: str  #: the display form (diacritics, tatweel and proclitic removed)
    #: the typed value: {"iso": …, "calendar": …}, {"amount": …, "currency": …}, a number, or None
    value: Union[None, float, Dict[str, Any]]
    source: str  #: "pattern", "gazetteer", "model" or "user"
    score: float  #: confidence in 0..1
    depth: int  #: 0 for top-level entities, 1 for nested ones
    group: int  #: mentions of the same entity share a group id
    link: Optional[str]  #: the full name of an alias, or the country of a demonym
    country: Optional[str]  #: for a demonym (NORP), the country it refers to
    def as_dict(self) -> Dict[str, Any]:
        """The entity with the keys of the CLI's JSON."""
    def __eq__(self, other: object) -> bool: ...

class Extractor:
    """Finds named entities in Arabic text. Build once, reuse.

    ``lexicon``: a list of ``{"text": …, "type": …}`` / ``{"text": …, "never": True}``
    dicts, or the path of a JSON file holding one. Raises ``ValueError`` for a bad entry.
    """

    def __init__(self, lexicon: Optional[LexiconLike] = None) -> None: ...
    def extract(
        self,
        text: str,
        types: Union[None, str, Sequence[str]] = None,
        nested: bool = False,
        document_date: Optional[DateLike] = None,
        convention: Optional[str] = None,
    ) -> List[Entity]:
        """The entities of ``text``, sorted by start (outer before nested).

        ``convention``: ``"kashif"`` (Wojood's, the default), ``"anercorp"`` or ``"aqmar"``.
        Raises ``ValueError`` for an unknown type, date or convention.
        """
    def analyze(
        self,
        text: str,
        types: Union[None, str, Sequence[str]] = None,
        nested: bool = False,
        document_date: Optional[DateLike] = None,
        convention: Optional[str] = None,
    ) -> Tuple[List[Entity], List[Dict[str, Any]]]:
        """``extract`` and the mention groups (``{"id", "name", "type", "mentions", "variants"}``)."""
    def extract_many(
        self,
        texts: Sequence[str],
        types: Union[None, str, Sequence[str]] = None,
        nested: bool = False,
        document_date: Union[None, DateLike, Sequence[Optional[DateLike]]] = None,
        threads: Optional[int] = None,
        convention: Optional[str] = None,
    ) -> List[List[Entity]]:
        """``extract`` over many texts on every core, the GIL released; results in order."""

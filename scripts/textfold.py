"""The light folding every corpus script applies before counting words:
diacritics, tatweel and direction marks removed, alef forms -> ا,
ى -> ي, ة -> ه (the keys the tagger's word table is looked up by)."""
import re

MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200e\u200f\ufeff]")


def fold(w):
    w = MARKS.sub("", w)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")):
        w = w.replace(a, b)
    return w

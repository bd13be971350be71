"""Shared fixtures: the `kashif` CLI (KASHIF_BIN, else target/debug/kashif)
that the package's results are checked against, and sample texts."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Our own sentences (not from any publication): people, places, bodies,
# dates, amounts, clitics, diacritics, an emoji before Arabic (code points
# vs UTF-16), a relative date, Latin text and an empty line.
TEXTS = [
    "زار وزير الخارجية المغربي ناصر بوريطة العاصمة الفرنسية باريس يوم 6 ماي 2024.",
    "😀 وصل الوفد إلى فيينا قادما من وتركيا والسعودية.",
    "أعلنت وزارة الاقتصاد والمالية عن ميزانية قدرها 3 ملايين درهم، أي نحو 12% من المبلغ.",
    "قالَ الرئيسُ عبد المجيد تبون أمس إن الجزائر ستستضيف القمة في شهر رمضان 1445.",
    "اجتمع مجلس الأمن الدولي في نيويورك، وحضر ممثلو الاتحاد الأوروبي والأمم المتحدة.",
    "Plain English text without Arabic.",
    "",
    "تبعد المدينة 40 كيلومترا عن الرباط، ويمكن التواصل عبر info@example.org أو #أخبار_اليوم.",
]


def kashif_bin() -> str:
    return os.environ.get("KASHIF_BIN") or str(REPO / "target" / "debug" / "kashif")


def cli_extract(texts, *flags, groups=False):
    """The CLI's entities for each text (`kashif extract --jsonl FLAGS`),
    or its whole records with `groups=True`."""
    exe = kashif_bin()
    if not Path(exe).exists():
        pytest.fail(f"{exe} is missing: run `cargo build --bin kashif` or set KASHIF_BIN")
    lines = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    out = subprocess.run(
        [exe, "extract", "--jsonl", *flags],
        input=lines.encode(),
        capture_output=True,
        check=True,
    )
    records = [json.loads(l) for l in out.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == list(range(len(texts)))
    return records if groups else [r["entities"] for r in records]


def as_cli_record(entity) -> dict:
    """A package entity as the CLI writes it (no `link`/`country` when absent)."""
    d = entity.as_dict()
    for key in ("link", "country"):
        if d[key] is None:
            del d[key]
    return d


@pytest.fixture(scope="session")
def extractor():
    import kashif

    return kashif.Extractor()

"""examples/spark_archive.py in Spark local mode, against the CLI."""

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install ./python[spark])")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from conftest import REPO, TEXTS, cli_extract  # noqa: E402

SCRIPT = REPO / "examples" / "spark_archive.py"


def archive():
    """Documents made of the sample texts; every other one has a date."""
    docs = []
    for i in range(60):
        text = " ".join(TEXTS[j % len(TEXTS)] for j in range(i % 5, i % 5 + 1 + i % 3))
        doc = {"id": f"doc-{i}", "text": text}
        if i % 2:
            doc["date"] = "2025-05-02"
        docs.append(doc)
    return docs


def cli_rows(docs):
    """The entity rows the job must write, from the CLI."""
    rows = []
    for dated in (False, True):
        part = [d for d in docs if ("date" in d) == dated]
        flags = ["--date", "2025-05-02"] if dated else []
        for doc, ents in zip(part, cli_extract([d["text"] for d in part], *flags)):
            for e in ents:
                rows.append((doc["id"], e["start"], e["end"], e["type"], e["text"], e["canonical"],
                             None if e["value"] is None else json.dumps(e["value"], sort_keys=True)))
    return sorted(rows, key=repr)


def job_rows(out):
    df = pd.read_parquet(out / "entities")
    assert list(df.columns) == ["id", "start", "end", "type", "text", "canonical", "value"]
    rows = [
        (r.id, int(r.start), int(r.end), r.type, r.text, r.canonical,
         None if pd.isna(r.value) else json.dumps(json.loads(r.value), sort_keys=True))
        for r in df.itertuples(index=False)
    ]
    return sorted(rows, key=repr)


def run_job(*args):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    out = subprocess.run(
        # A small job: fewer shuffle partitions than Spark's default 200, no UI.
        [sys.executable, str(SCRIPT), "--master", "local[2]", "--conf", "spark.sql.shuffle.partitions=4",
         "--conf", "spark.ui.enabled=false", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert out.returncode == 0, out.stderr[-4000:]
    return out


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_archive_job_writes_the_cli_entities(tmp_path, fmt):
    docs = archive()
    folder = tmp_path / "archive"
    folder.mkdir()
    halves = [docs[: len(docs) // 2], docs[len(docs) // 2 :]]
    for k, half in enumerate(halves):
        if fmt == "jsonl":
            with open(folder / f"part-{k}.jsonl", "w", encoding="utf-8") as f:
                for d in half:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
        else:
            pd.DataFrame(half, columns=["id", "text", "date"]).to_parquet(folder / f"part-{k}.parquet")
    out = tmp_path / "out"
    run_job(folder, out)

    expected = cli_rows(docs)
    assert len(expected) > 100
    assert job_rows(out) == expected

    freq = pd.read_parquet(out / "frequencies")
    counts = Counter((r[3], r[5]) for r in expected)
    documents = Counter((t, c) for (_, t, c) in {(r[0], r[3], r[5]) for r in expected})
    got = {(r.type, r.canonical): (int(r.mentions), int(r.documents)) for r in freq.itertuples(index=False)}
    assert got == {k: (n, documents[k]) for k, n in counts.items()}


def test_bad_type_fails_before_spark_starts(tmp_path):
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--types", "NOPE", str(tmp_path), str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode != 0
    assert "unknown entity type" in out.stderr


def test_one_extractor_per_worker_process(monkeypatch):
    """entity_rows (what each executor's Python worker runs) builds the
    extractor once, not per batch or per row."""
    import importlib.util

    import kashif

    spec = importlib.util.spec_from_file_location("spark_archive", SCRIPT)
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)
    built = []
    real = kashif.Extractor

    def counting(*args):
        built.append(1)
        return real(*args)

    monkeypatch.setattr(kashif, "Extractor", counting)
    batch = pd.DataFrame({"id": ["a", "b"], "text": [TEXTS[0], TEXTS[1]], "date": [None, "2025-05-02"]})
    first = list(job.entity_rows(iter([batch, batch]), None, False))
    second = list(job.entity_rows(iter([batch]), None, False))
    assert len(built) == 1
    assert len(first) == 2 and len(second) == 1
    assert first[0].equals(second[0]) and len(first[0]) > 3

"""Named entities of a whole news archive, with Apache Spark.

    spark-submit examples/spark_archive.py ARCHIVE OUT [--types PERS,ORG] [--nested]
    python examples/spark_archive.py --master 'local[2]' ARCHIVE OUT

ARCHIVE is a folder (or file, or glob) of JSON Lines or Parquet with the
columns ``id``, ``text`` and, optionally, ``date`` (``YYYY-MM-DD``: the
article's date, for relative dates such as "yesterday"). The job writes

* ``OUT/entities/``: Parquet, one row per entity: ``id``, ``start``,
  ``end`` (Python string indices into ``text``), ``type``, ``text``,
  ``canonical`` and ``value`` (JSON, or null);
* ``OUT/frequencies/``: Parquet, one row per (``type``, ``canonical``) with
  ``mentions`` and ``documents``, most mentioned first within each type.

Entities are extracted inside the executors (``mapInPandas``) by the
``kashif`` package, which every executor needs (see the README: a wheel
installed on the nodes, or shipped with ``--archives``/``--py-files``).
Each Python worker process builds one ``Extractor`` and reuses it for every
batch it is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Iterator, Optional

import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import (
    LongType,
    StringType,
    StructField,
    StructType,
)

ENTITY_SCHEMA = StructType(
    [
        StructField("id", StringType(), False),
        StructField("start", LongType(), False),
        StructField("end", LongType(), False),
        StructField("type", StringType(), False),
        StructField("text", StringType(), False),
        StructField("canonical", StringType(), False),
        StructField("value", StringType(), True),
    ]
)

_EXTRACTOR = None


def extractor():
    """This worker process's extractor, built at its first batch."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import kashif

        _EXTRACTOR = kashif.Extractor()
    return _EXTRACTOR


def entity_rows(
    batches: Iterator[pd.DataFrame], types: Optional[list], nested: bool
) -> Iterator[pd.DataFrame]:
    """mapInPandas: documents (id, text, date) in, entities out."""
    ex = extractor()
    for docs in batches:
        dates = [d if isinstance(d, str) and d else None for d in docs["date"]]
        found = ex.extract_many(
            [t if isinstance(t, str) else "" for t in docs["text"]],
            types=types,
            nested=nested,
            document_date=dates,
            # Spark already runs one task per core.
            threads=1,
        )
        rows = {name: [] for name in ENTITY_SCHEMA.names}
        for doc_id, ents in zip(docs["id"], found):
            for e in ents:
                rows["id"].append(doc_id)
                rows["start"].append(e.start)
                rows["end"].append(e.end)
                rows["type"].append(e.type)
                rows["text"].append(e.text)
                rows["canonical"].append(e.canonical)
                rows["value"].append(
                    None if e.value is None else json.dumps(e.value, ensure_ascii=False)
                )
        yield pd.DataFrame(rows, columns=ENTITY_SCHEMA.names)


def read_archive(spark: SparkSession, path: str, fmt: str) -> DataFrame:
    """The archive as (id: string, text: string, date: string or null)."""
    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") or _has_parquet(spark, path) else "json"
    docs = spark.read.parquet(path) if fmt == "parquet" else spark.read.json(path)
    missing = {"id", "text"} - set(docs.columns)
    if missing:
        raise SystemExit(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    date = F.col("date").cast("string") if "date" in docs.columns else F.lit(None).cast("string")
    return docs.select(
        F.col("id").cast("string").alias("id"),
        F.col("text").cast("string").alias("text"),
        date.alias("date"),
    )


def _has_parquet(spark: SparkSession, path: str) -> bool:
    jvm = spark.sparkContext._jvm  # Hadoop's file system: local, HDFS, S3, …
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    statuses = fs.globStatus(hpath) or []
    for status in statuses:
        children = fs.listStatus(status.getPath()) if status.isDirectory() else [status]
        if any(c.getPath().getName().endswith(".parquet") for c in children):
            return True
    return False


def run(
    spark: SparkSession,
    archive: str,
    out: str,
    fmt: str = "auto",
    types: Optional[list] = None,
    nested: bool = False,
) -> None:
    """Reads the archive, writes OUT/entities and OUT/frequencies."""
    docs = read_archive(spark, archive, fmt)
    # A few large files make fewer partitions than cores: spread them.
    cores = spark.sparkContext.defaultParallelism
    if docs.rdd.getNumPartitions() < cores:
        docs = docs.repartition(cores)
    entities = docs.mapInPandas(
        lambda batches: entity_rows(batches, types, nested), schema=ENTITY_SCHEMA
    )
    entities.write.mode("overwrite").parquet(f"{out}/entities")
    # Read back what was written: the extraction runs once.
    written = spark.read.parquet(f"{out}/entities")
    frequencies = (
        written.groupBy("type", "canonical")
        .agg(F.count("*").alias("mentions"), F.countDistinct("id").alias("documents"))
        .orderBy("type", F.desc("mentions"), "canonical")
    )
    frequencies.write.mode("overwrite").parquet(f"{out}/frequencies")


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", help="folder, file or glob of JSON Lines or Parquet")
    parser.add_argument("out", help="output folder (entities/ and frequencies/)")
    parser.add_argument("--format", choices=["auto", "json", "parquet"], default="auto")
    parser.add_argument("--types", help="only these types, comma-separated (e.g. PERS,ORG,GPE)")
    parser.add_argument("--nested", action="store_true", help="also entities nested in others")
    parser.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    parser.add_argument(
        "--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)"
    )
    args = parser.parse_args(argv)
    types = [t.strip() for t in args.types.split(",")] if args.types else None
    if types:
        import kashif

        kashif.Extractor().extract("", types=types)  # a bad type fails here, not in a task
    builder = SparkSession.builder.appName("kashif-archive")
    if args.master:
        builder = builder.master(args.master)
    for setting in args.conf:
        key, _, value = setting.partition("=")
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        started = time.perf_counter()
        run(spark, args.archive, args.out, args.format, types, args.nested)
        print(f"extracted in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        top = spark.read.parquet(f"{args.out}/frequencies").limit(20).toPandas()
        print(top.to_string(index=False))
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

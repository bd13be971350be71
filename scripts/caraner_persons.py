#!/usr/bin/env python3
"""CAraNER's persons as a CoNLL file, for `kashif eval`.

CAraNER (../shared/data/caraner/CAraNER.csv, Saudi news on COVID-19; never
trained on) is a CSV of one word a row with two annotators' labels, the
agreed one and a revised one. This writes the revised labels in the
`token TAG` form `kashif eval` reads, a blank line between sentences, with
persons only (`B_PER`/`I_PER` as `B-PERS`/`I-PERS`, every other label `O`):
its titles, organisations and places follow a convention of their own.

    python3 scripts/caraner_persons.py ../shared/data/caraner/CAraNER.csv > /tmp/caraner_pers.txt
    kashif eval --conll /tmp/caraner_pers.txt --convention kashif --types PERS

Corpus text: write the output outside the repository.
"""

import csv
import sys


def main(path: str) -> None:
    out = sys.stdout
    sentence = None
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if sentence is not None and row["Sentence_ID"] != sentence:
                out.write("\n")
            sentence = row["Sentence_ID"]
            label = row["Revised_Label"]
            tag = {"B_PER": "B-PERS", "I_PER": "I-PERS"}.get(label, "O")
            out.write(f"{row['Word']} {tag}\n")
    if sentence is not None:
        out.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: caraner_persons.py CAraNER.csv > out.txt")
    main(sys.argv[1])

#!/usr/bin/env python3
"""Prints the text of a CoNLL file (word per line, blank line between
sentences) as plain text: one sentence per line, words joined by spaces.

    scripts/conll_text.py ../shared/data/anercorp-camel/ANERCorp_CamelLab_train.reconstructed.txt > /tmp/aner.txt

Used to benchmark on real news text (benches/); the output is corpus
text and must not be committed.
"""
import sys

def main(path):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                words.append(line.split()[0])
            elif words:
                print(" ".join(words))
                words = []
    if words:
        print(" ".join(words))

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])

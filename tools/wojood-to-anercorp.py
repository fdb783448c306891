#!/usr/bin/env python3
"""Converts Wojood (SinaLab/ArabicNER, MIT; nested tags, outermost first) to ANERcorp's flat scheme so
that `mirsad eval ner --all` can score the tagger on text from another source: the outermost tag only;
PERS -> PERS, ORG -> ORG, GPE/LOC/FAC -> LOC, everything else (dates, money, OCC, NORP, EVENT ...) -> O.
Usage: python3 tools/wojood-to-anercorp.py ../shared/data/ner/wojood-sample/test.txt > /tmp/wojood-test.txt"""
import sys

MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
for line in open(sys.argv[1], encoding="utf-8"):
    f = line.split()
    if not f:
        print()
        continue
    tag = f[1]
    kind = tag[2:] if tag != "O" else ""
    print(f[0], f"{tag[:2]}{MAP[kind]}" if kind in MAP else "O")

#!/usr/bin/env python3
"""Derives mirsad-core/src/main/resources/org/mirsad/gazetteer/mledoze_countries_ar.tsv from
mledoze/countries (countries.json @5e9f3700, ODbL 1.0): only the fields Mirsad uses.
Usage: python3 tools/extract-mledoze-countries.py ../shared/data/gazetteer/mledoze_countries.json > OUT"""
import json, sys

rows = json.load(open(sys.argv[1], encoding="utf-8"))
print("# Derived from mledoze/countries @5e9f370050f83ad2ba4cb885f75d66114badf72c (ODbL 1.0, see NOTICE-gazetteer.txt)")
print("# alpha3\tenglish_common\tarabic_common\tarabic_official")
for c in sorted(rows, key=lambda c: c["cca3"]):
    ara = c.get("translations", {}).get("ara", {})
    print("\t".join([c["cca3"].lower(), c["name"]["common"], ara.get("common", ""), ara.get("official", "")]))

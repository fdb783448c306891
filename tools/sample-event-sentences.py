#!/usr/bin/env python3
"""Samples real SaudiNewsNet sentences for hand annotation of sentence-level events.

Usage: python3 tools/sample-event-sentences.py SAUDINEWSNET_DIR EXCLUDE.tsv[,MORE.tsv] SEED N_ATTACK N_PROTEST N_OTHER

Prints one line per sentence: file, record, start, length (code points of the record's content),
the first 12 hex digits of the SHA-1 of the sentence, then the sentence itself (for the annotator
only: the committed set keeps the pointer columns and the labels, never the text). Records named in
EXCLUDE.tsv (the development set) are skipped, so the sample is text the lexicon was not tuned on.
"""
import gzip, hashlib, json, os, random, re, sys

ATTACK = re.compile(r"(قتل|هجوم|هجمات|قصف|اغتيال|تفجير|انفجار|اشتباك|غارة|غارات|استهداف|مسلح|انتحاري)")
PROTEST = re.compile(r"(تظاهر|مظاهر|احتجاج|اعتصام|مسيرة|إضراب|اضراب|محتج)")
SENTENCE = re.compile(r"[^.!؟?\n]+[.!؟?]?")


def main():
    corpus, exclude, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    wanted = [int(x) for x in sys.argv[4:7]]
    skip = set()
    for path in exclude.split(","):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                c = line.split("\t")
                skip.add((c[0], int(c[1])))
    pools = [[], [], []]
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".json.gz"):
            continue
        with gzip.open(os.path.join(corpus, name), "rt", encoding="utf-8") as f:
            records = json.load(f)
        for number, r in enumerate(records, 1):
            if (name, number) in skip:
                continue
            content = r.get("content") or ""
            for m in SENTENCE.finditer(content):
                s = m.group(0).strip()
                if len(s) < 40 or len(s) > 400:
                    continue
                start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
                kind = 0 if ATTACK.search(s) else 1 if PROTEST.search(s) else 2
                pools[kind].append((name, number, start, len(s), s))
    rng = random.Random(seed)
    for kind in range(3):
        for name, number, start, length, s in rng.sample(pools[kind], wanted[kind]):
            sha = hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]
            print(f"{name}\t{number}\t{start}\t{length}\t{sha}\t{s}")


if __name__ == "__main__":
    main()

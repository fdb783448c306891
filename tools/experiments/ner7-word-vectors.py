#!/usr/bin/env python3
"""Seventh NER round (docs/entities.md): dense word vectors from unlabelled news for the contextual tagger
experiment (ner7-cnn.py). The same spectral embedding as the word clusters and word types
(tools/train-word-clusters.py's `sentences` and `spectral`, imported, not copied): log counts of the 1,000 most
frequent words at +-1 and the 500 most frequent at +-2, PCA to DIMS dimensions, rows of length 1. Only a
scratch .npz is written (outside the repository): words and their vectors.

Usage: OPENBLAS_NUM_THREADS=1 python3 tools/experiments/ner7-word-vectors.py ../shared/data/news/saudinewsnet /tmp/ner7-vectors.npz
"""
import collections, importlib.util, os, sys
for _var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[_var] = '1'
import numpy as np

_spec = importlib.util.spec_from_file_location(
    'clusters', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'train-word-clusters.py'))
clusters = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(clusters)

VOCAB, NEAR, FAR, DIMS, MIN_COUNT = 100_000, 1000, 500, 100, 5


def main(root, out):
    sents = list(clusters.sentences(root))
    counts = collections.Counter(t for s in sents for t in s)
    vocab = [w for w, c in counts.most_common(VOCAB) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    rows, cols = [], []
    for s in sents:
        ids = [index.get(t, -1) for t in s]
        n = len(s)
        for i, w in enumerate(ids):
            if w < 0:
                continue
            for off, size, base in ((-1, NEAR, 0), (1, NEAR, NEAR), (-2, FAR, 2 * NEAR), (2, FAR, 2 * NEAR + FAR)):
                j = i + off
                c = ids[j] if 0 <= j < n else size - 1  # the sentence edge shares the last slot
                if 0 <= c < size:
                    rows.append(w); cols.append(base + c)
    x = clusters.spectral(rows, cols, (len(vocab), 2 * NEAR + 2 * FAR), DIMS)
    np.savez(out, words=np.array(vocab, dtype=object), vectors=x.astype(np.float32))
    print(f'{len(sents)} lines, {len(vocab)} words, {DIMS} dims -> {out}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])

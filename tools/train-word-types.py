#!/usr/bin/env python3
"""Name-likeness of words, for the NER tagger: how much a word looks like a person, place, organisation
or other name, judged by the company it keeps in unlabelled news (SaudiNewsNet, CC BY-NC-SA 4.0).

Every frequent news word gets a context vector (log counts of the 1,000 most frequent words one place
before and after it, and of the 500 most frequent two places before and after), reduced to 200
dimensions by PCA. A small neural network (one tanh layer of 128 units, softmax output) learns, from the words of ANERcorp's training part (never its
held-out last tenth), which context vectors belong to words tagged PERS, LOC, ORG, MISC or O there,
and then scores every news word. The scores are cross-fitted: a word labelled in ANERcorp gets its score
from the models trained on the other folds of words, never from its own label, so the tagger does not
learn to trust a feature that is only exact on its own training words. Only the derived table ships
(word -> four percentages), never the corpus text.

Measured (5-fold cross-validation on ANERcorp's training part, `mirsad train ner --folds 5`): a plain
softmax regression instead of the hidden layer gave 0.747 F1, the network 0.754.
Takes 3-10 minutes on a shared 2-core machine; set WORD_TYPES_CACHE=/tmp/x.npz to keep the context
vectors between runs.

Usage: python3 tools/train-word-types.py ../shared/data/news/saudinewsnet ../shared/data/ner/anercorp-train.txt \
          mirsad-core/src/main/resources/org/mirsad/ner/word-types.tsv.gz
"""
import collections, gzip, importlib.util, os, sys
import numpy as np

spec = importlib.util.spec_from_file_location('clusters', os.path.join(os.path.dirname(__file__), 'train-word-clusters.py'))
clusters = importlib.util.module_from_spec(spec)
spec.loader.exec_module(clusters)

VOCAB, NEAR, FAR, DIMS, MIN_COUNT, FOLDS = 100_000, 1000, 500, 200, 5, 5
TYPES = ['O', 'PERS', 'LOC', 'ORG', 'MISC']


def context_vectors(sents, vocab):
    index = {w: i for i, w in enumerate(vocab)}
    near = {w: i for i, w in enumerate(vocab[:NEAR])}
    far = {w: i for i, w in enumerate(vocab[:FAR])}
    width = 2 * NEAR + 2 * FAR
    rows, cols = [], []
    for s in sents:
        ids = [index.get(t, -1) for t in s]
        n = len(s)
        for i, w in enumerate(ids):
            if w < 0:
                continue
            for offset, table, base, size in ((-1, near, 0, NEAR), (1, near, NEAR, NEAR),
                                              (-2, far, 2 * NEAR, FAR), (2, far, 2 * NEAR + FAR, FAR)):
                j = i + offset
                c = table.get(s[j], -1) if 0 <= j < n else size - 1
                if c >= 0:
                    rows.append(w); cols.append(base + c)
    return clusters.spectral(rows, cols, (len(vocab), width), DIMS)


def anercorp_types(path):
    """Normalised word -> counts per type over ANERcorp's training part (all but the last tenth of sentences)."""
    sents, cur = [], []
    for line in open(path, encoding='utf-8'):
        f = line.split()
        if not f:
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append((f[0], f[-1]))
    if cur:
        sents.append(cur)
    train = sents[:len(sents) - len(sents) // 10]
    counts = collections.defaultdict(lambda: np.zeros(len(TYPES)))
    for s in train:
        for tok, tag in s:
            w = clusters.normalize(tok)
            if w:
                counts[w][TYPES.index(tag[2:] if tag != 'O' else 'O')] += 1
    return counts


def fit_mlp(x, y, weight, hidden=128, iters=600, l2=1e-4, rate=0.01, seed=20261206):
    """One tanh hidden layer and a softmax, full-batch Adam; x has a bias column."""
    rng = np.random.default_rng(seed)
    params = [rng.normal(0, 1 / np.sqrt(x.shape[1]), (x.shape[1], hidden)), np.zeros(hidden),
              rng.normal(0, 1 / np.sqrt(hidden), (hidden, y.shape[1])), np.zeros(y.shape[1])]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    total = weight.sum()
    for t in range(1, iters + 1):
        w1, b1, w2, b2 = params
        h = np.tanh(x @ w1 + b1)
        z = h @ w2 + b2
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        dz = (p - y) * weight[:, None] / total
        dh = (dz @ w2.T) * (1 - h * h)
        grads = [x.T @ dh + l2 * w1, dh.sum(0), h.T @ dz + l2 * w2, dz.sum(0)]
        for k in range(4):
            m[k] = 0.9 * m[k] + 0.1 * grads[k]
            v[k] = 0.999 * v[k] + 0.001 * grads[k] ** 2
            params[k] -= rate * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
    return params


def predict_mlp(x, params):
    w1, b1, w2, b2 = params
    z = np.tanh(x @ w1 + b1) @ w2 + b2
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def main(news, anercorp, out):
    cache = os.environ.get('WORD_TYPES_CACHE')  # a .npz file: reuse the context vectors between runs
    if cache and os.path.exists(cache):
        z = np.load(cache, allow_pickle=False)
        vocab, x = list(z['vocab']), z['x']
    else:
        sents = list(clusters.sentences(news))
        counts = collections.Counter(t for s in sents for t in s)
        vocab = [w for w, c in counts.most_common(VOCAB) if c >= MIN_COUNT]
        x = context_vectors(sents, vocab)
        if cache:
            np.savez(cache, vocab=np.array(vocab), x=x)
    x = np.hstack([x, np.ones((len(vocab), 1), dtype=np.float32)]).astype(np.float64)
    labelled = anercorp_types(anercorp)
    rows = [i for i, w in enumerate(vocab) if w in labelled]
    y = np.array([labelled[vocab[i]] / labelled[vocab[i]].sum() for i in rows])
    weight = np.array([np.sqrt(labelled[vocab[i]].sum()) for i in rows])
    fold = np.array([hash_fold(vocab[i]) for i in rows])
    rows = np.array(rows)
    probs = np.zeros((len(vocab), len(TYPES)))
    out_of_fold = np.zeros((len(rows), len(TYPES)))
    for f in range(FOLDS):
        p = predict_mlp(x, fit_mlp(x[rows[fold != f]], y[fold != f], weight[fold != f]))
        probs += p / FOLDS
        out_of_fold[fold == f] = p[rows[fold == f]]
    # a labelled word keeps only the score of the model that never saw its label
    probs[rows] = out_of_fold
    agree = np.mean(np.argmax(probs[rows], 1) == np.argmax(y, 1))
    with gzip.open(out, 'wt', encoding='utf-8', compresslevel=9) as f:
        f.write('# word\tPERS\tLOC\tORG\tMISC (percent): name-likeness from SaudiNewsNet contexts, by tools/train-word-types.py\n')
        for i, w in enumerate(vocab):
            pct = [int(round(100 * p)) for p in probs[i][1:]]
            if max(pct) >= 1:
                f.write(w + '\t' + '\t'.join(map(str, pct)) + '\n')
    print(f'{len(vocab)} words, {len(rows)} labelled by ANERcorp, out-of-fold agreement {agree:.3f} -> {out}', file=sys.stderr)


def hash_fold(word):
    h = 0
    for ch in word:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h % FOLDS


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3])

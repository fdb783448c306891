#!/usr/bin/env python3
"""Word clusters for the NER tagger, from unlabelled Arabic news (SaudiNewsNet, CC BY-NC-SA 4.0).

Distributional clustering in the spirit of Brown clusters (Brown et al. 1992; used for NER by
Ratinov and Roth 2009): every frequent word gets a vector of the words seen just before and just
after it (log counts over the 1,000 most frequent context words), reduced to 100 dimensions by
PCA, then spherical k-means into 1,024 fine clusters; the fine centroids are clustered again into
128 and 16 coarser clusters, so each word has three nested ids. Only the derived table ships
(word -> ids), never the corpus text.

Usage: python3 tools/train-word-clusters.py ../shared/data/news/saudinewsnet \
          mirsad-core/src/main/resources/org/mirsad/ner/word-clusters.tsv.gz
Words are keyed by a normalisation that mirrors org.mirsad.text.ArabicNormalizer (alef forms,
alef maksura, teh marbuta, keheh, diacritics, tatweel, Arabic-Indic digits).
"""
import gzip, io, json, os, re, sys, collections
# one BLAS thread: a threaded matrix product sums in an order that depends on the thread count, and the
# k-means steps downstream turn its last-bit differences into different cluster ids
for _var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[_var] = '1'
import numpy as np

FOLD = {'\u0622': '\u0627', '\u0623': '\u0627', '\u0625': '\u0627', '\u0671': '\u0627',
        '\u0649': '\u064a', '\u06cc': '\u064a', '\u06d2': '\u064a',
        '\u0629': '\u0647', '\u06d5': '\u0647', '\u06c0': '\u0647', '\u06c1': '\u0647',
        '\u06a9': '\u0643'}
for d in range(10):
    FOLD[chr(0x0660 + d)] = str(d)
    FOLD[chr(0x06f0 + d)] = str(d)
MARKS = re.compile('[\u064b-\u065f\u0670\u0640\u06d6-\u06ed]')
TOKEN = re.compile(r'[\u0600-\u06ff\w]+|[^\s\w]', re.UNICODE)
TABLE = str.maketrans(FOLD)

VOCAB, CONTEXT, DIMS, FINE, MID, COARSE, MIN_COUNT = 100_000, 1000, 100, 1024, 128, 16, 5


def normalize(w):
    return MARKS.sub('', w).translate(TABLE)


def sentences(root, keep_empty=False):
    """The news as lists of normalised tokens, a list per line. With keep_empty, a token that normalises to
    nothing (a lone tatweel) stays as the empty word: the clusters keep it (the shipped table always had it,
    and dropping it cost 1.6 F1 points, docs/entities.md); train-word-types.py does not."""
    for name in sorted(os.listdir(root)):
        if not name.endswith('.json.gz'):
            continue
        with gzip.open(os.path.join(root, name), 'rt', encoding='utf-8') as f:
            for art in json.load(f):
                for part in (art.get('title') or '', art.get('content') or ''):
                    for line in part.split('\n'):
                        toks = [n for n in (normalize(t) for t in TOKEN.findall(line)) if n or keep_empty]
                        if toks:
                            yield toks


def kmeans(x, k, iters, rng):
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.empty(len(x), dtype=np.int64)
        for s in range(0, len(x), 20000):
            assign[s:s + 20000] = np.argmax(x[s:s + 20000] @ c.T, axis=1)
        for j in range(k):
            m = x[assign == j]
            if len(m):
                v = m.sum(0)
                c[j] = v / (np.linalg.norm(v) + 1e-9)
    return assign, c


def spectral(rows, cols, shape, dims):
    """Word vectors from context counts (a count at each (row, col) pair): log counts, each row scaled to
    length 1, columns centred, projected on the `dims` leading principal directions, rows scaled to length
    1 again. Shared with train-word-types.py."""
    m = np.zeros(shape, dtype=np.float32)
    np.add.at(m, (np.array(rows), np.array(cols)), 1.0)
    m = np.log1p(m)
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    m -= m.mean(0)
    _, vecs = np.linalg.eigh(m.T @ m)
    x = m @ vecs[:, -dims:]
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    return x


def main(root, out):
    sents = list(sentences(root, keep_empty=True))
    counts = collections.Counter(t for s in sents for t in s)
    vocab = [w for w, c in counts.most_common(VOCAB) if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXT])}
    rows, cols = [], []
    for s in sents:
        ids = [index.get(t, -1) for t in s]
        cids = [ctx.get(t, -1) for t in s]
        for i, w in enumerate(ids):
            if w < 0:
                continue
            left = cids[i - 1] if i > 0 else CONTEXT - 1
            right = cids[i + 1] if i + 1 < len(s) else CONTEXT - 1
            if left >= 0:
                rows.append(w); cols.append(left)
            if right >= 0:
                rows.append(w); cols.append(CONTEXT + right)
    x = spectral(rows, cols, (len(vocab), 2 * CONTEXT), DIMS)
    rng = np.random.default_rng(20261123)
    fine, centroids = kmeans(x.astype(np.float32), FINE, 12, rng)
    mid_of_fine, mid_c = kmeans(centroids, MID, 20, rng)
    coarse_of_mid, _ = kmeans(mid_c, COARSE, 20, rng)
    # no name and mtime=0 in the gzip header, which would otherwise carry the output's name and the time of
    # the run: the same input then gives the same bytes
    with open(out, 'wb') as file, gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=file, mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding='utf-8') as f:
        f.write('# word\tfine(1024)\tmid(128)\tcoarse(16): derived from SaudiNewsNet by tools/train-word-clusters.py\n')
        for w, c in zip(vocab, fine):
            mid = mid_of_fine[c]
            f.write(f'{w}\t{c}\t{mid}\t{coarse_of_mid[mid]}\n')
    print(f'{len(sents)} lines, {sum(counts.values())} tokens, {len(vocab)} words clustered -> {out}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])

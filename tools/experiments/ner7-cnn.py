#!/usr/bin/env python3
"""Seventh NER round (docs/entities.md, issue 6): how far does a small contextual tagger go on ANERcorp?

An iterated dilated CNN (Strubell et al. 2017) with a linear-chain CRF on top, forward and backward passes
written by hand in numpy (no other library; `--gradcheck` compares them with finite differences on a tiny
case). Inputs are the shipped CRF's own word-level evidence, dumped by NerDump.java (normalised form, stem,
prefixes 1-3, suffixes 1-4, shape, length, name-list bits, the three cluster ids, the four news word-type
percentages, trigger and gazetteer marks), as a bag of hashed embeddings, plus a dense vector per word from
the unlabelled news (ner7-word-vectors.py) and the word-type percentages as numbers:

  h0 = relu(sum of the token's feature embeddings + W_d dense + b_0)          (per word type but the marks)
  h_l = h_{l-1} + relu(W_l [h_{l-1}(t-d_l); h_{l-1}(t); h_{l-1}(t+d_l)] + b_l)  (d_l the dilations, in-sentence)
  emissions = W_o h_L + b_o;  CRF over BIO labels with I-X only after B-X / I-X.

Folds and scoring are the Java trainer's: the training part is all but the last tenth of the sentences
(Conll.heldOut), cut into 5 contiguous folds at size * f / 5 (CrossValidation.bound); entities are exact
spans as conlleval / LabelSpan counts them (an I- without its B- starts a span), PERS+LOC+ORG pooled.

Usage (one BLAS thread, fixed seed: the machine is shared):
  OPENBLAS_NUM_THREADS=1 python3 tools/experiments/ner7-cnn.py /tmp/ner7-tokens.tsv /tmp/ner7-vectors.npz \
      [--hidden 64 --dilations 1,2,4 --epochs 15] [--heldout] [--probs /tmp/ner7-probs.tsv]
"""
import argparse, os, sys, time, zlib
for _var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[_var] = '1'
import numpy as np

LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']
NL = len(LABELS)


def is_inside(l):
    return l != 0 and (l - 1) % 2 == 1


def typ(l):
    return -1 if l == 0 else (l - 1) // 2


ALLOWED = np.array([[not is_inside(y) or (p != 0 and typ(p) == typ(y)) for y in range(NL)] for p in range(NL)])
START_ALLOWED = np.array([not is_inside(y) for y in range(NL)])
NEG = -1e4


def level(pct):
    """WordTypes.level: 0 below 1, 1 for 1, 2 for 2-3 ... 7 for 64 and more."""
    return int(min(pct, 64)).bit_length()


# ---------------------------------------------------------------- data

def read_tokens(path):
    sents, cur, last = [], [], None
    with open(path, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if c[0] != last and cur:
                sents.append(cur)
                cur = []
            last = c[0]
            cur.append(c)
    if cur:
        sents.append(cur)
    return sents


def featurize(sents, vectors_path, bits):
    """Per token: hashed sparse feature ids (fixed width, a dedicated null id fills), dense inputs, gold label."""
    z = np.load(vectors_path, allow_pickle=True)
    vindex = {w: i for i, w in enumerate(z['words'])}
    vecs = z['vectors']
    mask = (1 << bits) - 1
    out = []
    for s in sents:
        ids, dense, gold = [], [], []
        for c in s:
            tok, norm, stem, shape, names = c[1], c[2], c[3], c[4], c[5]
            fine, mid, coarse = c[6], c[7], c[8]
            pct = [int(x) for x in c[9:13]]
            trig, gc, ga = c[13], c[14], c[15]
            f = [('w', norm), ('s', stem), ('sh', shape), ('len', str(min(len(norm), 10))), ('nb', names),
                 ('cf', fine), ('cm', mid), ('cc', coarse), ('tr', trig), ('gc', gc), ('ga', ga)]
            for k in range(1, 4):
                if len(norm) > k:
                    f.append(('p%d' % k, norm[:k]))
            for k in range(1, 5):
                if len(norm) > k:
                    f.append(('x%d' % k, norm[-k:]))
            if pct[0] < 0:
                f.append(('wt', '-'))
            else:
                f += [('wt%d' % t, str(level(p))) for t, p in enumerate(pct)]
            h = [zlib.crc32(('%s\x01%s' % kv).encode('utf-8')) & mask for kv in f]
            ids.append(h)
            v = vindex.get(norm, vindex.get(stem))
            d = np.zeros(vecs.shape[1] + 6, dtype=np.float32)
            if v is not None:
                d[:vecs.shape[1]] = vecs[v]
                d[-6] = 1
            if pct[0] >= 0:
                d[-5:-1] = np.array(pct, dtype=np.float32) / 100
                d[-1] = 1
            dense.append(d)
            gold.append(LABELS.index(c[16]))
        width = 30
        a = np.full((len(ids), width), 1 << bits, dtype=np.int64)  # 1 << bits: the null row, always zero
        for i, h in enumerate(ids):
            a[i, :len(h)] = h
        g = np.array(gold)
        for i in range(len(g)):  # an I- without its B- is a B- (conlleval reads it so): keeps the gold path allowed
            if is_inside(g[i]) and (i == 0 or not ALLOWED[g[i - 1], g[i]]):
                g[i] -= 1
        out.append((a, np.stack(dense), g))
    return out


# ---------------------------------------------------------------- model

class Model:
    def __init__(self, bits, dense_dim, hidden, dilations, rng, dtype=np.float32):
        H = hidden
        self.dil = dilations
        self.p = {
            'E': np.zeros(((1 << bits) + 1, H), dtype=dtype),
            'Wd': (rng.standard_normal((dense_dim, H)) * np.sqrt(2.0 / dense_dim)).astype(dtype),
            'b0': np.zeros(H, dtype=dtype),
            'Wo': (rng.standard_normal((H, NL)) * np.sqrt(1.0 / H)).astype(dtype),
            'bo': np.zeros(NL, dtype=dtype),
            'A': np.zeros((NL, NL), dtype=dtype),
            'S': np.zeros(NL, dtype=dtype),
        }
        for l, _ in enumerate(dilations):
            self.p['W%d' % l] = (rng.standard_normal((3 * H, H)) * np.sqrt(2.0 / (3 * H)) * 0.5).astype(dtype)
            self.p['b%d' % (l + 1)] = np.zeros(H, dtype=dtype)

    # a batch: sentences laid end to end in one flat sequence with `pad` empty positions between them
    @staticmethod
    def layout(batch, pad, null):
        n = sum(len(g) for _, _, g in batch) + pad * (len(batch) + 1)
        K = batch[0][0].shape[1]
        ids = np.full((n, K), null, dtype=np.int64)
        dense = np.zeros((n, batch[0][1].shape[1]), dtype=np.float32)
        mask = np.zeros(n, dtype=np.float32)
        T = max(len(g) for _, _, g in batch)
        pos = np.zeros((len(batch), T), dtype=np.int64)  # flat index of (sentence, t); pads point at 0
        smask = np.zeros((len(batch), T), dtype=bool)
        gold = np.zeros((len(batch), T), dtype=np.int64)
        at = pad
        for b, (a, d, g) in enumerate(batch):
            m = len(g)
            ids[at:at + m] = a
            dense[at:at + m] = d
            mask[at:at + m] = 1
            pos[b, :m] = np.arange(at, at + m)
            smask[b, :m] = True
            gold[b, :m] = g
            at += m + pad
        return ids, dense, mask, pos, smask, gold

    def forward(self, ids, dense, mask, drop, rng):
        p, cache = self.p, {}
        a0 = p['E'][ids].sum(1) + dense.astype(p['Wd'].dtype) @ p['Wd'] + p['b0']
        h = np.maximum(a0, 0) * mask[:, None]
        cache['a0'] = a0
        if drop > 0:
            dm = (rng.random(h.shape) >= drop).astype(h.dtype) / (1 - drop)
            h = h * dm
            cache['dm0'] = dm
        hs = [h]
        for l, d in enumerate(self.dil):
            x = np.concatenate([shift(h, d), h, shift(h, -d)], axis=1)
            a = x @ p['W%d' % l] + p['b%d' % (l + 1)]
            h = h + np.maximum(a, 0) * mask[:, None]
            cache['x%d' % l] = x
            cache['a%d' % (l + 1)] = a
            hs.append(h)
        if drop > 0:
            dm = (rng.random(h.shape) >= drop).astype(h.dtype) / (1 - drop)
            cache['dmL'] = dm
            h = h * dm
        cache['hL'] = h
        em = h @ p['Wo'] + p['bo']
        return em, cache

    def backward(self, dem, ids, dense, mask, cache):
        p, g = self.p, {}
        hL = cache['hL']
        g['Wo'] = hL.T @ dem
        g['bo'] = dem.sum(0)
        dh = dem @ p['Wo'].T
        if 'dmL' in cache:
            dh = dh * cache['dmL']
        for l in reversed(range(len(self.dil))):
            d = self.dil[l]
            da = dh * (cache['a%d' % (l + 1)] > 0) * mask[:, None]
            g['W%d' % l] = cache['x%d' % l].T @ da
            g['b%d' % (l + 1)] = da.sum(0)
            dx = da @ p['W%d' % l].T
            H = dh.shape[1]
            dh = dh + dx[:, H:2 * H] + unshift(dx[:, :H], d) + unshift(dx[:, 2 * H:], -d)
        if 'dm0' in cache:
            dh = dh * cache['dm0']
        da0 = dh * (cache['a0'] > 0) * mask[:, None]
        g['Wd'] = dense.astype(da0.dtype).T @ da0
        g['b0'] = da0.sum(0)
        g['E_rows'] = ids.ravel()
        g['E_grad'] = np.repeat(da0, ids.shape[1], axis=0)
        return g


def shift(h, d):
    """out[t] = h[t - d] (zero outside)."""
    out = np.zeros_like(h)
    if d > 0:
        out[d:] = h[:-d]
    else:
        out[:d] = h[-d:]
    return out


def unshift(g, d):
    """The gradient of shift(h, d) with respect to h, given the gradient g of its output."""
    return shift(g, -d)


# ---------------------------------------------------------------- CRF

def logsumexp(x, axis):
    m = x.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(x - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def crf(em, A, S, smask, gold=None):
    """Negative log-likelihood summed over the batch and its gradients (emissions [B,T,L], A, S), and the
    node marginals. Disallowed BIO moves get NEG added, so neither gold nor expectation ever use them."""
    B, T, _ = em.shape
    At = A + np.where(ALLOWED, 0, NEG).astype(em.dtype)
    St = S + np.where(START_ALLOWED, 0, NEG).astype(em.dtype)
    alpha = np.zeros((B, T, NL), dtype=em.dtype)
    alpha[:, 0] = St + em[:, 0]
    for t in range(1, T):
        new = logsumexp(alpha[:, t - 1, :, None] + At[None], axis=1) + em[:, t]
        alpha[:, t] = np.where(smask[:, t, None], new, alpha[:, t - 1])
    logz = logsumexp(alpha[:, T - 1], axis=1)
    beta = np.zeros((B, T, NL), dtype=em.dtype)
    for t in range(T - 2, -1, -1):
        new = logsumexp(At[None] + (em[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
        beta[:, t] = np.where(smask[:, t + 1, None], new, 0)
    marg = np.exp(alpha + beta - logz[:, None, None]) * smask[:, :, None]
    if gold is None:
        return None, None, None, None, marg
    bi = np.arange(B)[:, None]
    ti = np.arange(T)[None, :]
    score = (S[gold[:, 0]] + (em[bi, ti, gold] * smask).sum(1)
             + (A[gold[:, :-1], gold[:, 1:]] * smask[:, 1:]).sum(1))
    nll = (logz - score).sum()
    dem = marg.copy()
    dem[bi, ti, gold] -= smask
    pair = np.exp(alpha[:, :-1, :, None] + At[None, None] + (em[:, 1:] + beta[:, 1:])[:, :, None, :]
                  - logz[:, None, None, None]) * smask[:, 1:, None, None]
    dA = pair.sum((0, 1))
    np.add.at(dA, (gold[:, :-1][smask[:, 1:]], gold[:, 1:][smask[:, 1:]]), -1)
    dS = marg[:, 0].sum(0)
    np.add.at(dS, gold[:, 0], -1)
    return nll, dem, dA, dS, marg


def viterbi(em, A, S):
    """Best BIO-valid label sequence of one sentence's emissions [T, L]."""
    At = A + np.where(ALLOWED, 0, NEG)
    T = len(em)
    sc = S + np.where(START_ALLOWED, 0, NEG) + em[0]
    back = np.zeros((T, NL), dtype=np.int64)
    for t in range(1, T):
        cand = sc[:, None] + At
        back[t] = cand.argmax(0)
        sc = cand.max(0) + em[t]
    out = [int(sc.argmax())]
    for t in range(T - 1, 0, -1):
        out.append(int(back[t, out[-1]]))
    return out[::-1]


# ---------------------------------------------------------------- training

def loss_and_grads(model, batch, drop, rng):
    pad = max(model.dil)
    ids, dense, mask, pos, smask, gold = Model.layout(batch, pad, len(model.p['E']) - 1)
    em_flat, cache = model.forward(ids, dense, mask, drop, rng)
    em = em_flat[pos]
    nll, dem, dA, dS, _ = crf(em, model.p['A'], model.p['S'], smask, gold)
    dflat = np.zeros_like(em_flat)
    np.add.at(dflat, pos[smask], dem[smask])
    g = model.backward(dflat, ids, dense, mask, cache)
    g['A'] = dA
    g['S'] = dS
    return nll, g


class Adam:
    def __init__(self, params, lr, b1=0.9, b2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps, self.t = lr, b1, b2, eps, 0
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}

    def step(self, params, g, scale):
        self.t += 1
        c1 = 1 - self.b1 ** self.t
        c2 = 1 - self.b2 ** self.t
        for k, v in params.items():
            if k == 'E':  # lazy Adam: only the rows the batch used move
                rows, inv = np.unique(g['E_rows'], return_inverse=True)
                gr = np.zeros((len(rows), v.shape[1]), dtype=v.dtype)
                np.add.at(gr, inv, g['E_grad'])
                keep = rows != len(v) - 1  # the null row stays zero
                rows, gr = rows[keep], gr[keep] * scale
                self.m[k][rows] = self.b1 * self.m[k][rows] + (1 - self.b1) * gr
                self.v[k][rows] = self.b2 * self.v[k][rows] + (1 - self.b2) * gr * gr
                v[rows] -= self.lr * (self.m[k][rows] / c1) / (np.sqrt(self.v[k][rows] / c2) + self.eps)
            else:
                gk = g[k] * scale
                self.m[k] = self.b1 * self.m[k] + (1 - self.b1) * gk
                self.v[k] = self.b2 * self.v[k] + (1 - self.b2) * gk * gk
                v -= self.lr * (self.m[k] / c1) / (np.sqrt(self.v[k] / c2) + self.eps)


def train(data, args, seed):
    rng = np.random.default_rng(seed)
    model = Model(args.bits, data[0][1].shape[1], args.hidden, args.dilations, rng)
    opt = Adam(model.p, args.lr)
    order = np.arange(len(data))
    for epoch in range(args.epochs):
        rng.shuffle(order)
        total, toks = 0.0, 0
        lr0 = args.lr
        opt.lr = lr0 / (1 + args.decay * epoch)
        for s in range(0, len(order), args.batch):
            batch = [data[i] for i in order[s:s + args.batch]]
            n = sum(len(g) for _, _, g in batch)
            nll, g = loss_and_grads(model, batch, args.dropout, rng)
            opt.step(model.p, g, 1.0 / n)
            total += nll
            toks += n
        if args.verbose:
            print(f'  epoch {epoch + 1}: loss/token {total / toks:.4f}', file=sys.stderr)
    return model


def predict(model, data, batch_size=64):
    """Viterbi labels and CRF node marginals per sentence."""
    labels, margs = [], []
    pad = max(model.dil)
    for s in range(0, len(data), batch_size):
        batch = data[s:s + batch_size]
        ids, dense, mask, pos, smask, _ = Model.layout(batch, pad, len(model.p['E']) - 1)
        em_flat, _ = model.forward(ids, dense, mask, 0.0, None)
        em = em_flat[pos].astype(np.float64)
        _, _, _, _, marg = crf(em, model.p['A'].astype(np.float64), model.p['S'].astype(np.float64), smask)
        for b, (_, _, g) in enumerate(batch):
            m = len(g)
            labels.append(viterbi(em[b, :m], model.p['A'].astype(np.float64), model.p['S'].astype(np.float64)))
            margs.append(marg[b, :m])
    return labels, margs


# ---------------------------------------------------------------- scoring (LabelSpan / NerEvaluation)

def spans(labels):
    out, start, t = [], -1, -1
    for i in range(len(labels) + 1):
        l = labels[i] if i < len(labels) else 0
        cont = l != 0 and is_inside(l) and typ(l) == t
        if start >= 0 and not cont:
            out.append((t, start, i - 1))
            start, t = -1, -1
        if l != 0 and not cont:
            start, t = i, typ(l)
    return out


class Counts:
    def __init__(self):
        self.tp = np.zeros(4, dtype=np.int64)
        self.pred = np.zeros(4, dtype=np.int64)
        self.gold = np.zeros(4, dtype=np.int64)

    def add(self, gold, pred):
        g = set(spans(gold))
        for s in g:
            self.gold[s[0]] += 1
        for s in spans(pred):
            self.pred[s[0]] += 1
            if s in g:
                self.tp[s[0]] += 1

    def addall(self, o):
        self.tp += o.tp; self.pred += o.pred; self.gold += o.gold

    def f1(self, types=(0, 1, 2)):
        tp, p, g = (int(x[list(types)].sum()) for x in (self.tp, self.pred, self.gold))
        pr = tp / p if p else 0.0
        rc = tp / g if g else 0.0
        return 2 * pr * rc / (pr + rc) if pr + rc else 0.0, pr, rc


# ---------------------------------------------------------------- gradient check

def gradcheck():
    rng = np.random.default_rng(1)
    data = []
    for m in (5, 3, 7):
        a = rng.integers(0, 16, size=(m, 3))
        d = rng.standard_normal((m, 4))
        g = np.array(rng.integers(0, NL, size=m))
        for i in range(m):
            if is_inside(g[i]) and (i == 0 or not ALLOWED[g[i - 1], g[i]]):
                g[i] -= 1
        data.append((a, d, g))
    model = Model(4, 4, 5, [1, 2], rng, dtype=np.float64)
    for k, v in model.p.items():
        v[...] = rng.standard_normal(v.shape) * 0.5
    model.p['E'][-1] = 0
    nll, g = loss_and_grads(model, data, 0.0, rng)
    E = np.zeros_like(model.p['E'])
    np.add.at(E, g['E_rows'], g['E_grad'])
    g['E'] = E
    worst = 0.0
    for k, v in model.p.items():
        for idx in list(np.ndindex(v.shape))[:40]:
            if k == 'E' and idx[0] == len(v) - 1:
                continue
            old = v[idx]
            v[idx] = old + 1e-6
            up, _ = loss_and_grads(model, data, 0.0, rng)
            v[idx] = old - 1e-6
            down, _ = loss_and_grads(model, data, 0.0, rng)
            v[idx] = old
            num = (up - down) / 2e-6
            err = abs(num - g[k][idx]) / max(1e-6, abs(num) + abs(g[k][idx]))
            worst = max(worst, err)
            if err > 1e-5:
                print(f'gradient mismatch {k}{idx}: analytic {g[k][idx]:.8f} numeric {num:.8f}')
    print(f'gradient check: worst relative error {worst:.2e}')
    return worst < 1e-5


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('tokens', nargs='?')
    ap.add_argument('vectors', nargs='?')
    ap.add_argument('--bits', type=int, default=17)
    ap.add_argument('--hidden', type=int, default=64)
    ap.add_argument('--dilations', default='1,2,4')
    ap.add_argument('--epochs', type=int, default=15)
    ap.add_argument('--batch', type=int, default=16)
    ap.add_argument('--lr', type=float, default=2e-3)
    ap.add_argument('--decay', type=float, default=0.1)
    ap.add_argument('--dropout', type=float, default=0.3)
    ap.add_argument('--seed', type=int, default=20261206)
    ap.add_argument('--folds', default='0,1,2,3,4')
    ap.add_argument('--heldout', action='store_true', help='train on the training part, score the held-out tenth')
    ap.add_argument('--probs', help='write every training-part token\'s out-of-fold CRF marginals here')
    ap.add_argument('--nested', help='for stacking without a leak: PATTERN with %%d, one file per outer fold k holding '
                    'fold k\'s marginals from the model trained on the other folds and every other fold j\'s from a '
                    'model trained on the folds other than j and k (25 trainings)')
    ap.add_argument('--halves', help='cheaper stacking without a leak: PATTERN with %%d, one file per outer fold k '
                    'holding the marginals of the four other folds, two at a time from a model trained on the other two '
                    '(10 trainings on two fifths; fold k\'s own come from --probs of a plain run)')
    ap.add_argument('--gradcheck', action='store_true')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    if args.gradcheck:
        sys.exit(0 if gradcheck() else 1)
    args.dilations = [int(x) for x in args.dilations.split(',')]
    t0 = time.process_time()
    sents = read_tokens(args.tokens)
    data = featurize(sents, args.vectors, args.bits)
    n_train = len(data) - len(data) // 10
    print(f'{len(data)} sentences, training part {n_train}; features {time.process_time() - t0:.0f} s CPU', file=sys.stderr)
    pooled = Counts()
    folds = []
    probs = [None] * n_train
    if args.nested:
        bounds = [(n_train * f // 5, n_train * (f + 1) // 5) for f in range(5)]
        for k in [int(x) for x in args.folds.split(',')]:
            margs_k = [None] * n_train
            for j in range(5):
                skip = {j, k}
                train_set = [d for f in range(5) if f not in skip for d in data[bounds[f][0]:bounds[f][1]]]
                model = train(train_set, args, args.seed + 10 * k + j)
                lo, hi = bounds[j]
                labels, margs = predict(model, data[lo:hi])
                margs_k[lo:hi] = margs
                if j == k:
                    c = Counts()
                    for (_, _, g), l in zip(data[lo:hi], labels):
                        c.add(list(g), l)
                    pooled.addall(c)
                    folds.append(c.f1()[0])
                print(f'outer {k} inner {j} ({time.process_time() - t0:.0f} s CPU)', file=sys.stderr)
            write_probs(args.nested % k, sents[:n_train], margs_k)
    elif args.halves:
        bounds = [(n_train * f // 5, n_train * (f + 1) // 5) for f in range(5)]
        for k in [int(x) for x in args.folds.split(',')]:
            others = [f for f in range(5) if f != k]
            margs_k = [None] * n_train
            for part, rest in ((others[:2], others[2:]), (others[2:], others[:2])):
                model = train([d for f in rest for d in data[bounds[f][0]:bounds[f][1]]], args, args.seed + 10 * k + part[0])
                for f in part:
                    lo, hi = bounds[f]
                    margs_k[lo:hi] = predict(model, data[lo:hi])[1]
                print(f'outer {k}: folds {part} ({time.process_time() - t0:.0f} s CPU)', file=sys.stderr)
            write_probs(args.halves % k, sents[:n_train], margs_k)
    elif args.heldout:
        model = train(data[:n_train], args, args.seed)
        labels, _ = predict(model, data[n_train:])
        for (_, _, g), l in zip(data[n_train:], labels):
            pooled.add(list(g), l)
    else:
        for f in [int(x) for x in args.folds.split(',')]:
            lo, hi = n_train * f // 5, n_train * (f + 1) // 5
            model = train(data[:lo] + data[hi:n_train], args, args.seed + f)
            labels, margs = predict(model, data[lo:hi])
            c = Counts()
            for k, ((_, _, g), l) in enumerate(zip(data[lo:hi], labels)):
                c.add(list(g), l)
                probs[lo + k] = margs[k]
            pooled.addall(c)
            folds.append(c.f1()[0])
            print(f'fold {f}: {folds[-1]:.4f} ({time.process_time() - t0:.0f} s CPU)', file=sys.stderr)
    for t, name in enumerate(['PERS', 'LOC', 'ORG', 'MISC']):
        f1, p, r = pooled.f1((t,))
        print(f'{name:13s} P {p:.4f} R {r:.4f} F1 {f1:.4f} gold {pooled.gold[t]}')
    f1, p, r = pooled.f1()
    print(f'PERS+LOC+ORG  P {p:.4f} R {r:.4f} F1 {f1:.4f} gold {int(pooled.gold[:3].sum())}')
    if folds:
        print('per fold: ' + ' '.join(f'{x:.4f}' for x in folds))
    print(f'CPU {time.process_time() - t0:.0f} s; args {vars(args)}')
    if args.probs and not args.heldout and not args.nested and not args.halves:
        write_probs(args.probs, sents[:n_train], probs)


def write_probs(path, sents, margs):
    """sentence, token, the nine label marginals: what StackedProbs (branch ner7-experiments) reads."""
    with open(path, 'w', encoding='utf-8') as out:
        for s, m in zip(sents, margs):
            if m is None:
                continue
            for c, row in zip(s, m):
                out.write(c[0] + '\t' + c[1] + '\t' + ' '.join(f'{x:.4f}' for x in row) + '\n')


if __name__ == '__main__':
    main()

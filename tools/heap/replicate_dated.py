# Writes a replicated, dated SaudiNewsNet JSONL for heap runs: python3 tools/heap/replicate_dated.py COPIES OUT.jsonl
# (docs/performance.md, "Heap"). Run from the project root with ../shared present.
# Replicated, dated SaudiNewsNet JSONL: copy k dated 35*k days later, ~1 word in 25 dropped in copies.
import json, gzip, glob, sys, random, datetime
copies = int(sys.argv[1]); out = open(sys.argv[2], 'w')
files = sorted(glob.glob('../shared/data/news/saudinewsnet/*.json.gz'))
for k in range(copies):
    for f in files:
        for i, r in enumerate(json.load(gzip.open(f))):
            d = datetime.date.fromisoformat(r['date_extracted'][:10]) + datetime.timedelta(days=35 * k)
            r['date_publish'] = d.isoformat()
            r['date_extracted'] = d.isoformat() + r['date_extracted'][10:]
            if k:
                rnd = random.Random(k * 1000003 + i)
                r['url'] = r['url'] + '#copy-%d' % k
                r['content'] = ' '.join(w for w in r['content'].split(' ') if rnd.random() > 0.04)
            out.write(json.dumps(r, ensure_ascii=False) + '\n')

#!/usr/bin/env python3
"""A name lexicon induced from unlabelled Arabic news (SaudiNewsNet, CC BY-NC-SA 4.0), for the NER tagger.

Not used by the shipped model: tried as tagger features on 2026-12-06 and left out, because 5-fold
cross-validation did not move (docs/entities.md, fourth round). Kept so the experiment can be repeated or
the table fed to something else (e.g. the word-type network's inputs).

No labels are used: for every word of the news, count how often it comes right after a head noun that
announces a name of one kind (نادي/فريق/شركة/صحيفة/حزب … + a club, company, paper or party; مدينة/محافظة/
شمال … + a place; الرئيس/الأمير/اللاعب/المدرب … + a person; وزارة/جامعة/هيئة/منظمة … + the rest of an
institution's name), and how often it comes second after such a head (ريال مدريد after فريق). ANERcorp
leaves a club's, company's or paper's head noun outside the name (فريق [الأهلي]), so the words after those
heads are names the tagger may never have seen labelled: الأهلي, فولكسفاغن. Because the table is built
without labels, cross-validation and the held-out tenth stay honest without building it per fold.

Output: a gzip TSV, one normalised word a line: word, then for each of the four head kinds (PERS, LOC,
ORG, INST) the count of the word first after such a head and the count second after it, then the word's
count in the whole news. Only words seen after some head at least MIN_AFTER times are kept. Only this
derived table would ship, never the corpus text. Deterministic: the same input gives the same bytes.

Usage: python3 tools/induce-name-lexicon.py ../shared/data/news/saudinewsnet \
          mirsad-core/src/main/resources/org/mirsad/ner/name-lexicon.tsv.gz
"""
import collections, gzip, importlib.util, io, os, re, sys

_spec = importlib.util.spec_from_file_location('clusters', os.path.join(os.path.dirname(__file__), 'train-word-clusters.py'))
clusters = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(clusters)

# head nouns, normalised (ArabicNormalizer: ة→ه, أإآ→ا, ى→ي) and without ال or a proclitic
HEADS = {
    'PERS': 'رئيس امير ملك شيخ سيد سيده دكتور لاعب مدرب نجم مهاجم حارس مدافع وزير فنان فنانه كاتب شاعر '
            'زميل مواطن استاذ مهندس لواء عميد عقيد جنرال قاضي داعيه امام مخرج ممثل مطرب حكم سفير مستشار '
            'نائب محلل باحث صحفي مذيع مغرد رئيسه',
    'LOC': 'مدينه محافظه منطقه ولايه عاصمه جزيره قريه بلده اقليم حي دوله شمال جنوب شرق غرب شمالي جنوبي '
           'شرقي غربي ميناء مطار مرفا بحيره نهر جبل صحراء',
    'ORG': 'نادي فريق شركه مجموعه بنك مصرف صحيفه جريده مجله وكاله قناه حركه حزب تنظيم ميليشيا ميليشيات '
           'مليشيا مليشيات جماعه فصيل مؤسسه مستشفي مصنع موقع تلفزيون اذاعه',
    'INST': 'وزاره جامعه هيئه منظمه مجلس اتحاد لجنه صندوق معهد مركز محكمه برلمان ديوان اداره',
}
KINDS = ['PERS', 'LOC', 'ORG', 'INST']
HEAD_KIND = {w: k for k in KINDS for w in HEADS[k].split()}
# proclitics before a head: و ف, then ب ل ك, then ال (لل = ل + ال)
CLITIC = re.compile('^(?:[وف])?(?:لل|(?:[بلك])?ال|[بلك])?')
MIN_AFTER = 2
ARABIC = re.compile('^[\u0621-\u064a]{2,}$')


def head_kind(token):
    if token in HEAD_KIND:
        return HEAD_KIND[token]
    stem = CLITIC.sub('', token, count=1)
    return HEAD_KIND.get(stem) if len(stem) >= 2 else None


def main(root, out):
    total = collections.Counter()
    after = collections.defaultdict(lambda: [0] * (2 * len(KINDS)))
    lines = tokens = 0
    for s in clusters.sentences(root):
        lines += 1
        tokens += len(s)
        total.update(s)
        for i in range(len(s) - 1):
            kind = head_kind(s[i])
            if kind is None:
                continue
            k = KINDS.index(kind)
            first = s[i + 1]
            if ARABIC.match(first) and head_kind(first) is None:
                after[first][2 * k] += 1
                if i + 2 < len(s) and ARABIC.match(s[i + 2]) and head_kind(s[i + 2]) is None:
                    after[s[i + 2]][2 * k + 1] += 1
    kept = sorted(w for w, c in after.items() if sum(c) >= MIN_AFTER)
    with open(out, 'wb') as file, gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=file, mtime=0) as raw, \
            io.TextIOWrapper(raw, encoding='utf-8') as f:
        f.write('# word\t' + '\t'.join(f'{k}1\t{k}2' for k in KINDS)
                + '\tnews: counts after a head noun of each kind, derived from SaudiNewsNet by tools/induce-name-lexicon.py\n')
        for w in kept:
            f.write(w + '\t' + '\t'.join(map(str, after[w])) + f'\t{total[w]}\n')
    print(f'{lines} lines, {tokens} tokens, {len(kept)} words kept -> {out}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])

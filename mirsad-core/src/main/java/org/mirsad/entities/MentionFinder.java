package org.mirsad.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.mirsad.dates.MonthNames;
import org.mirsad.gazetteer.GivenNames;
import org.mirsad.model.EntityType;
import org.mirsad.ner.LabelSpan;
import org.mirsad.ner.NerModel;
import org.mirsad.ner.NerWord;
import org.mirsad.ner.Token;
import org.mirsad.ner.WordList;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Clitics;
import org.mirsad.tokens.ArticleTokens;
import org.mirsad.tokens.WordRecord;

/**
 * Finds the name mentions of a text: the tagger's spans, plus names the gazetteers know that the tagger
 * missed and places and bodies named after a titled person ({@link NamedAfter}: مركز الملك سلمان), whose spans
 * win an overlap (then a longer span wins), then tidied: a title before a person's name is dropped
 * (الرئيس, المتحدث باسم …), a clitic is cut off when the bare word is known or stands alone elsewhere in
 * the text (لبوتين → بوتين; بيسكوف keeps its ب), and an adjective of a place is no mention at all
 * (الأذربيجانية).
 */
final class MentionFinder {

    private static final Set<String> TITLES = WordList.normalised(MentionFinder.class, "titles.txt");
    /** First words of the formulas of blessing after a name ({@code blessings.txt}), matching form. */
    private static final Set<String> BLESSINGS = WordList.normalised(MentionFinder.class, "blessings.txt");
    /** Words of the religious formulae around الله ({@code allah_formulas.txt}), matching form. */
    private static final Set<String> ALLAH_FORMULAS = WordList.normalised(MentionFinder.class, "allah_formulas.txt");
    /** The words of the title that follows a name rather than precedes it: ولي العهد, ولي ولي العهد. */
    private static final Set<String> TITLES_AFTER_NAME = Set.of("\u0648\u0644\u064A", "\u0627\u0644\u0639\u0647\u062F");
    /** Country names that are also common words ({@code ambiguous_places.txt}): مالي, بنين. */
    private static final Set<String> AMBIGUOUS_PLACES = WordList.normalised(MentionFinder.class, "ambiguous_places.txt");
    /** Words after which such a name names the place ({@code place_context.txt}): في, شمال, حكومة. */
    private static final Set<String> PLACE_CONTEXT = WordList.normalised(MentionFinder.class, "place_context.txt");
    /** Titled names of one known person each ({@link #titledName}). */
    private static final Map<String, List<String>> TITLED_NAMES = titledNames();
    private static final String ALLAH = "\u0627\u0644\u0644\u0647";
    /** Lucene's Arabic stop words, as written: no name goes on into one (أبو إلى). */
    private static final CharArraySet STOP_WORDS = ArabicAnalyzer.getDefaultStopSet();
    private static final EntityType[] TYPES = {EntityType.PER, EntityType.LOC, EntityType.ORG, EntityType.MISC};

    private final NerModel model;
    private final KnownEntities known;
    /** What the finder works out of a written word ({@link Word}), kept on its record. */
    private static final WordRecord.Slot<Word> WORD = WordRecord.slot();

    /**
     * What the finder keeps of one written word, each part filled on its first question: asked for every
     * token of every sentence (or of every name), while news vocabulary is skewed (most tokens are a few
     * hundred word forms). Each part is immutable once set and a pure function of the word (and of data
     * built whole before any use), so threads that race fill equal values.
     */
    private static final class Word {
        /** The tagger's features of the word ({@link NerWord}): the same for any model. */
        NerWord ner;
        /**
         * {@link #firstReadings}: with a normalisation, every proclitic tried and a gazetteer look-up per
         * reading. The value depends on the shipped gazetteers alone ({@link KnownEntities#DEFAULT}); a
         * finder with other data keeps none.
         */
        List<List<String>> firstReadings;
        /** The word's matching tokens ({@link Names#tokens}), as a later word of a name or a name alone. */
        List<String> matching;
        /** 0 until asked, then 1 + whether it is a title ({@link #isTitle}) */
        byte title;
    }

    private static Word word(WordRecord r) {
        return r.get(WORD, x -> new Word());
    }

    private static NerWord nerWord(WordRecord r) {
        Word w = word(r);
        NerWord n = w.ner;
        if (n == null) {
            n = NerWord.of(r.text());
            w.ner = n;
        }
        return n;
    }

    /** {@link Names#tokens} of the written word, unmodifiable. */
    private static List<String> matching(WordRecord r) {
        Word w = word(r);
        List<String> m = w.matching;
        if (m == null) {
            m = List.copyOf(Names.tokens(r.text()));
            w.matching = m;
        }
        return m;
    }

    MentionFinder(NerModel model, KnownEntities known) {
        this.model = model;
        this.known = known;
    }

    List<Mention> find(ArticleTokens tokens) {
        return find(tokens, List.of());
    }

    /**
     * The mentions of an article that credits these agencies ({@link org.mirsad.model.Article#agencies}: their
     * table names): their credit spellings (واس) name them here.
     */
    List<Mention> find(ArticleTokens tokens, List<String> cited) {
        String text = tokens.text();
        List<List<Token>> sentences = tokens.sentences();
        Vocabulary vocabulary = new Vocabulary(tokens);
        List<Mention> out = new ArrayList<>();
        // the text is one document: a name tagged once is recalled later, and a two-pass model reads
        // what its first pass said of each word in the other sentences, later ones included. Each
        // word's tagger features are kept on its record, so the tagger looks no word up.
        List<NerWord[]> document = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            WordRecord[] records = tokens.records(k);
            NerWord[] words = new NerWord[records.length];
            for (int i = 0; i < words.length; i++) {
                words[i] = nerWord(records[i]);
            }
            document.add(words);
        }
        List<int[]> labels = model.labelWords(document);
        // the sentence splitter parts an abbreviation at its dots, so spans made whole may overlap across sentences
        Mention previous = null;
        for (int k = 0; k < sentences.size(); k++) {
            List<Token> s = sentences.get(k);
            WordRecord[] records = tokens.records(k);
            List<Span> spans = taggerSpans(s, labels.get(k));
            spans.addAll(gazetteerSpans(records));
            addShaped(s, records, spans, NamedAfter::at, Source.NAMED_AFTER);
            addShaped(s, records, spans, Bodies::at, Source.BODY);
            for (Span span : resolveOverlaps(spans)) {
                Mention m = mention(text, s, records, span, vocabulary, cited);
                if (m == null) {
                    continue;
                }
                if (previous != null && m.start() < previous.end()) {
                    // two spans that an abbreviation made whole overlap (صندوق اس | بي.دي.ار جولد): the longer stays
                    if (m.end() - m.start() > previous.end() - previous.start()) {
                        out.set(out.size() - 1, m);
                        previous = m;
                    }
                    continue;
                }
                out.add(m);
                previous = m;
            }
        }
        return out;
    }

    /**
     * The matching forms of every token of the text, gathered on the first question: only a mention whose
     * first word may carry a clitic and is not known as written asks ({@link #clitic}), so many texts
     * never need it. An open-addressing table of token indices by the form's hash (a form string keeps its
     * hash), one slot per distinct form: a text asks a few times, so hashing its few hundred tokens into a
     * set of strings cost more than the questions (5% of the stage's CPU).
     */
    private static final class Vocabulary {
        private final ArticleTokens tokens;
        /** 0 for an empty slot, else 1 + the index of a token with that form */
        private int[] slots;
        private int mask;

        Vocabulary(ArticleTokens tokens) {
            this.tokens = tokens;
        }

        boolean contains(String form) {
            if (slots == null) {
                int n = tokens.count();
                slots = new int[Integer.highestOneBit(Math.max(8, 2 * n)) << 1];
                mask = slots.length - 1;
                for (int i = 0; i < n; i++) {
                    String f = tokens.record(i).form();
                    int at = find(f);
                    if (slots[at] == 0) {
                        slots[at] = i + 1;
                    }
                }
            }
            return slots[find(form)] != 0;
        }

        /** The slot holding {@code form}, or the empty slot where it would go. */
        private int find(String form) {
            int at = form.hashCode() * 0x9E3779B1 >>> 7 & mask;
            while (slots[at] != 0 && !tokens.record(slots[at] - 1).form().equals(form)) {
                at = at + 1 & mask;
            }
            return at;
        }
    }

    /** Where a span comes from: the tagger, the gazetteers' names, or the shape of a name ({@link NamedAfter}). */
    private enum Source { TAGGER, GAZETTEER, NAMED_AFTER, BODY }

    /**
     * A candidate span of tokens, inclusive.
     *
     * @param clitic for a {@link Source#NAMED_AFTER} span, how many leading letters of its first word's matching
     *               form are a proclitic
     */
    private record Span(int first, int last, EntityType type, Source source, int clitic) {
        Span(int first, int last, EntityType type, Source source) {
            this(first, last, type, source, 0);
        }

        int length() {
            return last - first + 1;
        }

        /**
         * Data's span (a known name, a name's shape) is surer than the tagger's boundaries. A body's name found by
         * its shape ({@link Bodies}) is not: it yields to a longer name of the tagger's (هيئة الهلال الأحمر), as
         * its shape stops at a word that is no adjective.
         */
        boolean fromData() {
            return source != Source.TAGGER && source != Source.BODY;
        }
    }

    /** The tagger's spans, each cut where it holds more than one name or runs past a bracket ({@link NameBounds}). */
    private static List<Span> taggerSpans(List<Token> s, int[] labels) {
        List<Span> out = new ArrayList<>();
        for (LabelSpan l : LabelSpan.of(labels)) {
            EntityType type = TYPES[l.type()];
            List<int[]> parts = NameBounds.parts(s, l.first(), l.last(), type == EntityType.PER);
            if (parts == null) {
                out.add(new Span(l.first(), l.last(), type, Source.TAGGER));
                continue;
            }
            for (int[] p : parts) {
                if (p[0] <= p[1]) {
                    out.add(new Span(p[0], p[1], type, Source.TAGGER));
                }
            }
        }
        return out;
    }

    private List<Span> gazetteerSpans(WordRecord[] records) {
        int n = records.length;
        // each token's matching tokens as a later word of a name come from its record ({@link #matching}):
        // the search below tries every start and length, and normalising inside it dominated extract's profile
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<List<String>> firsts = firstReadings(records[i]);
            if (firsts.isEmpty()) {
                continue;
            }
            int maxLen = Math.min(known.maxWords(), n - i);
            int[] readingAt = findableReadings(firsts, records, i, maxLen);
            for (int len = maxLen; len >= 1; len--) {
                Known k = readingAt[len] < 0 ? null : known.exact(tokens(firsts.get(readingAt[len]), records, i, len));
                if (k != null && len == 1 && !carriesArticle(records[i].form())
                        && known.namedWithArticle("\u0627\u0644" + firsts.get(readingAt[len]).get(0))) {
                    break; // رياض alone is a given name, not الرياض: the tagger's span, if any, stands
                }
                if (k != null && len == 1 && carriesArticleAfterConjunction(records[i].form())
                        && known.namedWithoutArticle(firsts.get(readingAt[len]).get(0))) {
                    break; // السورية is the adjective, not سورية: the tagger's span (كوباني السورية) stands
                }
                if (k != null) {
                    out.add(new Span(i, i + len - 1, k.type(), Source.GAZETTEER));
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** Where a name of one shape begins, at a token of a sentence: {@link NamedAfter#at}, {@link Bodies#at}. */
    private interface Shape {
        NamedAfter.Found at(List<Token> s, WordRecord[] records, int i);
    }

    /**
     * The names of one shape in a sentence: places and bodies named after a titled person ({@link NamedAfter}),
     * government bodies ({@link Bodies}). Each looks no further than the sentence's end.
     */
    private static void addShaped(List<Token> s, WordRecord[] records, List<Span> spans, Shape shape, Source source) {
        for (int i = 0; i + 1 < records.length; i++) {
            NamedAfter.Found f = shape.at(s, records, i);
            if (f != null) {
                spans.add(new Span(f.first(), f.last(), f.type(), source, f.clitic()));
                i = f.last();
            }
        }
    }

    /**
     * The matching tokens of a name's first word read with and without its clitic (لبوتين, بوتين), keeping
     * only the readings that could start a findable name.
     */
    private List<List<String>> firstReadings(WordRecord first) {
        if (known != KnownEntities.DEFAULT) {
            return firstReadingsOf(first);
        }
        Word w = word(first);
        List<List<String>> readings = w.firstReadings;
        if (readings == null) {
            readings = firstReadingsOf(first);
            w.firstReadings = readings;
        }
        return readings;
    }

    private List<List<String>> firstReadingsOf(WordRecord first) {
        List<List<String>> out = new ArrayList<>(2);
        for (String reading : Clitics.procliticReadings(first.form())) {
            List<String> tokens = Names.tokens(reading);
            if (!tokens.isEmpty() && known.startsFindable(tokens.get(0))) {
                out.add(List.copyOf(tokens));
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /**
     * For each length up to {@code maxLen}, the first reading of the first token ({@code firsts}) with which
     * tokens i..i+len-1 name a findable actor (as many matching tokens as words), or -1. Each reading's
     * span grows a word at a time, its key built as it grows, and stops at the first span that opens no
     * findable name: most stop after one or two words, where every length used to be tried with a list and
     * a key of its own.
     */
    private int[] findableReadings(List<List<String>> firsts, WordRecord[] records, int i, int maxLen) {
        int[] readingAt = new int[maxLen + 1];
        java.util.Arrays.fill(readingAt, -1);
        for (int r = 0; r < firsts.size(); r++) {
            List<String> first = firsts.get(r);
            StringBuilder key = new StringBuilder(Names.key(first));
            int size = first.size();
            for (int len = 1; len <= maxLen; len++) {
                if (len > 1) {
                    for (String t : matching(records[i + len - 1])) {
                        key.append(' ').append(t);
                        size++;
                    }
                }
                String k = key.toString();
                if (!known.opensFindable(k)) {
                    break;
                }
                if (size == len && readingAt[len] < 0 && known.findableKey(k)) {
                    readingAt[len] = r;
                }
            }
        }
        return readingAt;
    }

    /** The matching tokens of tokens i..i+len-1 read with this first reading. */
    private static List<String> tokens(List<String> first, WordRecord[] records, int i, int len) {
        List<String> tokens = new ArrayList<>(first);
        for (int j = i + 1; j < i + len; j++) {
            tokens.addAll(matching(records[j]));
        }
        return tokens;
    }

    /**
     * Which span wins an overlap: data's (the gazetteer's, a name's shape), then the longer, then the earlier
     * (written out: a chain of key extractors boxed a Boolean per comparison).
     */
    private static final Comparator<Span> PRECEDENCE = (a, b) -> {
        if (a.fromData() != b.fromData()) {
            return a.fromData() ? -1 : 1;
        }
        int byLength = Integer.compare(b.length(), a.length());
        return byLength != 0 ? byLength : Integer.compare(a.first(), b.first());
    };
    private static final Comparator<Span> IN_TEXT_ORDER = Comparator.comparingInt(Span::first);

    /**
     * Gazetteer spans first (a known name is surer than the tagger's boundaries: it cuts "بيونغ يانغ بتزويد
     * موسكو" into its two places), then longer spans; a span overlapping one already kept is dropped.
     */
    private static List<Span> resolveOverlaps(List<Span> spans) {
        // most sentences hold no span or one: nothing to sort or compare (asked of every sentence)
        if (spans.size() <= 1) {
            return spans;
        }
        // an organisation named after a place (نيويورك تايمز, بنك الرياض): the tagger's organisation that
        // holds a known place's name and more is the name, not the place inside it
        // and a currency or other known MISC name inside a longer name of the tagger's (يورو 2016, ريال بيتيس)
        spans.removeIf(g -> g.source() == Source.GAZETTEER && g.type() != EntityType.ORG
                && holdsMore(spans, g, g.type() == EntityType.MISC));
        spans.sort(PRECEDENCE);
        List<Span> kept = new ArrayList<>();
        for (Span sp : spans) {
            Span left = sp;
            for (int k = 0; k < kept.size() && left != null; k++) {
                left = outside(left, kept.get(k));
            }
            if (left != null) {
                kept.add(left);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    /**
     * What of span {@code sp} stays beside a span already kept: all of it where they do not overlap; for a person
     * of the tagger's that a known place ends (عمر بن الخطاب بعنيزة: the place known, the tagger's span running
     * into it), the words before the place where they are two or more (one is most often a title: أمير منطقة
     * الرياض); else nothing.
     */
    private static Span outside(Span sp, Span kept) {
        if (sp.last() < kept.first() || kept.last() < sp.first()) {
            return sp;
        }
        boolean trims = sp.source() == Source.TAGGER && sp.type() == EntityType.PER && kept.fromData()
                && kept.type() == EntityType.LOC && sp.first() + 1 < kept.first() && sp.last() <= kept.last();
        return trims ? new Span(sp.first(), kept.first() - 1, sp.type(), sp.source()) : null;
    }

    /**
     * Whether a tagger's organisation span (or any span of the tagger's), or a body's name, holds span {@code g}
     * and more words (السعودية of وزارة الداخلية السعودية).
     */
    private static boolean holdsMore(List<Span> spans, Span g, boolean anyType) {
        for (Span t : spans) {
            if ((t.source() == Source.TAGGER && (anyType || t.type() == EntityType.ORG) || t.source() == Source.BODY)
                    && t.first() <= g.first() && g.last() <= t.last()
                    && t.length() > g.length()) {
                return true;
            }
        }
        return false;
    }

    private Mention mention(String text, List<Token> s, WordRecord[] records, Span span, Vocabulary vocabulary,
            List<String> cited) {
        if (span.source() == Source.NAMED_AFTER) {
            return namedAfter(text, s, records, span);
        }
        if (span.source() == Source.BODY) {
            // وزارة الدفاع الأذربيجانية: the country's adjective is no part of the body's name, as a place's adjective
            // is none of a place's (كورسك الروسية), and no mention of the country
            int last = span.last();
            while (last > span.first() + 1 && (Nisba.ofKnownPlace(firstMatching(records[last]), known)
                    || known.namedWithArticle(records[last].form()) && country(records[last]))) {
                last--; // السعودية after a definite word is the adjective too
            }
            return shaped(text, s, records, span, last);
        }
        int first = span.first();
        int last = Math.min(span.last(), blessing(records, span.first(), span.last()) - 1);
        while (first <= last && !isWord(s.get(first))) {
            first++;
        }
        while (last >= first && (!isWord(s.get(last)) || NameBounds.numberGoesOn(text, s.get(last)))) {
            last--; // الدولار 0.5: the number is no part of the name
        }
        // الله in a formula (بتوفيق الله, بسم الله الرحمن الرحيم, الله العلي القدير, والله نسأل): the name is الله
        // alone; God's attributes tagged apart after it (سائلاً الله العلي القدير) name no one. Names that hold
        // الله with other words keep them (عبد الله, ضيف الله بن عايد)
        int god = allahAt(records, first, last);
        if (god >= 0 && allFormula(records, first, god - 1) && allFormula(records, god + 1, last)
                && !(god > 0 && records[god - 1].form().equals(Names.ABD))) {
            first = god;
            last = god;
        } else if (god < 0 && allFormula(records, first, last) && afterAllah(records, first)) {
            return null;
        }
        if (span.type() != EntityType.MISC) {
            // درعاً, سورياً, تركيًا, مازحاً: a word written with tanween is an indefinite noun or adjective, never a
            // name's (a shield, "Syrian", "jokingly"); a currency keeps it (ريالاً), and so does a father's name in
            // vocalised text (سعود بن فيصلٍ)
            while (last >= first && Names.hasTanween(s.get(last).text())
                    && !(last > first && Names.isLink(s.get(last - 1).text(), false))) {
                last--;
            }
            while (first <= last && Names.hasTanween(s.get(first).text())) {
                first++;
            }
            if (first > last) {
                return null;
            }
        }
        if (span.type() == EntityType.PER) {
            while (first < last && isTitle(records[first])) {
                first++;
            }
            while (first < last && titleAfterName(records[last].form())) {
                last--;
            }
            first = afterLinkBefore(s, records, first);
        }
        // a name never ends on a link (بن, بنت, أبو, آل, عبد): the tagger stopped at بن of فيصل بن تركي, at أبو of
        // محمد أبو شعر; the name goes on to the word after it, or, with none, ends before the link
        while (last + 1 < records.length && Names.isLink(s.get(last).text(), first == last) && isWord(s.get(last + 1))
                && !STOP_WORDS.contains(s.get(last + 1).text())) {
            last++;
        }
        while (last > first && Names.isLink(s.get(last).text(), false)) {
            last--;
        }
        if (first == last && monthInDate(s, records, first)) {
            return null; // أبريل (نيسان) الماضي: a date, not the carmaker
        }
        if (span.type() != EntityType.ORG) {
            // كورسك الروسية is Kursk; an organisation keeps its adjective (وزارة الدفاع الأذربيجانية)
            // after a link the word is a name: تركي of فيصل بن تركي is no Turkish
            while (first < last && !Names.isLink(s.get(last - 1).text(), false)
                    && Nisba.ofKnownPlace(firstMatching(records[last]), known)) {
                last--;
                while (last > first && !isWord(s.get(last))) {
                    last--; // شاه فيصل عظيم شاه - باكستاني: the dash before the adjective goes with it
                }
            }
        }
        if (first > last || isTitle(records[first]) && first == last && !countryNotAdjective(records, first)) {
            return null;
        }
        Token firstToken = s.get(first);
        Token lastToken = s.get(last);
        // إيه.بي.سي whole where the tagger named بي or سي: an abbreviation takes no clitic and has no article
        int[] before = NameBounds.abbreviation(text, firstToken.start(), firstToken.end());
        int[] after = NameBounds.abbreviation(text, lastToken.start(), lastToken.end());
        int start = before == null ? firstToken.start() : before[0];
        int end = after == null ? lastToken.end() : after[1];
        boolean abbreviation = start != firstToken.start() || end != lastToken.end();
        String written = text.substring(start, end);
        // the name as written, known or not, decides most mentions: its look-up serves both questions
        // a one-word name is its word as written (a token is a substring of the text)
        List<String> whole = first == last && !abbreviation ? matching(records[first]) : Names.tokens(written);
        Known wholeKnown = known.similar(whole);
        // a word as written that only resembles an untyped actor (والنمسا the dictionary's والنمسوي, بالصين its
        // بولسون) is still asked for its clitic: النمسا, الصين are known exactly
        boolean resemblesOnly = wholeKnown != null && wholeKnown.type() == null && known.exact(whole) == null;
        int cut = wholeKnown != null && !resemblesOnly || abbreviation ? 0
                : clitic(written, firstToken.text(), records[first].form(), vocabulary, span.type() == EntityType.PER);
        if (cut > 0 && resemblesOnly && !clearClitic(written, cut)) {
            cut = 0; // فريد is no ف and ريد, باندورا no ب and أندورا
        }
        if (cut > 0) {
            wholeKnown = null;
        }
        String name = written.substring(cut);
        String form = records[first].form();
        int lam = wholeKnown == null && cut < 2 && !abbreviation ? lamBeforeArticle(form) : 0;
        boolean allah = lam > 0 && form.length() == lam + 2; // لله, ولله: ه alone after لل
        if (lam > 0 && (allah || vocabulary.contains("\u0627" + form.substring(lam)))) {
            // للمسجد الأقصى is ل and المسجد الأقصى where المسجد stands in the text too (للبنان is ل and لبنان, and
            // the cut above took it): the article's alef is not written after ل, so the name is made (لله is ل
            // and الله, whose own ل goes too)
            String rest = written.substring(writtenLength(s.get(first).text(), lam + 1));
            name = (allah ? ALLAH.substring(0, 3) : "\u0627\u0644") + rest;
        } else {
            lam = 0;
        }
        List<String> tokens = cut == 0 && lam == 0 ? whole : Names.tokens(name);
        if (tokens.isEmpty() || tokens.size() == 1 && Nisba.ofKnownPlace(tokens.get(0), known)
                && !(first == last && !carriesArticle(records[first].form()) && country(records[first]))) {
            return null; // الروسية describes; سورية without the article is Syria as well as "Syrian"
        }
        // a place always written with its article, written without it: سعودية is the adjective (شركة سعودية),
        // كاميرون the British prime minister where the tagger says so, neither the country; and a place never
        // written with it, written with it: والمالي is "and the financial", not Mali
        boolean article = first == last && !abbreviation && carriesArticle(records[first].form());
        boolean bare = first == last && !abbreviation && !article && known.namedWithArticle("\u0627\u0644" + tokens.get(0));
        if (article && known.namedWithoutArticle(tokens.get(0)) || bare && span.type() != EntityType.PER) {
            return null;
        }
        Known k = bare ? null : cut == 0 ? wholeKnown : known.similar(tokens);
        if (k == null && span.type() == EntityType.PER && first == last) {
            k = titledName(s, records, first, tokens); // الملك سلمان: the titled name is the known person's
        }
        Known credited = k == null ? known.credit(tokens, cited) : null;
        if (credited != null) {
            return new Mention(written, name, tokens, EntityType.ORG, start, end, credited); // «واس»: the agency
        }
        if (first == last && k != null && AMBIGUOUS_PLACES.contains(tokens.get(0))
                && !placeStandsAt(s, records, first, tokens.get(0))) {
            return null; // دعم مالي is financial support
        }
        EntityType type = span.type();
        if (k != null && k.type() != null && k.type() != type) {
            boolean exact = known.exact(tokens) != null;
            if (exact) {
                type = k.type();
            } else {
                k = null;
            }
        }
        return new Mention(written, name, tokens, type, start, end, k);
    }

    /**
     * The known person a one-word name ({@code name}: its matching tokens, clitic off) is with the word before it
     * (الملك سلمان: King Salman, while سلمان alone is only a given name; الحوثي وصالح, قوات صالح: Yemen's former
     * president), or null. Only a pair listed in {@code titled_names.tsv} is taken so: a title alone says nothing
     * (الملك عبدالله is two kings). The word before is looked up as written, then without its proclitics
     * (وقوات صالح, للمخلوع صالح).
     */
    private Known titledName(List<Token> s, WordRecord[] records, int at, List<String> name) {
        int before = wordBefore(s, at);
        if (before < 0) {
            return null;
        }
        List<String> person = TITLED_NAMES.get(pairKey(matching(records[before]), name));
        if (person == null) {
            String bare = Clitics.stripProclitics(records[before].form());
            person = bare.equals(records[before].form()) ? null : TITLED_NAMES.get(pairKey(Names.tokens(bare), name));
        }
        Known k = person == null ? null : known.exact(person);
        return k != null && k.type() == EntityType.PER ? k : null;
    }

    private static String pairKey(List<String> before, List<String> name) {
        List<String> pair = new ArrayList<>(before);
        pair.addAll(name);
        return Names.key(pair);
    }

    /** {@code titled_names.tsv}: a titled name's key → the matching tokens of the person it names. */
    private static Map<String, List<String>> titledNames() {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] row : TsvResource.rows(MentionFinder.class, "titled_names.tsv")) {
            out.put(Names.key(Names.tokens(row[0])), Names.tokens(row[1]));
        }
        return Map.copyOf(out);
    }

    /**
     * A place or body named after a titled person: its shape fixes its bounds and type (its noun's), and only an
     * exact known name (with its Latin name) changes them; its adjectives are its own (مطار الملك خالد الدولي).
     */
    private Mention namedAfter(String text, List<Token> s, WordRecord[] records, Span span) {
        int last = span.last();
        while (last > span.first() + 2 && Nisba.ofKnownPlace(firstMatching(records[last]), known)) {
            last--; // جامعة الملك عبدالله للعلوم والتقنية السعودية: the country's adjective is no part of the name
        }
        return shaped(text, s, records, span, last);
    }

    /** The mention of a name found by its shape, {@code span}'s tokens to {@code last}, its proclitic off. */
    private Mention shaped(String text, List<Token> s, WordRecord[] records, Span span, int last) {
        int start = s.get(span.first()).start();
        int end = s.get(last).end();
        String written = text.substring(start, end);
        String name = written.substring(writtenLength(s.get(span.first()).text(), span.clitic()));
        List<String> tokens = Names.tokens(name);
        Known k = known.exact(tokens);
        EntityType type = k != null && k.type() != null ? k.type() : span.type();
        return new Mention(written, name, tokens, type, start, end, k);
    }

    /**
     * How many leading characters of a written name not known as written are a clitic to cut: the first
     * proclitic whose removal leaves a known name or a word that stands alone elsewhere in the text. A cut
     * ending in a single-letter preposition (ب ل ك, وب …) needs the name known exactly: too many names begin
     * with one of those letters (باريس, بيسكوف, لافروف, كاراباخ), and a look-alike by consonant skeleton
     * is no evidence (باريس cut to اريس, which looks like the last word of بوينس ايرس). The article stays
     * with the name when what comes before it is cut (والمدينة المنورة → المدينة المنورة, as بالدوحة →
     * الدوحة below): the name's matching tokens drop it anyway, and its written form is how it is shown.
     */
    private int clitic(String written, String firstWord, String norm, Vocabulary vocabulary, boolean person) {
        String rest = ArabicNormalizer.normalize(written.substring(firstWord.length()));
        if (person && givenNameAfterWaw(norm)) {
            return writtenLength(firstWord, 1); // وخالد, وإسماعيل in a list of names: و and a given name
        }
        List<String> candidates = Clitics.procliticReadings(norm);
        for (String stem : candidates.subList(1, candidates.size())) {
            List<String> name = Names.tokens(stem + rest);
            String proclitic = norm.substring(0, norm.length() - stem.length());
            if (vocabulary.contains(stem) || (endsInPreposition(proclitic) ? known.exact(name) : known.similar(name)) != null
                    || known.exact(Names.tokens("\u0627\u0644" + stem + rest)) != null) {
                int cut = proclitic.endsWith("\u0627\u0644") ? proclitic.length() - 2 : proclitic.length();
                return cut == 0 ? 0 : writtenLength(firstWord, cut);
            }
        }
        // a preposition or و glued to the article (بالدوحة, وبالرياض, كالقاهرة, واللاذقية) is never part of the
        // name, known or not: what follows it is a definite noun that stands alone
        int proclitics = procliticsBeforeArticle(norm);
        return proclitics > 0 ? writtenLength(firstWord, proclitics) : 0;
    }

    /**
     * Where a person's name starts that the tagger or a known name began after a link (آل باتشينو, أبو محمد
     * الجولاني, ابن عباس, the son's فيصل بن سلمان بن عبدالعزيز where the father's name is known): a name never
     * starts right after one. The link joins it, and so does the word before it where that is a listed given name
     * (فيصل of فيصل بن, محمد of محمد أبو شعر) or, before بن or بنت (which open no name), follows a title (الأميرة
     * مشاعل بنت), as long as links go on (علي بن أبي طالب).
     */
    private static int afterLinkBefore(List<Token> s, WordRecord[] records, int first) {
        while (first > 0 && Names.isLink(s.get(first - 1).text(), false)) {
            first--;
            if (first > 0 && isWord(s.get(first - 1)) && (GivenNames.all().contains(records[first - 1].form())
                    || Names.isSonOrDaughter(s.get(first).text()) && first > 1 && isTitle(records[first - 2])
                    && !isTitle(records[first - 1]))) {
                first--;
            }
        }
        return first;
    }

    /**
     * Whether a person's first word is و and a given name, itself no given name: وخالد, وإسماعيل, وادريان, where
     * the name stands nowhere alone in the text to tell the clitic (وليد, وائل are names of their own).
     */
    private static boolean givenNameAfterWaw(String norm) {
        return norm.length() > 3 && norm.charAt(0) == Names.WAW && GivenNames.all().contains(norm.substring(1))
                && !GivenNames.all().contains(norm);
    }

    /**
     * Whether cutting {@code cut} chars off a word that resembles an untyped actor as written leaves a name known
     * exactly, with a type, after a clitic no name starts with: و, or any before the article (بالصين, والنمسا).
     */
    private boolean clearClitic(String written, int cut) {
        String name = written.substring(cut);
        boolean beforeArticle = ArabicNormalizer.normalize(name).startsWith("\u0627\u0644");
        boolean waw = cut == 1 && written.charAt(0) == Names.WAW;
        Known k = beforeArticle || waw ? known.exact(Names.tokens(name)) : null;
        return k != null && k.type() != null;
    }

    /**
     * Whether the word at {@code i}, of an adjective's form (ال…ي, ال…ية), is a place known as written so
     * (السعودية) and stands where a name does: not after a definite word it would agree with as an adjective
     * (الأندية السعودية, بالقوات السعودية), but after a verb, a preposition or an indefinite noun (أعلنت
     * السعودية, إلى السعودية, أندية السعودية).
     */
    private boolean countryNotAdjective(WordRecord[] records, int i) {
        return known.namedWithArticle(records[i].form()) && (i == 0 || !carriesArticle(records[i - 1].form()));
    }

    /**
     * Whether a word's form carries the article after its proclitics: ال after و or ف and one of ب ك, or
     * لل (ل and the article).
     */
    private static boolean carriesArticle(String form) {
        int i = Clitics.conjunctionLength(form);
        if (form.startsWith("\u0644\u0644", i)) {
            return true;
        }
        if (form.startsWith("\u0628", i) || form.startsWith("\u0643", i)) {
            i++;
        }
        return form.startsWith("\u0627\u0644", i);
    }

    /** Whether a word's form carries the article ال right after a conjunction, if any: not لل (للندن is ل and لندن). */
    private static boolean carriesArticleAfterConjunction(String form) {
        return form.startsWith("\u0627\u0644", Clitics.conjunctionLength(form));
    }

    /** Whether a proclitic ends in a single-letter preposition: ب or ك, or a ل that is no article's (ال, لل). */
    private static boolean endsInPreposition(String proclitic) {
        char last = proclitic.charAt(proclitic.length() - 1);
        return last == '\u0628' || last == '\u0643'
                || last == '\u0644' && !proclitic.endsWith("\u0627\u0644") && !proclitic.endsWith("\u0644\u0644");
    }

    /**
     * How many leading letters are a conjunction and the preposition ل whose article follows with its alef
     * unwritten (للمسجد, وللمسجد, لله), a stem of {@link Clitics#MIN_STEM} letters or more after the article's
     * ل (one for لله), or 0.
     */
    private static int lamBeforeArticle(String norm) {
        int i = Clitics.conjunctionLength(norm);
        boolean lamLam = norm.startsWith("\u0644\u0644", i);
        return lamLam && norm.length() - (i + 2) >= 1 && (norm.length() - (i + 2) >= Clitics.MIN_STEM
                || norm.equals(norm.substring(0, i) + "\u0644\u0644\u0647")) ? i + 1 : 0;
    }

    /**
     * How many leading letters are proclitics right before ال, with a stem of {@link Clitics#MIN_STEM} letters or
     * more after it: a conjunction and the preposition ب or ك, or و alone (واللاذقية, والأكراد; والتر, والاس keep
     * theirs, their stems being short), or 0. ف alone is left: فالنسيا, فالنتين begin so.
     */
    private static int procliticsBeforeArticle(String norm) {
        int i = Clitics.conjunctionLength(norm);
        boolean preposition = norm.length() > i && (norm.charAt(i) == '\u0628' || norm.charAt(i) == '\u0643');
        if (preposition) {
            i++;
        } else if (i == 0 || norm.charAt(0) != Names.WAW) {
            return 0;
        }
        return norm.startsWith(Names.ARTICLE, i) && norm.length() - (i + 2) >= Clitics.MIN_STEM ? i : 0;
    }

    private static String firstMatching(WordRecord r) {
        List<String> tokens = matching(r);
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    /** The number of written characters that hold the first {@code normalisedChars} normalised ones (marks skipped). */
    private static int writtenLength(String word, int normalisedChars) {
        int seen = 0;
        int i = 0;
        while (i < word.length() && seen < normalisedChars) {
            if (!ArabicNormalizer.isMark(word.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (i < word.length() && ArabicNormalizer.isMark(word.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Where a formula of blessing opens within tokens {@code first..last} (a {@link #BLESSINGS} word and الله
     * after it: حفظه الله, يرحمه الله), or {@code last + 1}: the name ends before it.
     */
    private static int blessing(WordRecord[] records, int first, int last) {
        for (int i = first; i <= last && i + 1 < records.length; i++) {
            if (BLESSINGS.contains(records[i].form()) && records[i + 1].form().equals(ALLAH)) {
                return i;
            }
        }
        return last + 1;
    }

    /** The first of tokens {@code first..last} that is الله, with its proclitics or not, or -1. */
    private static int allahAt(WordRecord[] records, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (isAllah(records[i].form())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a matching form is الله with proclitics or none: والله, بالله, لله, ولله (no longer word ends so). */
    private static boolean isAllah(String form) {
        return form.length() <= ALLAH.length() + 1 && form.endsWith(ALLAH.substring(1));
    }

    /** Whether tokens {@code first..last} are all words of {@link #ALLAH_FORMULAS} (none is). */
    private static boolean allFormula(WordRecord[] records, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!inFormula(records[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the token at {@code i} follows الله, maybe after more of its attributes (الله العلي القدير), where
     * الله is no name's word (عبد الله).
     */
    private static boolean afterAllah(WordRecord[] records, int i) {
        int j = i - 1;
        while (j >= 0 && inFormula(records[j])) {
            j--;
        }
        return j >= 0 && isAllah(records[j].form()) && (j == 0 || !records[j - 1].form().equals(Names.ABD));
    }

    /** Whether a word, its conjunction aside, is one of {@link #ALLAH_FORMULAS} (ونسأل, وتعالى). */
    private static boolean inFormula(WordRecord r) {
        return ALLAH_FORMULAS.contains(Clitics.stripConjunction(r.form()));
    }

    /**
     * Whether a word that ends a person's name is a title after it (محمد بن نايف ولي العهد), or a role in the
     * accusative (عيّن ... أميرًا, رئيسا): a title's word with ا after it.
     */
    private static boolean titleAfterName(String form) {
        if (TITLES_AFTER_NAME.contains(form)) {
            return true;
        }
        if (form.length() < 4 || form.charAt(form.length() - 1) != '\u0627') {
            return false;
        }
        String role = form.substring(0, form.length() - 1);
        return TITLES.contains(role) || TITLES.contains("\u0627\u0644" + role);
    }

    /**
     * Whether the word at {@code i}, the ambiguous place name {@code name} ({@link #AMBIGUOUS_PLACES}) maybe with
     * clitics, stands where a place does: a preposition glued to it (بمالي, لمالي) or before it, a noun that
     * takes a place before it (شمال مالي, حكومة مالي), or a country beside it (السنغال ومالي).
     */
    private boolean placeStandsAt(List<Token> s, WordRecord[] records, int i, String name) {
        String own = records[i].form();
        String proclitic = own.endsWith(name) ? own.substring(0, own.length() - name.length()) : "";
        if (proclitic.indexOf('\u0628') >= 0 || proclitic.indexOf('\u0644') >= 0) {
            return true;
        }
        int before = wordBefore(s, i);
        int after = wordAfter(s, i);
        return before >= 0 && (placeContext(records[before].form()) || country(records[before]))
                || after < s.size() && country(records[after]);
    }

    private static boolean placeContext(String form) {
        boolean conjunction = form.length() > 2 && Clitics.conjunctionLength(form) == 1;
        return PLACE_CONTEXT.contains(form) || conjunction && PLACE_CONTEXT.contains(form.substring(1))
                || PLACE_CONTEXT.contains(Clitics.stripProclitics(form));
    }

    /** Whether a word, read without its clitics, is a country's name. */
    private boolean country(WordRecord r) {
        String form = r.form();
        Known k = known.exact(matching(r));
        String stem = k == null ? Clitics.stripProclitics(form) : form;
        if (stem != form) {
            k = known.exact(Names.tokens(stem));
        }
        return k != null && k.key().startsWith("country:");
    }

    /** Whether the one word at {@code i} is a month name within a date ({@link MonthNames#inDate}). */
    private static boolean monthInDate(List<Token> s, WordRecord[] records, int i) {
        int before = wordBefore(s, i);
        int after = wordAfter(s, i);
        return MonthNames.inDate(before >= 0 ? records[before].form() : null, records[i].form(),
                after < s.size() ? records[after].form() : null);
    }

    /** The index of the nearest word before token {@code i} in the sentence (punctuation skipped), or -1. */
    private static int wordBefore(List<Token> s, int i) {
        int k = i - 1;
        while (k >= 0 && !isWord(s.get(k))) {
            k--;
        }
        return k;
    }

    /** The index of the nearest word after token {@code i} in the sentence, or {@code s.size()}. */
    private static int wordAfter(List<Token> s, int i) {
        int k = i + 1;
        while (k < s.size() && !isWord(s.get(k))) {
            k++;
        }
        return k;
    }

    static boolean isWord(Token t) {
        return Character.isLetterOrDigit(t.text().charAt(0));
    }

    private static boolean isTitle(WordRecord r) {
        Word w = word(r);
        if (w.title == 0) {
            w.title = (byte) (isTitle(r.form()) ? 2 : 1);
        }
        return w.title == 2;
    }

    /** Whether the matching form of a word is a title, or an adjective that may stand between title and name. */
    private static boolean isTitle(String norm) {
        if (TITLES.contains(norm) || TITLES.contains(Clitics.stripProclitics(norm))) {
            return true;
        }
        // an adjective between title and name: الرئيس الروسي فلاديمير بوتين
        return Clitics.isDefiniteNisba(norm);
    }

}

package org.mirsad.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.model.Quote;
import org.mirsad.ner.Token;
import org.mirsad.ner.Tokenizer;
import org.mirsad.ner.WordList;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Clitics;
import org.mirsad.text.WordCount;
import org.mirsad.tokens.ArticleTokens;
import org.mirsad.tokens.WordRecord;

/**
 * Quotations of one article with their speakers.
 *
 * <p>Direct: a quoted run of at least {@value #MIN_WORDS} words. Its speaker is found, in this order, in
 * the lead-in (the sentence before the opening mark): the person (else organisation) named after the
 * last reporting verb (وقال بيسكوف: «…»), or before it (بيسكوف قال), or the words after the verb up to
 * a preposition or complementiser when no entity was found there (قالت أرمين هايرابيتيان لوكالة … إنّ «…»);
 * then after the closing mark («…»، قال بيسكوف); a verb with no named subject (وأضاف: «…») or a quote with
 * no lead-in continues the previous speaker.
 *
 * <p>Indirect: a sentence with a reporting verb followed by إن/أن (قال بيسكوف إن …), outside quotes.
 */
final class QuoteFinder {

    /** Stops closing a reported text, compiled once (String.replaceAll compiled it for every quote). */
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.،,]+$");

    static final int MIN_WORDS = 3;
    private static final int MAX_SPEAKER_GAP = 10;

    private static final List<List<String>> VERBS = phrases(WordList.load(QuoteFinder.class, "reporting_verbs.txt"));
    private static final Map<String, int[]> VERBS_BY_HEAD = byHead(VERBS);
    /**
     * {@link #VERBS_BY_HEAD} under each head with و and with ف before it: a token's form is looked up as it is
     * (its hash kept on it), where its form without the conjunction was a new string to make and hash.
     */
    private static final Map<String, int[]> VERBS_BY_CONJOINED_HEAD = conjoined(VERBS_BY_HEAD);
    /**
     * A token's verbs under both look-ups, in list order ({@link #inListOrder}), worked out once per head: one
     * look-up a token where two were made (the quotes stage asks it of nearly every token of every paragraph).
     */
    private static final Map<String, int[]> VERBS_BY_ANY_HEAD = anyHead(VERBS_BY_HEAD, VERBS_BY_CONJOINED_HEAD);
    /**
     * Words that end a plain speaker's name, or leave none ({@code speaker_stops.txt}), in matching form but
     * على as written: its matching form is the name علي.
     */
    private static final Set<String> STOPS = new HashSet<>(WordList.load(QuoteFinder.class, "speaker_stops.txt"));
    private static final Set<String> COMPLEMENTISERS = Set.of("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها");
    /** Titles that stand for the person named before ({@code person_titles.txt}): وأكد سموه, وقال معاليه. */
    private static final Set<String> TITLES_FOR_PERSON = WordList.normalised(QuoteFinder.class, "person_titles.txt");
    private static final Set<String> TITLES = new HashSet<>(WordList.load(QuoteFinder.class, "speaker_titles.txt"));
    /** The shortest relational adjective that goes on a plain name (الي, the form of إلى, is none). */
    private static final int MIN_ADJECTIVE = 5;

    private final List<Entity> entities;
    /** the article's speakers' written forms, found in a paragraph where a speaker is looked for; null until then */
    private SpeakerMentions speakers;
    /** The paragraph {@link #mentions} are of (by identity): most paragraphs never look for a speaker. */
    private String mentionsOf;
    private List<SpeakerMentions.Occurrence> mentions;
    /**
     * every entity's canonical name and mentions in matching form: a quoted one is no quotation ({@link #isName});
     * null until a quote is long enough to ask
     */
    private Set<String> names;
    private Speaker previous;
    /** The paragraph tokens {@link #verbLengths} belongs to (by identity), and each token's verb length or -1. */
    private Words verbsOf;
    private int[] verbLengths;
    private int previousParagraph = -10;

    QuoteFinder(List<Entity> entities) {
        this.entities = entities;
    }

    /** Where the article's speakers are mentioned in paragraph {@code p} ({@link SpeakerMentions#in}), found once per paragraph. */
    private List<SpeakerMentions.Occurrence> mentions(String p) {
        if (p != mentionsOf) {
            if (speakers == null) {
                speakers = SpeakerMentions.of(entities);
            }
            mentions = speakers.in(p);
            mentionsOf = p;
        }
        return mentions;
    }

    /** The quotations of the paragraphs, in reading order. */
    List<Quote> find(List<String> paragraphs) {
        return find(paragraphs, null);
    }

    /**
     * {@link #find(List)}, each paragraph's tokens read off the article's where it stands among them
     * ({@code at}, the paragraphs' {@link ArticleTokens.Piece#at}; null for all, or null for one: not there).
     */
    List<Quote> find(List<String> paragraphs, List<ArticleTokens.Part> at) {
        List<Quote> out = new ArrayList<>();
        for (int index = 0; index < paragraphs.size(); index++) {
            String p = paragraphs.get(index);
            ArticleTokens.Part part = at == null ? null : at.get(index);
            Words tokens = part != null ? Words.of(p, part) : Words.alone(p);
            List<QuoteSpan> quotes = new ArrayList<>();
            for (QuoteSpan q : QuoteMarks.spans(p)) {
                if (WordCount.of(q.text()) >= MIN_WORDS && !isName(q.text())) {
                    quotes.add(q);
                }
            }
            int leadFloor = 0;
            List<int[]> plain = new ArrayList<>();
            for (QuoteSpan q : quotes) {
                plain.add(new int[] {leadFloor, q.open()});
                Speaker s = direct(p, tokens, q, leadFloor);
                if (s == null && previous != null && index - previousParagraph <= 1) {
                    s = previous;
                }
                out.add(new Quote(s == null ? null : s.name(), s == null ? null : s.entityId(), q.text(), Quote.Kind.DIRECT));
                remember(s, index);
                leadFloor = Math.min(p.length(), q.close() + 1);
            }
            plain.add(new int[] {leadFloor, p.length()});
            for (int[] range : plain) {
                indirect(p, tokens, range[0], range[1], index, out);
            }
        }
        return out;
    }

    /** A quoted name (ذكرت «وكالة الصحافة الفرنسية») is no quotation. */
    private boolean isName(String text) {
        if (names == null) {
            names = new HashSet<>();
            for (Entity e : entities) {
                names.add(ArabicNormalizer.normalize(e.canonical()));
                for (String m : e.mentions()) {
                    names.add(ArabicNormalizer.normalize(m));
                }
            }
        }
        return names.contains(ArabicNormalizer.normalize(text));
    }

    private void remember(Speaker s, int index) {
        if (s != null) {
            previous = s;
            previousParagraph = index;
        }
    }

    private Speaker direct(String p, Words tokens, QuoteSpan q, int floor) {
        int leadStart = Math.max(floor, sentenceStart(p, q.open()));
        int verb = lastVerb(tokens, leadStart, q.open());
        if (verb >= 0) {
            int subject = verbEnd(tokens, verb);
            Speaker s = after(p, tokens, subject, q.open());
            if (s == null) {
                s = lastBefore(mentions(p), leadStart, tokens.start(verb));
            }
            if (s == null && titleForPerson(tokens, subject)) {
                s = previous; // وقال سموه: «…», however far back he spoke
            }
            return s; // null: a verb without a named subject continues the previous speaker
        }
        int tailEnd = sentenceEnd(p, Math.min(p.length(), q.close() + 1));
        int tailVerb = lastVerb(tokens, q.close() + 1, tailEnd);
        if (tailVerb >= 0) {
            Speaker s = after(p, tokens, verbEnd(tokens, tailVerb), tailEnd);
            if (s != null) {
                return s;
            }
        }
        String lead = p.substring(leadStart, q.open()).strip();
        if (lead.endsWith(":")) {
            return lastBefore(mentions(p), leadStart, q.open());
        }
        return null;
    }

    private void indirect(String p, Words tokens, int from, int to, int index, List<Quote> out) {
        int start = from;
        while (start < to) {
            int end = Math.min(to, sentenceEnd(p, start));
            int verb = firstVerb(tokens, start, end);
            if (verb >= 0) {
                int after = verbEnd(tokens, verb);
                int comp = -1;
                for (int k = after; k < tokens.size() && tokens.end(k) <= end && k - after <= MAX_SPEAKER_GAP; k++) {
                    if (COMPLEMENTISERS.contains(tokens.form(k))) {
                        comp = k;
                        break;
                    }
                }
                if (comp >= 0) {
                    String text = p.substring(tokens.end(comp), end).strip();
                    text = TRAILING_STOPS.matcher(text).replaceAll("").strip();
                    if (WordCount.of(text) >= MIN_WORDS) {
                        Speaker s = after(p, tokens, after, tokens.start(comp));
                        if (s == null && onlyStops(tokens, after, comp) && previous != null && index - previousParagraph <= 1) {
                            s = previous;
                        }
                        if (s == null && comp == after + 1 && titleForPerson(tokens, after)) {
                            s = previous; // وأكد سموه أن …, however far back he spoke
                        }
                        if (s != null) {
                            out.add(new Quote(s.name(), s.entityId(), text, Quote.Kind.INDIRECT));
                            remember(s, index);
                        }
                    }
                }
            }
            start = end + 1;
        }
    }

    /**
     * Whether token {@code k} is a stop word ({@link #STOPS}, by its matching form or as written) or a title
     * standing for a person ({@link #TITLES_FOR_PERSON}): no speaker's name either way.
     */
    private static boolean stop(Words tokens, int k) {
        return STOPS.contains(tokens.form(k)) || STOPS.contains(tokens.text(k)) || titleForPerson(tokens, k);
    }

    /** Whether tokens {@code [from, to)} are all stop words (none at all: وأضاف أن), as in وأكد سموه أن. */
    private static boolean onlyStops(Words tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!stop(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /** The person (else organisation) named first between token {@code from} and offset {@code limit}, or the plain words there. */
    private Speaker after(String p, Words tokens, int from, int limit) {
        if (from >= tokens.size()) {
            return null;
        }
        int start = tokens.start(from);
        SpeakerMentions.Occurrence org = null;
        for (SpeakerMentions.Occurrence o : mentions(p)) {
            if (o.start() >= start && o.end() <= limit) {
                if (o.entity().type() == EntityType.PER) {
                    return speaker(o.entity());
                }
                if (org == null && !afterMedium(tokens, from, o.start())) {
                    org = o; // قال لوكالة رويترز: the agency is whom it was said to
                }
            }
        }
        Plain plain = plainName(tokens, from, limit);
        // an organisation named among the plain words (بيان البيت الأبيض, منظمة العفو [الدولية]) is who speaks
        if (plain != null && (org == null || org.start() >= plain.end())) {
            return new Speaker(plain.text(), null);
        }
        return org == null ? null : speaker(org.entity());
    }

    /** Words taken as a name the tagger missed, and the offset where the last of them ends. */
    private record Plain(String text, int end) {
    }

    private static Speaker lastBefore(List<SpeakerMentions.Occurrence> names, int from, int limit) {
        Speaker s = null;
        for (SpeakerMentions.Occurrence o : names) {
            if (o.start() >= from && o.end() <= limit) {
                s = speaker(o.entity());
            }
        }
        return s;
    }

    /**
     * Up to three words after the verb that look like a name the tagger missed: titles, their adjectives and
     * "باسم X" are skipped; a stop word, an addressee (للصحافيين) or punctuation ends the name. An adjective
     * after the name's first word is its own (وزارة الداخلية البحرينية, المرصد السوري, اللواء التركي): it ended
     * the name at وزارة, المرصد, اللواء.
     */
    private static Plain plainName(Words tokens, int from, int limit) {
        int k = from;
        while (k < tokens.size() && tokens.end(k) <= limit) {
            String w = tokens.form(k);
            if (TITLES.contains(w) || isAdjective(w)) {
                k++;
            } else if (w.equals("باسم")) {
                k += 2;
            } else {
                break;
            }
        }
        StringBuilder name = new StringBuilder();
        int taken = 0;
        for (; k < tokens.size() && tokens.end(k) <= limit && taken < 3; k++) {
            String text = tokens.text(k);
            String w = tokens.form(k);
            if (!Character.isLetter(text.charAt(0)) || w.length() < 2 || stop(tokens, k) || addressee(w, taken)
                    || w.startsWith("\u0628\u0627\u0644") || TITLES.contains(w)
                    || w.length() < MIN_ADJECTIVE && isAdjective(w)) {
                break;
            }
            name.append(name.length() == 0 ? "" : " ").append(text);
            taken++;
        }
        return name.length() == 0 ? null : new Plain(name.toString(), tokens.end(k - 1));
    }

    /** Whether the last word before offset {@code at} (from token {@code from} on) is ل and a medium: لوكالة, لصحيفة. */
    private static boolean afterMedium(Words tokens, int from, int at) {
        int before = -1;
        for (int k = from; k < tokens.size() && tokens.end(k) <= at; k++) {
            if (Character.isLetter(tokens.text(k).charAt(0))) {
                before = k; // a quote mark may stand between: لقناة «سكاي نيوز»
            }
        }
        return before >= 0 && SpeakerMentions.toMedium(tokens.form(before));
    }

    /**
     * للصحافيين, لوكالة (a medium, {@code media_nouns.txt}), or any word with ل after a name: "to …", whom it was
     * said to. Another first word with ل (ليلى) may be a name.
     */
    private static boolean addressee(String w, int wordsTaken) {
        return w.startsWith("\u0644\u0644") || w.startsWith("\u0644") && wordsTaken > 0 || SpeakerMentions.toMedium(w);
    }

    /** الروسية, الأمريكي: a relational adjective after a title, never a name. */
    private static boolean isAdjective(String w) {
        return Clitics.isDefiniteNisba(w);
    }

    /** Whether token {@code k} is a title standing for a person named before (سموه, معاليه, فخامته). */
    private static boolean titleForPerson(Words tokens, int k) {
        return k < tokens.size() && TITLES_FOR_PERSON.contains(tokens.form(k));
    }

    private static Speaker speaker(Entity e) {
        return new Speaker(e.canonical(), e.id());
    }

    private int lastVerb(Words tokens, int from, int to) {
        int found = -1;
        for (int k = firstVerb(tokens, from, to); k >= 0; k = firstVerb(tokens, tokens.end(k), to)) {
            found = k;
        }
        return found;
    }

    private int firstVerb(Words tokens, int from, int to) {
        // tokens are in text order: start at the first one at or after from, stop at the first past to
        for (int k = firstAtOrAfter(tokens, from); k < tokens.size(); k++) {
            if (tokens.start(k) >= to) {
                break;
            }
            if (tokens.end(k) <= to && verbLength(tokens, k) > 0) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the first token starting at or after {@code offset} (tokens.size() when none). */
    private static int firstAtOrAfter(Words tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.start(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int verbEnd(Words tokens, int verb) {
        return verb + verbLength(tokens, verb);
    }

    /**
     * How many tokens from {@code k} form a reporting verb (0 when none), worked out once per token of
     * the paragraph: {@link #firstVerb} scans the paragraph from its start for every verb it looks for.
     */
    private int verbLength(Words tokens, int k) {
        if (tokens != verbsOf) {
            verbsOf = tokens;
            verbLengths = new int[tokens.size()];
            java.util.Arrays.fill(verbLengths, -1);
        }
        int v = verbLengths[k];
        if (v < 0) {
            v = verbLengthAt(tokens, k);
            verbLengths[k] = v;
        }
        return v;
    }

    /** How many tokens from {@code k} form a reporting verb (0 when none); a leading و or ف is allowed. */
    private static int verbLengthAt(Words tokens, int k) {
        int[] verbs = tokens.verbsFrom(k);
        if (verbs.length == 0) {
            return 0;
        }
        // the first verb of the list that matches, as the list's order decides between a verb and a longer one
        for (int next : verbs) {
            List<String> v = VERBS.get(next);
            if (k + v.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int j = 1; j < v.size() && all; j++) {
                all = tokens.form(k + j).equals(v.get(j));
            }
            if (all) {
                return v.size();
            }
        }
        return 0;
    }

    /** The verb indices of both head look-ups (one may be null) together, in list order. */
    private static int[] inListOrder(int[] asWritten, int[] afterConjunction) {
        if (asWritten == null) {
            return afterConjunction;
        }
        if (afterConjunction == null) {
            return asWritten;
        }
        int[] both = java.util.Arrays.copyOf(asWritten, asWritten.length + afterConjunction.length);
        System.arraycopy(afterConjunction, 0, both, asWritten.length, afterConjunction.length);
        java.util.Arrays.sort(both);
        return both;
    }

    /**
     * The indices in {@link #VERBS} of the verbs opening with each head word, in list order: a token is
     * looked up by its form and its form without و or ف instead of being compared with every verb.
     */
    private static Map<String, int[]> byHead(List<List<String>> verbs) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < verbs.size(); i++) {
            lists.computeIfAbsent(verbs.get(i).get(0), h -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((head, indices) -> out.put(head, indices.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** {@code heads} under each head with و and with ف before it. */
    private static Map<String, int[]> conjoined(Map<String, int[]> heads) {
        Map<String, int[]> out = new HashMap<>();
        heads.forEach((head, verbs) -> {
            out.put('\u0648' + head, verbs);
            out.put('\u0641' + head, verbs);
        });
        return out;
    }

    /** Every head of either map with {@link #inListOrder} of its two look-ups. */
    private static Map<String, int[]> anyHead(Map<String, int[]> asWritten, Map<String, int[]> afterConjunction) {
        Map<String, int[]> out = new HashMap<>();
        asWritten.keySet().forEach(h -> out.put(h, inListOrder(asWritten.get(h), afterConjunction.get(h))));
        afterConjunction.keySet().forEach(h -> out.put(h, inListOrder(asWritten.get(h), afterConjunction.get(h))));
        return out;
    }

    private static int sentenceStart(String p, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (isSentenceEnd(p.charAt(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String p, int from) {
        for (int i = from; i < p.length(); i++) {
            if (isSentenceEnd(p.charAt(i))) {
                return i;
            }
        }
        return p.length();
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == Tokenizer.ARABIC_QUESTION_MARK || c == '\n';
    }

    /**
     * A paragraph's tokens, their places in the paragraph and their matching forms: read off the article's
     * tokens where the paragraph stands among them ({@link #of}: no token made, where each was made anew for
     * every paragraph), or for a paragraph alone cut by NER's tokenizer ({@link #alone}).
     */
    private static final class Words {
        /** the article's tokens and the first of the paragraph's, or null for a paragraph alone */
        private final ArticleTokens.Part at;
        private final int from;
        private final int size;
        /** a paragraph alone: its tokens and their forms */
        private final List<Token> tokens;
        private final String[] forms;

        private Words(ArticleTokens.Part at, int from, int size, List<Token> tokens, String[] forms) {
            this.at = at;
            this.from = from;
            this.size = size;
            this.tokens = tokens;
            this.forms = forms;
        }

        /**
         * The paragraph's tokens read off the article's, where it stands among them ({@code at}): NER's
         * tokenizer cuts a paragraph alone as it cuts it inside the article's text, where blank lines stand
         * around it. Their forms are their records'.
         */
        static Words of(String p, ArticleTokens.Part at) {
            ArticleTokens.Range range = at.within(p.length());
            return new Words(at, range.from(), range.to() - range.from(), null, null);
        }

        /** The paragraph's tokens as NER's tokenizer cuts them. */
        static Words alone(String p) {
            List<Token> tokens = new ArrayList<>();
            Tokenizer.sentences(p).forEach(tokens::addAll);
            String[] forms = new String[tokens.size()];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = ArabicNormalizer.normalize(tokens.get(i).text());
            }
            return new Words(null, 0, tokens.size(), tokens, forms);
        }

        int size() {
            return size;
        }

        /** Where token {@code k} starts in the paragraph. */
        int start(int k) {
            return at != null ? at.start(from + k) : tokens.get(k).start();
        }

        /** Where token {@code k} ends in the paragraph. */
        int end(int k) {
            return at != null ? at.end(from + k) : tokens.get(k).end();
        }

        /** Token {@code k} as written. */
        String text(int k) {
            return at != null ? at.record(from + k).text() : tokens.get(k).text();
        }

        /** The matching form of token {@code k} ({@link ArabicNormalizer#normalize}). */
        String form(int k) {
            return at != null ? at.record(from + k).form() : forms[k];
        }

        /** The reporting verbs whose first word token {@code k}'s form may be ({@link #verbsHeadedBy}). */
        int[] verbsFrom(int k) {
            return at != null ? at.record(from + k).get(VERB_HEADS, r -> verbsHeadedBy(r.form())) : verbsHeadedBy(forms[k]);
        }
    }

    /**
     * The reporting verbs of a written word as a first word ({@link #verbsHeadedBy}), kept on its record: asked of
     * nearly every token of every paragraph, and the look-up by form read the form's string first (a cache
     * miss for most words: 3.5% of the stages' profile samples), where the record's field is at hand.
     */
    private static final WordRecord.Slot<int[]> VERB_HEADS = WordRecord.slot();
    private static final int[] NO_VERBS = new int[0];

    /** The indices in {@link #VERBS} of the verbs a word of this form may start, in list order; none for most. */
    private static int[] verbsHeadedBy(String form) {
        return VERBS_BY_ANY_HEAD.getOrDefault(form, NO_VERBS);
    }

    private static List<List<String>> phrases(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String l : lines) {
            out.add(List.of(ArabicNormalizer.normalize(l).split("\\s+")));
        }
        return out;
    }
}

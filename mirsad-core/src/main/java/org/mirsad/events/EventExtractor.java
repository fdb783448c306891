package org.mirsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mirsad.model.Entity;
import org.mirsad.model.Event;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.tokens.ArticleTokens;

/**
 * Who did what to whom in one sentence. A trigger from the lexicon names the event type; context
 * words cancel it (negation, questions, conditionals, fears and intentions, prevention, figurative
 * use, events of years past); the actors around it are its source and target.
 *
 * <p>Arabic news writes both verb-first (صادقت كوريا الشمالية على معاهدة مع روسيا: source after
 * the verb) and subject-first (إن جنوداً أذربيجانيين قتلوا خمسة جنود روس: source before it). The
 * source is the nearest actor before the trigger in its clause, else the first actor after it, else
 * the one who reports (وقالت الشرطة إن 98 شخصا أوقفوا …). The target is the next actor after the
 * trigger that is not on the source's side, with the actors conjoined to it (يريفان وباكو).
 */
public final class EventExtractor {

    private static final int NEGATION_REACH = 3;
    private static final int CONDITION_REACH = 8;
    private static final int OBJECT_REACH = 3;
    /**
     * "في عام 2022", "عام ٢٠٠٨", "في بداية 2012", "العام الماضي", "في عهد القذافي": a report of the
     * past (years before the article's; any year when the article's is unknown).
     */
    private static final Pattern YEAR = Pattern.compile("(?:(?:عام|العام)\\s+(\\d{3,4}))|(?:(?:في|بدايه|نهايه|مطلع|اواخر)\\s+((?:19|20)\\d\\d))");
    private static final java.util.List<String> PAST = java.util.List.of("العام الماضي", "منذ عام", "في عهد", "يومذاك",
            "ويومذاك");
    /** An almanac line, "on this day": the sentence opens with a year and a dash (1975 - …). */
    private static final Pattern ALMANAC = Pattern.compile("^\\s*(?:1[0-9]|20)\\d\\d\\s*[-–—:]");
    private static final java.util.Set<String> REPORTING = java.util.Set.of("قال", "قالت", "اعلن", "اعلنت", "ذكر",
            "ذكرت", "اكد", "اكدت", "افاد", "افادت", "اوضح", "اوضحت", "اضاف", "اضافت", "صرح", "اشار", "اشارت");

    private final EventLexicon lexicon;
    private final ActorFinder actors;

    public EventExtractor() {
        this(EventLexicon.SHIPPED);
    }

    EventExtractor(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.actors = new ActorFinder(lexicon);
    }

    /**
     * @param sentence    one sentence
     * @param entities    the article's entities (their mentions become actors); may be empty
     * @param articleYear the year the article was published, or 0 when unknown: events in a sentence
     *                    that names an earlier year are history, not news
     */
    public List<Event> extract(String sentence, List<Entity> entities, int articleYear) {
        return extract(sentence, ActorFinder.byMention(entities), articleYear);
    }

    /** As {@link #extract(String, List, int)}, with the article's entities already indexed by mention. */
    List<Event> extract(String sentence, PhraseMatcher<Entity> entities, int articleYear) {
        return extract(sentence, entities, articleYear, null);
    }

    /** As {@link #extract(String, PhraseMatcher, int)}, the words' types read from the article's tokens where they are (null: none). */
    List<Event> extract(String sentence, PhraseMatcher<Entity> entities, int articleYear, ArticleTokens.Part part) {
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        if (part != null && !Words.mayStartIn(part, sentence.length(), lexicon.triggers)) {
            return List.of(); // no trigger can start at any of its words: most sentences, let go before listing them
        }
        List<Word> tokens = Words.of(sentence, part); // read off the article's tokens where they cut it alike
        if (tokens.isEmpty()) {
            return List.of();
        }
        // most sentences name no trigger: they are let go before their actors are found and the tests
        // that cancel a trigger (history, questions) read their text
        List<PhraseMatcher.Match<EventLexicon.Trigger>> triggers = lexicon.triggers.findAll(tokens);
        if (triggers.isEmpty() || isHistory(sentence, articleYear) || isQuestion(sentence, tokens)) {
            return List.of();
        }
        boolean noAssault = mentions(tokens, EventLexicon.Context.SPORTS) || mentions(tokens, EventLexicon.Context.ACCIDENT);
        List<Actor> found = actors.find(tokens, entities);
        Actor reporter = reporter(tokens, found);
        List<Event> out = new ArrayList<>();
        int lastEnd = -1;
        String lastType = null;
        int lastClause = -1;
        for (int k = 0; k < triggers.size(); k++) {
            PhraseMatcher.Match<EventLexicon.Trigger> m = triggers.get(k);
            if (m.from() < lastEnd || cancelled(tokens, m) || figurative(tokens, triggers, k)
                    || (noAssault && m.value().type().equals("ASSAULT"))) {
                continue;
            }
            int clause = clauseStart(tokens, m.from());
            String type = m.value().type();
            if (type.equals(lastType) && clause == lastClause) {
                continue; // one event named twice in a clause: شنّت … عملية عسكرية
            }
            Actor source = source(tokens, found, m, clause, reporter);
            List<Actor> targets = targets(found, m, source);
            String trigger = sentence.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            out.add(new Event(type, source == null ? null : source.label(), label(targets), trigger, sentence.strip()));
            lastEnd = m.to();
            lastType = type;
            lastClause = clause;
        }
        return out;
    }

    /**
     * Whether a trigger may start in the first {@code length} characters of the article's text at {@code part}:
     * false when no trigger can start at any of their words ({@link Words#mayStartIn}), so that no sentence of
     * theirs yields an event (a sentence boundary never cuts an Arabic word: it follows a mark, a token of its own).
     */
    boolean mayHaveTrigger(int length, ArticleTokens.Part part) {
        return Words.mayStartIn(part, length, lexicon.triggers);
    }

    private boolean cancelled(List<Word> tokens, PhraseMatcher.Match<EventLexicon.Trigger> m) {
        // Conditions and fears reach over "أن" (يخشى الغرب أن تهاجم …) but not over punctuation.
        for (int i = m.from() - 1; i >= Math.max(0, m.from() - CONDITION_REACH); i--) {
            Word t = tokens.get(i);
            if (isPunctuation(t)) {
                break;
            }
            if (m.from() - i <= NEGATION_REACH && lexicon.is(EventLexicon.Context.NEGATION, t)) {
                return true;
            }
            if (lexicon.is(EventLexicon.Context.CONDITIONAL, t) || lexicon.is(EventLexicon.Context.MODAL, t)) {
                return true;
            }
        }
        return m.from() > 0 && lexicon.is(EventLexicon.Context.PREVENTION, tokens.get(m.from() - 1))
                || m.value().type().equals("PROTEST") && !m.value().verb() && m.to() - m.from() == 1
                && pronounNotTehMarbuta(tokens.get(m.from()));
    }

    /**
     * The protest nouns that end in ه in matching form are written with ة (مظاهرة, تظاهرة, مسيرة); written
     * with ه, the ه is a pronoun on another noun: مظاهره "its manifestations", مسيره "his course".
     */
    private static boolean pronounNotTehMarbuta(Word trigger) {
        String written = trigger.text();
        int last = written.length() - 1;
        while (last >= 0 && ArabicNormalizer.isMark(written.charAt(last))) {
            last--;
        }
        return trigger.form().endsWith("\u0647") && last >= 0 && written.charAt(last) == '\u0647';
    }

    /**
     * A "media attack": the trigger is followed by a figurative word, or it is a verb whose object
     * (a trigger of the same type within {@value #OBJECT_REACH} words) is (شن الوزير هجوماً إعلامياً).
     */
    private boolean figurative(List<Word> tokens, List<PhraseMatcher.Match<EventLexicon.Trigger>> triggers, int k) {
        PhraseMatcher.Match<EventLexicon.Trigger> m = triggers.get(k);
        if (m.to() < tokens.size() && lexicon.is(EventLexicon.Context.FIGURATIVE, tokens.get(m.to()))) {
            return true;
        }
        for (int j = k + 1; j < triggers.size() && triggers.get(j).from() - m.to() < OBJECT_REACH; j++) {
            PhraseMatcher.Match<EventLexicon.Trigger> object = triggers.get(j);
            if (m.value().verb() && object.value().type().equals(m.value().type()) && object.to() < tokens.size()
                    && lexicon.is(EventLexicon.Context.FIGURATIVE, tokens.get(object.to()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunctuation(Word t) {
        return t.clauseBreak() && t.text().length() == 1 && !Character.isLetterOrDigit(t.text().charAt(0));
    }

    private boolean mentions(List<Word> tokens, EventLexicon.Context context) {
        for (Word t : tokens) {
            if (lexicon.is(context, t)) {
                return true;
            }
        }
        return false;
    }

    private boolean isQuestion(String sentence, List<Word> tokens) {
        String s = sentence.strip();
        return s.endsWith("؟") || s.endsWith("?") || lexicon.is(EventLexicon.Context.QUESTION, tokens.get(0));
    }

    private static boolean isHistory(String sentence, int articleYear) {
        String s = ArabicNormalizer.normalize(sentence);
        for (String past : PAST) {
            if (s.contains(past)) { // a plain search: far cheaper than one alternation tried at every character
                return true;
            }
        }
        if (!hasDigit(s)) {
            return false; // YEAR and ALMANAC both need a digit: most sentences have none, and skip both searches
        }
        if (ALMANAC.matcher(s).find()) {
            return true;
        }
        if (!mayNameYear(s)) {
            return false;
        }
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1) != null ? y.group(1) : y.group(2));
            if (articleYear == 0 || year < articleYear) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #YEAR} could match: its first form needs عام, its second a 19 or 20 right after white
     * space. Tried at every character, the pattern cost more than this scan of the sentences with digits.
     */
    private static boolean mayNameYear(String s) {
        return s.contains("\u0639\u0627\u0645") || afterSpace(s, "19") || afterSpace(s, "20");
    }

    /** Whether {@code digits} stand somewhere in {@code s} right after white space. */
    private static boolean afterSpace(String s, String digits) {
        for (int i = s.indexOf(digits, 1); i >= 0; i = s.indexOf(digits, i + 1)) {
            if (isRegexSpace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** An ASCII digit, what {@code \d} matches (the matching form has folded Arabic-Indic digits to them). */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token of the clause holding {@code index}. */
    private static int clauseStart(List<Word> tokens, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (tokens.get(i).clauseBreak()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** In "وقالت الشرطة إن …", the police: the default source of what the report says happened. */
    private static Actor reporter(List<Word> tokens, List<Actor> found) {
        if (!REPORTING.contains(tokens.get(0).bare()) || found.isEmpty()) {
            return null;
        }
        Actor first = found.get(0);
        for (int i = 1; i < first.from(); i++) {
            if (tokens.get(i).clauseBreak()) {
                return null;
            }
        }
        return first.from() <= 3 ? first : null;
    }

    private static Actor source(List<Word> tokens, List<Actor> found, PhraseMatcher.Match<?> m, int clause,
                                Actor reporter) {
        Actor before = null;
        for (Actor a : found) {
            if (a.from() >= clause && a.to() <= m.from()) {
                before = a;
            }
        }
        if (before != null && before != reporter) {
            return before;
        }
        for (Actor a : found) {
            // after the trigger's first word: a verb's subject may sit inside the phrase (صادقت مصر على)
            if (a.from() > m.from() && !crossesClause(tokens, m.from() + 1, a.from())) {
                return a;
            }
        }
        return before != null ? before : reporter;
    }

    private static boolean crossesClause(List<Word> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).clauseBreak()) {
                return true;
            }
        }
        return false;
    }

    private static List<Actor> targets(List<Actor> found, PhraseMatcher.Match<?> m, Actor source) {
        List<Actor> out = new ArrayList<>();
        int after = source != null && source.from() > m.from() ? Math.max(source.to(), m.to()) : m.to();
        for (Actor a : found) {
            if (a.from() < after || a.sameSideAs(source)) {
                continue;
            }
            if (out.isEmpty()) {
                out.add(a);
            } else if (a.from() == out.get(out.size() - 1).to() && out.stream().noneMatch(a::sameSideAs)) {
                out.add(a); // conjoined: يريفان وباكو (the و sits on the second word)
            } else {
                break;
            }
        }
        return out;
    }

    private static String label(List<Actor> actors) {
        return actors.isEmpty() ? null : String.join(", ", actors.stream().map(Actor::label).toList());
    }
}

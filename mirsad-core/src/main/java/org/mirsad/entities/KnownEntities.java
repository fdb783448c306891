package org.mirsad.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mirsad.agencies.Agency;
import org.mirsad.agencies.AgencyMatcher;
import org.mirsad.gazetteer.Actor;
import org.mirsad.gazetteer.ActorDictionary;
import org.mirsad.gazetteer.Countries;
import org.mirsad.gazetteer.GivenNames;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.ArabicTokenizer;
import org.mirsad.gazetteer.Country;
import org.mirsad.model.EntityType;
import org.mirsad.ner.WordList;
import org.mirsad.text.WordCache;

/**
 * Every actor known from data, indexed by matching key, by consonant skeleton and by surname: the
 * curated {@code known_entities.tsv} (Latin names, common spellings) first, then the country tables, the
 * news agencies' table ({@code agencies.tsv}, whose credit spellings name an agency only in an article that
 * credits it: {@link #credit}), then Universal-PETRARCH's actor dictionary. An earlier source wins a key.
 */
final class KnownEntities {

    private static final Set<String> GROUP_NOUNS = new HashSet<>(WordList.load(KnownEntities.class, "group_nouns.txt"));
    /** {@link #similar}'s answer when no actor is: a cache holds no null. */
    private static final Known NO_ACTOR = new Known("", null, "", null);
    static final KnownEntities DEFAULT = new KnownEntities();

    /** matching key (tokens joined by a space) → actor */
    private final Map<String, Known> byKey = new HashMap<>();
    /** keys that may be searched for in running text (curated table and countries, not the actor dictionary) */
    private final Set<String> findable = new HashSet<>();
    /** the first matching token of every findable key: most words start none, and are rejected at once */
    private final Set<String> findableFirstWords = new HashSet<>();
    /**
     * the keys of the first one, two, … tokens of every findable key: a span of text that starts no
     * findable name is not read further, nor its longer spans tried
     */
    private final Set<String> findablePrefixes = new HashSet<>();
    private final SkeletonIndex fullNames = new SkeletonIndex();
    private final SkeletonIndex surnames = new SkeletonIndex();
    /** a person's last name (matching form) → the actor, or null when several share it */
    private final Map<String, Known> bySurname = new HashMap<>();
    /** one-word names of the curated table and the countries written with their article (السعودية), matching form */
    private final Set<String> withArticle = new HashSet<>();
    /** one-word names of those tables written without an article, matching form (أوروغواي beside الأوروغواي) */
    private final Set<String> withoutArticle = new HashSet<>();
    /** an agency's credit spelling (matching key) → agency table name → the agency */
    private final Map<String, Map<String, Known>> credits = new HashMap<>();
    private int maxWords;

    private KnownEntities() {
        for (String line : WordList.load(KnownEntities.class, "known_entities.tsv")) {
            String[] f = line.split("\t");
            String[] spellings = f[2].split("\\|");
            Known k = new Known("known:" + f[1].toLowerCase(Locale.ROOT), EntityType.valueOf(f[0]), spellings[0], f[1]);
            for (String s : spellings) {
                add(Names.tokens(s), k, true);
                keepIfWithArticle(s);
            }
        }
        for (Country c : Countries.all()) {
            Known k = new Known("country:" + c.alpha3(), EntityType.LOC, c.arabic().get(0), c.english());
            for (String s : c.arabic()) {
                add(Names.tokens(s), k, true);
                keepIfWithArticle(s);
            }
        }
        for (Agency a : AgencyMatcher.table()) {
            Known k = new Known("agency:" + a.name().toLowerCase(Locale.ROOT), EntityType.ORG, arabic(a.spellings()), latin(a));
            for (String s : a.spellings()) {
                if (isArabic(s)) {
                    add(Names.tokens(s), k, true);
                }
            }
            for (String s : a.creditSpellings()) {
                if (isArabic(s)) {
                    credits.computeIfAbsent(Names.key(Names.tokens(s)), x -> new HashMap<>()).put(a.name(), k);
                }
            }
        }
        for (Actor a : ActorDictionary.all()) {
            List<String> tokens = Names.tokens(a.name());
            // a one-letter word is a clitic the dictionary wrote apart (ل عراقي): such an entry would claim
            // the glued form (للعراق) for itself
            if (tokens.size() >= 2 && tokens.stream().allMatch(t -> t.length() > 1)) {
                add(tokens, new Known("actor:" + Names.key(tokens), null, a.name(), null), false);
            }
        }
        bySurname.forEach((surname, k) -> {
            if (k != null) {
                surnames.add(Names.skeleton(List.of(surname)), k);
            }
        });
    }

    /** The agency's first Arabic spelling: how the table names it (وكالة الأنباء السعودية). */
    private static String arabic(List<String> spellings) {
        return spellings.stream().filter(KnownEntities::isArabic).findFirst().orElse(spellings.get(0));
    }

    /** The agency's longest spelling in Latin letters (Agence France-Presse, not AFP), else its table name. */
    private static String latin(Agency a) {
        String best = a.name();
        for (String s : a.spellings()) {
            if (!isArabic(s) && s.length() > best.length()) {
                best = s;
            }
        }
        return best;
    }

    private static boolean isArabic(String s) {
        return s.chars().anyMatch(c -> ArabicTokenizer.isArabicLetter((char) c));
    }

    /**
     * The agency that these matching tokens name as a credit (واس, أ ف ب, قنا) among the agencies an article
     * cites ({@code cited}: their table names), or null. A credit spelling is a town (قنا), an adjective
     * (الفرنسية) or a given name (فارس) elsewhere: only an article that credits the agency makes it the agency.
     */
    Known credit(List<String> tokens, List<String> cited) {
        Map<String, Known> agencies = cited.isEmpty() ? null : credits.get(Names.key(tokens));
        if (agencies == null) {
            return null;
        }
        for (String name : cited) {
            Known k = agencies.get(name);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    private void keepIfWithArticle(String spelling) {
        // the article is written with a bare alef: أل of ألمانيا is the name's own (its matching form starts ال too)
        String form = ArabicNormalizer.normalize(spelling).strip();
        if (Names.tokens(form).size() == 1) {
            (spelling.strip().startsWith("\u0627\u0644") ? withArticle : withoutArticle).add(form);
        }
    }

    /**
     * Whether this matching form, one word, is a known name as written with its article, and never without
     * it: السعودية is the country though it has an adjective's form, where المالي ("the financial") is not
     * مالي, and سعودية alone is the adjective (but أوروغواي is Uruguay as الأوروغواي is).
     */
    boolean namedWithArticle(String form) {
        return withArticle.contains(form) && !withoutArticle.contains(form.substring(2));
    }

    /** Whether this matching form, one word, is a known name written without an article, and never with one (مالي). */
    boolean namedWithoutArticle(String form) {
        return withoutArticle.contains(form) && !withArticle.contains("\u0627\u0644" + form);
    }

    private void add(List<String> tokens, Known k, boolean searchable) {
        if (tokens.isEmpty()) {
            return;
        }
        String key = Names.key(tokens);
        if (byKey.putIfAbsent(key, k) != null) {
            return;
        }
        if (searchable) {
            findable.add(key);
            findableFirstWords.add(tokens.get(0));
            for (int words = 1; words <= tokens.size(); words++) {
                findablePrefixes.add(Names.key(tokens.subList(0, words)));
            }
            maxWords = Math.max(maxWords, tokens.size());
        }
        String skeleton = Names.skeleton(tokens);
        if (skeleton.length() >= 3) {
            fullNames.add(skeleton, k);
        }
        boolean person = k.type() == EntityType.PER
                || k.type() == null && tokens.size() <= 3 && !GROUP_NOUNS.contains(tokens.get(0));
        // a lineage name's last word is a forebear or the house (سلمان بن عبدالعزيز آل سعود), no surname that
        // names the person alone as بوتين does
        if (tokens.size() >= 2 && person && !Names.namedByLineage(tokens)) {
            String surname = tokens.get(tokens.size() - 1);
            if (bySurname.containsKey(surname) && !sameActor(bySurname.get(surname), k)) {
                bySurname.put(surname, null);
            } else {
                bySurname.put(surname, k);
            }
        }
    }

    private static boolean sameActor(Known a, Known b) {
        return a != null && a.key().equals(b.key());
    }

    /** The actor with exactly these matching tokens (any source), or null. */
    Known exact(List<String> tokens) {
        Known k = byKey.get(Names.key(tokens));
        if (k == null && tokens.size() == 1) {
            k = bySurname.get(tokens.get(0));
        }
        return k;
    }

    /** Whether this key ({@link Names#key}) is a findable one. */
    boolean findableKey(String key) {
        return findable.contains(key);
    }

    /** Whether some findable key starts with the tokens of this key (or is it). */
    boolean opensFindable(String key) {
        return findablePrefixes.contains(key);
    }

    /** Whether some findable name starts with this matching token; a cheap test before building keys. */
    boolean startsFindable(String firstToken) {
        return findableFirstWords.contains(firstToken);
    }

    int maxWords() {
        return maxWords;
    }

    /**
     * {@link #similar} of the names already asked, by key: every mention asks it of its name (and of its
     * readings without a clitic), with a skeleton and a look-up per one-letter deletion each time, while
     * news names the same few thousand actors again and again.
     */
    private final WordCache<Known> similarByKey = new WordCache<>(20_000);

    /** The actor whose name differs from these tokens only by transliteration, if exactly one does. */
    Known similar(List<String> tokens) {
        // the key stands for the tokens: they hold no space (Names#tokens splits on spaces)
        Known k = similarByKey.get(Names.key(tokens), key -> {
            Known found = similarOf(tokens);
            return found == null ? NO_ACTOR : found;
        });
        return k == NO_ACTOR ? null : k;
    }

    private Known similarOf(List<String> tokens) {
        Known found = similarOfName(tokens);
        List<String> usual = Names.usualForm(tokens);
        // سلمان بن عبدالعزيز آل سعود is the dictionary's سلمان بن عبد العزيز, عادل بن أحمد الجبير its عادل الجبير
        return found == null && usual != tokens ? similarOfName(usual) : found;
    }

    private Known similarOfName(List<String> tokens) {
        Known exact = exact(tokens);
        if (exact != null) {
            return exact;
        }
        String skeleton = Names.skeleton(tokens);
        // three-letter skeletons are too common to match whole names loosely (أوروبا/أروبا); a person's
        // surname alone may (بوتن/بوتين), since persons are indexed by surname only when it is unique. A
        // one-word name must have the very skeleton: one letter more or less is another word too often
        // (بلندن "in London" is not بولندا, بوسطن not باكستان, هولاند not هولندا), where a longer name
        // keeps its one-letter tolerance (شي جين بينغ, شي جي بينغ)
        boolean oneWord = tokens.size() == 1;
        List<Known> found = skeleton.length() < 4 ? List.of() : oneWord ? fullNames.findEqual(skeleton) : fullNames.find(skeleton);
        if (found.isEmpty() && oneWord && skeleton.length() >= 3) {
            found = surnames.findEqual(skeleton); // a surname alone, spelled differently (بوتن for بوتين)
        }
        if (skeleton.length() < 4) {
            // folded skeletons are loose for short names: keep those whose own letters agree
            found = found.stream().filter(k -> Names.sameName(tokens, Names.tokens(k.arabic()))
                    || Names.sameName(tokens, lastWord(k))).toList();
        } else if (!found.isEmpty()) {
            // one skeleton, two given names: محمد عباس is not محمود عباس; a surname one letter off is another
            // person (جون كيربي is not جون كيري); and an Arabic given name alone is only that very name (سلمان
            // is no misspelling of the surname سلامينا)
            boolean givenName = oneWord && GivenNames.isArabic(tokens.get(0));
            found = found.stream().filter(k -> {
                List<String> name = Names.tokens(k.arabic());
                return givenName ? lastWord(k).equals(tokens) || name.equals(tokens)
                        : !Names.givenNamesDiffer(tokens, name) && Names.surnamesAgree(tokens, name);
            }).toList();
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static List<String> lastWord(Known k) {
        List<String> t = Names.tokens(k.arabic());
        return t.isEmpty() ? t : t.subList(t.size() - 1, t.size());
    }
}

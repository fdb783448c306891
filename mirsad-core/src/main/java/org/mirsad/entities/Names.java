package org.mirsad.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mirsad.gazetteer.GivenNames;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Clitics;

/**
 * How two written names are compared: their matching tokens (normalised, the article ال removed) and
 * their consonant skeletons. Transliterated foreign names differ mostly in long-vowel letters
 * (ديميتري/دميتري, بوتين/بوتن), in a nasal or doubled letter (جين/جي) and in which Arabic letter stands
 * for a foreign g, q or emphatic (بينغ/بينج): the skeleton drops the vowel letters and folds those letter
 * pairs, and {@link #similar} then allows one inserted or deleted letter in longer names, never a
 * substituted one (جونسون/جاكسون stay apart).
 */
final class Names {

    static final char ALEF = '\u0627';
    static final char WAW = '\u0648';
    static final char YEH = '\u064A';
    static final char HAMZA = '\u0621';
    static final char WAW_WITH_HAMZA = '\u0624';
    static final char YEH_WITH_HAMZA = '\u0626';
    static final char GHAIN = '\u063A';
    static final char JEEM = '\u062C';
    static final char QAF = '\u0642';
    static final char KAF = '\u0643';
    static final char TAH = '\u0637';
    static final char TEH = '\u062A';
    static final char SAD = '\u0635';
    static final char SEEN = '\u0633';
    static final char THAL = '\u0630';
    static final char ZAIN = '\u0632';
    static final char HEH = '\u0647';
    /** The longest word whose final ا {@link #withoutWawYeh} reads as the accusative's. */
    private static final int ACCUSATIVE_MAX = 5;
    private static final String BIN = "\u0628\u0646";
    private static final String BINT = "\u0628\u0646\u062A";
    static final String ABD = "\u0639\u0628\u062F";
    static final String ARTICLE = "\u0627\u0644";
    /** {@link #isLink}, as written: the links that open a name, then all (سان, سانت, لوس of foreign places too) */
    private static final Set<String> OPENING_LINKS = Set.of("\u0627\u0628\u0646", "\u0625\u0628\u0646", "\u0623\u0628\u0648",
            "\u0627\u0628\u0648", "\u0633\u0627\u0646", "\u0633\u0627\u0646\u062A", "\u0644\u0648\u0633");
    private static final Set<String> LINKS = Set.of(BIN, "\u0627\u0628\u0646", "\u0625\u0628\u0646", BINT,
            "\u0623\u0628\u0648", "\u0627\u0628\u0648", "\u0623\u0628\u064A", "\u0623\u0628\u0627", "\u0622\u0644", ABD,
            "\u0633\u0627\u0646", "\u0633\u0627\u0646\u062A", "\u0644\u0648\u0633");

    /** Spaces and punctuation between a name's words; compiled once (String.split compiled it per call, hot in extract). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}«»“”،]+");

    private Names() {
    }

    /** The matching tokens of a written name: normalised, split on spaces, each without its article. */
    static List<String> tokens(String written) {
        String norm = ArabicNormalizer.normalize(written).strip();
        List<String> out = new ArrayList<>();
        if (norm.isEmpty()) {
            return out;
        }
        if (!hasSeparator(norm)) {
            out.add(withoutArticle(norm)); // one word, the common case: no splitting
            return out;
        }
        for (String t : SEPARATORS.split(norm)) {
            if (!t.isEmpty()) {
                out.add(withoutArticle(t));
            }
        }
        return out;
    }

    /**
     * The token without its article ال when a stem of {@link Clitics#MIN_STEM} letters is left: what
     * {@link Clitics#withoutArticle} gives a token that starts with ال (of all its proclitic combinations only
     * ال opens such a token), without its scan over every combination, which was most of the time of finding
     * the gazetteers' names in running text (asked of every word read with and without its clitic).
     */
    private static String withoutArticle(String token) {
        return token.startsWith("ال") && token.length() - 2 >= Clitics.MIN_STEM ? token.substring(2) : token;
    }

    /** Whether {@link #SEPARATORS} would split this text: a space, ASCII punctuation, «»“” or ،. */
    private static boolean hasSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c < 128 && !Character.isLetterOrDigit(c) && c > ' '
                    || c == '«' || c == '»' || c == '“' || c == '”' || c == '،') {
                return true;
            }
        }
        return false;
    }

    /**
     * A lineage name (… بن …) in the form news gives it from one article to the next: a person and father
     * (محمد بن نايف for محمد بن نايف بن عبدالعزيز; سلمان بن عبدالعزيز for سلمان بن عبدالعزيز آل سعود and تميم بن
     * حمد for تميم بن حمد آل ثاني, as the actor dictionary mostly writes them), or given name and family name
     * where a family name other than آل … closes it (عادل الجبير for عادل بن أحمد الجبير) or a lineage ends in
     * a family branch rather than a given name (فهد بن عبدالعزيز بن معمر: فهد معمر, never the king فهد بن
     * عبدالعزيز). Other names come back as they are (the same list).
     */
    static List<String> usualForm(List<String> tokens) {
        int n = tokens.size();
        int bin = tokens.indexOf(BIN);
        if (bin < 1 || bin > 2 || bin == 2 && !tokens.get(0).equals(ABD)) {
            return tokens; // the given name is one word or عبد and one
        }
        int father = afterGivenName(tokens, bin + 1);
        int i = bin;
        int lastLink = bin;
        while (i < n && tokens.get(i).equals(BIN)) {
            lastLink = i;
            i = afterGivenName(tokens, i + 1);
        }
        if (i == n - 2 && tokens.get(i).equals(ARTICLE)) {
            return tokens.subList(0, father); // آل is ال once normalised
        }
        if (i == n && father < n) {
            // a lineage alone: its last link is an ancestor's given name (… بن عبدالعزيز) or the branch of
            // the family (فهد بن عبدالعزيز بن معمر is not فهد بن عبدالعزيز), which names the person as a family does
            List<String> last = tokens.subList(lastLink + 1, n);
            return givenName(last) ? tokens.subList(0, father) : withFamily(tokens.subList(0, bin), last);
        }
        if (i == n - 1 && !tokens.get(i).equals(ARTICLE)) {
            return withFamily(tokens.subList(0, bin), tokens.subList(i, n));
        }
        return tokens;
    }

    /** Whether these tokens are an Arabic given name: one of the list, or عبد and a word (عبد العزيز). */
    private static boolean givenName(List<String> name) {
        return name.get(0).equals(ABD) || name.size() == 1 && GivenNames.isArabic(name.get(0));
    }

    private static List<String> withFamily(List<String> given, List<String> family) {
        List<String> out = new ArrayList<>(given);
        out.addAll(family);
        return out;
    }

    /** Whether a name is known by its lineage even in its usual form (محمد بن نايف), not by a family name. */
    static boolean namedByLineage(List<String> tokens) {
        return usualForm(tokens).contains(BIN);
    }

    /** Where the given name at {@code i} ends: after عبد and its word, else after one word ({@code n + 1} past the end). */
    static int afterGivenName(List<String> tokens, int i) {
        return i < tokens.size() && tokens.get(i).equals(ABD) ? i + 2 : i + 1;
    }

    /**
     * Whether a written word links a name to the word after it: بن, ابن, بنت of a lineage, أبو, أبي, أبا of a
     * kunya, آل of a family, عبد of a theophoric name; سان, سانت, لوس of a foreign place (سان بطرسبرج, لوس
     * أنجلوس; not فان, which is also فإن written bare). A name never ends on one. Asked of the word as written
     * (marks aside), as normalised forms fold what is no link into one: آبي (Abe) and أبي, إل (L) and آل.
     * {@code alone}: whether the word is the whole name so far, where only one that opens a name counts (ابن
     * منظور, أبو مسلم): أبي alone is "my father".
     */
    static boolean isLink(String written, boolean alone) {
        String w = ArabicNormalizer.withoutMarks(written);
        return alone ? OPENING_LINKS.contains(w) : LINKS.contains(w);
    }

    /** Whether a written word carries tanween (ً ٌ ٍ), the mark of an indefinite noun, which no name takes. */
    static boolean hasTanween(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
        }
        return false;
    }

    /** Whether a written word is بن or بنت, "son of", "daughter of": a link inside a lineage, never its first word. */
    static boolean isSonOrDaughter(String written) {
        String w = ArabicNormalizer.withoutMarks(written);
        return w.equals(BIN) || w.equals(BINT);
    }

    /** The tokens joined by a space: a one-token name's key is its token (no copy). */
    static String key(List<String> tokens) {
        return tokens.size() == 1 ? tokens.get(0) : String.join(" ", tokens);
    }

    /** The consonant skeleton of matching tokens, glued (spaces carry no information in glued forms). */
    static String skeleton(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (i > 0 && isVowelLetter(c)) {
                    continue;
                }
                char folded = fold(c);
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) == folded && i > 0) {
                    continue; // a doubled consonant is one sound
                }
                sb.append(folded);
            }
        }
        return sb.toString();
    }

    /** The first letter of a non-empty token's skeleton ({@link #skeleton}: its first letter folded, never dropped). */
    static char skeletonStart(String token) {
        return fold(token.charAt(0));
    }

    /**
     * Same name, spelled two ways: similar skeletons; for short names (three-letter skeletons) the
     * letters must also agree apart from medial و and ي, so that بوتن/بوتين agree but عمار/عمر and سون/صين do
     * not; two different listed given names at one place keep two names apart ({@link #givenNamesDiffer}); and
     * names of several words must end in one surname ({@link #surnamesAgree}).
     */
    static boolean sameName(List<String> a, List<String> b) {
        return sameName(a, skeleton(a), b, skeleton(b));
    }

    /** {@link #sameName(List, List)} with both skeletons already made (a caller comparing many pairs keeps them). */
    static boolean sameName(List<String> a, String sa, List<String> b, String sb) {
        if (!similar(sa, sb) || givenNamesDiffer(a, b) || !surnamesAgree(a, b)) {
            return false;
        }
        return sa.length() >= 4 || withoutWawYeh(a).equals(withoutWawYeh(b));
    }

    /**
     * Whether two names of two words or more end in one surname by skeleton: a one-letter slip is allowed in
     * the names before it (شي جين بينغ, شي جي بينغ), never in the surname, which tells people apart (جون كيري,
     * جون كيربي, جون بيكر).
     */
    static boolean surnamesAgree(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return true;
        }
        String lastA = a.get(a.size() - 1);
        String lastB = b.get(b.size() - 1);
        return skeleton(List.of(lastA)).equals(skeleton(List.of(lastB))) && endingsAgree(lastA, lastB);
    }

    /**
     * Whether two spellings of a word agree in the endings that make another Arabic word of it: the nisba's ي
     * (سليماني is not سلمان) and the feminine ة, ه once normalised (المنصورة is not منصور). Transliterations
     * of one foreign name differ in their inner vowels (بوتين, بوتن), not so.
     */
    static boolean endingsAgree(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || !endsInEither(a) && !endsInEither(b)) {
            return true;
        }
        return a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
    }

    /** Whether the (normalised) word ends in ي: a nisba's or a name's own, which a skeleton drops. */
    static boolean endsInYeh(String w) {
        return !w.isEmpty() && w.charAt(w.length() - 1) == YEH;
    }

    private static boolean endsInEither(String w) {
        char c = w.charAt(w.length() - 1);
        return c == YEH || c == HEH;
    }

    /**
     * Whether two names hold, at the same place, two different Arabic given names ({@link GivenNames}): محمد
     * عباس is not محمود عباس though their skeletons are one. Names of unequal length are compared by their
     * first word, the given name (محمود بن نايف is not محمد بن نايف بن عبدالعزيز).
     */
    static boolean givenNamesDiffer(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.size() != b.size()) {
            return differentGivenNames(a.get(0), b.get(0));
        }
        for (int i = 0; i < a.size(); i++) {
            if (differentGivenNames(a.get(i), b.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two matching tokens are two different listed given names (سعد, سعيد). عبد, listed for the tagger,
     * is the first half of a name written apart (عبد الله beside عبدالله), never a name of its own here.
     */
    static boolean differentGivenNames(String a, String b) {
        return !a.equals(b) && !a.equals(ABD) && !b.equals(ABD) && GivenNames.isArabic(a) && GivenNames.isArabic(b);
    }

    /**
     * {@link #sameName(List, String, List, String)} of two one-word names ({@code a} and {@code b}, skeletons
     * {@code sa} and {@code sb}): the resolver compares single words of names pair by pair, and each pair
     * made two one-element lists.
     */
    static boolean sameWord(String a, String sa, String b, String sb) {
        if (!similar(sa, sb) || differentGivenNames(a, b) || !endingsAgree(a, b)) {
            return false;
        }
        return sa.length() >= 4 || withoutWawYeh(new StringBuilder(), a).toString()
                .equals(withoutWawYeh(new StringBuilder(), b).toString());
    }

    /** The tokens glued, each without its medial و and ي: what short names must agree in. */
    static String withoutWawYeh(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            withoutWawYeh(sb, t);
        }
        return sb.toString();
    }

    /**
     * Appends the token without its و and ي between its first and last letters: a final ي is a nisba's or a
     * name's own (روحاني is not ريحان, سامي not سام), a medial one a transliteration's vowel (بوتين, بوتن). A
     * final ا after three or four letters is the accusative's (محمدا, ريالا: the word محمد, ريال), dropped; a longer
     * word's is its own (لويزيانا, which without it was لوزان: Louisiana and Lausanne were one name).
     */
    private static StringBuilder withoutWawYeh(StringBuilder sb, String t) {
        int end = t.length() > 3 && t.length() <= ACCUSATIVE_MAX && t.charAt(t.length() - 1) == ALEF ? t.length() - 1 : t.length();
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (i == 0 || i == end - 1 || c != WAW && c != YEH) {
                sb.append(c);
            }
        }
        return sb;
    }


    /** Long-vowel letters and hamza seats: what transliterations of one foreign name disagree on. */
    private static boolean isVowelLetter(char c) {
        return c == ALEF || c == WAW || c == YEH || c == HAMZA || c == WAW_WITH_HAMZA || c == YEH_WITH_HAMZA;
    }

    private static char fold(char c) {
        switch (c) {
            case GHAIN:
                return JEEM;
            case QAF:
                return KAF;
            case TAH:
                return TEH;
            case SAD:
                return SEEN;
            case THAL:
                return ZAIN;
            default:
                return c;
        }
    }

    /**
     * Same name by skeleton: equal skeletons, or for skeletons of four letters or more, one letter
     * inserted or deleted; the first letter must agree.
     */
    static boolean similar(String skeletonA, String skeletonB) {
        if (skeletonA.isEmpty() || skeletonB.isEmpty() || skeletonA.charAt(0) != skeletonB.charAt(0)) {
            return false;
        }
        if (skeletonA.equals(skeletonB)) {
            return true;
        }
        String shorter = skeletonA.length() <= skeletonB.length() ? skeletonA : skeletonB;
        String longer = shorter == skeletonA ? skeletonB : skeletonA;
        if (shorter.length() < 4 || longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}

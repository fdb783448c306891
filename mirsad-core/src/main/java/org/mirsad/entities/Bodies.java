package org.mirsad.entities;

import java.util.List;
import java.util.Set;
import org.mirsad.model.EntityType;
import org.mirsad.ner.Token;
import org.mirsad.ner.WordList;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Clitics;
import org.mirsad.tokens.WordRecord;

/**
 * Government bodies named by what they are: وزارة الداخلية, وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد,
 * هيئة الطيران المدني, شرطة منطقة مكة المكرمة, المديرية العامة للدفاع المدني. ANERcorp, which the tagger learns
 * from, leaves such names untagged, so the tagger never names a ministry (2 of the 2,652 articles of the first
 * 20,000 SaudiNewsNet records that write وزارة ال… had one as an entity). Such a name is found by its shape: a
 * noun of such bodies ({@code bodies.txt}, with a proclitic: بوزارة, لهيئة), then what the body is for, a definite
 * word (الداخلية) or a region (منطقة الرياض, محافظة جدة), then what such names go on with: adjectives (الإسلامية,
 * المدني, the country's: الأمريكية, which the mention then sheds, as a place sheds its adjective), words joined by
 * و and the article (والأوقاف), a purpose (للدفاع المدني). The name's span has the shape {@link NamedAfter}'s
 * have: {@link NamedAfter.Found}, of type ORG.
 */
final class Bodies {

    private static final Set<String> NOUNS = nouns();
    /** Regions a body of a place is named with: منطقة, محافظة, مدينة (matching form). */
    private static final Set<String> REGIONS = Set.of("\u0645\u0646\u0637\u0642\u0647", "\u0645\u062D\u0627\u0641\u0638\u0647",
            "\u0645\u062F\u064A\u0646\u0647");
    /** Words of an adjective's form that tell a time, not the body: الماضي, الحالي, الجاري. */
    private static final Set<String> TIMES = Set.of("\u0627\u0644\u0645\u0627\u0636\u064A", "\u0627\u0644\u062D\u0627\u0644\u064A",
            "\u0627\u0644\u062C\u0627\u0631\u064A");
    /** Definite nouns of a body's shape that name no body (هيئة التدريس: a university's teaching staff). */
    private static final Set<String> NOT_BODIES = Set.of("\u0647\u064A\u0626\u0647 \u0627\u0644\u062A\u062F\u0631\u064A\u0633");
    /** Adjectives of a body's name that have no nisba's form: العامة, العليا, الكبرى (matching form). */
    private static final Set<String> ADJECTIVES = Set.of("\u0627\u0644\u0639\u0627\u0645\u0647",
            "\u0627\u0644\u0639\u0644\u064A\u0627", "\u0627\u0644\u0643\u0628\u0631\u064A");
    private static final char LAM = '\u0644';
    private static final String LAM_LAM = "\u0644\u0644";
    private static final char HEH = '\u0647';
    private static final String FEMININE_PLURAL = "\u0627\u062A";
    private static final String TEH_MARBUTA = "\u0629";
    private static final String YEH = "\u064A";
    /** وزارة, matching form. */
    private static final String MINISTRY = "\u0648\u0632\u0627\u0631\u0647";
    /** Words after the body's noun and its first word: enough for the longest ministry's name. */
    private static final int MAX_MORE = 5;
    private static final int MIN_WORD = 4;

    private Bodies() {
    }

    /**
     * The body's name that begins at token {@code i} of a sentence, or null: its clitic is how many leading letters
     * of the noun's matching form are a proclitic (ب of بوزارة).
     */
    static NamedAfter.Found at(List<Token> s, WordRecord[] records, int i) {
        int n = records.length;
        if (i + 1 >= n || !MentionFinder.isWord(s.get(i)) || !MentionFinder.isWord(s.get(i + 1))) {
            return null;
        }
        String form = records[i].form();
        int clitic = clitic(form);
        String proclitic = clitic < 0 ? "" : form.substring(0, clitic);
        if (clitic < 0 || proclitic.endsWith(LAM_LAM)) {
            return null; // للهيئة: ل and الهيئة, whose alef the text does not write, left to the tagger
        }
        boolean definite = proclitic.endsWith(Names.ARTICLE);
        if (definite) {
            clitic -= Names.ARTICLE.length(); // the article is the name's: والهيئة العامة is الهيئة العامة
        }
        String next = records[i + 1].form();
        String noun = form.substring(clitic + (definite ? Names.ARTICLE.length() : 0));
        int j;
        if (definite) {
            // الهيئة العامة, المحكمة العليا: after a definite noun only an adjective goes with it (البلدية التي,
            // الجمعية الدكتور are the body and a word of the sentence); a ministry with the article is one named
            // before (الوزارة الرئيسية, الوزارة المعنية): its own name is وزارة and what it is for
            if (!adjective(next) || !agrees(s.get(i), s.get(i + 1), next) || noun.equals(MINISTRY)) {
                return null;
            }
            j = i + 2;
        } else if (next.startsWith(Names.ARTICLE) && next.length() >= MIN_WORD && !TIMES.contains(next)
                && !NOT_BODIES.contains(noun + " " + next)) {
            // وزارة الداخلية; شرطة المنطقة (the region's police) only with the region named (المنطقة الشرقية)
            if (REGIONS.contains(next.substring(Names.ARTICLE.length()))
                    && (i + 2 >= n || !MentionFinder.isWord(s.get(i + 2)) || !adjective(records[i + 2].form()))) {
                return null;
            }
            j = i + 2;
        } else if (REGIONS.contains(next) && i + 2 < n && MentionFinder.isWord(s.get(i + 2))) {
            j = i + 3; // شرطة منطقة الرياض, أمانة محافظة جدة
        } else {
            return null;
        }
        for (int more = 0; more < MAX_MORE && j < n && MentionFinder.isWord(s.get(j)); more++) {
            String word = records[j].form();
            if (goesOn(word) && agrees(s.get(j - 1), s.get(j), word)) {
                j++;
            } else if (construct(word) && j + 1 < n && MentionFinder.isWord(s.get(j + 1))
                    && records[j + 1].form().startsWith(Names.ARTICLE)) {
                j += 2; // الرئاسة العامة لشؤون المسجد الحرام, الأمانة العامة لمجلس التعاون: ل, a noun and its complement
            } else {
                break;
            }
        }
        return new NamedAfter.Found(i, j - 1, EntityType.ORG, clitic);
    }

    /** Whether a word is an adjective of a body's name: of the nisba's form (الوطنية, المدني), or العامة, العليا. */
    private static boolean adjective(String form) {
        return !TIMES.contains(form) && (NamedAfter.isAdjective(form) || form.length() >= MIN_WORD + 1 && ADJECTIVES.contains(form));
    }

    /**
     * Whether an adjective may describe the word before it: a masculine nisba (الإلكتروني, الرسمي; not السفلى, whose
     * ى the matching form folds into ي) goes with no feminine noun (ة) nor a plural of things (ات), so موقع الوزارة
     * الإلكتروني, المديرية العامة للجوازات الإلكتروني end before it, where للطيران المدني, التوجيه المعنوي go on.
     * Asked of the words as written: the matching form folds ة into ه too.
     */
    private static boolean agrees(Token before, Token adjective, String adjectiveForm) {
        boolean masculineNisba = NamedAfter.isAdjective(adjectiveForm)
                && ArabicNormalizer.withoutMarks(adjective.text()).endsWith(YEH);
        String b = ArabicNormalizer.withoutMarks(before.text());
        return !masculineNisba || !b.endsWith(TEH_MARBUTA) && !b.endsWith(FEMININE_PLURAL);
    }

    /** A noun after ل that takes a complement: لشؤون, لمجلس, لرعاية (not لل, a purpose of its own). */
    private static boolean construct(String form) {
        return form.length() >= MIN_WORD + 1 && form.charAt(0) == LAM && !form.startsWith(LAM_LAM);
    }

    /** How many leading letters of the word are a proclitic before a body's noun, or -1 when it names none. */
    private static int clitic(String form) {
        if (NOUNS.contains(form)) {
            return 0; // most nouns come bare: asked before the readings
        }
        if (!endsInNoun(form)) {
            return -1; // most words end in no such noun: asked of every token, before its readings are made
        }
        for (String reading : Clitics.procliticReadings(form)) {
            if (NOUNS.contains(reading)) {
                return form.length() - reading.length();
            }
        }
        return -1;
    }

    /** {@code bodies.txt}: each noun ends in ة (ه once normalised), which {@link #endsInNoun} asks first. */
    private static Set<String> nouns() {
        Set<String> nouns = WordList.normalised(Bodies.class, "bodies.txt");
        for (String noun : nouns) {
            if (noun.charAt(noun.length() - 1) != HEH) {
                throw new IllegalStateException("bodies.txt: " + noun + " does not end in \u0629");
            }
        }
        return nouns;
    }

    private static boolean endsInNoun(String form) {
        if (form.isEmpty() || form.charAt(form.length() - 1) != HEH) {
            return false; // every noun of the list ends in ة, ه once normalised
        }
        for (String noun : NOUNS) {
            if (form.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word goes on with a body's name: an adjective (الإسلامية, المدني, السعودية, العامة), a word joined by و
     * and the article (والأوقاف) but a body's noun (أمانة الأحساء والهيئة الملكية: two bodies), a purpose (للدفاع).
     */
    private static boolean goesOn(String form) {
        return adjective(form) || NamedAfter.isPurpose(form)
                || form.length() >= MIN_WORD + 1 && form.charAt(0) == Names.WAW && form.startsWith(Names.ARTICLE, 1)
                && !NOUNS.contains(form.substring(1 + Names.ARTICLE.length())); // والهيئة: a second body begins
    }
}

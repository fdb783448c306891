package org.mirsad.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.model.EntityType;
import org.mirsad.ner.Token;
import org.mirsad.ner.WordList;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Clitics;
import org.mirsad.tokens.WordRecord;

/**
 * Places and bodies named after a person with a title: مركز الملك سلمان للإغاثة والأعمال الإنسانية, مطار الملك
 * عبدالعزيز الدولي, جامعة الإمام محمد بن سعود الإسلامية, مسجد الإمام الصادق. The tagger reads the titled name inside
 * as the person (سلمان was a person in 190 of the first 20,000 SaudiNewsNet articles, most of them naming the relief
 * centre, فهد in 176, mostly the causeway, hospitals and parks), so such a name is found by its shape: a noun of
 * such places ({@code named_after.tsv}, which gives the type), a title ({@code named_after_titles.txt}), the name
 * with its lineage (بن …, آل …), then what such names go on with: up to two adjectives (الدولي, التخصصي) and a
 * purpose (للإغاثة والأعمال الإنسانية, للعلوم والتقنية).
 */
final class NamedAfter {

    private static final Map<String, EntityType> NOUNS = nouns();
    private static final Set<String> TITLES = WordList.normalised(NamedAfter.class, "named_after_titles.txt");
    private static final String BIN = "\u0628\u0646";
    private static final String BINT = "\u0628\u0646\u062A";
    private static final String ABD = "\u0639\u0628\u062F";
    /** آل of a family name, once normalised (آ → ا) */
    private static final String FAMILY = "\u0627\u0644";
    private static final String ARTICLE = "\u0627\u0644";
    private static final String LAM_LAM = "\u0644\u0644";
    private static final int MAX_ADJECTIVES = 2;

    private NamedAfter() {
    }

    /**
     * A name of this shape found at a noun.
     *
     * @param first  the noun's token
     * @param last   the name's last token
     * @param type   the type the noun gives
     * @param clitic how many leading letters of the noun's matching form are a proclitic (ب of بمستشفى)
     */
    record Found(int first, int last, EntityType type, int clitic) {
    }

    /** The name that begins at token {@code i} of a sentence, or null. */
    static Found at(List<Token> s, WordRecord[] records, int i) {
        int n = records.length;
        if (i + 2 >= n || !TITLES.contains(records[i + 1].form()) || !MentionFinder.isWord(s.get(i)) || !MentionFinder.isWord(s.get(i + 2))) {
            return null; // most words are followed by no title: asked first
        }
        String noun = records[i].form();
        EntityType type = null;
        int clitic = 0;
        for (String reading : Clitics.procliticReadings(noun)) {
            type = NOUNS.get(reading);
            if (type != null) {
                clitic = noun.length() - reading.length();
                break;
            }
        }
        if (type == null) {
            return null;
        }
        int j = afterName(s, records, i + 2);
        while (j + 1 < n && isLineage(records[j].form()) && MentionFinder.isWord(s.get(j + 1))) {
            j = afterName(s, records, j + 1);
        }
        if (j + 1 < n && records[j].form().equals(FAMILY) && MentionFinder.isWord(s.get(j + 1))) {
            j += 2; // آل سعود
        }
        for (int a = 0; a < MAX_ADJECTIVES; a++) {
            j = afterAdjective(s, records, j);
        }
        if (j < n && MentionFinder.isWord(s.get(j)) && isPurpose(records[j].form())) {
            // للإغاثة والأعمال الإنسانية, للطاقة الذرية والمتجددة, للأعمال الخيرية والإنسانية: the purpose, an
            // adjective, one more word after و and its adjective; a second و starts what is no part of the name
            // (للعلوم والتقنية والشركة السعودية …)
            j = afterAdjective(s, records, j + 1);
            if (j < n && MentionFinder.isWord(s.get(j)) && isConjunct(records[j].form())) {
                j = afterAdjective(s, records, j + 1);
            }
        }
        return new Found(i, j - 1, type, clitic);
    }

    /**
     * Where the given name at {@code j} ends: after عبد and the word it is written apart from (عبد العزيز), after
     * أبو or أبي and the word it links (علي بن أبي طالب), else after it.
     */
    private static int afterName(List<Token> s, WordRecord[] records, int j) {
        boolean twoWords = j + 1 < records.length && MentionFinder.isWord(s.get(j + 1))
                && (records[j].form().equals(ABD) && records[j + 1].form().startsWith(ARTICLE)
                        || !records[j].form().equals(ABD) && Names.isLink(s.get(j).text(), false));
        return twoWords ? j + 2 : j + 1;
    }

    private static boolean isLineage(String form) {
        return form.equals(BIN) || form.equals(BINT);
    }

    /** An adjective of the name: الدولي, التخصصي, الطبية (ة is ه once normalised). */
    static boolean isAdjective(String form) {
        return form.length() >= 5 && Clitics.isDefiniteNisba(form);
    }

    /** What the place or body is for: للإغاثة, للعلوم, للطاقة. */
    static boolean isPurpose(String form) {
        return form.length() >= 5 && form.startsWith(LAM_LAM);
    }

    /** A further word of the purpose after و: والأعمال, والتقنية, وللبحوث. */
    private static boolean isConjunct(String form) {
        return form.length() >= 5 && (form.startsWith("\u0648" + ARTICLE) || form.startsWith("\u0648" + LAM_LAM));
    }

    /** Past an adjective at {@code j}, if one stands there. */
    private static int afterAdjective(List<Token> s, WordRecord[] records, int j) {
        return j < records.length && MentionFinder.isWord(s.get(j)) && isAdjective(records[j].form()) ? j + 1 : j;
    }

    private static Map<String, EntityType> nouns() {
        Map<String, EntityType> out = new HashMap<>();
        for (String[] row : TsvResource.rows(NamedAfter.class, "named_after.tsv")) {
            out.put(ArabicNormalizer.normalize(row[0]), EntityType.valueOf(row[1]));
        }
        return Map.copyOf(out);
    }
}

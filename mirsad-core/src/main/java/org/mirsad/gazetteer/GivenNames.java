package org.mirsad.gazetteer;

import java.util.HashSet;
import java.util.Set;
import org.mirsad.ner.WordList;
import org.mirsad.text.ArabicNormalizer;

/**
 * Common given names, written for Mirsad: Arabic ({@code given_names_ar.txt}) and the foreign ones Arabic news
 * writes often ({@code given_names_foreign.txt}), in {@link ArabicNormalizer}'s form. The tagger reads
 * membership in either as a feature; the entity resolver reads the Arabic list as a fact of Arabic naming:
 * two of its names that differ only in a long vowel are two names (محمد and محمود, سعد and سعيد, حسن and
 * حسين), where two spellings of one foreign name differ so (دميتري, ديمتري).
 */
public final class GivenNames {

    private static final Set<String> ARABIC = Set.copyOf(WordList.normalised(GivenNames.class, "given_names_ar.txt"));
    private static final Set<String> ALL = union(ARABIC, WordList.normalised(GivenNames.class, "given_names_foreign.txt"));

    private GivenNames() {
    }

    /** Whether this word, in normalised form, is an Arabic given name of the list. */
    public static boolean isArabic(String normalised) {
        return ARABIC.contains(normalised);
    }

    /** Every listed name, Arabic and foreign, normalised. */
    public static Set<String> all() {
        return ALL;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}

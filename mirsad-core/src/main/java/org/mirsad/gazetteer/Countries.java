package org.mirsad.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.ner.WordList;

/**
 * The country tables vendored under {@code org/mirsad/gazetteer} (stefangabos/world_countries, CC BY-SA 4.0;
 * an extract of mledoze/countries, ODbL 1.0; see NOTICE-gazetteer.txt) and the short names Mirsad adds
 * ({@code mirsad_country_names_ar.tsv}: أمريكا, بريطانيا), merged by alpha-3 code.
 */
public final class Countries {

    private static final List<Country> VENDORED;
    private static final List<Country> ALL;

    static {
        // each table is read once: the vendored ones give VENDORED, Mirsad's short names (أمريكا) added to
        // the same maps give ALL
        Map<String, String> english = new LinkedHashMap<>();
        Map<String, List<String>> arabic = new LinkedHashMap<>();
        for (String[] row : csv("stefangabos_countries_en.csv")) {
            english.put(row[2], row[3]);
        }
        for (String[] row : csv("stefangabos_countries_ar.csv")) {
            arabic.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[3]);
        }
        // mledoze's common English names (Syria, Russia, Iran, United Kingdom) replace stefangabos's official ones
        // (Syrian Arab Republic, Russian Federation, "Iran, Islamic Republic of"): what news calls them
        merge("mledoze_countries_ar.tsv", english, arabic, true);
        VENDORED = countries(english, arabic);
        merge("mirsad_country_names_ar.tsv", english, arabic, false);
        ALL = countries(english, arabic);
    }

    private Countries() {
    }

    /** Every country with every name: the vendored tables and the short names Mirsad adds. */
    public static List<Country> all() {
        return ALL;
    }

    /**
     * The vendored tables alone: the NER tagger's gazetteer features read these, as its shipped model was
     * trained on them (a name added to them would change its features, and {@code train ner} would no
     * longer reproduce the model).
     */
    public static List<Country> vendored() {
        return VENDORED;
    }

    /**
     * Adds a table of mledoze's columns (alpha-3, English name, Arabic names) to the names so far; its English
     * names replace those so far when {@code englishWins}, else only fill the missing ones.
     */
    private static void merge(String table, Map<String, String> english, Map<String, List<String>> arabic,
                              boolean englishWins) {
        for (String line : WordList.load(Countries.class, table)) {
            String[] f = line.split("\t", -1);
            if (englishWins && !f[1].isBlank()) {
                english.put(f[0], f[1]);
            } else {
                english.putIfAbsent(f[0], f[1]);
            }
            List<String> names = arabic.computeIfAbsent(f[0], k -> new ArrayList<>());
            for (int i = 2; i < f.length; i++) {
                if (!f[i].isBlank() && !names.contains(f[i])) {
                    names.add(f[i]);
                }
            }
        }
    }

    /** The countries of the names so far ({@link Country} copies each list, so later merges leave them be). */
    private static List<Country> countries(Map<String, String> english, Map<String, List<String>> arabic) {
        List<Country> out = new ArrayList<>();
        arabic.forEach((code, names) -> out.add(new Country(code, english.getOrDefault(code, code), names)));
        return List.copyOf(out);
    }

    /** Rows of a simple CSV (id,alpha2,alpha3,name) whose only quoting is a quoted last field. */
    private static List<String[]> csv(String name) {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = WordList.load(Countries.class, name);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 4);
            if (f.length == 4) {
                f[3] = f[3].replace("\"", "").strip();
                rows.add(f);
            }
        }
        return rows;
    }
}

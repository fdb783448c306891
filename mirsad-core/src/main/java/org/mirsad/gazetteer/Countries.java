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

    private static final List<Country> VENDORED = load(List.of("mledoze_countries_ar.tsv"));
    private static final List<Country> ALL = load(List.of("mledoze_countries_ar.tsv", "mirsad_country_names_ar.tsv"));

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

    private static List<Country> load(List<String> tables) {
        Map<String, String> english = new LinkedHashMap<>();
        Map<String, List<String>> arabic = new LinkedHashMap<>();
        for (String[] row : csv("stefangabos_countries_en.csv")) {
            english.put(row[2], row[3]);
        }
        for (String[] row : csv("stefangabos_countries_ar.csv")) {
            arabic.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[3]);
        }
        // the mledoze extract, then the short names Mirsad adds (أمريكا), in the same columns
        for (String table : tables) {
            for (String line : WordList.load(Countries.class, table)) {
                String[] f = line.split("\t", -1);
                english.putIfAbsent(f[0], f[1]);
                List<String> names = arabic.computeIfAbsent(f[0], k -> new ArrayList<>());
                for (int i = 2; i < f.length; i++) {
                    if (!f[i].isBlank() && !names.contains(f[i])) {
                        names.add(f[i]);
                    }
                }
            }
        }
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

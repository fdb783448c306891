package org.mirsad.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.ner.WordList;

/**
 * Universal-PETRARCH's Arabic actor dictionary ({@code actor_dict_ar_v4.txt}, MIT, vendored with its
 * LICENSE): leaders, ministers, parties and armed groups with CAMEO codes. Format: a name line (words
 * joined by {@code _}, optionally followed by {@code [CODE]}), then zero or more tab-indented
 * {@code [CODE FROM-TO]} lines that belong to it.
 */
public final class ActorDictionary {

    private static final List<Actor> ALL = load();

    private ActorDictionary() {
    }

    public static List<Actor> all() {
        return ALL;
    }

    private static List<Actor> load() {
        List<Actor> out = new ArrayList<>();
        String name = null;
        List<String> codes = new ArrayList<>();
        for (String line : WordList.lines(ActorDictionary.class, "actor_dict_ar_v4.txt")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("\t")) {
                codes.add(bracketed(line));
                continue;
            }
            if (name != null) {
                out.add(new Actor(name, codes));
            }
            codes = new ArrayList<>();
            int bracket = line.indexOf('[');
            if (bracket >= 0) {
                codes.add(bracketed(line.substring(bracket)));
                line = line.substring(0, bracket);
            }
            name = line.replace('_', ' ').strip().replaceAll("\\s+", " ");
        }
        if (name != null) {
            out.add(new Actor(name, codes));
        }
        out.removeIf(a -> a.name().isEmpty());
        return List.copyOf(out);
    }

    private static String bracketed(String s) {
        String t = s.strip();
        int open = t.indexOf('[');
        int close = t.indexOf(']');
        return open >= 0 && close > open ? t.substring(open + 1, close).strip() : t;
    }
}

package org.mirsad.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mirsad.resources.TsvResource;

/**
 * Which JSON field of a scraper's record holds what, read from {@code scraper-fields.tsv}: the names
 * are data, since every scraper spells them its own way.
 */
final class ScraperFields {

    /** What a field means to Mirsad. */
    enum Role {
        TITLE, TEXT, URL, DATE, FETCHED, OUTLET, AUTHOR
    }

    private static final String RESOURCE = "scraper-fields.tsv";
    private static final Map<Role, List<String>> NAMES = load();

    private ScraperFields() {
    }

    /** The field names for {@code role}, most specific first. */
    static List<String> names(Role role) {
        return NAMES.get(role);
    }

    /**
     * The value of the first non-empty field for {@code role} in {@code record}, as text: a list of
     * strings is joined (paragraphs by blank lines, names by commas), an object gives its "name".
     */
    static String value(JsonNode record, Role role) {
        for (String name : NAMES.get(role)) {
            String text = text(field(record, name), role == Role.TEXT ? "\n\n" : ", ");
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    private static JsonNode field(JsonNode record, String name) {
        JsonNode exact = record.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equalsIgnoreCase(name)) {
                return record.get(key);
            }
        }
        return null;
    }

    private static String text(JsonNode value, String joiner) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> {
                String t = text(v, joiner);
                if (t != null && !t.isBlank()) {
                    parts.add(t.strip());
                }
            });
            return String.join(joiner, parts);
        }
        if (value.isObject()) {
            return value.hasNonNull("name") ? value.get("name").asText() : null;
        }
        return value.asText();
    }

    private static Map<Role, List<String>> load() {
        Map<Role, List<String>> names = new EnumMap<>(Role.class);
        for (String[] row : TsvResource.rows(ScraperFields.class, RESOURCE)) {
            names.put(Role.valueOf(row[0].toUpperCase(Locale.ROOT)), List.of(row[1].split("\\s+")));
        }
        for (Role role : Role.values()) {
            if (!names.containsKey(role)) {
                throw new IllegalStateException(RESOURCE + ": no field names for " + role);
            }
        }
        return names;
    }
}

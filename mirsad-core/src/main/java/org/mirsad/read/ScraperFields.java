package org.mirsad.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        try (InputStream in = ScraperFields.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": expected 'role<TAB>names' but got: " + line);
                }
                names.put(Role.valueOf(cols[0].strip().toUpperCase(Locale.ROOT)), List.of(cols[1].strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Role role : Role.values()) {
            if (!names.containsKey(role)) {
                throw new IllegalStateException(RESOURCE + ": no field names for " + role);
            }
        }
        return names;
    }
}

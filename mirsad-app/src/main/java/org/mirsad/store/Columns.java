package org.mirsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mirsad.json.Json;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;

/**
 * The JSON and text forms of the article columns (docs/data-model.md): body as
 * {@code [{"kind":"paragraph","text":…}]}, captions as {@code [{"text":…,"credit":…}]}, agencies and
 * id lists as JSON arrays, weekdays as English day names, dates and instants ISO-8601.
 */
final class Columns {

    private static final TypeReference<List<Map<String, String>>> OBJECTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private Columns() {
    }

    static String body(List<Block> blocks) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Block b : blocks) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("kind", b.kind().name().toLowerCase(Locale.ROOT));
            m.put("text", b.text());
            out.add(m);
        }
        return write(out);
    }

    static List<Block> blocks(String json) {
        List<Block> out = new ArrayList<>();
        for (Map<String, String> m : read(json, OBJECTS)) {
            out.add(new Block(Block.Kind.valueOf(m.get("kind").toUpperCase(Locale.ROOT)), m.get("text")));
        }
        return out;
    }

    static String captions(List<Caption> captions) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Caption c : captions) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("text", c.text());
            m.put("credit", c.credit());
            out.add(m);
        }
        return write(out);
    }

    static List<Caption> captions(String json) {
        return read(json, OBJECTS).stream().map(m -> new Caption(m.get("text"), m.get("credit"))).toList();
    }

    static String strings(List<String> values) {
        return write(values);
    }

    static List<String> strings(String json) {
        return json == null ? List.of() : read(json, STRINGS);
    }

    static String weekday(DayOfWeek d) {
        return d == null ? null : d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static DayOfWeek weekday(String s) {
        return s == null ? null : DayOfWeek.valueOf(s.toUpperCase(Locale.ROOT));
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

    static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored JSON column does not parse: " + e.getOriginalMessage(), e);
        }
    }
}

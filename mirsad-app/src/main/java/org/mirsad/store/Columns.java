package org.mirsad.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.StringWriter;
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

    /**
     * Written with a generator of the one mapper, not through a list of maps: the same JSON (ColumnsTest), for
     * less of the ingest's calling thread, which writes the body of every article it stores.
     */
    static String body(List<Block> blocks) {
        StringWriter out = new StringWriter(64 + blocks.size() * 32);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (Block b : blocks) {
                g.writeStartObject();
                g.writeStringField("kind", b.kind().name().toLowerCase(Locale.ROOT));
                g.writeStringField("text", b.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Read with a parser, not into a list of maps: every article read back (settle, summaries, search) parses its body. */
    static List<Block> blocks(String json) {
        List<Block> out = new ArrayList<>();
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new StoreException("a stored body is not a JSON array: " + abbreviated(json));
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    throw new StoreException("a stored body holds something else than blocks: " + abbreviated(json));
                }
                String kind = null;
                String text = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        throw new StoreException("a stored body's block holds a structure in " + name);
                    }
                    String v = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    if ("kind".equals(name)) {
                        kind = v;
                    } else if ("text".equals(name)) {
                        text = v;
                    }
                }
                out.add(new Block(Block.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), text));
            }
        } catch (IOException e) {
            throw new StoreException("a stored JSON column does not parse: " + e.getMessage(), e);
        }
        return out;
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
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

package org.mirsad.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The one JSON mapper of Mirsad: DESIGN.md's snake_case field names, dates as {@code YYYY-MM-DD},
 * weekdays as English day names ("Tuesday"), instants in ISO-8601.
 */
public final class Json {

    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, for JSONL output. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper create() {
        SimpleModule time = new SimpleModule("mirsad-time");
        time.addSerializer(LocalDate.class, new ToStringSerializer<>(LocalDate::toString));
        time.addSerializer(Instant.class, new ToStringSerializer<>(Instant::toString));
        time.addSerializer(DayOfWeek.class, new ToStringSerializer<>(
                d -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)));
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .registerModule(time);
    }

    private static final class ToStringSerializer<T> extends JsonSerializer<T> {
        private final java.util.function.Function<T, String> format;

        ToStringSerializer(java.util.function.Function<T, String> format) {
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(format.apply(value));
        }
    }
}

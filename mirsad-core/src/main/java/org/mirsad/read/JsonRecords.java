package org.mirsad.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;
import org.mirsad.model.SourceMetadata;
import org.mirsad.read.ScraperFields.Role;

/** One scraper record (a JSON object) to one page, or to a rejection that says what it lacks. */
final class JsonRecords {

    /** An opening or closing block tag: content with these is markup, not text. */
    private static final Pattern MARKUP = Pattern.compile(
            "</?(p|div|br|span|article|section|h[1-6]|a|img|figure|ul|ol|li|table|html|body)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private JsonRecords() {
    }

    /**
     * Delivers {@code record}, found at {@code where} ({@code what} names it in messages: "line 7",
     * "record 3"), to {@code sink} as a page or a rejection.
     */
    static void deliver(JsonNode record, Provenance where, String what, RecordSink sink) {
        if (!record.isObject()) {
            sink.rejected(new Rejection(where, what + ": not a JSON object but " + kind(record)));
            return;
        }
        String text = ScraperFields.value(record, Role.TEXT);
        if (text == null) {
            sink.rejected(new Rejection(where, what + ": no text field (looked for "
                    + String.join(", ", ScraperFields.names(Role.TEXT)) + ")"));
            return;
        }
        List<String> warnings = new ArrayList<>();
        String fetchedText = ScraperFields.value(record, Role.FETCHED);
        Instant fetched = FetchTime.parse(fetchedText);
        if (fetchedText != null && fetched == null) {
            warnings.add(what + ": crawl time '" + fetchedText + "' is not a time; left empty");
        }
        Provenance source = new Provenance(where.path(), where.fromLine(), where.toLine(), where.record(), where.offset(),
                ScraperFields.value(record, Role.URL), fetched);
        SourceMetadata metadata = new SourceMetadata(ScraperFields.value(record, Role.TITLE),
                ScraperFields.value(record, Role.DATE), ScraperFields.value(record, Role.OUTLET),
                ScraperFields.value(record, Role.AUTHOR));
        Format format = MARKUP.matcher(text).find() ? Format.HTML : Format.TEXT;
        sink.page(new Page(source, format, text, metadata, warnings));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}

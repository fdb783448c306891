package org.mirsad.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Delivers {@code record}, found at {@code where}, to {@code sink} as a page or a rejection. */
    static void deliver(JsonNode record, Provenance where, RecordSink sink) {
        if (!record.isObject()) {
            sink.rejected(new Rejection(where, "not a JSON object but " + kind(record)));
            return;
        }
        String text = ScraperFields.value(record, Role.TEXT);
        if (text == null) {
            sink.rejected(new Rejection(where, "no text field (looked for "
                    + String.join(", ", ScraperFields.names(Role.TEXT)) + ")"));
            return;
        }
        if (!TextReader.hasLettersOrDigits(text)) {
            sink.rejected(new Rejection(where, "the text field holds no text (not one letter or digit)"));
            return;
        }
        List<String> warnings = new ArrayList<>();
        String fetchedText = ScraperFields.value(record, Role.FETCHED);
        Instant fetched = FetchTime.parse(fetchedText);
        if (fetchedText != null && fetched == null) {
            warnings.add("crawl time '" + fetchedText + "' is not a time; left empty");
        }
        Provenance source = new Provenance(where.path(), where.fromLine(), where.toLine(), where.record(), where.offset(),
                ScraperFields.value(record, Role.URL), fetched);
        SourceMetadata metadata = new SourceMetadata(ScraperFields.value(record, Role.TITLE),
                ScraperFields.value(record, Role.DATE), ScraperFields.value(record, Role.OUTLET),
                ScraperFields.value(record, Role.AUTHOR));
        Format format = looksLikeMarkup(text) ? Format.HTML : Format.TEXT;
        sink.page(new Page(source, format, text, metadata, warnings));
    }

    /** Content with block tags is markup; the cheap test first, since most text has no '<'. */
    static boolean looksLikeMarkup(String text) {
        return text.indexOf('<') >= 0 && MARKUP.matcher(text).find();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}

package org.mirsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.index.ArticleFields;
import org.mirsad.json.Json;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.Snippet;

/**
 * Snippets from OpenSearch's highlighter as Mirsad's {@link Snippet}s (plain text plus offsets): the
 * highlighter is asked to wrap matches in two private-use characters, which cannot occur in
 * normalised article text, and they are turned into offsets here, so no markup ever reaches a client.
 */
final class SnippetMarks {

    static final char START = '\uE000';
    static final char END = '\uE001';
    static final String ELLIPSIS = " … ";
    static final int FRAGMENT_CHARS = 200;
    static final int FRAGMENTS = 2;

    private SnippetMarks() {
    }

    /** The highlight part of a search body. */
    static ObjectNode highlight() {
        ObjectNode h = Json.mapper().createObjectNode();
        h.putArray("pre_tags").add(String.valueOf(START));
        h.putArray("post_tags").add(String.valueOf(END));
        h.put("type", "unified").put("fragment_size", FRAGMENT_CHARS).put("number_of_fragments", FRAGMENTS)
                .put("require_field_match", false);
        ObjectNode fields = h.putObject("fields");
        ArticleFields.SNIPPET_FIELDS.forEach(fields::putObject);
        return h;
    }

    /** The first snippet field with a match; else the start of the lede; else empty. */
    static Snippet pick(JsonNode highlight, JsonNode source) {
        for (String field : ArticleFields.SNIPPET_FIELDS) {
            List<String> fragments = new ArrayList<>();
            highlight.path(field).forEach(f -> fragments.add(f.asText()));
            if (!fragments.isEmpty()) {
                return of(fragments);
            }
        }
        JsonNode lede = source.path(ArticleFields.LEDE);
        if (lede.isTextual() && !lede.asText().isBlank()) {
            return new Snippet(ArticleSearcher.cut(lede.asText(), ArticleSearcher.SUMMARY_CHARS), List.of());
        }
        return Snippet.EMPTY;
    }

    /** Fragments with marks → one text, fragments joined by an ellipsis, marks as offsets. */
    static Snippet of(List<String> fragments) {
        StringBuilder text = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        for (String fragment : fragments) {
            if (text.length() > 0) {
                text.append(ELLIPSIS);
            }
            int start = -1;
            for (int i = 0; i < fragment.length(); i++) {
                char c = fragment.charAt(i);
                if (c == START) {
                    start = text.length();
                } else if (c == END) {
                    if (start >= 0 && text.length() > start) {
                        marks.add(new int[] {start, text.length()});
                    }
                    start = -1;
                } else {
                    text.append(c);
                }
            }
        }
        return new Snippet(text.toString().strip().isEmpty() ? "" : text.toString(), marks);
    }
}

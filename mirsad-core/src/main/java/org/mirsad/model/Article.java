package org.mirsad.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One news article: what the segmenter found on a page, then filled in by each later stage.
 * Immutable; every stage returns a copy with its fields set ({@code withDate}, {@code withEntities} …).
 *
 * <p>The JSON form (see {@code org.mirsad.json.Json}) uses the field names of DESIGN.md:
 * {@code id, source, headline, lede, paragraphs, subheads, captions, outlet, date, agencies,
 * entities, quotes, events, duplicate_of, story}.
 */
@JsonPropertyOrder({"id", "source", "headline", "lede", "paragraphs", "subheads", "captions", "outlet", "date",
        "agencies", "entities", "quotes", "events", "duplicate_of", "story"})
public record Article(
        String id,
        Provenance source,
        String headline,
        String lede,
        @JsonIgnore List<Block> blocks,
        List<Caption> captions,
        String outlet,
        PubDate date,
        List<String> agencies,
        List<Entity> entities,
        List<Quote> quotes,
        List<Event> events,
        String duplicateOf,
        String story,
        @JsonIgnore SourceMetadata sourceMetadata) implements Serializable {

    public Article {
        headline = headline == null ? "" : headline;
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
        captions = List.copyOf(captions == null ? List.of() : captions);
        date = date == null ? PubDate.UNKNOWN : date;
        agencies = List.copyOf(agencies == null ? List.of() : agencies);
        entities = List.copyOf(entities == null ? List.of() : entities);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        events = List.copyOf(events == null ? List.of() : events);
        sourceMetadata = sourceMetadata == null ? SourceMetadata.NONE : sourceMetadata;
    }

    /** A freshly segmented article: text and provenance only, nothing annotated yet. */
    public static Article segmented(String id, Provenance source, String headline, String lede, List<Block> blocks,
                                    List<Caption> captions, SourceMetadata metadata) {
        return new Article(id, source, headline, lede, blocks, captions, null, null, null, null, null, null, null,
                null, metadata);
    }

    /** Body paragraphs in reading order (subheadings excluded). */
    @JsonProperty("paragraphs")
    public List<String> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
    }

    /** Subheadings in reading order. */
    @JsonProperty("subheads")
    public List<String> subheads() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.SUBHEAD).map(Block::text).toList();
    }

    /** The body as one text: blocks separated by blank lines. */
    @JsonIgnore
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text());
        }
        return sb.toString();
    }

    /** Headline, lede and body: the text analysis stages read. Captions are not part of it. */
    @JsonIgnore
    public String fullText() {
        return fullTextParts().text();
    }

    /**
     * {@link #fullText} with where its parts start in it, for a reader that goes back from a place in the
     * text to the part it is in.
     *
     * @param text        {@link #fullText}
     * @param ledeStart   where the lede starts, or -1 when the text leaves it out (null or empty)
     * @param blockStarts where each block starts
     */
    public record FullText(String text, int ledeStart, int[] blockStarts) {
    }

    /**
     * {@link #fullText}, built with where each part starts: the headline, a blank line and the lede unless
     * it is empty, then the body as {@link #bodyText} joins it (a blank line before each block once the
     * body holds some text) after a blank line of its own when it is not empty.
     */
    @JsonIgnore
    public FullText fullTextParts() {
        // the parts joined by String.join, which sizes the text once and copies each part once (a growing
        // StringBuilder copied the text a few times over, then once more into the string)
        String[] parts = new String[2 + blocks.size()];
        parts[0] = headline;
        int n = 1;
        int at = headline.length();
        int ledeStart = -1;
        if (lede != null && !lede.isEmpty()) {
            ledeStart = at + 2;
            parts[n++] = lede;
            at = ledeStart + lede.length();
        }
        int[] blockStarts = new int[blocks.size()];
        boolean bodyStarted = false;
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i).text();
            if (bodyStarted || !block.isEmpty()) {
                at += 2;
                bodyStarted = true;
                parts[n++] = block;
            }
            blockStarts[i] = at;
            at += block.length();
        }
        String text = String.join("\n\n", n == parts.length ? parts : Arrays.copyOf(parts, n));
        return new FullText(text, ledeStart, blockStarts);
    }

    public Article withId(String newId) {
        return new Article(newId, source, headline, lede, blocks, captions, outlet, date, agencies, entities, quotes,
                events, duplicateOf, story, sourceMetadata);
    }

    public Article withSource(Provenance newSource) {
        return new Article(id, newSource, headline, lede, blocks, captions, outlet, date, agencies, entities, quotes,
                events, duplicateOf, story, sourceMetadata);
    }

    public Article withOutlet(String newOutlet) {
        return new Article(id, source, headline, lede, blocks, captions, newOutlet, date, agencies, entities, quotes,
                events, duplicateOf, story, sourceMetadata);
    }

    public Article withAgencies(List<String> newAgencies) {
        return new Article(id, source, headline, lede, blocks, captions, outlet, date, newAgencies, entities, quotes,
                events, duplicateOf, story, sourceMetadata);
    }

    public Article withDate(PubDate newDate) {
        return new Article(id, source, headline, lede, blocks, captions, outlet, newDate, agencies, entities, quotes,
                events, duplicateOf, story, sourceMetadata);
    }

    public Article withEntities(List<Entity> newEntities) {
        return new Article(id, source, headline, lede, blocks, captions, outlet, date, agencies, newEntities, quotes,
                events, duplicateOf, story, sourceMetadata);
    }

    public Article withQuotes(List<Quote> newQuotes) {
        return new Article(id, source, headline, lede, blocks, captions, outlet, date, agencies, entities, newQuotes,
                events, duplicateOf, story, sourceMetadata);
    }

    public Article withEvents(List<Event> newEvents) {
        return new Article(id, source, headline, lede, blocks, captions, outlet, date, agencies, entities, quotes,
                newEvents, duplicateOf, story, sourceMetadata);
    }

    public Article withDuplicateOf(String canonicalId) {
        return new Article(id, source, headline, lede, blocks, captions, outlet, date, agencies, entities, quotes,
                events, canonicalId, story, sourceMetadata);
    }

    public Article withStory(String storyId) {
        return new Article(id, source, headline, lede, blocks, captions, outlet, date, agencies, entities, quotes,
                events, duplicateOf, storyId, sourceMetadata);
    }
}

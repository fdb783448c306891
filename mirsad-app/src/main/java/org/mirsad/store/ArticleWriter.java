package org.mirsad.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.Event;
import org.mirsad.model.Provenance;
import org.mirsad.model.Quote;

/**
 * Writes one article and everything hanging off it (its source, entities and mentions, quotes,
 * events, story) inside the caller's transaction. Writing the same article again replaces its
 * annotations and adds its source only if new, so a resumed or repeated write leaves no extra rows.
 */
final class ArticleWriter {

    /** Entity rows this writer knows the store holds ({@link #knownEntities}): at most this many, the most recent. */
    private static final int KNOWN_ENTITIES = 20_000;

    private final Statements sql;
    /**
     * Entity rows as the database holds them, as far as this writer knows ({@link #UNSETTLED} where it holds
     * another name and is marked already): an article names ~11 entities, most of them stored with the name
     * it gives, and a statement per entity was a quarter of those of a stored article. Emptied when a record is
     * rolled back or the names are settled ({@link #forgetWrites}).
     */
    private final Map<String, EntityRow> knownEntities = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EntityRow> eldest) {
            return size() > KNOWN_ENTITIES;
        }
    };

    ArticleWriter(Statements sql) {
        this.sql = sql;
    }

    /** An entity row as stored, or as an article names the entity. */
    private record EntityRow(String canonical, String type, String latin) {
    }

    /** {@link #knownEntities}: the stored row names the entity otherwise and is marked unsettled already. */
    private static final EntityRow UNSETTLED = new EntityRow(null, null, null);

    /** Writes since the last commit may have been rolled back: what this writer knows of stored rows may be wrong. */
    void forgetWrites() {
        knownEntities.clear();
    }

    /**
     * Settles {@code duplicate_of}: kept when a stage set it; otherwise the canonical article with the
     * same normalised text, if another one is stored.
     */
    Article settleDuplicate(Article a, String textHash) throws SQLException {
        if (a.duplicateOf() != null) {
            return a;
        }
        String canonical = sql.first("canonical_by_text_hash", textHash, a.id());
        return canonical == null ? a : a.withDuplicateOf(canonical);
    }

    void write(Article a, String textHash, long runId, String now) throws SQLException {
        boolean existed = sql.first("article_exists", a.id()) != null;
        if (a.story() != null) {
            sql.update("touch_story", a.story());
        }
        sql.update("upsert_article", a.id(), a.headline(), a.lede(), Columns.body(a.blocks()),
                Columns.captions(a.captions()), a.outlet(), Columns.date(a.date().value()),
                Columns.weekday(a.date().weekday()), a.date().evidence(), a.date().confidence(),
                Columns.strings(a.agencies()), a.duplicateOf(), a.story(), textHash, runId, now);
        Provenance s = a.source();
        var m = a.sourceMetadata();
        sql.update("insert_source", a.id(), s.path(), s.fromLine(), s.toLine(), s.record(), s.offset(), s.url(),
                Columns.instant(s.fetched()), m.outlet(), m.title(), m.date(), m.author(), now);
        // A new article (nearly always) has no annotations or membership to replace.
        writeEntities(a, existed);
        if (existed) {
            sql.update("delete_quotes", a.id());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Quote q : a.quotes()) {
            rows.add(new Object[] {a.id(), rows.size(), q.speaker(), q.speakerEntity(), q.text(),
                    q.kind() == null ? Quote.Kind.DIRECT.name() : q.kind().name()});
        }
        sql.insertRows("insert_quote", rows);
        if (existed) {
            sql.update("delete_events", a.id());
        }
        rows.clear();
        for (Event e : a.events()) {
            rows.add(new Object[] {a.id(), rows.size(), e.type(), e.source(), e.target(), e.trigger(), e.sentence()});
        }
        sql.insertRows("insert_event", rows);
        if (existed) {
            sql.update("delete_story_membership", a.id());
        }
        if (a.story() != null) {
            sql.update("insert_story_article", a.story(), a.id(), now);
        }
    }

    /**
     * Entity rows first (the mentions' foreign key needs them), then every mention row, in the entities' order,
     * then the article's vote for each entity's name ({@code entity_names}). A new entity's row takes this
     * article's name; an entity stored under another name is only marked unsettled, and {@link Store#settleEntityNames}
     * later gives it the name most articles give (an upsert per article gave it the last article's).
     */
    private void writeEntities(Article a, boolean rewrite) throws SQLException {
        if (rewrite) {
            // the article takes its votes back, which may change the names of the entities it named
            sql.update("unsettle_entities_of_article", a.id());
            sql.update("delete_entity_names", a.id());
            sql.update("delete_mentions", a.id());
        }
        List<Object[]> mentions = new ArrayList<>();
        List<Object[]> names = new ArrayList<>();
        for (Entity e : a.entities()) {
            EntityRow row = new EntityRow(e.canonical(), e.type().name(), e.latin());
            EntityRow known = knownEntities.get(e.id());
            if (known == null) {
                boolean inserted = sql.update("insert_entity", e.id(), row.canonical(), row.type(), row.latin()) == 1;
                knownEntities.put(e.id(), inserted || !unsettle(e.id(), row) ? row : UNSETTLED);
            } else if (known != UNSETTLED && !known.equals(row)) {
                unsettle(e.id(), row);
                knownEntities.put(e.id(), UNSETTLED);
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String surface : e.mentions()) {
                counts.merge(surface, 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                mentions.add(new Object[] {e.id(), a.id(), c.getKey(), c.getValue()});
            }
            names.add(new Object[] {e.id(), a.id(), row.canonical(), row.type(), row.latin()});
        }
        sql.insertRows("insert_mention", mentions);
        sql.insertRows("insert_entity_name", names);
    }

    /** Marks the entity unsettled if its stored row is not {@code row}; true if it is marked. */
    private boolean unsettle(String id, EntityRow row) throws SQLException {
        return sql.update("unsettle_entity_if_named_otherwise", id, row.canonical(), row.type(), row.latin()) == 1;
    }
}

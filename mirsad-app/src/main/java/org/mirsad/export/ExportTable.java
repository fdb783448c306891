package org.mirsad.export;

/**
 * What {@code mirsad export} can write, each with its stable columns (docs/data-model.md). The
 * columns are those of the SQLite tables of the same name, minus bookkeeping (run ids, index flags),
 * so that an export and an SQL query over the database agree.
 */
public enum ExportTable {
    ARTICLES("SELECT id, headline, lede, body, captions, outlet, date, weekday, date_evidence, date_confidence, "
            + "agencies, duplicate_of, story, created_at FROM articles ORDER BY rowid"),
    SOURCES("SELECT article_id, path, from_line, to_line, record, byte_offset, url, fetched, outlet, title, published, "
            + "author, ingested_at FROM sources ORDER BY rowid"),
    ENTITIES("SELECT e.id, e.canonical, e.type, e.latin, count(DISTINCT m.article_id) AS articles FROM entities e "
            + "LEFT JOIN mentions m ON m.entity_id = e.id GROUP BY e.id ORDER BY articles DESC, e.id"),
    MENTIONS("SELECT entity_id, article_id, surface, count FROM mentions ORDER BY rowid"),
    QUOTES("SELECT article_id, position, speaker, speaker_entity, kind, text FROM quotes ORDER BY rowid"),
    EVENTS("SELECT article_id, position, type, source, target, trigger, sentence FROM events ORDER BY rowid"),
    STORIES("SELECT id, title, first_date, last_date, article_count, outlet_count, updated_at FROM stories "
            + "ORDER BY article_count DESC, id");

    private final String query;

    ExportTable(String query) {
        this.query = query;
    }

    String query() {
        return query;
    }
}

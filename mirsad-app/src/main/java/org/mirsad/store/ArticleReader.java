package org.mirsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.EntityType;
import org.mirsad.model.Event;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;
import org.mirsad.model.Quote;
import org.mirsad.model.SourceMetadata;

/**
 * Reads an article back into the record the pipeline made: its first source as {@code source},
 * entities with their mentions (each surface repeated as often as it occurred, grouped by surface),
 * quotes and events in reading order.
 */
final class ArticleReader {

    private final Statements sql;

    ArticleReader(Statements sql) {
        this.sql = sql;
    }

    Optional<Article> article(String id) throws SQLException {
        List<Article> one = articles(List.of(id));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /**
     * The stored articles of {@code ids}, in that order (ids not stored are left out). Five queries for
     * all of them, one per table (each takes the ids as one JSON array): settle reads a page of 500 this
     * way, where an article at a time was six queries an article (measured, about the same CPU: parsing the
     * JSON columns and building the records is most of it; fewer round trips through the store's lock).
     */
    List<Article> articles(List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String idList = Columns.strings(ids);
        Map<String, Row> rows = rows(idList);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Sourced> firstSources = new HashMap<>();
        try (ResultSet rs = sql.query("sources_of_articles", idList)) {
            while (rs.next()) {
                String id = rs.getString(1);
                if (!firstSources.containsKey(id)) {
                    firstSources.put(id, sourced(rs));
                }
            }
        }
        Map<String, List<Entity>> entities = entities(idList);
        Map<String, List<Quote>> quotes = new HashMap<>();
        try (ResultSet rs = sql.query("quotes_of_articles", idList)) {
            while (rs.next()) {
                quotes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Quote(rs.getString(2),
                        rs.getString(3), rs.getString(4), Quote.Kind.valueOf(rs.getString(5))));
            }
        }
        Map<String, List<Event>> events = new HashMap<>();
        try (ResultSet rs = sql.query("events_of_articles", idList)) {
            while (rs.next()) {
                events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Event(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
        List<Article> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Row r = rows.get(id);
            if (r == null) {
                continue;
            }
            out.add(article(id, r, firstSources.getOrDefault(id, NO_SOURCE), entities, quotes, events));
        }
        return out;
    }

    /**
     * The stored articles of {@code ids}, in that order, as far as their own rows hold them: text, date,
     * outlet, agencies and corpus fields, with no source, entities, quotes or events (one query where
     * {@link #articles} makes five, and no records of those built): what the story summary columns read.
     */
    List<Article> texts(List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Row> rows = rows(Columns.strings(ids));
        List<Article> out = new ArrayList<>(rows.size());
        for (String id : ids) {
            Row r = rows.get(id);
            if (r != null) {
                out.add(article(id, r, NO_SOURCE, Map.of(), Map.of(), Map.of()));
            }
        }
        return out;
    }

    private static final Sourced NO_SOURCE = new Sourced(Provenance.ofFile("?", 0), SourceMetadata.NONE);

    private static Article article(String id, Row r, Sourced first, Map<String, List<Entity>> entities,
                                   Map<String, List<Quote>> quotes, Map<String, List<Event>> events) {
        return new Article(id, first.source(), r.headline(), r.lede(), Columns.blocks(r.body()),
                Columns.captions(r.captions()), r.outlet(), r.date(), Columns.strings(r.agencies()),
                entities.getOrDefault(id, List.of()), quotes.getOrDefault(id, List.of()),
                events.getOrDefault(id, List.of()), r.duplicateOf(), r.story(), first.metadata());
    }

    /** The articles' own rows, by id. */
    private Map<String, Row> rows(String idList) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (ResultSet rs = sql.query("articles_by_ids", idList)) {
            while (rs.next()) {
                PubDate date = new PubDate(Columns.date(rs.getString("date")), Columns.weekday(rs.getString("weekday")),
                        rs.getString("date_evidence"), rs.getDouble("date_confidence"));
                rows.put(rs.getString("id"), new Row(rs.getString("headline"), rs.getString("lede"), rs.getString("body"),
                        rs.getString("captions"), rs.getString("outlet"), date, rs.getString("agencies"),
                        rs.getString("duplicate_of"), rs.getString("story")));
            }
        }
        return rows;
    }

    /** An article's own row, as stored. */
    private record Row(String headline, String lede, String body, String captions, String outlet, PubDate date,
                       String agencies, String duplicateOf, String story) {
    }

    /** A provenance with what the source itself said. */
    record Sourced(Provenance source, SourceMetadata metadata) {
    }

    List<Sourced> sources(String articleId) throws SQLException {
        List<Sourced> out = new ArrayList<>();
        try (ResultSet rs = sql.query("sources_of_article", articleId)) {
            while (rs.next()) {
                out.add(sourced(rs));
            }
        }
        return out;
    }

    private static Sourced sourced(ResultSet rs) throws SQLException {
        Provenance p = new Provenance(rs.getString("path"), rs.getInt("from_line"), rs.getInt("to_line"),
                rs.getInt("record"), rs.getLong("byte_offset"), rs.getString("url"),
                Columns.instant(rs.getString("fetched")));
        return new Sourced(p, new SourceMetadata(rs.getString("title"), rs.getString("published"),
                rs.getString("outlet"), rs.getString("author")));
    }

    /** Each article's entities in mention order, each with its surfaces repeated as often as they occurred. */
    private Map<String, List<Entity>> entities(String idList) throws SQLException {
        Map<String, Map<String, Entity>> byArticle = new HashMap<>();
        Map<String, Map<String, List<String>>> mentions = new HashMap<>();
        try (ResultSet rs = sql.query("entities_of_articles", idList)) {
            while (rs.next()) {
                String article = rs.getString(1);
                String id = rs.getString(2);
                byArticle.computeIfAbsent(article, k -> new LinkedHashMap<>()).putIfAbsent(id,
                        new Entity(id, rs.getString(3), EntityType.valueOf(rs.getString(4)), List.of(), rs.getString(5)));
                List<String> surfaces = mentions.computeIfAbsent(article, k -> new HashMap<>())
                        .computeIfAbsent(id, k -> new ArrayList<>());
                for (int i = rs.getInt(7); i > 0; i--) {
                    surfaces.add(rs.getString(6));
                }
            }
        }
        Map<String, List<Entity>> out = new HashMap<>();
        byArticle.forEach((article, entities) -> {
            Map<String, List<String>> surfaces = mentions.get(article);
            out.put(article, entities.values().stream()
                    .map(e -> new Entity(e.id(), e.canonical(), e.type(), surfaces.get(e.id()), e.latin()))
                    .toList());
        });
        return out;
    }
}

package org.mirsad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
        String headline;
        String lede;
        String body;
        String captions;
        String outlet;
        PubDate date;
        String agencies;
        String duplicateOf;
        String story;
        try (ResultSet rs = sql.query("article_by_id", id)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            headline = rs.getString("headline");
            lede = rs.getString("lede");
            body = rs.getString("body");
            captions = rs.getString("captions");
            outlet = rs.getString("outlet");
            date = new PubDate(Columns.date(rs.getString("date")), Columns.weekday(rs.getString("weekday")),
                    rs.getString("date_evidence"), rs.getDouble("date_confidence"));
            agencies = rs.getString("agencies");
            duplicateOf = rs.getString("duplicate_of");
            story = rs.getString("story");
        }
        List<Sourced> sources = sources(id);
        Sourced first = sources.isEmpty() ? new Sourced(Provenance.ofFile("?", 0), SourceMetadata.NONE) : sources.get(0);
        return Optional.of(new Article(id, first.source(), headline, lede, Columns.blocks(body), Columns.captions(captions),
                outlet, date, Columns.strings(agencies), entities(id), quotes(id), events(id), duplicateOf, story,
                first.metadata()));
    }

    /** A provenance with what the source itself said. */
    record Sourced(Provenance source, SourceMetadata metadata) {
    }

    List<Sourced> sources(String articleId) throws SQLException {
        List<Sourced> out = new ArrayList<>();
        try (ResultSet rs = sql.query("sources_of_article", articleId)) {
            while (rs.next()) {
                Provenance p = new Provenance(rs.getString("path"), rs.getInt("from_line"), rs.getInt("to_line"),
                        rs.getInt("record"), rs.getLong("byte_offset"), rs.getString("url"),
                        Columns.instant(rs.getString("fetched")));
                out.add(new Sourced(p, new SourceMetadata(rs.getString("title"), rs.getString("published"),
                        rs.getString("outlet"), rs.getString("author"))));
            }
        }
        return out;
    }

    private List<Entity> entities(String articleId) throws SQLException {
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, List<String>> mentions = new LinkedHashMap<>();
        try (ResultSet rs = sql.query("entities_of_article", articleId)) {
            while (rs.next()) {
                String id = rs.getString(1);
                byId.putIfAbsent(id, new Entity(id, rs.getString(2), EntityType.valueOf(rs.getString(3)), List.of(),
                        rs.getString(4)));
                List<String> surfaces = mentions.computeIfAbsent(id, k -> new ArrayList<>());
                for (int i = rs.getInt(6); i > 0; i--) {
                    surfaces.add(rs.getString(5));
                }
            }
        }
        return byId.values().stream()
                .map(e -> new Entity(e.id(), e.canonical(), e.type(), mentions.get(e.id()), e.latin()))
                .toList();
    }

    private List<Quote> quotes(String articleId) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (ResultSet rs = sql.query("quotes_of_article", articleId)) {
            while (rs.next()) {
                out.add(new Quote(rs.getString(1), rs.getString(2), rs.getString(3), Quote.Kind.valueOf(rs.getString(4))));
            }
        }
        return out;
    }

    private List<Event> events(String articleId) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (ResultSet rs = sql.query("events_of_article", articleId)) {
            while (rs.next()) {
                out.add(new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }
}

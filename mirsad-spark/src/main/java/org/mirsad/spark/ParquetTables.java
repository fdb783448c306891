package org.mirsad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.mirsad.entities.EntityVotes;
import org.mirsad.json.Json;
import org.mirsad.model.Article;
import org.mirsad.model.Entity;
import org.mirsad.model.Event;
import org.mirsad.model.Quote;
import org.mirsad.model.Rejection;
import scala.Tuple2;

/**
 * The job's output: one Parquet table per kind of record, with the column names of
 * docs/data-model.md, so that DuckDB or Spark SQL can join them (articles.id = sources.article_id =
 * mentions.article_id …).
 */
final class ParquetTables {

    static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("headline", DataTypes.StringType)
            .add("lede", DataTypes.StringType)
            .add("paragraphs", DataTypes.createArrayType(DataTypes.StringType))
            .add("subheads", DataTypes.createArrayType(DataTypes.StringType))
            .add("captions_json", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("weekday", DataTypes.StringType)
            .add("date_evidence", DataTypes.StringType)
            .add("agencies", DataTypes.createArrayType(DataTypes.StringType))
            .add("duplicate_of", DataTypes.StringType)
            .add("story", DataTypes.StringType);
    static final StructType SOURCES = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("path", DataTypes.StringType)
            .add("from_line", DataTypes.IntegerType)
            .add("to_line", DataTypes.IntegerType)
            .add("record", DataTypes.IntegerType)
            .add("offset", DataTypes.LongType)
            .add("url", DataTypes.StringType)
            .add("outlet", DataTypes.StringType);
    static final StructType MENTIONS = new StructType()
            .add("entity_id", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("canonical", DataTypes.StringType)
            .add("type", DataTypes.StringType)
            .add("latin", DataTypes.StringType)
            .add("surface", DataTypes.StringType);
    static final StructType ENTITIES = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("canonical", DataTypes.StringType)
            .add("type", DataTypes.StringType)
            .add("latin", DataTypes.StringType)
            .add("articles", DataTypes.LongType);
    static final StructType QUOTES = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("speaker", DataTypes.StringType)
            .add("speaker_entity", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    static final StructType EVENTS = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("type", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("target", DataTypes.StringType)
            .add("trigger", DataTypes.StringType)
            .add("sentence", DataTypes.StringType);
    static final StructType REJECTED = new StructType()
            .add("path", DataTypes.StringType)
            .add("record", DataTypes.IntegerType)
            .add("line", DataTypes.IntegerType)
            .add("offset", DataTypes.LongType)
            .add("reason", DataTypes.StringType);

    private ParquetTables() {
    }

    static void write(SparkSession spark, JavaRDD<Article> articles, JavaRDD<Rejection> rejected, String out) {
        save(spark, articles.map(ParquetTables::articleRow), ARTICLES, out + "/articles");
        save(spark, articles.map(ParquetTables::sourceRow), SOURCES, out + "/sources");
        save(spark, articles.flatMap(a -> mentionRows(a).iterator()), MENTIONS, out + "/mentions");
        save(spark, articles.flatMap(a -> eventRows(a).iterator()), EVENTS, out + "/events");
        save(spark, rejected.map(r -> RowFactory.create(r.source().path(), r.source().record(), r.source().fromLine(),
                r.source().offset(), r.reason())), REJECTED, out + "/rejected");
        // An entity's row: the name most of its articles give it, as the store and extract name it (the mentions
        // table keeps each article's own).
        save(spark, articles.flatMapToPair(ParquetTables::entityVotes).reduceByKey(EntityVotes::merge)
                .map(v -> entityRow(v._1(), v._2())), ENTITIES, out + "/entities");
        // A quote linked to an entity goes under the entity's name, as the store reads it back and extract writes it
        // (the article's own form of the speaker's name stays in the mentions table).
        Dataset<Row> quotes = spark.createDataFrame(articles.flatMap(a -> quoteRows(a).iterator()), QUOTES);
        Dataset<Row> names = spark.read().parquet(out + "/entities").select(col("id"), col("canonical"));
        quotes.join(names, quotes.col("speaker_entity").equalTo(names.col("id")), "left")
                .select(quotes.col("article_id"), coalesce(names.col("canonical"), quotes.col("speaker")).as("speaker"),
                        quotes.col("speaker_entity"), quotes.col("kind"), quotes.col("text"))
                .write().mode(SaveMode.Overwrite).parquet(out + "/quotes");
        // Stories are a view over articles: one row per id.
        spark.read().parquet(out + "/articles").createOrReplaceTempView("articles");
        spark.sql("SELECT story AS id, min(date) AS first_date, max(date) AS last_date, count(*) AS articles, "
                        + "collect_set(outlet) AS outlets, min_by(headline, id) AS title FROM articles "
                        + "WHERE duplicate_of IS NULL GROUP BY story")
                .write().mode(SaveMode.Overwrite).parquet(out + "/stories");
    }

    private static void save(SparkSession spark, JavaRDD<Row> rows, StructType schema, String path) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(path);
    }

    static Row articleRow(Article a) {
        return RowFactory.create(a.id(), a.headline(), a.lede(), a.paragraphs().toArray(new String[0]),
                a.subheads().toArray(new String[0]), Json.line(a.captions()), a.outlet(),
                a.date().value() == null ? null : a.date().value().toString(),
                a.date().weekday() == null ? null : a.date().weekday().name(), a.date().evidence(),
                a.agencies().toArray(new String[0]), a.duplicateOf(), a.story());
    }

    static Row sourceRow(Article a) {
        var s = a.source();
        return RowFactory.create(a.id(), s.path(), s.fromLine(), s.toLine(), s.record(), s.offset(), s.url(), a.outlet());
    }

    static List<Row> mentionRows(Article a) {
        List<Row> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (String m : e.mentions()) {
                out.add(RowFactory.create(e.id(), a.id(), e.canonical(), e.type().name(), e.latin(), m));
            }
        }
        return out;
    }

    static Iterator<Tuple2<String, EntityVotes>> entityVotes(Article a) {
        List<Tuple2<String, EntityVotes>> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            out.add(new Tuple2<>(e.id(), new EntityVotes().add(e)));
        }
        return out.iterator();
    }

    static Row entityRow(String id, EntityVotes votes) {
        EntityVotes.Name n = votes.winner();
        return RowFactory.create(id, n.canonical(), n.type().name(), n.latin(), (long) votes.articles());
    }

    static List<Row> quoteRows(Article a) {
        List<Row> out = new ArrayList<>();
        for (Quote q : a.quotes()) {
            out.add(RowFactory.create(a.id(), q.speaker(), q.speakerEntity(), q.kind() == null ? null : q.kind().name(),
                    q.text()));
        }
        return out;
    }

    static List<Row> eventRows(Article a) {
        List<Row> out = new ArrayList<>();
        for (Event e : a.events()) {
            out.add(RowFactory.create(a.id(), e.type(), e.source(), e.target(), e.trigger(), e.sentence()));
        }
        return out;
    }
}

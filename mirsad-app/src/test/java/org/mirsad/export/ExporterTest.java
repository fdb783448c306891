package org.mirsad.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.Mirsad;
import org.mirsad.index.LuceneArticleIndex;
import org.mirsad.ingest.Ingest;
import org.mirsad.ingest.IngestListener;
import org.mirsad.ingest.IngestOptions;
import org.mirsad.json.Json;
import org.mirsad.store.Store;

class ExporterTest {

    private static final String PAGE = """
            الشرطة تفرق محتجين أمام وزارة المالية في العاصمة

            فرقت الشرطة، اليوم (الاثنين)، مئات المحتجين الذين تجمعوا أمام وزارة المالية، وقالت إن 12 شخصاً أوقفوا.

            وقال المتحدث باسم الوزارة سامر الخطيب: «نحترم حق التظاهر السلمي، لكننا لن نقبل بإغلاق الطرق»، مضيفاً أن الحوار مفتوح.
            """;

    @TempDir
    Path dir;

    @Test
    void exportsEveryTableAsJsonlAndCsvWithStableColumns() throws IOException {
        Path data = ingestOnePage();
        for (ExportTable t : ExportTable.values()) {
            StringWriter jsonl = new StringWriter();
            long rows = Exporter.export(data, t, Exporter.Format.JSONL, jsonl);
            assertThat(jsonl.toString().lines().count()).as(t.name()).isEqualTo(rows);
            StringWriter csv = new StringWriter();
            assertThat(Exporter.export(data, t, Exporter.Format.CSV, csv)).isEqualTo(rows);
            assertThat(csv.toString().split("\r\n", -1)[0]).as(t.name()).isNotBlank();
        }
        StringWriter articles = new StringWriter();
        Exporter.export(data, ExportTable.ARTICLES, Exporter.Format.JSONL, articles);
        JsonNode a = Json.mapper().readTree(articles.toString().lines().findFirst().orElseThrow());
        assertThat(a.get("headline").asText()).startsWith("الشرطة تفرق محتجين");
        assertThat(a.has("duplicate_of")).isTrue();
        StringWriter quotes = new StringWriter();
        Exporter.export(data, ExportTable.QUOTES, Exporter.Format.CSV, quotes);
        assertThat(quotes.toString()).startsWith("article_id,position,speaker,speaker_entity,kind,text\r\n")
                .contains(",سامر الخطيب,").contains(",DIRECT,نحترم حق التظاهر السلمي، لكننا لن نقبل بإغلاق الطرق\r\n");
    }

    @Test
    void quotesCsvFieldsThatHoldCommasQuotesOrLineBreaks() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void namesTheDirectoryWhenThereIsNoData() {
        assertThatThrownBy(() -> Exporter.export(dir, ExportTable.ARTICLES, Exporter.Format.JSONL, new StringWriter()))
                .hasMessage(dir + ": no Mirsad data here (no mirsad.db)");
    }

    private Path ingestOnePage() throws IOException {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, PAGE);
        Path data = dir.resolve("data");
        try (Store store = Store.open(data); LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            new Ingest(store, index, Mirsad.pipeline(), IngestOptions.defaults("test"), IngestListener.SILENT)
                    .run(List.of(page.toString()));
        }
        return data;
    }
}

package org.mirsad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.model.Article;
import org.mirsad.model.Block;
import org.mirsad.model.Caption;
import org.mirsad.model.Provenance;
import org.mirsad.model.PubDate;
import org.mirsad.model.SourceMetadata;

/** Publication dates of articles written for these tests, in the seeds' style. */
class PublicationDatesTest {

    private static Article article(String url, String metaDate, List<String> paragraphs, List<String> captions) {
        Provenance p = new Provenance("fixture.txt", 1, 10, 0, -1, url, null);
        return Article.segmented("x", p, "عنوان الخبر", null, paragraphs.stream().map(Block::paragraph).toList(),
                captions.stream().map(c -> new Caption(c, null)).toList(), new SourceMetadata(null, metaDate, null, null));
    }

    private static Article body(String... paragraphs) {
        return article(null, null, List.of(paragraphs), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2015-07-21T10:22:00Z|2015-07-21", "2015-07-21 10:22|2015-07-21", "29 نوفمبر 2024|2024-11-29",
            "22nd, September 2023 GMT|2023-09-22", "الثلاثاء 5 شوال 1436 هـ|2015-07-21"})
    void takesTheSourcesMetadataFirst(String meta, String expected) {
        PubDate d = PublicationDates.of(article("https://x.example/2020/01/01/a", meta,
                List.of("قال الوزير اليوم (الجمعة) إن …"), List.of()));
        assertThat(d.value()).hasToString(expected);
        assertThat(d.confidence()).isEqualTo(PublicationDates.METADATA);
        assertThat(d.evidence()).contains(meta.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://aawsat.com/home/article/2024/11/29/وزير-الدفاع|2024-11-29",
            "https://www.example.com/news/2015-07-21-saudi-budget.html|2015-07-21",
            "http://www.al-jazirah.com/2015/20150722/ln35.htm|2015-07-22",
            "http://www.okaz.com.sa/new/Issues/20150722/Con20150722784889.htm|2015-07-22",
            "http://www.alriyadh.com/1066924|",
            "https://www.example.com/news/2015/13/40/x|"})
    void readsADateInTheUrl(String url, String expected) {
        PubDate d = PublicationDates.of(article(url, null, List.of("نص بلا تاريخ."), List.of()));
        assertThat(d.value() == null ? null : d.value().toString()).isEqualTo(expected);
    }

    @Test
    void readsAStatedPublicationLineLeftInTheBody() {
        PubDate d = PublicationDates.of(body("تاريخ النشر: 22nd, September 2023 GMT", "أبدى الطرفان استعدادهما للحوار."));
        assertThat(d.value()).isEqualTo(LocalDate.of(2023, 9, 22));
        assertThat(d.evidence()).isEqualTo("تاريخ النشر: 22nd, September 2023 GMT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال الوزير، اليوم (الجمعة) 29 نوفمبر 2024، إن الاتفاق وُقّع.|2024-11-29|FRIDAY",
            "تبدأ اليوم الثلاثاء 5 شوال 1436 هـ الموافق 21 يوليو 2015م أعمال القمة.|2015-07-21|TUESDAY",
            "أعلنت الوزارة أمس (الخميس) 28 نوفمبر 2024 عن الخطة.|2024-11-29|FRIDAY",
            "وصل الوزير اليوم الجمعة. وقال في مؤتمر عقده يوم الجمعة 29 نوفمبر 2024 إن التعاون يتوسع.|2024-11-29|FRIDAY",
            "أكدت الوزارة، اليوم الثلاثاء، أن الموعد النهائي 1436/10/6.||TUESDAY",
            "أعلن الكرملين، اليوم (الثلاثاء)، أن موسكو قلقة.||TUESDAY"})
    void combinesTodaysWeekdayWithADateThatAgrees(String text, String date, DayOfWeek weekday) {
        PubDate d = PublicationDates.of(body(text, "وكانت المفاوضات بدأت في 3 مارس 2019."));
        assertThat(d.value() == null ? null : d.value().toString()).isEqualTo(date);
        assertThat(d.weekday()).isEqualTo(weekday);
        assertThat(d.evidence()).isNotBlank();
    }

    @Test
    void neverTakesAHistoricalDateThatMerelySharesTheWeekday() {
        // 8 October 2005 was a Saturday, like "today" here: a coincidence, not the publication day
        PubDate d = PublicationDates.of(body("ضرب زلزال شمال باكستان اليوم (السبت)، في المنطقة التي دمرها زلزال 8 أكتوبر 2005."));
        assertThat(d.value()).isNull();
        assertThat(d.weekday()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void neverTakesAHistoricalDateWhoseWeekdayDisagrees() {
        PubDate d = PublicationDates.of(body("أعلن الجيش، اليوم الثلاثاء، أن الهجوم الذي وقع في 29 نوفمبر 2024 أسفر عن قتلى."));
        assertThat(d.value()).isNull();
        assertThat(d.weekday()).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void ignoresAnOldPhotoDateInACaption() {
        PubDate d = PublicationDates.of(article(null, null, List.of("قال التلفزيون، اليوم (الجمعة)، إن الدورية نُفّذت."),
                List.of("قاذفة صينية فوق بحر الصين الشرقي في 24 مايو 2022 (رويترز)")));
        assertThat(d.value()).isNull();
        assertThat(d.weekday()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void acceptsACaptionOfTheSameDay() {
        PubDate d = PublicationDates.of(article(null, null, List.of("وصل الوزير، اليوم الجمعة، إلى بيونغ يانغ."),
                List.of("الوزير لدى وصوله يوم الجمعة 29 نوفمبر 2024 (أ.ب)")));
        assertThat(d.value()).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(d.confidence()).isEqualTo(PublicationDates.CAPTION_DATE);
    }

    private static Article crawled(String fetched, String... paragraphs) {
        Provenance p = new Provenance("fixture.json", 1, 1, 1, -1, null, Instant.parse(fetched));
        return Article.segmented("x", p, "عنوان الخبر", null, Arrays.stream(paragraphs).map(Block::paragraph).toList(),
                List.of(), null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // crawled early on Tuesday 21 July 2015 (UTC): Monday's article
            "2015-07-21T02:51:32Z|أعلن الوزير، اليوم (الاثنين)، أن الخطة أُقرّت.|2015-07-20",
            // crawled the same day
            "2015-07-20T18:00:00Z|أعلن الوزير، اليوم (الاثنين)، أن الخطة أُقرّت.|2015-07-20",
            // "yesterday Sunday" in a Monday article, crawled Thursday: three days on, still taken
            "2015-07-23T09:00:00Z|أعلن الوزير أمس (الأحد) أن الخطة أُقرّت.|2015-07-20",
            // crawled four days after the Monday: as likely a copy a week or more old, so no date
            "2015-07-24T09:00:00Z|أعلن الوزير، اليوم (الاثنين)، أن الخطة أُقرّت.|"})
    void datesAStatedWeekdayByTheCrawlTimeWithLowConfidence(String fetched, String text, String expected) {
        PubDate d = PublicationDates.of(crawled(fetched, text));
        assertThat(d.weekday()).isEqualTo(DayOfWeek.MONDAY);
        if (expected == null) {
            assertThat(d.value()).isNull();
            assertThat(d.confidence()).isEqualTo(PublicationDates.WEEKDAY_ONLY);
        } else {
            assertThat(d.value()).hasToString(expected);
            assertThat(d.confidence()).isEqualTo(PublicationDates.WEEKDAY_AND_CRAWL);
            assertThat(d.evidence()).endsWith(" … crawled " + fetched.substring(0, 10));
            assertThat(text).contains(d.evidence().substring(0, d.evidence().indexOf(" … ")));
        }
    }

    @Test
    void aDateInTheTextOutranksTheCrawlTime() {
        PubDate d = PublicationDates.of(crawled("2024-12-20T08:00:00Z", "قال الوزير، اليوم (الجمعة) 29 نوفمبر 2024، إن الاتفاق وُقّع."));
        assertThat(d.value()).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(d.confidence()).isEqualTo(PublicationDates.ADJACENT_DATE);
    }

    @Test
    void theCrawlTimeAloneDatesNothing() {
        assertThat(PublicationDates.of(crawled("2015-07-21T02:51:32Z", "وقع الاتفاق في العاصمة."))).isEqualTo(PubDate.UNKNOWN);
    }

    @Test
    void leavesTheDateOpenWithoutAStatedToday() {
        assertThat(PublicationDates.of(body("وقع الاتفاق في 29 نوفمبر 2024."))).isEqualTo(PubDate.UNKNOWN);
        assertThat(PublicationDates.of(body())).isEqualTo(PubDate.UNKNOWN);
        assertThat(PublicationDates.of(body("Hello world, no Arabic here."))).isEqualTo(PubDate.UNKNOWN);
    }

    @Test
    void stageFillsTheArticlesDate() {
        DateStage stage = new DateStage();
        Article a = stage.apply(body("قال الوزير، اليَوْمَ (الجُمُعَة)، 29 نوفمبر 2024 إن…"));
        assertThat(a.date().value()).isEqualTo(LocalDate.of(2024, 11, 29));
        assertThat(stage.provides()).containsExactly(org.mirsad.pipeline.Field.DATE);
    }
}

package org.mirsad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirsad.model.Article;
import org.mirsad.tokens.ArticleTokens;

/**
 * One table per family of expressions. Reference: Friday 2024-11-29 10:00 (seed B's day), or for
 * clock times Tuesday 2013-02-12 04:30 (Duckling's). Each row: text | expected text found | value |
 * grain | from..to (empty for a point).
 */
class TimeExpressionsTest {

    private static final ReferenceTime FRIDAY = ReferenceTime.parse("2024-11-29T10:00:00");
    private static final ReferenceTime DUCKLING = ReferenceTime.parse("2013-02-12T04:30:00");

    private static void check(ReferenceTime ref, String text, String found, String value, String grain, String range) {
        List<TimeMention> got = TimeExpressions.find(text, ref);
        assertThat(got).as(text).hasSize(1);
        TimeMention m = got.get(0);
        assertThat(m.text()).isEqualTo(found);
        assertThat(m.time().value()).as(text).isEqualTo(value);
        assertThat(m.time().grain().label()).as(text).isEqualTo(grain);
        String r = m.time().isInterval() ? m.time().from() + ".." + m.time().to() : null;
        assertThat(r).as(text).isEqualTo(range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "29 نوفمبر 2024|29 نوفمبر 2024|2024-11-29|day|",
            "وصل يوم الجمعة 29 نوفمبر 2024 (أ.ب)|يوم الجمعة 29 نوفمبر 2024|2024-11-29|day|",
            "وحتى 22 سبتمبر (أيلول)، تم|22 سبتمبر (أيلول)|2024-09-22|day|",
            "21/09|21/09|2024-09-21|day|",
            "2023-09-22|2023-09-22|2023-09-22|day|",
            "22-09-2023|22-09-2023|2023-09-22|day|",
            "تاريخ النشر: 22nd, September 2023 GMT|22nd, September 2023|2023-09-22|day|",
            "في قمة بوخارست عام ٢٠٠٨، اتفق|عام ٢٠٠٨|2008|year|",
            "الثالث عشر من شباط|الثالث عشر من شباط|2024-02-13|day|",
            "يونيو 2024|يونيو 2024|2024-06|month|",
            "٢٩ نوفمبر ٢٠٢٤|٢٩ نوفمبر ٢٠٢٤|2024-11-29|day|",
            "الأربعاء الموافق الثالث عشر من شباط 2013|الأربعاء الموافق الثالث عشر من شباط 2013|2013-02-13|day|"})
    void readsAbsoluteDates(String text, String found, String value, String grain, String range) {
        check(FRIDAY, text, found, value, grain, range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "في الـ 17 من أيلول/سبتمبر، بعد|الـ 17 من أيلول/سبتمبر|2024-09-17|day|",
            "في الـ 12 من أيلول/سبتمر الجاري|الـ 12 من أيلول/سبتمر الجاري|2024-09-12|day|",
            "خلال تشرين الأول/أكتوبر المقبل|تشرين الأول/أكتوبر المقبل|2025-10|month|",
            "وفي آذار/مارس الماضي، زار|آذار/مارس الماضي|2024-03|month|",
            "في يونيو (حزيران)، خلال|يونيو (حزيران)|2024-06|month|",
            "5 جانفي 2020|5 جانفي 2020|2020-01-05|day|",
            "فيفري 2021|فيفري 2021|2021-02|month|",
            "كانون الثاني 2021|كانون الثاني 2021|2021-01|month|",
            "3 كانون الأول|3 كانون الأول|2024-12-03|day|",
            "3 دجنبر 2019|3 دجنبر 2019|2019-12-03|day|",
            "بأيلول 2014|بأيلول 2014|2014-09|month|"})
    void readsEveryMonthSystem(String text, String found, String value, String grain, String range) {
        check(FRIDAY, text, found, value, grain, range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "رمضان 1445 هـ|رمضان 1445 هـ|2024-03-11|day|2024-03-11..2024-04-09",
            "15 شعبان 1445 هـ|15 شعبان 1445 هـ|2024-02-25|day|",
            "1 محرم 1446 هجري|1 محرم 1446 هجري|2024-07-07|day|",
            "10 ذو الحجة 1445 هـ|10 ذو الحجة 1445 هـ|2024-06-16|day|"})
    void convertsHijriDatesWithUmmAlQura(String text, String found, String value, String grain, String range) {
        check(FRIDAY, text, found, value, grain, range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "اليوم|اليوم|2024-11-29|day|",
            "أمس|أمس|2024-11-28|day|",
            "وقال أول أمس إن|أول أمس|2024-11-27|day|",
            "غداً|غداً|2024-11-30|day|",
            "بعد غد|بعد غد|2024-12-01|day|",
            "الليلة|الليلة|2024-11-29T18|hour|2024-11-29T18..2024-11-29T23",
            "صباح اليوم|صباح اليوم|2024-11-29T04|hour|2024-11-29T04..2024-11-29T11",
            "الأسبوع الماضي|الأسبوع الماضي|2024-11-18|week|",
            "الأسبوع المقبل|الأسبوع المقبل|2024-12-02|week|",
            "الشهر الجاري|الشهر الجاري|2024-11|month|",
            "العام الماضي|العام الماضي|2023|year|",
            "قبل ثلاثة أيام|قبل ثلاثة أيام|2024-11-26|day|",
            "منذ يومين|منذ يومين|2024-11-27|day|",
            "الأيام الثلاثة الماضية|الأيام الثلاثة الماضية|2024-11-26|day|2024-11-26..2024-11-28"})
    void readsRelativeExpressions(String text, String found, String value, String grain, String range) {
        check(FRIDAY, text, found, value, grain, range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن الكرملين، اليوم (الثلاثاء)، أن|اليوم (الثلاثاء)|2024-11-29|day|",
            "قال بيلوسوف، اليوم الجمعة، خلال|اليوم الجمعة|2024-11-29|day|",
            "يوم الأحد|يوم الأحد|2024-12-01|day|",
            "الخميس الماضي|الخميس الماضي|2024-11-28|day|",
            "الاثنين المقبل|الاثنين المقبل|2024-12-02|day|",
            "الأحد من الأسبوع الماضي|الأحد من الأسبوع الماضي|2024-11-24|day|"})
    void readsWeekdays(String text, String found, String value, String grain, String range) {
        check(FRIDAY, text, found, value, grain, range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الساعة 3 صباحا|الساعة 3 صباحا|2013-02-12T03|hour|",
            "الساعة الثالثة وربع بعد الظهر|الساعة الثالثة وربع بعد الظهر|2013-02-12T15:15|minute|",
            "الساعة 12 الا ربع قبل الظهر|الساعة 12 الا ربع قبل الظهر|2013-02-12T11:45|minute|",
            "حوالي الساعة 3|الساعة 3|2013-02-12T15|hour|",
            "15:23:24|15:23:24|2013-02-12T15:23:24|second|",
            "الخميس الساعة 8 مساءً|الخميس الساعة 8 مساءً|2013-02-14T20|hour|"})
    void readsClockTimes(String text, String found, String value, String grain, String range) {
        check(DUCKLING, text, found, value, grain, range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "من 13 إلى 15 تموز|من 13 إلى 15 تموز|2024-07-13|day|2024-07-13..2024-07-15",
            "في أواخر مارس|أواخر مارس|2024-03-21|day|2024-03-21..2024-03-31",
            "أوائل شباط|أوائل شباط|2024-02-01|day|2024-02-01..2024-02-10",
            "من 1 نوفمبر إلى 3 ديسمبر 2024|من 1 نوفمبر إلى 3 ديسمبر 2024|2024-11-01|day|2024-11-01..2024-12-03"})
    void readsIntervals(String text, String found, String value, String grain, String range) {
        check(FRIDAY, text, found, value, grain, range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عيد الفطر|عيد الفطر|2024-04-10|day|",
            "عيد الأضحى 2023|عيد الأضحى 2023|2023-06-28|day|",
            "رأس السنة الهجرية|رأس السنة الهجرية|2024-07-07|day|",
            "عيد الميلاد|عيد الميلاد|2024-12-25|day|",
            "عيد الفصح 2025|عيد الفصح 2025|2025-04-20|day|",
            "رمضان 2025|رمضان 2025|2025-03-01|day|2025-03-01..2025-03-29"})
    void computesHolidaysForTheYear(String text, String found, String value, String grain, String range) {
        check(FRIDAY, text, found, value, grain, range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "hello world", "بين 1988 و1994 راح ضحيتها 30 ألف قتيل", "أحد الأسباب",
            "ثلاثة أيام", "31/02", "الثالثة", "مادة إعلانية ـــــ ٪٪", "13:99"})
    void findsNoTimeWhereThereIsNone(String text) {
        assertThat(TimeExpressions.find(text, FRIDAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "اليَوْمَ (الجُمُعَة)|2024-11-29", "٢١/٠٩|2024-09-21", "يـــوم الأحـــد|2024-12-01", "أَمْسِ|2024-11-28"})
    void readsDiacriticsTatweelAndArabicIndicDigits(String text, String value) {
        assertThat(TimeExpressions.find(text, FRIDAY)).singleElement()
                .satisfies(m -> assertThat(m.time().value()).isEqualTo(value));
    }

    /** The words' lexicon entries read from an article's shared tokens change nothing the grammar finds. */
    @Test
    void findsTheSameWithTheArticlesTokens() {
        String text = "وصل الوفد اليوم (الجمعة) في 29 نوفمبر 2024 بعد ثلاثة أيام، وغادر أمس الخميس الساعة الخامسة"
                + " والنصف مساء، ويعود في الأول من ديسمبر المقبل أو بعد أسبوعين، وفي عام2015 وقع الاتفاق.";
        Article a = Article.segmented("x", null, "عنوان", text, List.of(), List.of(), null);
        ArticleTokens.Piece lede = ArticleTokens.of(a).parts().get(1);
        List<TimeExpressions.Found> own = TimeExpressions.parse(text, FRIDAY);
        assertThat(own).hasSizeGreaterThanOrEqualTo(5);
        assertThat(TimeExpressions.parse(text, FRIDAY, lede.at())).isEqualTo(own);
    }
}

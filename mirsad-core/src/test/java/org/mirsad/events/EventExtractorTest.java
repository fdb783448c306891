package org.mirsad.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mirsad.model.Event;

/** Sentences written for these tests in the style of Arabic wire copy. */
class EventExtractorTest {

    private final EventExtractor extractor = new EventExtractor();

    private List<Event> events(String sentence) {
        return extractor.extract(sentence, List.of(), 2025);
    }

    @ParameterizedTest(name = "{0} → {1}, {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        صادقت مصر على اتفاقية تعاون اقتصادي مع الأردن|AGREE|Egypt|Jordan
        وقالت الشرطة إن 40 شخصا أوقفوا عندما تجمع متظاهرون أمام البرلمان في بيروت|COERCE|police|protesters
        قصفت القوات الإسرائيلية مواقع في جنوب لبنان فجر اليوم|ASSAULT|Israel military|Lebanon
        وقالت النيابة العامة التركية إن جنوداً سوريين قتلوا ثلاثة جنود أتراك قرب الحدود|ASSAULT|Syria military|Turkey military
        رفضت طهران اتهامات واشنطن بدعم الجماعات المسلحة|REJECT|Iran|United States
        تظاهر آلاف المحتجين في تونس ضد غلاء الأسعار|PROTEST|protesters|Tunisia
        """)
    void findsTypeSourceAndTarget(String sentence, String type, String source, String target) {
        List<Event> found = events(sentence);
        assertThat(found).isNotEmpty();
        Event e = found.get(0);
        assertThat(e.type()).isEqualTo(type);
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.target()).isEqualTo(target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        لم تقصف الطائرات أي موقع في المدينة أمس|negation
        هل تهاجم إسرائيل المنشآت النووية الإيرانية؟|question
        إذا هاجمت القوات المدينة فستكون العواقب وخيمة|conditional
        يخشى الغرب أن تهاجم روسيا دول البلطيق|fear
        أطلقت الحكومة خطة لمكافحة الهجمات الإلكترونية|prevention
        شن الوزير هجوما إعلاميا على خصومه في البرلمان|figurative
        في عام 2014، قصفت الطائرات مواقع في المدينة|history
        """)
    void findsNoAssaultWhereNoneHappened(String sentence, String why) {
        assertThat(events(sentence)).as(why).noneMatch(e -> e.type().equals("ASSAULT"));
    }

    @Test
    void emptyAndNonArabicSentencesHaveNoEvents() {
        assertThat(events("")).isEmpty();
        assertThat(events("   ")).isEmpty();
        assertThat(events("Troops attacked the city.")).isEmpty();
    }

    @Test
    void diacriticsAndTatweelDoNotHideATrigger() {
        assertThat(events("قَصَفَتْ القـوات الإسرائيلية مواقعَ في لبنان")).extracting(Event::type).contains("ASSAULT");
    }

    @Test
    void lexiconLoadsEveryType() {
        assertThat(EventLexicon.SHIPPED.triggerCount).isGreaterThan(150);
        for (PloverType t : PloverType.values()) {
            assertThat(EventLexicon.SHIPPED.context).isNotEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"0841,RETREAT", "081,CONCEDE", "18,ASSAULT", "190,ASSAULT", "2041,ASSAULT", "031,AGREE", "112,ACCUSE",
        "141,PROTEST", "173,COERCE"})
    void mapsCameoRootsToPlover(String cameo, PloverType plover) {
        assertThat(PloverType.fromCameo(cameo)).isEqualTo(plover);
    }

    @Test
    void publicStatementsHaveNoPloverType() {
        assertThat(PloverType.fromCameo("010")).isNull();
        assertThat(PloverType.fromCameo("x1")).isNull();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        وتحدث الوزير عن الفساد بكل أشكاله ومظاهره في الإدارات المحلية|a pronoun on مظاهر (its manifestations)
        وشهدت المدينة طوال أيام العيد تظاهرة احتفالية جمعت الأسر في الحدائق|a festive تظاهرة
        وسلمت الخارجية السفير مذكرة احتجاج على تصريحات نظيره|a diplomatic note of protest
        """)
    void protestWordsInOtherSensesAreNoProtest(String sentence, String why) {
        assertThat(events(sentence)).noneMatch(e -> e.type().equals("PROTEST"));
    }

    @Test
    void aDemonstrationWrittenWithTehMarbutaIsAProtest() {
        assertThat(events("وخرجت مظاهرة حاشدة في وسط العاصمة للمطالبة بإصلاحات"))
                .anyMatch(e -> e.type().equals("PROTEST"));
    }
}

package org.mirsad.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateTableTest {

    private final BoilerplateTable table = BoilerplateTable.standard();

    @Test
    void standardTableLoads() {
        assertThat(table.size()).isGreaterThan(40);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "اخترنا لك                                              | NOISE",
        "مادة إعلانية تابعونا على المنصات                       | NOISE",
        "تابعوا آخر أخبار الموقع عبر Google News               | NOISE",
        "كلمات دلالية: سياسة اقتصاد                             | NOISE",
        "الكلمات الدلالية                                       | NOISE",
        "تابع أحدث الأخبار عبر تطبيق                           | NOISE",
        "المصدر: وكالات                                         | NOISE",
        "جميع الحقوق محفوظة لموقع الخبر 2024                    | NOISE",
        "© 2024 الموقع                                          | NOISE",
        "Copyright 2015 Example                                 | NOISE",
        "Share on Facebook                                      | NOISE",
        "شارك عبر واتساب                                        | NOISE",
        "تابعونا على تويتر                                      | NOISE",
        "Next Previous أحمد – الموقع                             | NOISE",
        "...المزيد                                              | NOISE",
        "للتواصل مع الكاتب ارسل رسالة SMS                       | NOISE",
        "635000 - Mobily                                        | NOISE",
        "إقرأ أيضاً:                                             | READ_ALSO",
        "اقرأ ايضا                                              | READ_ALSO",
        "مقالات ذات صلة                                         | READ_ALSO",
        "TT                                                     | MARKER",
        "تاريخ النشر: 22nd, September 2023 GMT                  | DATE",
        "آخر تحديث: 12 مارس                                    | DATE",
        "إعلان الحكومة خطة جديدة للنقل يثير جدلاً واسعاً.        | TEXT",
        "وقال المصدر: إن المحادثات ستستأنف الأسبوع المقبل بعد عطلة قصيرة. | TEXT",
        "شاركت ثلاث فرق في البطولة.                             | TEXT",
        "Tweets by officials drew criticism.                    | TEXT",
        "writer@example.com                                     | NOISE",
        "تويتر: @writer_1                                       | NOISE",
    })
    void classifiesLines(String line, LineKind kind) {
        assertThat(table.classify(line)).isEqualTo(kind);
    }

    @Test
    void blankLinesAreBlank() {
        assertThat(table.classify("")).isEqualTo(LineKind.BLANK);
        assertThat(table.classify(" \t ")).isEqualTo(LineKind.BLANK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ناغورنوكاراباخ أذربيجانالمصدر: العربية      | ناغورنوكاراباخ أذربيجان",
        "انتهت الجلسة. المصدر: وكالات               | انتهت الجلسة.",
        "وقال المصدر: مسؤول كبير                     | وقال المصدر: مسؤول كبير",
        "قال المصدر: «لا تعليق»                      | قال المصدر: «لا تعليق»",
    })
    void stripsASourceLineGluedToTheEnd(String line, String expected) {
        assertThat(BoilerplateTable.stripTrailingSource(line)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "writer@example.comللتواصل مع الكاتب ارسل رسالة SMS إلى 12345 | writer@example.com",
        "ختام المقال.للتواصل مع الكاتب عبر البريد                    | ختام المقال.",
        "قال إن التواصل مع الكاتب أمر مهم.                           | قال إن التواصل مع الكاتب أمر مهم.",
        "ناغورنوكاراباخ أذربيجانالمصدر: العربية                      | ناغورنوكاراباخ أذربيجان",
        "وتستمر الأمطار حتى المساء. رابط الخبر بصحيفة الوئام: أمطار على الرياض | وتستمر الأمطار حتى المساء.",
    })
    void stripsABoilerplatePhraseGluedToTheTail(String line, String expected) {
        assertThat(table.stripGluedTail(line)).isEqualTo(expected);
    }

    @Test
    void badRowIsReportedWithTheRow() {
        assertThatThrownBy(() -> BoilerplateTable.parse(List.of("NOISE\tline")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boilerplate.tsv: expected kind<TAB>match<TAB>pattern in: NOISE\tline");
        assertThatThrownBy(() -> BoilerplateTable.parse(List.of("NOISE\tsuffix\tx")))
                .hasMessage("boilerplate.tsv: unknown match 'suffix' in: NOISE\tsuffix\tx");
    }
}

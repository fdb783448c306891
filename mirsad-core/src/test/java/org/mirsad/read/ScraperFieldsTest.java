package org.mirsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mirsad.json.Json;
import org.mirsad.read.ScraperFields.Role;

class ScraperFieldsTest {

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void loadsFieldNamesForEveryRole(Role role) {
        assertThat(ScraperFields.names(role)).isNotEmpty().doesNotContain("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"title\": \"عنوان\", \"headline\": \"آخر\"}|TITLE|عنوان",
        "{\"Headline\": \"عنوان كبير\"}|TITLE|عنوان كبير",
        "{\"maintext\": \"نص\"}|TEXT|نص",
        "{\"text\": \"\", \"content\": \"المحتوى\"}|TEXT|المحتوى",
        "{\"date\": \"2015-07-21\", \"date_publish\": \"2015-07-20 10:00:00\"}|DATE|2015-07-20 10:00:00",
        "{\"source\": {\"id\": \"spa\", \"name\": \"واس\"}}|OUTLET|واس",
        "{\"authors\": [\"سعيد\", \"منى\"]}|AUTHOR|سعيد, منى",
        "{\"date_extracted\": \"2015-07-21 02:51:32\"}|FETCHED|2015-07-21 02:51:32",
    })
    void findsFirstNonEmptyFieldOfRole(String record, Role role, String expected) throws Exception {
        assertThat(ScraperFields.value(json(record), role)).isEqualTo(expected);
    }

    @Test
    void joinsParagraphListsWithBlankLines() throws Exception {
        assertThat(ScraperFields.value(json("{\"body\": [\"الفقرة الأولى\", \" \", \"الفقرة الثانية\"]}"), Role.TEXT))
                .isEqualTo("الفقرة الأولى\n\nالفقرة الثانية");
    }

    @Test
    void missingRoleIsNull() throws Exception {
        assertThat(ScraperFields.value(json("{\"title\": \"عنوان\"}"), Role.TEXT)).isNull();
    }
}

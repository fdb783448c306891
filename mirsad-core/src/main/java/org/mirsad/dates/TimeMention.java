package org.mirsad.dates;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A time expression found in a text, with its value against the reference time. Its JSON form is
 * {@code {text, value, grain, from?, to?}} ({@code mirsad annotate}).
 *
 * @param text  the words as written
 * @param start offset of its first character in the text
 * @param end   offset after its last character
 * @param time  its resolved value
 */
@JsonPropertyOrder({"text", "value", "grain", "from", "to"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeMention(String text, @JsonIgnore int start, @JsonIgnore int end, @JsonIgnore TimeValue time) {

    /** The ISO-8601 prefix at the grain ({@code 2013-02-12T15:20}); an interval's first unit. */
    @JsonProperty("value")
    public String value() {
        return time.value();
    }

    @JsonProperty("grain")
    public String grain() {
        return time.grain().label();
    }

    /** An interval's first unit, else null. */
    @JsonProperty("from")
    public String from() {
        return time.from();
    }

    /** An interval's last unit (inclusive), else null. */
    @JsonProperty("to")
    public String to() {
        return time.to();
    }
}

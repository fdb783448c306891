package org.mirsad.gazetteer;

import java.util.List;

/**
 * A country from the vendored country tables.
 *
 * @param alpha3  ISO 3166-1 alpha-3 code, lower case ("aze")
 * @param english its usual English name ("Azerbaijan")
 * @param arabic  its Arabic names as written in the tables (common and official)
 */
public record Country(String alpha3, String english, List<String> arabic) {

    public Country {
        arabic = List.copyOf(arabic);
    }
}

package org.mirsad.agencies;

import java.util.List;

/**
 * One news agency of the agency table.
 *
 * @param name            the English name {@code agencies} reports ("AFP", "Reuters")
 * @param spellings       spellings that name it wherever they stand
 * @param creditSpellings spellings that name it only in a credit (brackets, quotes, after a dash)
 * @param country         ISO 3166 alpha-2 code of its home country
 */
public record Agency(String name, List<String> spellings, List<String> creditSpellings, String country) {

    public Agency {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("agency name must not be empty");
        }
        spellings = List.copyOf(spellings);
        creditSpellings = List.copyOf(creditSpellings);
    }
}

package org.mirsad.outlets;

import java.util.List;

/**
 * One news outlet as the outlet table knows it.
 *
 * @param name        the usual English name, what {@code outlet} reports ("Asharq Al-Awsat")
 * @param arabicNames its Arabic names, as written ("الشرق الأوسط")
 * @param domains     web domains, a path after the host where the host is shared ("bbc.com/arabic")
 * @param aliases     other keys sources use for it (SaudiNewsNet's {@code aawsat})
 * @param country     ISO 3166 alpha-2 code of its home country
 */
public record Outlet(String name, List<String> arabicNames, List<String> domains, List<String> aliases,
                     String country) {

    public Outlet {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("outlet name must not be empty");
        }
        arabicNames = List.copyOf(arabicNames);
        domains = List.copyOf(domains);
        aliases = List.copyOf(aliases);
    }
}

package org.mirsad.outlets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.ArabicNormalizer;

/**
 * The outlet table ({@code outlets.tsv}): who an outlet is, by web address or by any of its names.
 * Loaded once; immutable and thread-safe.
 */
public final class OutletTable {

    /** Scheme (optional), user info (optional), host, port (optional), then the path up to ? or #. */
    private static final Pattern URL_PARTS =
            Pattern.compile("(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:[^@/?#]*@)?([^:/?#\\s]*)(?::\\d*)?(/[^?#]*)?(?:[?#].*)?");

    private static final OutletTable DEFAULT = load();

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byKey;
    private final Map<String, Outlet> byDomain;

    private OutletTable(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        Map<String, Outlet> keys = new HashMap<>();
        Map<String, Outlet> domains = new HashMap<>();
        for (Outlet o : outlets) {
            keys.putIfAbsent(key(o.name()), o);
            o.aliases().forEach(a -> keys.putIfAbsent(key(a), o));
            o.arabicNames().forEach(a -> keys.putIfAbsent(key(a), o));
            o.domains().forEach(d -> {
                domains.putIfAbsent(d.toLowerCase(Locale.ROOT), o);
                keys.putIfAbsent(key(d), o);
            });
        }
        this.byKey = Map.copyOf(keys);
        this.byDomain = Map.copyOf(domains);
    }

    /** The table shipped with Mirsad. */
    public static OutletTable standard() {
        return DEFAULT;
    }

    private static OutletTable load() {
        List<Outlet> list = new ArrayList<>();
        for (String[] r : TsvResource.rows(OutletTable.class, "outlets.tsv")) {
            list.add(new Outlet(r[0], TsvResource.items(r[1]), TsvResource.items(r[2]), TsvResource.items(r[3]), r[4]));
        }
        return new OutletTable(list);
    }

    public List<Outlet> all() {
        return outlets;
    }

    /**
     * The outlet a name stands for: its English name, an Arabic name, a domain or an alias such as
     * SaudiNewsNet's {@code aawsat}; case, spacing and Arabic spelling variants do not matter.
     */
    public Optional<Outlet> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
    }

    /**
     * The outlet whose domain serves {@code url}: the host without {@code www.}, or any parent domain
     * of it, with the longest matching path prefix ({@code bbc.com/arabic} before {@code bbc.com}).
     */
    public Optional<Outlet> byUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        // Split by hand, not with java.net.URI: crawled URLs carry spaces, Arabic and «» unescaped
        // (SaudiNewsNet's al-madina.com links), which URI rejects.
        Matcher m = URL_PARTS.matcher(url.strip());
        if (!m.matches() || m.group(1).isEmpty()) {
            return Optional.empty();
        }
        String host = m.group(1);
        String path = m.group(2) == null ? "" : m.group(2);
        host = host.toLowerCase(Locale.ROOT);
        String[] segments = path.split("/");
        for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            // Longest path prefix first: /ar/ sites share a host with other languages.
            for (int n = segments.length; n >= 0; n--) {
                String prefix = String.join("/", Arrays.copyOfRange(segments, 0, Math.min(n, segments.length)));
                Outlet o = byDomain.get(prefix.isEmpty() || prefix.equals("/") ? h : h + prefix);
                if (o != null) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** The matching form of a name: Arabic normalised, lower case, spaces and hyphens folded. */
    static String key(String name) {
        return ArabicNormalizer.normalize(name.strip()).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.]+", " ").strip();
    }
}

package org.mirsad.outlets;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mirsad.resources.TsvResource;
import org.mirsad.text.ArabicNormalizer;

/**
 * The outlet table ({@code outlets.tsv}): who an outlet is, by web address or by any of its names.
 * Loaded once; immutable and thread-safe.
 */
public final class OutletTable {

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
        String host;
        String path;
        try {
            URI u = new URI(url.strip().contains("://") ? url.strip() : "http://" + url.strip());
            host = u.getHost();
            path = u.getRawPath() == null ? "" : u.getRawPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
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

import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import org.mirsad.search.*;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The first page of each query (ids, scores, headlines, snippets, highlight offsets, copies, totals, facet counts),
 * in relevance and date order, one JSON line each: run with the builds before and after a change and compare.
 *
 * <pre>
 * java -cp "mirsad-app/target/mirsad-app.jar:mirsad-app/target/lib/*" tools/search/DumpPages.java DATA_DIR QUERIES &gt; after.jsonl
 * </pre>
 */
public class DumpPages {
    public static void main(String[] a) throws Exception {
        List<String> qs = Files.readAllLines(Path.of(a[1])).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        ObjectMapper m = new ObjectMapper();
        try (ArticleSearcher s = ArticleSearcher.open(Path.of(a[0]), Duration.ofSeconds(60))) {
            for (String q : qs) {
                for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                    SearchResults r = s.search(new SearchRequest(q, Map.of(), sort, 10, 0));
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("q", q + " /" + sort);
                    o.put("total", r.total()); o.put("totalExact", r.totalExact()); o.put("facetsExact", r.facetsExact());
                    List<Object> hits = new ArrayList<>();
                    for (Hit h : r.hits()) {
                        List<String> hl = h.highlights().stream().map(Arrays::toString).toList();
                        hits.add(List.of(h.id(), h.score(), h.headline(), String.valueOf(h.outlet()), String.valueOf(h.date()),
                                String.valueOf(h.story()), h.snippet(), hl, h.carriedBy(), h.outlets(), h.copies()));
                    }
                    o.put("hits", hits);
                    Map<String, Object> f = new LinkedHashMap<>();
                    r.facets().forEach((d, vs) -> f.put(d, vs.stream().map(v -> v.value() + "=" + v.count() + "|" + v.label()).toList()));
                    o.put("facets", f);
                    System.out.println(m.writeValueAsString(o));
                }
            }
        }
    }
}

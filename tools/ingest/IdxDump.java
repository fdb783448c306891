// Usage: java -cp "mirsad-app/target/lib/*" tools/ingest/IdxDump.java DATA/index   (compare two data directories' output with diff)
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;

/** Prints a digest per field of a Mirsad index: terms, postings (by article id, with freqs, positions,
 *  offsets, payloads), norms, doc values, and the stored fields; documents named by their id field,
 *  so two indexes with their documents in another order digest the same. */
public class IdxDump {
    static String hex(MessageDigest md) { return HexFormat.of().formatHex(md.digest()).substring(0, 16); }
    public static void main(String[] args) throws Exception {
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Paths.get(args[0])))) {
            System.out.println("docs " + r.numDocs() + " maxDoc " + r.maxDoc());
            TreeMap<String, TreeMap<String, List<String>>> post = new TreeMap<>(); // field -> term -> entries
            TreeMap<String, List<String>> norms = new TreeMap<>(), dv = new TreeMap<>();
            TreeMap<String, String> stored = new TreeMap<>();
            for (LeafReaderContext ctx : r.leaves()) {
                LeafReader leaf = ctx.reader();
                Bits live = leaf.getLiveDocs();
                String[] ids = new String[leaf.maxDoc()];
                StoredFields sf = leaf.storedFields();
                for (int d = 0; d < leaf.maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    Document doc = sf.document(d);
                    ids[d] = doc.get("id");
                    StringBuilder sb = new StringBuilder();
                    for (IndexableField f : doc.getFields()) sb.append(f.name()).append('=').append(f.stringValue()).append('\u0001');
                    stored.put(ids[d], sb.toString());
                }
                for (FieldInfo fi : leaf.getFieldInfos()) {
                    String field = fi.name;
                    Terms terms = leaf.terms(field);
                    if (terms != null) {
                        TermsEnum te = terms.iterator();
                        TreeMap<String, List<String>> m = post.computeIfAbsent(field, k -> new TreeMap<>());
                        for (BytesRef t = te.next(); t != null; t = te.next()) {
                            String term = t.utf8ToString() + "|" + t.toString();
                            List<String> list = m.computeIfAbsent(term, k -> new ArrayList<>());
                            PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
                            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                                if (live != null && !live.get(d)) continue;
                                StringBuilder sb = new StringBuilder(ids[d]).append(':').append(pe.freq());
                                if (fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                                    for (int i = 0; i < pe.freq(); i++) {
                                        sb.append(',').append(pe.nextPosition()).append('/').append(pe.startOffset()).append('-').append(pe.endOffset());
                                        BytesRef p = pe.getPayload(); if (p != null) sb.append('p').append(p);
                                    }
                                }
                                list.add(sb.toString());
                            }
                        }
                    }
                    if (fi.hasNorms()) {
                        NumericDocValues n = leaf.getNormValues(field);
                        List<String> l = norms.computeIfAbsent(field, k -> new ArrayList<>());
                        if (n != null) for (int d = n.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = n.nextDoc())
                            if (live == null || live.get(d)) l.add(ids[d] + "=" + n.longValue());
                    }
                    List<String> l = dv.computeIfAbsent(field + "/" + fi.getDocValuesType(), k -> new ArrayList<>());
                    switch (fi.getDocValuesType()) {
                        case NUMERIC -> { NumericDocValues v = leaf.getNumericDocValues(field);
                            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (live == null || live.get(d)) l.add(ids[d] + "=" + v.longValue()); }
                        case SORTED -> { SortedDocValues v = leaf.getSortedDocValues(field);
                            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (live == null || live.get(d)) l.add(ids[d] + "=" + v.lookupOrd(v.ordValue()).utf8ToString()); }
                        case SORTED_SET -> { SortedSetDocValues v = leaf.getSortedSetDocValues(field);
                            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) { if (live != null && !live.get(d)) continue;
                                StringBuilder sb = new StringBuilder(ids[d]).append('=');
                                for (int i = 0; i < v.docValueCount(); i++) sb.append(v.lookupOrd(v.nextOrd()).utf8ToString()).append(';');
                                l.add(sb.toString()); } }
                        case SORTED_NUMERIC -> { SortedNumericDocValues v = leaf.getSortedNumericDocValues(field);
                            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) { if (live != null && !live.get(d)) continue;
                                StringBuilder sb = new StringBuilder(ids[d]).append('=');
                                for (int i = 0; i < v.docValueCount(); i++) sb.append(v.nextValue()).append(';');
                                l.add(sb.toString()); } }
                        case BINARY -> { BinaryDocValues v = leaf.getBinaryDocValues(field);
                            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) if (live == null || live.get(d)) l.add(ids[d] + "=" + v.binaryValue()); }
                        default -> { }
                    }
                    if (fi.getPointDimensionCount() > 0) {
                        PointValues pv = leaf.getPointValues(field);
                        List<String> pl = dv.computeIfAbsent(field + "/POINTS", k -> new ArrayList<>());
                        pv.intersect(new PointValues.IntersectVisitor() {
                            public void visit(int d) { throw new IllegalStateException(); }
                            public void visit(int d, byte[] v) { if (live == null || live.get(d)) pl.add(ids[d] + "=" + HexFormat.of().formatHex(v)); }
                            public PointValues.Relation compare(byte[] a, byte[] b) { return PointValues.Relation.CELL_CROSSES_QUERY; }
                        });
                    }
                }
            }
            for (var e : post.entrySet()) {
                MessageDigest md = MessageDigest.getInstance("SHA-1");
                long n = 0;
                for (var t : e.getValue().entrySet()) {
                    List<String> l = t.getValue(); Collections.sort(l);
                    if (l.isEmpty()) continue;
                    md.update(t.getKey().getBytes()); for (String s : l) { md.update(s.getBytes()); n++; }
                }
                System.out.printf("terms %-14s %7d terms %8d postings %s%n", e.getKey(), e.getValue().size(), n, hex(md));
            }
            for (var e : norms.entrySet()) { MessageDigest md = MessageDigest.getInstance("SHA-1"); Collections.sort(e.getValue());
                e.getValue().forEach(s -> md.update(s.getBytes())); System.out.printf("norms %-14s %7d %s%n", e.getKey(), e.getValue().size(), hex(md)); }
            for (var e : dv.entrySet()) { if (e.getValue().isEmpty()) continue; MessageDigest md = MessageDigest.getInstance("SHA-1"); Collections.sort(e.getValue());
                e.getValue().forEach(s -> md.update(s.getBytes())); System.out.printf("values %-22s %7d %s%n", e.getKey(), e.getValue().size(), hex(md)); }
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            stored.forEach((k, v) -> { md.update(k.getBytes()); md.update(v.getBytes()); });
            System.out.printf("stored %d docs %s%n", stored.size(), hex(md));
        }
    }
}

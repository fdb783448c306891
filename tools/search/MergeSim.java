import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.*;
import java.util.*;
/**
 * The segments a TieredMergePolicy setting leaves as ingest writes an index: documents of a tenth of an article's
 * size on disk (540 bytes of incompressible stored bytes), the policy's floor and maximum and the writer's buffer
 * scaled by the same tenth, a commit every 200 documents as ingest does; prints the segments (sizes at full scale)
 * at 20,000 to 1,120,000 documents and the bytes merged so far. In memory, one merge at a time (deterministic).
 *
 * <pre>
 * java -cp "mirsad-app/target/lib/*" tools/search/MergeSim.java SEGMENTS_PER_TIER FLOOR_MB MAX_MB COMMIT_EVERY DOCS
 * java -cp "mirsad-app/target/lib/*" tools/search/MergeSim.java 3 256 5000 200 1120000    # LuceneArticleIndex's
 * java -cp "mirsad-app/target/lib/*" tools/search/MergeSim.java 10 2 5000 200 1120000     # Lucene's default
 * </pre>
 */
public class MergeSim {
  public static void main(String[] a) throws Exception {
    int perTier = Integer.parseInt(a[0]); double floorMB = Double.parseDouble(a[1]); double maxMB = Double.parseDouble(a[2]);
    int commitEvery = Integer.parseInt(a[3]); int docs = Integer.parseInt(a[4]); double scale = 10;
    int docBytes = (int) (5400 / scale);
    TieredMergePolicy tmp = new TieredMergePolicy();
    tmp.setSegmentsPerTier(perTier); tmp.setFloorSegmentMB(floorMB / scale); tmp.setMaxMergedSegmentMB(maxMB / scale);
    long[] merged = {0}; int[] merges = {0};
    MergeScheduler ms = new SerialMergeScheduler() {
      @Override public synchronized void merge(MergeScheduler.MergeSource src, MergeTrigger trigger) throws java.io.IOException {
        MergePolicy.OneMerge m;
        while ((m = src.getNextMerge()) != null) { merged[0] += m.totalBytesSize(); merges[0]++; src.merge(m); }
      }
    };
    Random r = new Random(1);
    byte[] buf = new byte[docBytes];
    Set<Integer> marks = new TreeSet<>(List.of(20_000, 100_000, 200_000, 450_000, docs));
    try (Directory d = new ByteBuffersDirectory();
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(tmp).setMergeScheduler(ms)
             .setRAMBufferSizeMB(16 / scale).setUseCompoundFile(true))) {
      long written = 0;
      for (int i = 1; i <= docs; i++) {
        r.nextBytes(buf);
        Document doc = new Document(); doc.add(new StringField("id", "d" + i, Field.Store.NO)); doc.add(new StoredField("b", buf));
        w.addDocument(doc); written += docBytes;
        if (i % commitEvery == 0 || marks.contains(i)) w.commit();
        if (marks.contains(i)) {
          SegmentInfos si = SegmentInfos.readLatestCommit(d);
          long tot = 0; List<String> sz = new ArrayList<>();
          for (SegmentCommitInfo c : si) { tot += c.sizeInBytes(); sz.add(String.format("%.0f", c.sizeInBytes() * scale / 1e6)); }
          System.out.printf("perTier=%d floor=%.0fMB max=%.0fMB: %,d docs: %d segments (MB, real scale: %s); merged %.1f GB real scale = %.1f x the index%n",
              perTier, floorMB, maxMB, i, si.size(), String.join(" ", sz), merged[0] * scale / 1e9, merged[0] / (double) tot);
        }
      }
    }
  }
}

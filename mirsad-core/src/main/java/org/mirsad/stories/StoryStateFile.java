package org.mirsad.stories;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The story clusterer's state in a data directory ({@code DIR/stories/clusterer.bin}), so that an
 * article ingested today joins a story from yesterday's run: corpus document frequencies, every
 * placed article's fingerprint with its story (and whether it still waits for {@link StoryClusterer#settle}),
 * and the merges (so old ids stay resolvable). The articles' vectors, the stories' centroids and the
 * term index are rebuilt on load, under the weights of the loaded counts. The file is written whole to a temporary file and moved into place, so a
 * crash leaves the previous state, never half of one.
 *
 * <p>Layout (gzip of {@link DataOutputStream}, big-endian): magic {@code MIRSADST}, version; the
 * clusterer options; documents; DF entries (stem, count); fingerprints (article id, story, queued
 * flag, date as epoch day or {@link Long#MIN_VALUE}, terms with weights, entity ids); merges (from,
 * into). Version 1 (single-link clusterer) has no merge threshold and no queued flag; it is read
 * with the default merge threshold.
 */
public final class StoryStateFile {

    public static final String DIRECTORY = "stories";
    public static final String FILE_NAME = "clusterer.bin";
    private static final long MAGIC = 0x4D49525341445354L; // "MIRSADST"
    private static final int VERSION = 2;
    private static final long NO_DATE = Long.MIN_VALUE;

    private StoryStateFile() {
    }

    /** The state file of a data directory. */
    public static Path in(Path dataDir) {
        return dataDir.resolve(DIRECTORY).resolve(FILE_NAME);
    }

    /**
     * The clusterer saved in {@code file}, or a new one with default options when there is none.
     *
     * @throws IOException naming the file when it is not a story state file
     */
    public static StoryClusterer load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new StoryClusterer();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file)), 1 << 16))) {
            int version = in.readLong() == MAGIC ? in.readInt() : -1;
            if (version != 1 && version != VERSION) {
                throw new IOException(file + ": not a Mirsad story state file (version 1 or " + VERSION + ")");
            }
            StoryClusterer c = new StoryClusterer(new StoryClusterer.Options(in.readInt(), in.readDouble(),
                    in.readDouble(), in.readDouble(), in.readInt(),
                    version == 1 ? StoryClusterer.Options.DEFAULT.mergeThreshold() : in.readDouble()));
            c.documents = in.readInt();
            for (int n = in.readInt(); n > 0; n--) {
                c.documentFrequency.put(in.readUTF(), in.readInt());
            }
            for (int n = in.readInt(); n > 0; n--) {
                String id = in.readUTF();
                String story = in.readUTF();
                boolean queued = version > 1 && in.readBoolean();
                long day = in.readLong();
                int k = in.readInt();
                String[] terms = new String[k];
                float[] weights = new float[k];
                for (int i = 0; i < k; i++) {
                    terms[i] = in.readUTF();
                    weights[i] = in.readFloat();
                }
                Set<String> entities = new HashSet<>();
                for (int e = in.readInt(); e > 0; e--) {
                    entities.add(in.readUTF());
                }
                LocalDate date = day == NO_DATE ? null : LocalDate.ofEpochDay(day);
                int index = c.remember(new PlacedArticle(
                        new StoryFingerprint(id, terms, weights, Set.copyOf(entities), date), null, null, null), story);
                if (queued) {
                    c.queued.add(index);
                }
            }
            for (int n = in.readInt(); n > 0; n--) {
                c.mergedInto.put(in.readUTF(), in.readUTF());
            }
            c.rebuild();
            return c;
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new IOException(file + ": story state file is cut short or damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the clusterer's whole state to {@code file} (directories created), atomically. */
    public static void save(StoryClusterer c, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        synchronized (c) {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(Files.newOutputStream(tmp)), 1 << 16))) {
                out.writeLong(MAGIC);
                out.writeInt(VERSION);
                StoryClusterer.Options o = c.options;
                out.writeInt(o.termsPerArticle());
                out.writeDouble(o.threshold());
                out.writeDouble(o.termWeight());
                out.writeDouble(o.decayDays());
                out.writeInt(o.minSharedTerms());
                out.writeDouble(o.mergeThreshold());
                out.writeInt(c.documents);
                writeCounts(out, new TreeMap<>(c.documentFrequency));
                out.writeInt(c.articles.size());
                Set<Integer> queued = new HashSet<>(c.queued);
                for (int i = 0; i < c.articles.size(); i++) {
                    StoryFingerprint f = c.articles.get(i).fingerprint();
                    out.writeUTF(f.articleId());
                    out.writeUTF(c.storyOfArticle.get(i));
                    out.writeBoolean(queued.contains(i));
                    out.writeLong(f.date() == null ? NO_DATE : f.date().toEpochDay());
                    out.writeInt(f.terms().length);
                    for (int t = 0; t < f.terms().length; t++) {
                        out.writeUTF(f.terms()[t]);
                        out.writeFloat(f.weights()[t]);
                    }
                    out.writeInt(f.entities().size());
                    for (String e : new java.util.TreeSet<>(f.entities())) {
                        out.writeUTF(e);
                    }
                }
                out.writeInt(c.mergedInto.size());
                for (Map.Entry<String, String> m : new TreeMap<>(c.mergedInto).entrySet()) {
                    out.writeUTF(m.getKey());
                    out.writeUTF(m.getValue());
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }
}

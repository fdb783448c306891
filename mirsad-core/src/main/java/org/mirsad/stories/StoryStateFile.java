package org.mirsad.stories;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The story clusterer's state in a data directory ({@code DIR/stories/}), so that an article ingested
 * today joins a story from yesterday's run. Two files, so that what grows with the corpus is only ever
 * appended:
 *
 * <ul>
 *   <li>{@code journal.bin}, append-only: what never changes once it happened. Every story made (its
 *   id; its index is its place among them), every settled article (a 64-bit key of its id and the
 *   index of the story it went into) and every merge (from, into). About 13 bytes an article.</li>
 *   <li>{@code clusterer.bin}, a snapshot written whole (gzip, to a temporary file moved into place, so
 *   a crash leaves the previous one): the options, corpus document frequencies, the latest settled and
 *   newest placed dates, how much of the journal it goes with, the stories held in full (centroid,
 *   entity counts, dates, indexed terms; stories quiet for long were let go of and are not in it) and
 *   the articles still waiting to be settled (fingerprints). Its size follows the vocabulary, the open
 *   stories and the articles of the current window, not the corpus.</li>
 * </ul>
 *
 * <p>Saving appends the journal's new records, forces them to disk, then replaces the snapshot. The
 * snapshot names the journal length it goes with; loading reads the journal up to there and cuts off
 * anything a crash left past it (those articles are still queued in the snapshot and settle again).
 * Centroids are restored as saved, under the weights of the run that built them; the weights are then
 * frozen at the loaded counts for the articles of the next run.
 *
 * <p>Snapshot layout (gzip of {@link DataOutputStream}, big-endian): magic {@code MIRSADST}, version 4;
 * options; documents; DF entries (stem, count); latest and newest date (epoch day or
 * {@link Long#MIN_VALUE}); journal length, stories, articles, merges; stories held (index, id, members,
 * first, last, day sum, dated, centroid terms with sums, entities with counts, indexed terms); queued
 * articles (id, copy hash, provisional story, date, terms with weights, entity ids). Journal records:
 * {@code 'S'} id; {@code 'A'} key, story index; {@code 'M'} from, into. Version 3 (queued articles
 * without their copy hash: 0) is read as it is; versions 1 and 2 (every article's fingerprint in one
 * file) are read and rebuilt; the next save writes version 4.
 */
public final class StoryStateFile {

    public static final String DIRECTORY = "stories";
    public static final String FILE_NAME = "clusterer.bin";
    public static final String JOURNAL_NAME = "journal.bin";
    private static final long MAGIC = 0x4D49525341445354L; // "MIRSADST"
    private static final int VERSION = 4;
    /** The first version with a snapshot and a journal; 4 added the queued articles' copy hashes. */
    private static final int FIRST_SNAPSHOT_VERSION = 3;
    private static final long NO_DATE = Long.MIN_VALUE;
    private static final byte STORY = 'S';
    private static final byte ARTICLE = 'A';
    private static final byte MERGE = 'M';

    private StoryStateFile() {
    }

    /** The state file of a data directory. */
    public static Path in(Path dataDir) {
        return dataDir.resolve(DIRECTORY).resolve(FILE_NAME);
    }

    private static Path journalOf(Path file) {
        return file.toAbsolutePath().resolveSibling(JOURNAL_NAME);
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
            if (version < 1 || version > VERSION) {
                throw new IOException(file + ": not a Mirsad story state file (version 1 to " + VERSION + ")");
            }
            StoryClusterer c = new StoryClusterer(new StoryClusterer.Options(in.readInt(), in.readDouble(),
                    in.readDouble(), in.readDouble(), in.readInt(),
                    version == 1 ? StoryClusterer.Options.DEFAULT.mergeThreshold() : in.readDouble()));
            c.documents = in.readInt();
            for (int n = in.readInt(); n > 0; n--) {
                c.documentFrequency(in.readUTF(), in.readInt());
            }
            if (version < FIRST_SNAPSHOT_VERSION) {
                readWhole(in, c, version);
            } else {
                readSnapshot(in, c, file, version);
            }
            return c;
        } catch (EOFException | ZipException e) {
            throw new IOException(file + ": story state file is cut short or damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Versions 1 and 2: every placed article's fingerprint, then the merges; rebuilt under the loaded weights. */
    private static void readWhole(DataInputStream in, StoryClusterer c, int version) throws IOException {
        List<StoryFingerprint> fingerprints = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        List<Boolean> waiting = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String id = in.readUTF();
            stories.add(in.readUTF());
            waiting.add(version > 1 && in.readBoolean());
            LocalDate date = date(in.readLong());
            fingerprints.add(fingerprint(in, id, 0L, date));
        }
        for (int n = in.readInt(); n > 0; n--) {
            c.mergedInto.put(in.readUTF(), in.readUTF());
        }
        c.rebuild(fingerprints, stories, waiting);
    }

    private static void readSnapshot(DataInputStream in, StoryClusterer c, Path file, int version) throws IOException {
        c.latest = date(in.readLong());
        c.newest = date(in.readLong());
        long journalLength = in.readLong();
        int stories = in.readInt();
        int articles = in.readInt();
        int merges = in.readInt();
        readJournal(journalOf(file), journalLength, c, stories, articles, merges);
        c.freezeWeights();
        for (int n = in.readInt(); n > 0; n--) {
            int index = in.readInt();
            Story s = new Story(in.readUTF(), index);
            s.members = in.readInt();
            s.first = date(in.readLong());
            s.last(date(in.readLong()));
            s.daySum = in.readLong();
            s.dated = in.readInt();
            int k = in.readInt();
            Integer[] order = new Integer[k];
            int[] ids = new int[k];
            double[] sums = new double[k];
            for (int i = 0; i < k; i++) {
                ids[i] = c.termIdOf(in.readUTF());
                sums[i] = in.readDouble();
                order[i] = i;
            }
            // Term ids are given afresh on load: the centroid is kept ascending by id.
            Arrays.sort(order, (x, y) -> Integer.compare(ids[x], ids[y]));
            s.terms = new int[k];
            s.sums = new double[k];
            double norm = 0;
            for (int i = 0; i < k; i++) {
                s.terms[i] = ids[order[i]];
                s.sums[i] = sums[order[i]];
                norm += s.sums[i] * s.sums[i];
            }
            s.normSquared = norm;
            double entityNorm = 0;
            for (int e = in.readInt(); e > 0; e--) {
                int count = in.readInt();
                s.entities.put(in.readUTF(), count);
                entityNorm += (double) count * count;
            }
            s.entityNormSquared = entityNorm;
            s.entityMask = Story.entityMask(s.entities.keySet());
            int[] indexed = new int[in.readInt()];
            for (int i = 0; i < indexed.length; i++) {
                indexed[i] = c.termIdOf(in.readUTF());
            }
            c.restore(s, indexed);
        }
        for (int n = in.readInt(); n > 0; n--) {
            String id = in.readUTF();
            long copyHash = version > FIRST_SNAPSHOT_VERSION ? in.readLong() : 0L;
            String story = in.readUTF();
            LocalDate date = date(in.readLong());
            c.requeue(fingerprint(in, id, copyHash, date), story);
        }
    }

    /** Reads the journal up to the length the snapshot names, and cuts off what a crash left past it. */
    private static void readJournal(Path journal, long length, StoryClusterer c, int stories, int articles,
                                    int merges) throws IOException {
        if (length > 0 && (!Files.exists(journal) || Files.size(journal) < length)) {
            throw new IOException(journal + ": story journal is missing or shorter than its snapshot says");
        }
        if (length > 0 && Files.size(journal) > length) {
            try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
                ch.truncate(length);
            }
        }
        forEachRecord(journal, length, new Records() {
            @Override
            public void story(String id) {
                c.shell(id);
            }

            @Override
            public void article(long key, int story) {
                c.settledKey(key, story);
            }

            @Override
            public void merge(String from, String into) {
                c.mergedInto.put(from, into);
            }
        });
        if (c.stories.size() != stories || c.settledCount != articles || c.mergedInto.size() != merges) {
            throw new IOException(journal + ": story journal does not match its snapshot");
        }
        c.journalFile = journal;
        c.journalLength = length;
        c.journaledStories = stories;
        c.journaledArticles = articles;
        c.journaledMerges = merges;
    }

    /** What a journal holds, record by record. */
    private interface Records {
        void story(String id);

        void article(long key, int story);

        void merge(String from, String into);
    }

    private static void forEachRecord(Path journal, long length, Records records) throws IOException {
        if (length == 0) {
            return;
        }
        try (InputStream raw = Files.newInputStream(journal);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            long read = 0; // bytes parsed so far: records are read up to the snapshot's length, no further
            while (read < length) {
                byte type = in.readByte();
                read += 1;
                switch (type) {
                    case STORY -> {
                        String id = in.readUTF();
                        read += 2 + utfLength(id);
                        records.story(id);
                    }
                    case ARTICLE -> {
                        long key = in.readLong();
                        int story = in.readInt();
                        read += 12;
                        records.article(key, story);
                    }
                    case MERGE -> {
                        String from = in.readUTF();
                        String into = in.readUTF();
                        read += 4 + utfLength(from) + utfLength(into);
                        records.merge(from, into);
                    }
                    default -> throw new IOException(journal + ": story journal is damaged (record type " + type + ")");
                }
            }
        }
    }

    /** The rest of a saved fingerprint: terms with weights, entity ids. */
    private static StoryFingerprint fingerprint(DataInputStream in, String id, long copyHash, LocalDate date)
            throws IOException {
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
        return new StoryFingerprint(id, copyHash, terms, weights, Set.copyOf(entities), date);
    }

    private static int utfLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            n += ch >= 1 && ch <= 0x7f ? 1 : ch <= 0x7ff ? 2 : 3;
        }
        return n;
    }

    /**
     * The current id of a story, following the merges in the journal, without loading the state: what
     * {@code mirsad story OLD_ID} needs. Old files are loaded whole.
     */
    public static String resolve(Path file, String storyId) throws IOException {
        if (!Files.exists(file)) {
            return storyId;
        }
        long length;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(Files.newInputStream(file)), 1 << 12))) {
            int version = in.readLong() == MAGIC ? in.readInt() : -1;
            if (version < FIRST_SNAPSHOT_VERSION || version > VERSION) {
                return load(file).resolve(storyId);
            }
            in.readInt();
            in.readDouble();
            in.readDouble();
            in.readDouble();
            in.readInt();
            in.readDouble();
            in.readInt();
            for (int n = in.readInt(); n > 0; n--) {
                in.readUTF();
                in.readInt();
            }
            in.readLong();
            in.readLong();
            length = in.readLong();
        } catch (EOFException | ZipException e) {
            throw new IOException(file + ": story state file is cut short or damaged (" + e.getMessage() + ")", e);
        }
        Map<String, String> merges = new HashMap<>();
        forEachRecord(journalOf(file), Math.min(length, Files.exists(journalOf(file)) ? Files.size(journalOf(file)) : 0),
                new Records() {
                    @Override
                    public void story(String id) {
                    }

                    @Override
                    public void article(long key, int story) {
                    }

                    @Override
                    public void merge(String from, String into) {
                        merges.put(from, into);
                    }
                });
        String s = storyId;
        for (String next; (next = merges.get(s)) != null; ) {
            s = next;
        }
        return s;
    }

    /**
     * Saves the clusterer's state to {@code file} (directories created): appends the journal's new
     * records, forces them to disk, then replaces the snapshot atomically. A journal that is not the one
     * this clusterer last wrote or read is written afresh.
     */
    public static void save(StoryClusterer c, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path journal = journalOf(file);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        synchronized (c) {
            boolean append = journal.equals(c.journalFile) && Files.exists(journal)
                    && Files.size(journal) == c.journalLength;
            if (!append) {
                c.journaledStories = 0;
                c.journaledArticles = 0;
                c.journaledMerges = 0;
                Files.deleteIfExists(journal);
            }
            try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
                for (int i = c.journaledStories; i < c.stories.size(); i++) {
                    out.writeByte(STORY);
                    out.writeUTF(c.stories.get(i).id);
                }
                for (int i = c.journaledArticles; i < c.settledCount; i++) {
                    out.writeByte(ARTICLE);
                    out.writeLong(c.settledKeyAt(i));
                    out.writeInt(c.settledStoryAt(i));
                }
                for (Map.Entry<String, String> m : c.mergedInto.entrySet().stream().skip(c.journaledMerges).toList()) {
                    out.writeByte(MERGE);
                    out.writeUTF(m.getKey());
                    out.writeUTF(m.getValue());
                }
                out.flush();
                ch.force(false);
                c.journalLength = ch.size();
            }
            c.journalFile = journal;
            c.journaledStories = c.stories.size();
            c.journaledArticles = c.settledCount;
            c.journaledMerges = c.mergedInto.size();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    fastGzip(Files.newOutputStream(tmp)), 1 << 16))) {
                writeSnapshot(out, c);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Gzip at the fastest level: the snapshot is rewritten whole at every checkpoint of an ingest, on its
     * calling thread, and the default level spent most of the save compressing (a 20,000-article state:
     * 1.23 s of CPU at the default level, 6.2 MB; see docs/stories.md for the fast level's figures).
     * Any gzip reader reads either.
     */
    private static GZIPOutputStream fastGzip(java.io.OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
    }

    private static void writeSnapshot(DataOutputStream out, StoryClusterer c) throws IOException {
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
        StoryClusterer.Frequencies df = c.documentFrequencies();
        out.writeInt(df.terms().length);
        for (int i = 0; i < df.terms().length; i++) {
            out.writeUTF(df.terms()[i]);
            out.writeInt(df.counts()[i]);
        }
        out.writeLong(day(c.latest));
        out.writeLong(day(c.newest));
        out.writeLong(c.journalLength);
        out.writeInt(c.journaledStories);
        out.writeInt(c.journaledArticles);
        out.writeInt(c.journaledMerges);
        List<Story> held = c.stories.stream().filter(Story::resident).toList();
        out.writeInt(held.size());
        for (Story s : held) {
            out.writeInt(s.index);
            out.writeUTF(s.id);
            out.writeInt(s.members);
            out.writeLong(day(s.first));
            out.writeLong(day(s.last));
            out.writeLong(s.daySum);
            out.writeInt(s.dated);
            out.writeInt(s.terms.length);
            for (int i = 0; i < s.terms.length; i++) {
                out.writeUTF(c.termNames.get(s.terms[i]));
                out.writeDouble(s.sums[i]);
            }
            Map<String, Integer> entities = new TreeMap<>(s.entities);
            out.writeInt(entities.size());
            for (Map.Entry<String, Integer> e : entities.entrySet()) {
                out.writeInt(e.getValue());
                out.writeUTF(e.getKey());
            }
            int[] indexed = s.indexedTerms();
            out.writeInt(indexed.length);
            for (int t : indexed) {
                out.writeUTF(c.termNames.get(t));
            }
        }
        out.writeInt(c.queued.size());
        for (StoryClusterer.Queued q : c.queued.values()) {
            StoryFingerprint f = q.article().fingerprint();
            out.writeUTF(f.articleId());
            out.writeLong(f.copyHash());
            out.writeUTF(q.story());
            out.writeLong(day(f.date()));
            out.writeInt(f.terms().length);
            for (int t = 0; t < f.terms().length; t++) {
                out.writeUTF(f.terms()[t]);
                out.writeFloat(f.weights()[t]);
            }
            out.writeInt(f.entities().size());
            for (String e : new TreeSet<>(f.entities())) {
                out.writeUTF(e);
            }
        }
    }

    private static long day(LocalDate d) {
        return d == null ? NO_DATE : d.toEpochDay();
    }

    private static LocalDate date(long day) {
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }
}

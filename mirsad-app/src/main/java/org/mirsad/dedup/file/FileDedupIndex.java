package org.mirsad.dedup.file;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mirsad.collect.Spill;
import org.mirsad.dedup.DedupConfig;
import org.mirsad.dedup.DedupIndex;
import org.mirsad.dedup.Fingerprint;
import org.mirsad.dedup.InMemoryDedupIndex;
import org.mirsad.dedup.Placement;

/**
 * The duplicate index of a data directory: an append-only file of fingerprints
 * ({@code DIR/dedup/fingerprints.bin}, about 420 bytes an article with the default config) and, while
 * open, the {@link InMemoryDedupIndex} rebuilt from it, whose tables spill into memory-mapped files in the
 * same folder (deleted as soon as they are open: they are rebuilt on every open, never read back), so
 * the Java heap the index takes does not grow with the corpus.
 *
 * <p>The file holds fingerprints, not groups: on open every fingerprint is added again in file order,
 * and since groups do not depend on order, the groups come back exactly (and follow a changed
 * threshold, which only the shingle size, hash count and band count would invalidate). A record cut
 * off by a crash is dropped and the file truncated to the last whole record; its article is added
 * again when its input is read again.
 *
 * <p>File layout (big-endian, {@link DataOutputStream}): magic {@code MIRSADFP}, format version,
 * shingle size, hashes, bands; then per article: id (modified UTF-8), exact hash, copy hash (longs),
 * words, shingles, date rank (ints), band keys (ints), sketch (shorts). A file of format 1 (no copy
 * hash) is rewritten as format 2 when opened, its copy hashes 0: its exact copies keep falling to the
 * id among themselves.
 */
public final class FileDedupIndex implements DedupIndex {

    public static final String FILE_NAME = "fingerprints.bin";
    private static final long MAGIC = 0x4D49525341444650L; // "MIRSADFP"
    private static final int VERSION = 2;
    private static final int VERSION_WITHOUT_COPY_HASH = 1;

    private final Path file;
    private final DedupConfig config;
    private final InMemoryDedupIndex memory;
    private final FileChannel channel;
    private final DataOutputStream out;
    private final int dropped;

    private FileDedupIndex(Path file, DedupConfig config, InMemoryDedupIndex memory, FileChannel channel,
                           int dropped) {
        this.file = file;
        this.config = config;
        this.memory = memory;
        this.channel = channel;
        this.out = new DataOutputStream(new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel),
                1 << 16));
        this.dropped = dropped;
    }

    /**
     * Opens (or creates) the index in {@code dir}.
     *
     * @throws IOException naming the file when it is not a fingerprint file or was written with
     *                     another shingle size, hash count or band count
     */
    public static FileDedupIndex open(Path dir, DedupConfig config) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE_NAME);
        InMemoryDedupIndex memory = new InMemoryDedupIndex(config, 1024, Spill.into(dir));
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            memory.close();
            throw e;
        }
        try {
            int dropped = 0;
            if (channel.size() == 0) {
                writeHeader(channel, config);
            } else {
                if (version(file) == VERSION_WITHOUT_COPY_HASH) {
                    channel.close();
                    upgrade(file, config);
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                }
                long good = replay(file, config, memory);
                if (good < channel.size()) {
                    dropped = 1;
                    channel.truncate(good);
                }
            }
            channel.position(channel.size());
            return new FileDedupIndex(file, config, memory, channel, dropped);
        } catch (IOException | RuntimeException e) {
            channel.close();
            memory.close();
            throw e;
        }
    }

    @Override
    public synchronized Placement add(Fingerprint f) throws IOException {
        int before = memory.size();
        Placement p = memory.add(f);
        if (memory.size() > before) {
            write(out, f);
        }
        return p;
    }

    @Override
    public String canonicalOf(String id) {
        return memory.canonicalOf(id);
    }

    @Override
    public int size() {
        return memory.size();
    }

    /** 1 when a record cut off by an earlier crash was dropped on open, else 0. */
    public int droppedOnOpen() {
        return dropped;
    }

    public Path file() {
        return file;
    }

    public DedupConfig config() {
        return config;
    }

    @Override
    public synchronized void flush() throws IOException {
        out.flush();
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            flush();
        } finally {
            try {
                out.close();
            } finally {
                memory.close();
            }
        }
    }

    private static void writeHeader(FileChannel channel, DedupConfig config) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(24);
        b.putLong(MAGIC).putInt(VERSION).putInt(config.shingleSize()).putInt(config.hashes()).putInt(config.bands());
        b.flip();
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    /** Adds every whole record to {@code memory}; returns the byte length of the whole records. */
    private static long replay(Path file, DedupConfig config, InMemoryDedupIndex memory) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             CountingInput counting = new CountingInput(new BufferedInputStream(raw, 1 << 16));
             DataInputStream in = new DataInputStream(counting)) {
            readHeader(file, in, config, VERSION);
            long good = counting.count();
            while (true) {
                Fingerprint f;
                try {
                    f = read(in, config, true);
                } catch (EOFException e) {
                    return good;
                }
                memory.add(f);
                good = counting.count();
            }
        }
    }

    /** The format version in the header, or -1 when the file is too short to have one. */
    private static int version(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            in.readLong();
            return in.readInt();
        } catch (EOFException e) {
            return -1;
        }
    }

    /**
     * Rewrites a format-1 file as format 2 (copy hash 0), through a temporary file moved into place, so
     * that a crash leaves either the old file or the new one. A record cut off at the end is left out,
     * as replay would drop it.
     */
    private static void upgrade(Path file, DedupConfig config) throws IOException {
        Path temporary = file.resolveSibling(FILE_NAME + ".upgrade");
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
                     1 << 16))) {
            readHeader(file, in, config, VERSION_WITHOUT_COPY_HASH);
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(config.shingleSize());
            out.writeInt(config.hashes());
            out.writeInt(config.bands());
            while (true) {
                try {
                    write(out, read(in, config, false));
                } catch (EOFException e) {
                    break;
                }
            }
        }
        try (FileChannel c = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void readHeader(Path file, DataInputStream in, DedupConfig config, int expectedVersion)
            throws IOException {
        try {
            if (in.readLong() != MAGIC) {
                throw new IOException(file + ": not a Mirsad fingerprint file");
            }
            int version = in.readInt();
            int shingle = in.readInt();
            int hashes = in.readInt();
            int bands = in.readInt();
            if (version != expectedVersion) {
                throw new IOException(file + ": format version " + version + ", this Mirsad reads " + VERSION
                        + " (and upgrades " + VERSION_WITHOUT_COPY_HASH + ")");
            }
            if (shingle != config.shingleSize() || hashes != config.hashes() || bands != config.bands()) {
                throw new IOException(file + " was written with shingle size " + shingle + ", " + hashes
                        + " hashes and " + bands + " bands; this run uses " + config.shingleSize() + ", "
                        + config.hashes() + " and " + config.bands() + " (delete the folder and ingest again to rebuild)");
            }
        } catch (EOFException e) {
            throw new IOException(file + ": header cut off, not a Mirsad fingerprint file");
        }
    }

    private static void write(DataOutputStream out, Fingerprint f) throws IOException {
        out.writeUTF(f.id());
        out.writeLong(f.exactHash());
        out.writeLong(f.copyHash());
        out.writeInt(f.words());
        out.writeInt(f.shingles());
        out.writeInt(f.dateRank());
        for (int k : f.bandKeys()) {
            out.writeInt(k);
        }
        for (short s : f.sketch()) {
            out.writeShort(s);
        }
    }

    private static Fingerprint read(DataInputStream in, DedupConfig config, boolean withCopyHash) throws IOException {
        String id = in.readUTF();
        long exact = in.readLong();
        long copy = withCopyHash ? in.readLong() : 0L;
        int words = in.readInt();
        int shingles = in.readInt();
        int date = in.readInt();
        int[] bands = new int[config.bands()];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = in.readInt();
        }
        short[] sketch = new short[config.hashes()];
        for (int i = 0; i < sketch.length; i++) {
            sketch[i] = in.readShort();
        }
        return new Fingerprint(id, exact, copy, words, shingles, date, bands, sketch);
    }

    /** Counts the bytes handed to the reader, to know where the last whole record ends. */
    private static final class CountingInput extends java.io.FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}

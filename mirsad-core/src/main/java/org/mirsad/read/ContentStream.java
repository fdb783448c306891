package org.mirsad.read;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of an input as its reader wants them: gzip undone when the input is gzip (by its magic
 * bytes, whatever its name), and a gzip stream that is cut off or corrupt ends like a normal stream
 * with {@link #cut()} telling why, so that the reader keeps what decompressed before the cut.
 * Unbuffered when gzip: readers read in blocks.
 */
final class ContentStream extends FilterInputStream {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    /** Raw bytes a peek may consume: a gzip header and the compressed form of a kilobyte. */
    private static final int REWIND_BYTES = 1 << 20;

    private final boolean gzip;
    private long delivered;
    private String cut;

    private ContentStream(InputStream in, boolean gzip) {
        super(in);
        this.gzip = gzip;
    }

    /** Opens {@code raw} (which must support mark/reset), undoing gzip when its magic bytes say so. */
    static ContentStream open(InputStream raw) throws IOException {
        return open(raw, isGzip(raw));
    }

    private static ContentStream open(InputStream raw, boolean gzip) throws IOException {
        if (gzip) {
            // The guard sits right on the decompressor: a buffer between them could drop bytes it had
            // copied when the exception comes in the middle of a fill.
            try {
                return new ContentStream(new GZIPInputStream(raw, 1 << 16), true);
            } catch (EOFException | ZipException e) {
                ContentStream empty = new ContentStream(InputStream.nullInputStream(), true);
                empty.cut = "the gzip stream is " + (e instanceof EOFException ? "truncated" : "corrupt") + " in its header";
                return empty;
            }
        }
        return new ContentStream(raw, false);
    }

    /**
     * The first {@code n} content bytes of {@code raw} (decompressed when gzip), leaving {@code raw}
     * where it was; {@code raw} must hold a mark of more bytes than the peek consumes.
     */
    static byte[] peek(InputStream raw, int n) throws IOException {
        boolean gzip = isGzip(raw);
        raw.mark(REWIND_BYTES);
        InputStream shield = new FilterInputStream(raw) {
            @Override
            public void close() {
                // the peek ends, the input does not
            }
        };
        byte[] head;
        try (ContentStream peek = open(shield, gzip)) {
            head = peek.readNBytes(n);
        }
        raw.reset();
        return head;
    }

    static boolean isGzip(InputStream raw) throws IOException {
        raw.mark(2);
        int a = raw.read();
        int b = raw.read();
        raw.reset();
        return a == GZIP_MAGIC_1 && b == GZIP_MAGIC_2;
    }

    boolean gzip() {
        return gzip;
    }

    /** Why the gzip stream ended early ("truncated after N bytes"), or null when it ended whole. */
    String cut() {
        return cut;
    }

    /** Decompressed bytes delivered so far. */
    long delivered() {
        return delivered;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (cut != null) {
            return -1;
        }
        try {
            int n = super.read(b, off, len);
            if (n > 0) {
                delivered += n;
            }
            return n;
        } catch (EOFException | ZipException e) {
            if (!gzip) {
                throw e;
            }
            // A download stopped half-way: what decompressed so far is still good text.
            cut = (e instanceof EOFException ? "the gzip stream is truncated" : "the gzip stream is corrupt (" + e.getMessage() + ")")
                    + " after " + delivered + " decompressed bytes";
            return -1;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}

package org.mirsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.mirsad.model.Format;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;
import org.mirsad.model.SourceMetadata;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WET files (ISO 28500), plain or gzip per record, read with jwarc. Responses (and
 * resources) holding HTML become HTML pages, conversion records (WET) and plain-text responses text
 * pages; every other record is counted as a rejection "skipped WARC record: ..." so the ledger adds
 * up. A malformed record is rejected with its offset; in a file the reader then looks for the next
 * record header (or gzip member) and goes on, on standard input it cannot and stops.
 */
final class WarcFileReader {

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

    private final String path;
    private final Path file;
    private final ReadOptions options;
    private final RecordSink sink;
    private int index;

    private WarcFileReader(String path, Path file, ReadOptions options, RecordSink sink) {
        this.path = path;
        this.file = file;
        this.options = options;
        this.sink = sink;
    }

    /**
     * Reads a WARC: from {@code file} when there is one (it can then resynchronise after a malformed
     * record), else from {@code raw}, positioned at the start of the input.
     */
    static void read(String path, Path file, InputStream raw, ReadOptions options, RecordSink sink) throws IOException {
        WarcFileReader reader = new WarcFileReader(path, file, options, sink);
        try (WarcReader warc = file != null ? new WarcReader(FileChannel.open(file)) : new WarcReader(Channels.newChannel(raw))) {
            reader.readAll(warc);
        }
    }

    private void readAll(WarcReader first) throws IOException {
        WarcReader reader = first;
        WarcCompression compression = first.compression();
        try {
            while (true) {
                WarcRecord record;
                long offset;
                try {
                    Optional<WarcRecord> next = reader.next();
                    if (next.isEmpty()) {
                        return;
                    }
                    record = next.get();
                    offset = reader.position();
                } catch (IOException | RuntimeException e) {
                    long failedAt = reader.position();
                    Resynced resynced = resync(failedAt + 1, compression);
                    index++;
                    sink.rejected(new Rejection(provenance(failedAt, null, null), "malformed WARC record: " + message(e) + (resynced == null ? "; the rest of the file cannot be read"
                            : "; reading goes on at offset " + resynced.offset)));
                    if (resynced == null) {
                        return;
                    }
                    if (reader != first) {
                        reader.close();
                    }
                    reader = resynced.reader;
                    record = resynced.record;
                    offset = resynced.offset;
                }
                index++;
                deliver(record, offset);
            }
        } finally {
            if (reader != first) {
                reader.close();
            }
        }
    }

    private void deliver(WarcRecord record, long offset) {
        // Headers read leniently: a record without a date or target is still a record.
        String target = record.headers().sole("WARC-Target-URI").map(String::strip).orElse(null);
        Instant date = record.headers().sole("WARC-Date").map(FetchTime::parse).orElse(null);
        Provenance where = provenance(offset, target, date);
        try {
            if (record instanceof WarcResponse response) {
                MediaType type = response.payloadType();
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() > 299) {
                    skip(where, "response with HTTP status " + http.status());
                } else {
                    deliverPayload(where, "response", type, http.bodyDecoded().stream());
                }
            } else if (record instanceof WarcResource resource) {
                deliverPayload(where, "resource", resource.contentType(), resource.body().stream());
            } else if (record instanceof WarcConversion conversion) {
                deliverPayload(where, "conversion", conversion.contentType(), conversion.body().stream());
            } else {
                skip(where, record.type());
            }
        } catch (IOException | RuntimeException e) {
            sink.rejected(new Rejection(where, "unreadable " + record.type() + " record: " + message(e)));
        }
    }

    private void deliverPayload(Provenance where, String kind, MediaType type, InputStream body) throws IOException {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
        // Servers that send no Content-Type get application/octet-stream: the bytes tell.
        boolean unlabelled = base.equals("application/octet-stream") || base.isBlank();
        if (!html && !unlabelled && !base.equals("text/plain")) {
            skip(where, kind + " " + base);
            return;
        }
        PageBytes bytes = PageBytes.read(body, options, false);
        if (!bytes.ok()) {
            sink.rejected(new Rejection(where, bytes.problem()));
            return;
        }
        if (unlabelled) {
            if (InputFormat.sniff(bytes.bytes(), bytes.length()) != InputFormat.HTML) {
                skip(where, kind + " " + base);
                return;
            }
            html = true;
        }
        String charsetName = type.parameters().get("charset");
        Charset declared = charsetName == null ? null : HtmlReader.charset(charsetName);
        DecodedText decoded = HtmlReader.decode(bytes.bytes(), bytes.length(), declared);
        String problem = TextReader.problem(decoded.text(), "empty payload");
        if (problem != null) {
            sink.rejected(new Rejection(where, problem));
            return;
        }
        int lines = (int) decoded.text().lines().count();
        Provenance source = where.withLines(1, lines);
        sink.page(html ? HtmlReader.page(source, decoded.text(), decoded.warnings())
                : new Page(source, Format.TEXT, decoded.text(), SourceMetadata.NONE, decoded.warnings()));
    }

    private void skip(Provenance where, String what) {
        sink.rejected(new Rejection(where, "skipped WARC record: " + what));
    }

    private Provenance provenance(long offset, String url, Instant fetched) {
        return new Provenance(path, 0, 0, index, offset, url, fetched);
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A reader re-opened at the next record that parses, with that record. */
    private record Resynced(WarcReader reader, WarcRecord record, long offset) {
    }

    /**
     * Looks from {@code from} for the next place a record starts (a line "WARC/1." or, in a gzip
     * WARC, a gzip member header) where a record parses; null on standard input or when none does.
     */
    private Resynced resync(long from, WarcCompression compression) throws IOException {
        if (file == null) {
            return null;
        }
        byte[] magic = compression == WarcCompression.GZIP ? GZIP_MAGIC : WARC_MAGIC;
        for (long candidate = find(magic, from); candidate >= 0; candidate = find(magic, candidate + 1)) {
            FileChannel channel = FileChannel.open(file);
            channel.position(candidate);
            WarcReader reader = new WarcReader(channel);
            try {
                Optional<WarcRecord> record = reader.next();
                if (record.isPresent()) {
                    return new Resynced(reader, record.get(), candidate);
                }
            } catch (IOException | RuntimeException notARecord) {
                // a false start (the magic bytes inside a payload): look further
            }
            reader.close();
        }
        return null;
    }

    /** The offset of the next {@code magic} in the file at or after {@code from}, or -1. */
    private long find(byte[] magic, long from) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long base = from;
            channel.position(from);
            int carry = 0;
            while (true) {
                int n = channel.read(buffer);
                if (n < 0) {
                    return -1;
                }
                byte[] bytes = buffer.array();
                int length = buffer.position();
                for (int i = 0; i + magic.length <= length; i++) {
                    if (matches(bytes, i, magic) && (magic != WARC_MAGIC || base + i == 0 || i > 0 && bytes[i - 1] == '\n')) {
                        return base + i;
                    }
                }
                carry = Math.min(length, magic.length);
                base += length - carry;
                System.arraycopy(bytes, length - carry, bytes, 0, carry);
                buffer.position(carry);
            }
        }
    }

    private static boolean matches(byte[] bytes, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (bytes[at + j] != magic[j]) {
                return false;
            }
        }
        return true;
    }
}

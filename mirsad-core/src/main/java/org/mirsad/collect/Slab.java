package org.mirsad.collect;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A growable run of bytes read and written as longs, ints and shorts at byte offsets: on the heap while
 * small, then in a memory-mapped file ({@link Spill}). The corpus indexes keep one entry per article
 * in slabs, so their size grows with the corpus outside {@code -Xmx}: mapped pages belong to the page
 * cache, and the kernel writes them out or drops them under pressure.
 *
 * <p>The file is deleted as soon as it is open (on systems that allow it): nothing is left behind after
 * a crash, and the space returns when the slab is closed or the process ends. Its content lives only
 * as long as the slab; persistent state is written elsewhere (the dedup index's fingerprint file).
 *
 * <p>Storage is cut into chunks of {@value #CHUNK} bytes (a buffer is indexed by int); a value never
 * straddles two because each slab holds values of one size at offsets that are multiples of it. A
 * mapped chunk is mapped whole: the file is sparse, so only pages written take space. Not thread-safe.
 */
public final class Slab implements Closeable {

    static final int SHIFT = 28;
    static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final ByteBuffer[] CLOSED = new ByteBuffer[0];

    private final Spill spill;
    private final String name;
    private ByteBuffer[] chunks = CLOSED;
    private long capacity;
    private FileChannel file;

    /** A slab of at least {@code bytes} zero bytes, named (in its spill file's name) for what it holds. */
    public Slab(Spill spill, String name, long bytes) {
        this.spill = spill;
        this.name = name;
        reserve(Math.max(64, bytes));
    }

    /** Makes offsets below {@code bytes} usable; new bytes are zero. */
    public void reserve(long bytes) {
        if (bytes <= capacity) {
            return;
        }
        if (file == null && spill.spills() && bytes > spill.heapBytes()) {
            toFile(bytes);
        } else if (file != null) {
            mapUpTo(bytes);
        } else {
            growOnHeap(bytes);
        }
    }

    public long getLong(long at) {
        return chunks[(int) (at >>> SHIFT)].getLong((int) (at & MASK));
    }

    public void putLong(long at, long value) {
        chunks[(int) (at >>> SHIFT)].putLong((int) (at & MASK), value);
    }

    public int getInt(long at) {
        return chunks[(int) (at >>> SHIFT)].getInt((int) (at & MASK));
    }

    public void putInt(long at, int value) {
        chunks[(int) (at >>> SHIFT)].putInt((int) (at & MASK), value);
    }

    public short getShort(long at) {
        return chunks[(int) (at >>> SHIFT)].getShort((int) (at & MASK));
    }

    public void putShort(long at, short value) {
        chunks[(int) (at >>> SHIFT)].putShort((int) (at & MASK), value);
    }

    /** Usable bytes (for a mapped slab, address space: pages never written take no memory). */
    public long capacity() {
        return capacity;
    }

    /** Bytes held on the Java heap: all of them until the slab spills, none after. */
    public long heapBytes() {
        return file == null ? capacity : 0;
    }

    public boolean mapped() {
        return file != null;
    }

    /** Releases the storage (unmaps and closes the file); the slab must not be used after. */
    @Override
    public void close() {
        ByteBuffer[] held = chunks;
        chunks = CLOSED;
        capacity = 0;
        if (file != null) {
            for (ByteBuffer b : held) {
                Unmapper.unmap(b);
            }
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                file = null;
            }
        }
    }

    private void growOnHeap(long bytes) {
        if (chunks.length <= 1 && bytes <= CHUNK) {
            long cap = Math.max(bytes, capacity * 2);
            if (spill.spills()) {
                cap = Math.min(cap, spill.heapBytes());
            }
            cap = Math.min(cap, CHUNK);
            ByteBuffer grown = ByteBuffer.allocate((int) cap).order(ByteOrder.nativeOrder());
            if (chunks.length == 1) {
                grown.put(chunks[0].duplicate().clear());
            }
            chunks = new ByteBuffer[] {grown};
            capacity = cap;
            return;
        }
        if (capacity < CHUNK) {
            growOnHeap(CHUNK);
        }
        while (capacity < bytes) {
            chunks = Arrays.copyOf(chunks, chunks.length + 1);
            chunks[chunks.length - 1] = ByteBuffer.allocate(CHUNK).order(ByteOrder.nativeOrder());
            capacity += CHUNK;
        }
    }

    private void toFile(long bytes) {
        try {
            Files.createDirectories(spill.dir());
            Path path = Files.createTempFile(spill.dir(), "mirsad-" + name + "-", ".slab");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                Files.delete(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a spill file in " + spill.dir() + ": " + e.getMessage(), e);
        }
        ByteBuffer[] onHeap = chunks;
        chunks = CLOSED;
        capacity = 0;
        mapUpTo(bytes);
        for (int i = 0; i < onHeap.length; i++) {
            chunks[i].duplicate().put(onHeap[i].duplicate().clear());
        }
    }

    private void mapUpTo(long bytes) {
        int count = (int) ((bytes + CHUNK - 1) >>> SHIFT);
        ByteBuffer[] grown = Arrays.copyOf(chunks, count);
        try {
            for (int i = chunks.length; i < count; i++) {
                grown[i] = file.map(FileChannel.MapMode.READ_WRITE, (long) i << SHIFT, CHUNK)
                        .order(ByteOrder.nativeOrder());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map a spill file in " + spill.dir() + ": " + e.getMessage(), e);
        }
        chunks = grown;
        capacity = (long) count << SHIFT;
    }

    /**
     * Unmaps a mapped buffer at once, as Lucene does, instead of when the collector finds it: a grown
     * table's old file would otherwise keep its pages and disk space until a full collection. Without
     * {@code sun.misc.Unsafe} (another runtime) the collector does it.
     */
    private static final class Unmapper {
        private static final Object UNSAFE;
        private static final Method CLEANER;

        static {
            Object unsafe = null;
            Method cleaner = null;
            try {
                Class<?> type = Class.forName("sun.misc.Unsafe");
                Field field = type.getDeclaredField("theUnsafe");
                field.setAccessible(true);
                unsafe = field.get(null);
                cleaner = type.getMethod("invokeCleaner", ByteBuffer.class);
            } catch (ReflectiveOperationException | RuntimeException e) {
                unsafe = null;
                cleaner = null;
            }
            UNSAFE = unsafe;
            CLEANER = cleaner;
        }

        static void unmap(ByteBuffer buffer) {
            if (CLEANER == null) {
                return;
            }
            try {
                CLEANER.invoke(UNSAFE, buffer);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Left to the collector.
            }
        }
    }
}

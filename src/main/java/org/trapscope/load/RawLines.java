package org.trapscope.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.trapscope.source.Compression;
import org.trapscope.source.LogInputs;
import org.trapscope.store.EventStore;
import org.trapscope.store.SourceFile;

/**
 * The original log lines behind events, read back from the files by the offsets the store
 * keeps, so the store never holds lines as Strings. An archive is decompressed once, on first
 * use, into a temporary file that {@link #close()} deletes; the input itself is only ever read.
 * Thread-safe.
 */
public final class RawLines implements AutoCloseable {
    private static final int WINDOW = 64 * 1024;

    private final EventStore store;
    private final Readable[] files;

    public RawLines(EventStore store) {
        this.store = store;
        this.files = new Readable[store.files().size()];
    }

    /** The line of one event, decoded leniently (bytes that are not UTF-8 become U+FFFD). */
    public synchronized String line(int event) throws IOException {
        return new String(file(store.fileIndex(event)).line(store.offset(event)), StandardCharsets.UTF_8);
    }

    /**
     * Writes the lines of the given events in the given order, each followed by a newline. An
     * expanded "last message repeated" stands on one line in the log, so consecutive events of
     * the same line are written once: the output is an extract of the log as it was.
     */
    public synchronized void write(int[] events, int count, OutputStream out) throws IOException {
        int lastFile = -1;
        long lastOffset = -1;
        for (int i = 0; i < count; i++) {
            int e = events[i];
            int f = store.fileIndex(e);
            long offset = store.offset(e);
            if (f == lastFile && offset == lastOffset) {
                continue;
            }
            out.write(file(f).line(offset));
            out.write('\n');
            lastFile = f;
            lastOffset = offset;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        IOException first = null;
        for (int i = 0; i < files.length; i++) {
            if (files[i] != null) {
                try {
                    files[i].close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
                files[i] = null;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private Readable file(int index) throws IOException {
        if (files[index] == null) {
            files[index] = Readable.open(store.files().get(index));
        }
        return files[index];
    }

    /** One file opened for reading lines by offset, with a window of bytes around the last one. */
    private static final class Readable implements AutoCloseable {
        private final FileChannel channel;
        private final Path spill;
        private byte[] window = new byte[0];
        private long windowStart = -1;

        private Readable(FileChannel channel, Path spill) {
            this.channel = channel;
            this.spill = spill;
        }

        static Readable open(SourceFile file) throws IOException {
            Path path = file.path();
            if (Compression.detect(path) == Compression.NONE) {
                return new Readable(FileChannel.open(path, StandardOpenOption.READ), null);
            }
            Path spill = Files.createTempFile("trapscope-", ".log");
            try (InputStream in = LogInputs.open(path)) {
                Files.copy(in, spill, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException damaged) {
                // a damaged archive: what was decompressed before the damage is what the store holds
                if (Files.size(spill) == 0) {
                    Files.deleteIfExists(spill);
                    throw damaged;
                }
            }
            return new Readable(FileChannel.open(spill, StandardOpenOption.READ), spill);
        }

        byte[] line(long offset) throws IOException {
            int start = (int) (offset - windowStart);
            if (windowStart < 0 || offset < windowStart || start >= window.length) {
                fill(offset);
                start = 0;
            }
            int end = indexOfNewline(start);
            while (end < 0) {
                long size = channel.size();
                if (windowStart + window.length >= size) {
                    end = window.length;
                    break;
                }
                grow();
                end = indexOfNewline(start);
            }
            int stop = end > start && window[end - 1] == '\r' ? end - 1 : end;
            return Arrays.copyOfRange(window, start, stop);
        }

        private int indexOfNewline(int from) {
            for (int i = from; i < window.length; i++) {
                if (window[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private void fill(long offset) throws IOException {
            window = read(offset, WINDOW);
            windowStart = offset;
        }

        private void grow() throws IOException {
            byte[] more = read(windowStart + window.length, Math.max(WINDOW, window.length));
            byte[] joined = Arrays.copyOf(window, window.length + more.length);
            System.arraycopy(more, 0, joined, window.length, more.length);
            window = joined;
        }

        private byte[] read(long position, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            long pos = position;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, pos);
                if (n < 0) {
                    break;
                }
                pos += n;
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                if (spill != null) {
                    Files.deleteIfExists(spill);
                }
            }
        }
    }
}

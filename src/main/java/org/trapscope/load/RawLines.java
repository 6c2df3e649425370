package org.trapscope.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.trapscope.source.Compression;
import org.trapscope.source.LogInputs;
import org.trapscope.store.EventStore;
import org.trapscope.store.SourceFile;

/**
 * The original log lines behind events, read back from the files by the offsets the store
 * keeps, so the store never holds lines as Strings. Many threads read lines at once, each
 * through its own {@link LineBytes} (a {@code --grep} over a gigabyte log reads every line).
 * An archive is decompressed once, on first use, into a temporary file that {@link #close()}
 * deletes; the input itself is only ever read. Thread-safe.
 */
public final class RawLines implements AutoCloseable {
    private final EventStore store;
    private final OpenFile[] files;
    private volatile boolean closed;

    public RawLines(EventStore store) {
        this.store = store;
        this.files = new OpenFile[store.files().size()];
    }

    /** The line of one event, decoded leniently (bytes that are not UTF-8 become U+FFFD). */
    public String line(int event) throws IOException {
        LineBytes line = LineBytes.forOneLine();
        read(event, line);
        return line.text();
    }

    /** Reads the line of one event, without its line end, into {@code into}. */
    public void read(int event, LineBytes into) throws IOException {
        int f = store.fileIndex(event);
        into.seek(this, f, files.length, file(f).channel, store.offset(event));
    }

    /**
     * Whether the line of one event holds {@code needle} (not empty); if so, the line is in
     * {@code into}. Lines that do not are mostly rejected without finding their ends, so asking
     * this of events in store order scans the text about as fast as it can be read.
     *
     * @param rare index in the needle of its rarest byte, as {@link ByteScan#rarestIndex} finds it
     */
    public boolean readIfHolding(int event, byte[] needle, int rare, LineBytes into) throws IOException {
        int f = store.fileIndex(event);
        long offset = store.offset(event);
        long nextLine = -1;
        int next = event + 1;
        if (next < store.size() && store.fileIndex(next) == f) {
            nextLine = store.offset(next);
        }
        return into.seekHolding(this, f, files.length, file(f).channel, offset, nextLine, needle, rare);
    }

    /**
     * Writes the lines of the given events in the given order, each followed by a newline. An
     * expanded "last message repeated" stands on one line in the log, so consecutive events of
     * the same line are written once: the output is an extract of the log as it was.
     */
    public void write(int[] events, int count, OutputStream out) throws IOException {
        LineBytes line = new LineBytes();
        int lastFile = -1;
        long lastOffset = -1;
        for (int i = 0; i < count; i++) {
            int e = events[i];
            int f = store.fileIndex(e);
            long offset = store.offset(e);
            if (f == lastFile && offset == lastOffset) {
                continue;
            }
            line.seek(this, f, files.length, file(f).channel, offset);
            line.writeTo(out);
            out.write('\n');
            lastFile = f;
            lastOffset = offset;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
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

    private OpenFile file(int index) throws IOException {
        OpenFile file = files[index];
        return file != null ? file : open(index);
    }

    private synchronized OpenFile open(int index) throws IOException {
        if (closed) {
            throw new IOException("the log files are closed");
        }
        if (files[index] == null) {
            files[index] = OpenFile.open(store.files().get(index));
        }
        return files[index];
    }

    /** One input file opened for positional reads, or its decompressed temporary copy. */
    private static final class OpenFile implements AutoCloseable {
        private final FileChannel channel;
        private final Path spill;

        private OpenFile(FileChannel channel, Path spill) {
            this.channel = channel;
            this.spill = spill;
        }

        static OpenFile open(SourceFile file) throws IOException {
            Path path = file.path();
            if (Compression.detect(path) == Compression.NONE) {
                return new OpenFile(FileChannel.open(path, StandardOpenOption.READ), null);
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
            return new OpenFile(FileChannel.open(spill, StandardOpenOption.READ), spill);
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

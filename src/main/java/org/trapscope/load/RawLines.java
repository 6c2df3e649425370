package org.trapscope.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>A search of every line ({@link #eventsOfLinesHolding}) maps the files into memory instead:
 * read through positional reads, a gigabyte took half a second on two cores; mapped, it is
 * searched about as fast as memory is read.
 */
public final class RawLines implements AutoCloseable {
    /** The most a file can hold to be mapped: one Java mapping reaches 2 GB. */
    private static final long MAPPABLE = Integer.MAX_VALUE - Long.BYTES;
    /** Bytes of a file searched as one task; many tasks keep all cores busy to the end. */
    private static final int SEARCH_PIECE = 4 << 20;

    private final EventStore store;
    private final OpenFile[] files;
    private final int searchPiece;
    private volatile boolean closed;
    private volatile LinesInFiles linesInFiles;
    private volatile int[] eventsPerFile;

    public RawLines(EventStore store) {
        this(store, SEARCH_PIECE);
    }

    /** @param searchPiece bytes of a file searched as one task (small in tests, to cross pieces' ends) */
    RawLines(EventStore store, int searchPiece) {
        this.store = store;
        this.files = new OpenFile[store.files().size()];
        this.searchPiece = searchPiece;
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
     * The events whose lines hold every one of {@code required} and pass {@code test}, as one
     * bit per event of the store, found by searching the chosen files' text whole on all cores
     * for the required string that is rarest in a sample of it; or null when a file is too large
     * to be mapped or changed under the mapping (then read the lines one by one: a file that
     * shrank since loading reads short where a mapping faults). Bits of other files' events are
     * clear.
     *
     * @param required at least one string, none empty or holding a line end
     * @param test     what such a line must pass besides, or null
     * @param searched per file index, whether to search it
     */
    public long[] eventsOfLinesHolding(List<byte[]> required, LineTest test, boolean[] searched) throws IOException {
        record Text(int file, MappedByteBuffer bytes) {
        }
        List<Text> texts = new ArrayList<>();
        for (int f = 0; f < files.length; f++) {
            if (searched[f]) {
                MappedByteBuffer bytes = file(f).mapped();
                if (bytes == null) {
                    return null;
                }
                texts.add(new Text(f, bytes));
            }
        }
        LinesInFiles lines = linesInFiles();
        record Piece(Text text, int from, int to) {
        }
        List<Piece> pieces = new ArrayList<>();
        for (Text text : texts) {
            for (int from = 0; from < text.bytes().capacity(); from += searchPiece) {
                pieces.add(new Piece(text, from, Math.min(text.bytes().capacity(), from + searchPiece)));
            }
        }
        int[][] found;
        try {
            TextSample sample = TextSample.of(texts.stream().map(Text::bytes).toList());
            byte[] needle = sample.rarest(required);
            int rare = sample.rarestByte(needle);
            LineTest rest = restOf(required, needle, test);
            found = pieces.parallelStream().map(p -> new MappedSearch(p.text().bytes(), needle, rare, lines,
                    p.text().file(), rest).eventsHolding(p.from(), p.to())).toArray(int[][]::new);
        } catch (InternalError fault) {
            // a mapped file that shrank since it was mapped faults where it is read
            return null;
        }
        long[] bits = new long[(store.size() + 63) >>> 6];
        for (int[] events : found) {
            for (int e : events) {
                bits[e >>> 6] |= 1L << e;
            }
        }
        return bits;
    }

    /** How many events the file of this index has. */
    public int eventsInFile(int file) {
        return eventsPerFile()[file];
    }

    private int[] eventsPerFile() {
        int[] counts = eventsPerFile;
        if (counts == null) {
            counts = new int[files.length];
            for (int e = 0; e < store.size(); e++) {
                counts[store.fileIndex(e)]++;
            }
            // a race counts twice, the same
            eventsPerFile = counts;
        }
        return counts;
    }

    /** The test of a line that holds {@code searched}: it holds the other required strings and passes {@code test}. */
    private static LineTest restOf(List<byte[]> required, byte[] searched, LineTest test) {
        List<byte[]> others = required.stream().filter(r -> r != searched).toList();
        if (others.isEmpty()) {
            return test;
        }
        return (line, length) -> {
            for (byte[] other : others) {
                if (!ByteScan.contains(line, 0, length, other)) {
                    return false;
                }
            }
            return test == null || test.accepts(line, length);
        };
    }

    private LinesInFiles linesInFiles() {
        LinesInFiles lines = linesInFiles;
        if (lines == null) {
            synchronized (this) {
                if (linesInFiles == null) {
                    linesInFiles = LinesInFiles.of(store, eventsPerFile());
                }
                lines = linesInFiles;
            }
        }
        return lines;
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
        private MappedByteBuffer mapped;

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

        /** The file's text as it is now, mapped once and kept; null when it is too large to map. */
        synchronized MappedByteBuffer mapped() throws IOException {
            if (mapped == null) {
                long size = channel.size();
                if (size > MAPPABLE) {
                    return null;
                }
                mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
                mapped.order(ByteOrder.LITTLE_ENDIAN);
            }
            return mapped;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.close();
            } finally {
                if (spill != null) {
                    deleteSpill();
                }
            }
        }

        private void deleteSpill() throws IOException {
            try {
                Files.deleteIfExists(spill);
            } catch (IOException stillMapped) {
                // Windows keeps a mapped file until the mapping is collected
                if (mapped == null) {
                    throw stillMapped;
                }
                spill.toFile().deleteOnExit();
            }
        }
    }
}

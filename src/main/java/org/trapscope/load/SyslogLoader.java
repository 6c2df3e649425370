package org.trapscope.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.auth.AuthGrammars;
import org.trapscope.source.Compression;
import org.trapscope.source.LogInputs;
import org.trapscope.store.EventStore;

/**
 * Reads syslog files into one {@link EventStore}. Uncompressed files are cut into pieces that
 * worker threads read and parse in parallel; each compressed file is decompressed by a thread of
 * its own that hands blocks of lines to the same workers. Every file is only ever read.
 */
public final class SyslogLoader {
    static final int CHUNK_SIZE = 16 * 1024 * 1024;
    /** Bytes per piece of an uncompressed file; small values let tests cross many boundaries. */
    private final int chunkSize;
    /** Blocks of one archive waiting to be parsed: bounds memory when parsing falls behind. */
    private static final int BLOCKS_IN_FLIGHT = 4;

    private final LoadOptions options;
    private final LoadProgress progress;
    private final Cancellation cancellation;
    private final ProblemSink problems;
    private final MessageGrammar authGrammar = new AuthGrammars();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong linesDone = new AtomicLong();
    private long bytesTotal;

    public SyslogLoader(LoadOptions options, LoadProgress progress, Cancellation cancellation, ProblemSink problems) {
        this(options, progress, cancellation, problems, CHUNK_SIZE);
    }

    SyslogLoader(LoadOptions options, LoadProgress progress, Cancellation cancellation, ProblemSink problems,
                 int chunkSize) {
        this.chunkSize = chunkSize;
        this.options = options;
        this.progress = progress;
        this.cancellation = cancellation;
        this.problems = problems;
    }

    /**
     * Loads the files in the order given (oldest first within a rotated set). A file that cannot
     * be read is reported and skipped; a damaged archive keeps the lines read before the damage.
     *
     * @throws CancellationException when cancelled
     */
    public EventStore load(List<Path> files) {
        List<Path> readable = new ArrayList<>();
        for (Path f : files) {
            try {
                bytesTotal += Files.size(f);
                readable.add(f);
            } catch (IOException e) {
                problems.report(f, 0, "cannot be read: " + describe(e));
            }
        }
        ExecutorService parsers = Executors.newFixedThreadPool(options.threads(), daemonThreads("trapscope-parse"));
        ExecutorService decompressors = Executors.newFixedThreadPool(options.threads(),
                daemonThreads("trapscope-decompress"));
        try {
            List<PendingFile> pending = new ArrayList<>();
            for (Path f : readable) {
                PendingFile p = start(f, pending.size(), parsers, decompressors);
                if (p != null) {
                    pending.add(p);
                }
            }
            List<FileChunks> parsed = new ArrayList<>();
            for (PendingFile p : pending) {
                FileChunks chunks = p.await();
                if (chunks != null) {
                    YearInference.resolve(chunks.chunks(), chunks.zone(), p.modifiedMillis, options.firstYear());
                    parsed.add(new FileChunks(parsed.size(), chunks.path(), chunks.compression(), chunks.zone(),
                            chunks.chunks()));
                }
            }
            cancellation.check();
            return new StoreAssembler(problems).assemble(parsed);
        } finally {
            parsers.shutdownNow();
            decompressors.shutdownNow();
        }
    }

    private PendingFile start(Path file, int index, ExecutorService parsers, ExecutorService decompressors) {
        try {
            Compression compression = Compression.detect(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            PendingFile p = new PendingFile(file, compression, modified);
            if (compression == Compression.NONE) {
                startPlain(p, index, parsers);
            } else {
                p.streamTask = decompressors.submit(() -> {
                    streamCompressed(p, index, parsers);
                    return null;
                });
            }
            return p;
        } catch (IOException e) {
            problems.report(file, 0, "cannot be read: " + describe(e));
            return null;
        }
    }

    private void startPlain(PendingFile p, int index, ExecutorService parsers) throws IOException {
        FileChannel channel = FileChannel.open(p.path, StandardOpenOption.READ);
        p.channel = channel;
        long size = channel.size();
        int chunkIndex = 0;
        for (long start = 0; start < size; start += chunkSize) {
            long s = start;
            long e = Math.min(size, start + chunkSize);
            int ci = chunkIndex++;
            p.chunkFutures.add(parsers.submit(() -> {
                cancellation.check();
                ChunkEvents events = PlainFileChunk.read(channel, size, s, e, index, ci, authGrammar, cancellation);
                advance(e - s, events.lines);
                return events;
            }));
        }
    }

    private void streamCompressed(PendingFile p, int index, ExecutorService parsers) throws IOException {
        Semaphore inFlight = new Semaphore(BLOCKS_IN_FLIGHT);
        CountingStream raw = new CountingStream(Files.newInputStream(p.path));
        int chunkIndex = 0;
        try (InputStream in = LogInputs.open(p.path, raw)) {
            StreamBlocks blocks = new StreamBlocks(in);
            StreamBlocks.Block block;
            try {
                while ((block = blocks.next()) != null) {
                    chunkIndex = submitBlock(p, block, index, chunkIndex, raw, inFlight, parsers);
                }
            } catch (IOException damaged) {
                StreamBlocks.Block rest = blocks.rest();
                if (rest != null) {
                    submitBlock(p, rest, index, chunkIndex, raw, inFlight, parsers);
                }
                p.damage = describe(damaged);
            }
        }
    }

    private int submitBlock(PendingFile p, StreamBlocks.Block block, int index, int chunkIndex, CountingStream raw,
                            Semaphore inFlight, ExecutorService parsers) {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("loading was cancelled");
        }
        cancellation.check();
        long rawNow = raw.count();
        long rawDelta = rawNow - p.rawReported;
        p.rawReported = rawNow;
        synchronized (p.chunkFutures) {
            p.chunkFutures.add(parsers.submit(() -> {
                try {
                    ChunkEvents events = BlockParser.parse(block.bytes(), 0, block.length(), block.offset(), index,
                            chunkIndex, authGrammar, cancellation);
                    advance(rawDelta, events.lines);
                    return events;
                } finally {
                    inFlight.release();
                }
            }));
        }
        return chunkIndex + 1;
    }

    private void advance(long bytes, long lines) {
        progress.update(bytesDone.addAndGet(bytes), bytesTotal, linesDone.addAndGet(lines));
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One file being read: its parse futures, in file order. */
    private final class PendingFile {
        final Path path;
        final Compression compression;
        final long modifiedMillis;
        final List<Future<ChunkEvents>> chunkFutures = new ArrayList<>();
        FileChannel channel;
        Future<?> streamTask;
        long rawReported;
        volatile String damage;

        PendingFile(Path path, Compression compression, long modifiedMillis) {
            this.path = path;
            this.compression = compression;
            this.modifiedMillis = modifiedMillis;
        }

        FileChunks await() {
            try {
                if (streamTask != null) {
                    streamTask.get();
                }
                List<ChunkEvents> chunks = new ArrayList<>();
                List<Future<ChunkEvents>> futures;
                synchronized (chunkFutures) {
                    futures = new ArrayList<>(chunkFutures);
                }
                long lines = 0;
                for (Future<ChunkEvents> f : futures) {
                    ChunkEvents c = f.get();
                    lines += c.lines;
                    chunks.add(c);
                }
                if (damage != null) {
                    problems.report(path, lines + 1, damage + String.format(Locale.ROOT,
                            "; the %,d lines before the damage were loaded", lines));
                }
                return new FileChunks(-1, path, compression.displayName(),
                        options.zoneOf(path), chunks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("loading was cancelled");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof CancellationException) {
                    throw (CancellationException) cause;
                }
                problems.report(path, 0, "cannot be read: " + (cause instanceof Exception
                        ? describe((Exception) cause) : String.valueOf(cause)));
                return null;
            } finally {
                closeChannel();
            }
        }

        private void closeChannel() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was written; a failing close of a read-only channel loses nothing
                }
            }
        }
    }

    /** Counts the compressed bytes consumed, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}

package org.trapscope.enrich.online;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.trapscope.enrich.EnrichmentDraft;
import org.trapscope.enrich.IpNumbers;
import org.trapscope.enrich.IpRange;
import org.trapscope.enrich.OfflineSource;

/**
 * Online answers kept by the network they returned, so every other address in that network costs
 * no query; misses and errors kept by address for a shorter time. Also an offline source: once
 * fetched, an answer serves {@code lookup} (past its freshness too, dated, until replaced).
 *
 * <p>Longest-prefix match over one hash map per prefix length: a range that is not one CIDR
 * is stored under each of its blocks. Persisted, when given a folder, as an append-only
 * tab-separated file ({@value #FILE_NAME}) that is read back at start.
 */
public final class OnlineCache implements OfflineSource {
    static final String FILE_NAME = "online-answers-v1.tsv";

    private record Prefix(long hi, long lo) {
    }

    private record Miss(Instant at, String reason) {
    }

    private final Map<Integer, Map<Prefix, OnlineAnswer>> byLength = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<Integer> lengths = new ConcurrentSkipListSet<>(Comparator.reverseOrder());
    private final Map<Prefix, Miss> misses = new ConcurrentHashMap<>();
    private final Duration answerTtl;
    private final Duration missTtl;
    private final Path file;
    private int unreadableLines;

    /**
     * @param folder    where to keep the file, or null for a cache in memory only
     * @param answerTtl how long an answer counts as fresh (e.g. 30 days)
     * @param missTtl   how long a miss or error stops new queries for that address (e.g. 1 day)
     */
    public OnlineCache(Path folder, Duration answerTtl, Duration missTtl) {
        this.answerTtl = answerTtl;
        this.missTtl = missTtl;
        this.file = folder == null ? null : folder.resolve(FILE_NAME);
        if (file != null && Files.isRegularFile(file)) {
            load();
        }
    }

    /** Lines of the file that could not be read (a damaged cache is read as far as it goes). */
    public int unreadableLines() {
        return unreadableLines;
    }

    /** The most specific cached answer holding the address, fresh or not; null if none. */
    public OnlineAnswer find(long hi, long lo) {
        for (int length : lengths) {
            Map<Prefix, OnlineAnswer> answers = byLength.get(length);
            OnlineAnswer answer = answers.get(masked(hi, lo, length));
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    /** A cached answer young enough that the network need not be asked again. */
    public OnlineAnswer findFresh(long hi, long lo, Instant now) {
        OnlineAnswer answer = find(hi, lo);
        return answer != null && answer.fetchedAt().plus(answerTtl).isAfter(now) ? answer : null;
    }

    /** Whether the address recently failed or had no answer, so it should not be queried again yet. */
    public boolean isRecentMiss(long hi, long lo, Instant now) {
        Miss miss = misses.get(new Prefix(hi, lo));
        return miss != null && miss.at.plus(missTtl).isAfter(now);
    }

    public void put(OnlineAnswer answer) {
        store(answer);
        append(answerLine(answer));
    }

    public void putMiss(long hi, long lo, Instant at, String reason) {
        misses.put(new Prefix(hi, lo), new Miss(at, reason));
        append(String.join("\t", "M", Long.toString(at.getEpochSecond()), IpNumbers.format(hi, lo), escape(reason)));
    }

    @Override
    public void contribute(long hi, long lo, EnrichmentDraft draft) {
        if (lengths.isEmpty()) {
            return;
        }
        OnlineAnswer answer = find(hi, lo);
        if (answer != null) {
            answer.contributeTo(draft);
        }
    }

    @Override
    public String describe() {
        int answers = byLength.values().stream().mapToInt(Map::size).sum();
        return "online answers (RDAP/WHOIS) kept " + (file == null ? "in memory" : "in " + file) + ": " + answers + " networks";
    }

    private void store(OnlineAnswer answer) {
        for (IpRange block : answer.range().blocks()) {
            int length = IpNumbers.isV4(block.startHi(), block.startLo()) ? block.prefixLength() + 96 : block.prefixLength();
            byLength.computeIfAbsent(length, l -> new ConcurrentHashMap<>())
                    .put(new Prefix(block.startHi(), block.startLo()), answer);
            lengths.add(length);
        }
    }

    /** The address with all but the first {@code length} of its 128 bits cleared. */
    private static Prefix masked(long hi, long lo, int length) {
        long maskHi = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
        long maskLo = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
        return new Prefix(hi & maskHi, lo & maskLo);
    }

    private String answerLine(OnlineAnswer a) {
        return String.join("\t", "A", Long.toString(a.fetchedAt().getEpochSecond()), a.range().toText(),
                escape(a.protocol()), escape(a.server()), escape(a.netname()), escape(a.holder()), escape(a.country()),
                escape(a.abuseContact()), Long.toString(a.asn()), zip(a.raw()));
    }

    private synchronized void append(String line) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the online answer cache " + file, e);
        }
    }

    private void load() {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                try {
                    readLine(line.split("\t", -1));
                } catch (RuntimeException e) {
                    unreadableLines++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the online answer cache " + file, e);
        }
    }

    private void readLine(String[] f) {
        Instant at = Instant.ofEpochSecond(Long.parseLong(f[1]));
        if (f[0].equals("A") && f.length == 11) {
            store(new OnlineAnswer(IpRange.parse(f[2]), unescape(f[5]), unescape(f[6]), unescape(f[7]), unescape(f[8]),
                    Long.parseLong(f[9]), unescape(f[3]), unescape(f[4]), at, unzip(f[10])));
        } else if (f[0].equals("M") && f.length == 4) {
            long[] ip = IpNumbers.parse(f[2]);
            misses.put(new Prefix(ip[0], ip[1]), new Miss(at, unescape(f[3])));
        } else {
            throw new IllegalArgumentException("unknown cache line");
        }
    }

    private static String escape(String value) {
        if (value == null) {
            return "\\0";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        if (text.equals("\\0")) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The raw answer, gzip'd and Base64'd onto one line. */
    private static String zip(String raw) {
        if (raw == null) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw.getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static String unzip(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged raw answer", e);
        }
    }
}

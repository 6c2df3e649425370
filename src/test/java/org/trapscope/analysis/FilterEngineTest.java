package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.trapscope.load.LoadOptions;
import org.trapscope.load.DatasetLoader;
import org.trapscope.load.Dataset;
import java.time.Instant;
import java.nio.file.attribute.FileTime;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * Every filter against a plain per-event loop over the store (the obvious, slow way), on a
 * generated corpus; and combinations, which must be the intersection.
 */
class FilterEngineTest {
    @TempDir
    static Path dir;

    static GeneratedCorpus corpus;
    static EventStore store;
    static RawLines raw;
    static FilterEngine engine;

    @BeforeAll
    static void generate() throws Exception {
        corpus = GeneratedCorpus.make(dir, 5);
        store = corpus.dataset.events();
        raw = new RawLines(store);
        engine = new FilterEngine(corpus.index, raw);
    }

    @AfterAll
    static void close() throws Exception {
        raw.close();
    }

    private static int[] expected(IntPredicate keep) {
        return IntStream.range(0, store.size()).filter(keep).toArray();
    }

    private static void check(Filter filter, IntPredicate keep) {
        int[] want = expected(keep);
        assertTrue(want.length > 0, "the oracle selects something, or the test proves nothing");
        assertArrayEquals(want, engine.select(filter).toArray());
    }

    @Test
    void noFilterSelectsEverything() {
        assertEquals(store.size(), engine.select(Filter.NONE).size());
    }

    @Test
    void phraseMatchesStoredTextsIgnoringCase() {
        check(Filter.builder().phrase("BITCOIN").build(), e -> {
            String t = store.string(store.text(e)) + "\u0000" + store.string(store.user(e)) + "\u0000"
                    + store.string(store.sender(e)) + "\u0000" + store.string(store.recipient(e)) + "\u0000"
                    + store.string(store.lists(e));
            return t.toLowerCase(Locale.ROOT).contains("bitcoin");
        });
    }

    /**
     * Lines whose text the store does not keep (other syslog lines) are searched in the raw line,
     * also when the phrase's strings are few and only their events are visited.
     */
    @Test
    void phraseAlsoSearchesTheRawLinesOfLinesWithoutStoredText() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            log.append(String.format("Nov 20 03:%02d:05 skapet spamd[123]: 192.0.2.%d: Subject: hello there%n", i, i));
        }
        log.append("Nov 20 03:50:05 skapet spamd[123]: 192.0.2.7: Subject: Rare Words inside\n");
        log.append("Nov 20 03:51:05 skapet sshd[99]: Server listening on 0.0.0.0 port 22, rare words\n");
        log.append("Nov 20 03:52:05 skapet sshd[99]: Server listening on :: port 22\n");
        Path file = Files.createDirectories(dir.resolve("raw-text")).resolve("messages");
        Files.writeString(file, log);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2022-11-20T04:00:00Z")));
        Dataset dataset = new DatasetLoader(LoadOptions.defaults().withZone(ZoneOffset.UTC)).load(List.of(file));
        try (RawLines lines = new RawLines(dataset.events())) {
            FilterEngine small = new FilterEngine(new DatasetIndex(dataset, HostAttributes.NONE, ZoneOffset.UTC), lines);
            int[] found = small.select(Filter.builder().phrase("RARE WORDS").build()).toArray();
            assertEquals(2, found.length);
            assertEquals(EventKind.SUBJECT, dataset.events().kind(found[0]));
            assertEquals(EventKind.SYSLOG, dataset.events().kind(found[1]));
        }
    }

    @Test
    void ipBlocksSelectByAddressNotText() {
        String first = store.ipText(store.size() / 2);
        String block = first.substring(0, first.lastIndexOf('.')) + ".0/24";
        String prefix = first.substring(0, first.lastIndexOf('.') + 1);
        check(Filter.builder().ip(IpRange.parse(block)).build(), e -> store.ipText(e).startsWith(prefix));
    }

    /**
     * A block's hosts are few, so only their events are visited; the other conditions still
     * apply to each, also in scans cut into small pieces whose ends fall inside bitmap words.
     */
    @Test
    void addressConditionsCombineWithTheOthers() {
        String first = store.ipText(store.size() / 3);
        String prefix = first.substring(0, first.indexOf('.') + 1);
        long since = store.time(store.size() / 4);
        long until = store.time(store.size() * 3 / 4);
        Filter filter = Filter.builder().ip(IpRange.parse(prefix + "0.0.0/8")).kind(EventKind.BLACK)
                .kind(EventKind.SUBJECT).since(since).until(until).build();
        IntPredicate keep = e -> store.ipText(e).startsWith(prefix) && store.time(e) >= since && store.time(e) < until
                && (store.kind(e) == EventKind.BLACK || store.kind(e) == EventKind.SUBJECT);
        check(filter, keep);
        for (int chunk : new int[] {1, 63, 100, 4097}) {
            assertArrayEquals(expected(keep), new FilterEngine(corpus.index, raw, chunk).select(filter).toArray(),
                    "pieces of " + chunk);
        }
    }

    /**
     * The conditions on an event's own columns are tested 64 events at a time: pieces and time
     * ranges whose ends fall inside a word of 64 must neither lose nor add an event.
     */
    @Test
    void columnConditionsAgreeInPiecesOfAnySize() {
        long since = store.time(store.size() / 5) + 1;
        long until = store.time(store.size() * 4 / 5) + 1;
        Filter filter = Filter.builder().program("spamd").kind(EventKind.GREY).kind(EventKind.BLACK)
                .kind(EventKind.DISCONNECT).excludeBlacklisted(true).inSpamtraps(SpamtrapCondition.NO)
                .since(since).until(until).build();
        var traps = corpus.dataset.spamtraps();
        IntPredicate keep = e -> store.time(e) >= since && store.time(e) < until
                && store.origin(e).program().equals("spamd")
                && (store.kind(e) == EventKind.GREY || store.kind(e) == EventKind.BLACK)
                && (store.session(e) < 0 || !store.sessions().isBlacklisted(store.session(e)))
                && store.recipient(e) >= 0 && !traps.isTrap(store.string(store.recipient(e)));
        check(filter, keep);
        for (int chunk : new int[] {1, 63, 64, 65, 1000}) {
            assertArrayEquals(expected(keep), new FilterEngine(corpus.index, raw, chunk).select(filter).toArray(),
                    "pieces of " + chunk);
        }
    }

    @Test
    void kindsProgramsAndTimes() {
        check(Filter.builder().kind(EventKind.INVALID_USER).kind(EventKind.BLACK).build(),
                e -> store.kind(e) == EventKind.INVALID_USER || store.kind(e) == EventKind.BLACK);
        check(Filter.builder().program("SSHD").build(), e -> store.origin(e).program().equals("sshd"));
        long since = LocalDateTime.of(2022, 11, 19, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        long until = LocalDateTime.of(2022, 11, 20, 12, 30).toInstant(ZoneOffset.UTC).toEpochMilli();
        check(Filter.builder().since(since).until(until).build(), e -> store.time(e) >= since && store.time(e) < until);
    }

    @Test
    void spamtrapMembershipOfTargetsAndUserNames() {
        var traps = corpus.dataset.spamtraps();
        check(Filter.builder().inSpamtraps(SpamtrapCondition.YES).build(), e -> {
            if (store.user(e) >= 0) {
                return traps.isTrapUser(store.string(store.user(e)));
            }
            int s = store.kind(e) == EventKind.HEADER_TO ? store.text(e) : store.recipient(e);
            return s >= 0 && traps.isTrap(store.string(s));
        });
        check(Filter.builder().inSpamtraps(SpamtrapCondition.NO).build(), e -> {
            if (store.user(e) >= 0) {
                return !traps.isTrapUser(store.string(store.user(e)));
            }
            int s = store.kind(e) == EventKind.HEADER_TO ? store.text(e) : store.recipient(e);
            return s >= 0 && !traps.isTrap(store.string(s));
        });
    }

    @Test
    void excludeBlacklistedDropsSessionsOnABlocklist() {
        check(Filter.builder().excludeBlacklisted(true).build(),
                e -> store.session(e) < 0 || !store.sessions().isBlacklisted(store.session(e)));
    }

    @Test
    void grepSearchesTheRawLine() {
        Pattern p = Pattern.compile("port 22\\d\\d ssh2$");
        check(Filter.builder().grep(p.pattern()).build(), e -> {
            try {
                return p.matcher(raw.line(e)).find();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /**
     * Plain text, several required runs, a run at the line's very start and end, and text that
     * spans two lines: each against the regex on every decoded line. The corpus interleaves
     * spamd, mail and auth logs, so lines are read across files out of file order too. Over
     * all events and the later half the files' text is searched whole; over the last twentieth,
     * line by line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"disconnected after", "Subject: .*[Tt]rouble", "sshd\\[", ": connected \\(\\d+/",
        "Nov", "\\)$", "ssh2\nNov", "lists: spamd-greytrap", "(?i)FAILED PASSWORD", "[Ff]ailed|Invalid"})
    void grepAgreesWithTheRegexOnEveryLine(String regex) {
        Pattern p = Pattern.compile(regex);
        int[] expected = expected(e -> {
            try {
                return p.matcher(raw.line(e)).find();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        assertArrayEquals(expected, engine.select(Filter.builder().grep(regex).build()).toArray());
        assertTrue(expected.length > 0 || regex.contains("\n"), "the corpus has lines for " + regex);
        for (long since : new long[] {store.time(store.size() / 2), store.time(store.size() - store.size() / 20)}) {
            int[] later = Arrays.stream(expected).filter(e -> store.time(e) >= since).toArray();
            assertArrayEquals(later, engine.select(Filter.builder().grep(regex).since(since).build()).toArray());
        }
    }

    @Test
    void countryComesFromHostAttributes() {
        HostAttributes everyOddHostInNorway = new CountryOnlyHosts(ip -> ip % 2 == 1 ? "NO" : "SE");
        FilterEngine enriched = new FilterEngine(new DatasetIndex(corpus.dataset, everyOddHostInNorway,
                corpus.index.zone()), raw);
        int[] got = enriched.select(Filter.builder().country("no").build()).toArray();
        assertArrayEquals(expected(e -> store.ip(e) >= 0 && store.ip(e) % 2 == 1), got);
        assertEquals(0, engine.select(Filter.builder().country("NO").build()).size(), "no enrichment, no country");
    }

    /** The first event of this kind, to take a value that occurs from it. */
    private static int firstOf(EventKind kind) {
        return IntStream.range(0, store.size()).filter(e -> store.kind(e) == kind).findFirst().orElseThrow();
    }

    /** Values as a user picks them from cells: a user name, a sender as logged, a target as the Targets report spells it, a subject. */
    private static List<String> pickedValues() {
        String user = store.string(store.user(firstOf(EventKind.INVALID_USER)));
        String sender = store.string(store.sender(firstOf(EventKind.BLACK)));
        String target = TargetAddresses.normalise(store.string(store.recipient(firstOf(EventKind.GREY))))
                .toUpperCase(Locale.ROOT);
        String subject = store.string(store.text(firstOf(EventKind.SUBJECT)));
        assertTrue(sender.startsWith("<") && !target.startsWith("<"), sender + " " + target);
        return List.of(user, sender, target, subject);
    }

    /** The plain reading of "the event names this value": its strings compared one by one, addresses also bare. */
    private static boolean names(int e, String value) {
        EventKind k = store.kind(e);
        if (k.isEnvelope()) {
            return sameAddress(store.string(store.sender(e)), value) || sameAddress(store.string(store.recipient(e)), value);
        }
        if (k == EventKind.HEADER_FROM || k == EventKind.HEADER_TO) {
            return sameAddress(store.string(store.text(e)), value);
        }
        if (k == EventKind.SUBJECT || k == EventKind.BODY) {
            return store.string(store.text(e)).equalsIgnoreCase(value);
        }
        return k.carriesUser() && store.string(store.user(e)).equalsIgnoreCase(value);
    }

    private static boolean sameAddress(String text, String value) {
        return text.equalsIgnoreCase(value) || TargetAddresses.normalise(text).equals(TargetAddresses.normalise(value));
    }

    @Test
    void excludedValuesLeaveOutEveryEventThatNamesThemExactly() {
        List<String> values = pickedValues();
        for (String value : values) {
            assertTrue(IntStream.range(0, store.size()).filter(e -> names(e, value)).count() > 1, value);
        }
        Filter.Builder filter = Filter.builder();
        values.forEach(filter::excludeValue);
        check(filter.build(), e -> values.stream().noneMatch(v -> names(e, v)));
    }

    @Test
    void valuesSelectTheEventsThatNameThemExactly() {
        List<String> values = pickedValues();
        Filter.Builder filter = Filter.builder();
        values.forEach(filter::value);
        check(filter.build(), e -> values.stream().anyMatch(v -> names(e, v)));
        // the target as the report spells it finds the envelope lines that log it in angle brackets
        int[] ofTarget = engine.select(Filter.builder().value(values.get(2)).build()).toArray();
        assertTrue(Arrays.stream(ofTarget).anyMatch(e -> store.string(store.recipient(e)).startsWith("<")));
    }

    @Test
    void excludedCountriesLeaveOutTheirHostsButKeepHostsOfUnknownCountry() {
        HostAttributes thirds = new CountryOnlyHosts(ip -> ip % 3 == 0 ? "CN" : ip % 3 == 1 ? "NO" : "");
        FilterEngine enriched = new FilterEngine(new DatasetIndex(corpus.dataset, thirds, corpus.index.zone()), raw);
        int[] want = expected(e -> store.ip(e) < 0 || store.ip(e) % 3 != 0);
        assertArrayEquals(want, enriched.select(Filter.builder().excludeCountry("cn").build()).toArray());
        int[] norwayButNotChina = enriched.select(Filter.builder().country("NO").excludeCountry("CN").build()).toArray();
        assertArrayEquals(expected(e -> store.ip(e) >= 0 && store.ip(e) % 3 == 1), norwayButNotChina);
    }

    @Test
    void conditionsCombineAsIntersection() {
        Filter phrase = Filter.builder().phrase("hacker").build();
        Filter kind = Filter.builder().kind(EventKind.BODY).build();
        Filter both = phrase.toBuilder().kind(EventKind.BODY).excludeBlacklisted(false).build();
        int[] a = engine.select(phrase).toArray();
        int[] b = engine.select(kind).toArray();
        int[] want = Arrays.stream(a).filter(e -> Arrays.binarySearch(b, e) >= 0).toArray();
        assertTrue(want.length > 0);
        assertArrayEquals(want, engine.select(both).toArray());
    }

    @Test
    void badConditionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("1.2.3.4/33"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("1.2.3"));
        assertThrows(IllegalArgumentException.class, () -> Filter.builder().grep("(").build());
        assertThrows(IllegalArgumentException.class, () -> Filter.builder().since(10).until(5).build());
        assertThrows(IllegalArgumentException.class, () -> Filter.builder().excludeValue(" ").build());
    }
}

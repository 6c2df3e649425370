package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.Enrichment;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/** The grouped reports agree with a plain per-event count done with Java collections. */
class GroupedReportsTest {
    @TempDir
    static Path dir;

    private static GeneratedCorpus corpus;

    @BeforeAll
    static void generate() throws Exception {
        corpus = GeneratedCorpus.make(dir, 5);
    }

    @Test
    void targetsCountDistinctSessionsAndHostsPerAddress() throws IOException {
        try (RawLines raw = new RawLines(corpus.dataset.events())) {
            assertTargetsAgreeWithOracle(new FilterEngine(corpus.index, raw).select(Filter.NONE));
        }
    }

    /**
     * A session's first line naming a target may be filtered out while a later one is kept (the
     * {@code To:} header after the envelope); the attempt and the host still count once.
     */
    @Test
    void targetsOfAPartialSelectionCountTheSessionsOfTheLinesKept() throws IOException {
        try (RawLines raw = new RawLines(corpus.dataset.events())) {
            FilterEngine engine = new FilterEngine(corpus.index, raw);
            assertTargetsAgreeWithOracle(engine.select(Filter.builder().kind(EventKind.HEADER_TO).build()));
            assertTargetsAgreeWithOracle(engine.select(Filter.builder().kind(EventKind.BLACK).build()));
        }
        Random random = new Random(7);
        int[] everyFewth = IntStream.range(0, corpus.dataset.events().size()).filter(e -> random.nextInt(3) == 0)
                .toArray();
        assertTargetsAgreeWithOracle(new EventSelection(everyFewth));
    }

    private static void assertTargetsAgreeWithOracle(EventSelection selection) {
        EventStore store = corpus.dataset.events();
        Map<String, Set<Integer>> sessions = new HashMap<>();
        Map<String, Set<Integer>> hosts = new HashMap<>();
        Map<String, Integer> outsideSessions = new HashMap<>();
        for (int e : selection.toArray()) {
            int target = corpus.index.target(e);
            if (target < 0) {
                continue;
            }
            String name = corpus.index.targetName(target);
            if (store.session(e) >= 0) {
                sessions.computeIfAbsent(name, k -> new HashSet<>()).add(store.session(e));
            } else {
                outsideSessions.merge(name, 1, Integer::sum);
            }
            if (store.ip(e) >= 0) {
                hosts.computeIfAbsent(name, k -> new HashSet<>()).add(store.ip(e));
            }
        }
        for (int parts : new int[] {1, 3}) {
            ResultTable targets = TargetsTable.build(corpus.index, selection, parts);
            assertEquals(union(sessions.keySet(), outsideSessions.keySet()), namesOf(targets));
            for (int r = 0; r < targets.rowCount(); r++) {
                String name = targets.text(r, 0);
                int expectedAttempts = sessions.getOrDefault(name, Set.of()).size()
                        + outsideSessions.getOrDefault(name, 0);
                assertEquals(expectedAttempts, targets.number(r, targets.columnIndex("attempts")), name);
                assertEquals(hosts.getOrDefault(name, Set.of()).size(),
                        targets.number(r, targets.columnIndex("hosts")), name);
            }
        }
    }

    private static Set<String> namesOf(ResultTable table) {
        Set<String> names = new HashSet<>();
        for (int r = 0; r < table.rowCount(); r++) {
            names.add(table.text(r, 0));
        }
        return names;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Networks and AS groups agree with a per-event count, both for a selection of most hosts
     * (grouped through the host data's numbering of every host) and of a few (grouped alone).
     */
    @Test
    void networksCountHostsEventsAndTimesPerGroup() {
        HostAttributes sevenNetworks = new HostAttributes() {
            @Override
            public String country(int ipId) {
                return "";
            }

            @Override
            public String netname(int ipId) {
                return "";
            }

            @Override
            public String asOrg(int ipId) {
                return "";
            }

            @Override
            public String network(int ipId) {
                return "10." + ipId % 7 + ".0.0/16";
            }

            @Override
            public long asn(int ipId) {
                return ipId % 3 == 0 ? -1 : 64500 + ipId % 3;
            }
        };
        DatasetIndex index = new DatasetIndex(corpus.dataset, sevenNetworks, corpus.index.zone());
        EventStore store = corpus.dataset.events();
        int[] mostHosts = IntStream.range(0, store.size()).filter(e -> store.ip(e) % 10 != 3).toArray();
        int[] fewHosts = IntStream.range(0, store.size()).filter(e -> store.ip(e) >= 0 && store.ip(e) % 50 == 1)
                .toArray();
        for (EventSelection selection : new EventSelection[] {EventSelection.all(store.size()),
                new EventSelection(mostHosts), new EventSelection(fewHosts)}) {
            for (boolean byAs : new boolean[] {false, true}) {
                Map<String, Set<Integer>> hosts = new HashMap<>();
                Map<String, long[]> eventsFirstLast = new HashMap<>();
                for (int e : selection.toArray()) {
                    int ip = store.ip(e);
                    if (ip < 0) {
                        continue;
                    }
                    String key = HostGroups.keyOf(sevenNetworks, ip, byAs);
                    hosts.computeIfAbsent(key, k -> new HashSet<>()).add(ip);
                    long[] n = eventsFirstLast.computeIfAbsent(key, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
                    n[0]++;
                    n[1] = Math.min(n[1], store.time(e));
                    n[2] = Math.max(n[2], store.time(e));
                }
                ResultTable networks = Reports.networks(index, selection, byAs);
                assertEquals(hosts.keySet(), namesOf(networks));
                for (int r = 0; r < networks.rowCount(); r++) {
                    String key = networks.text(r, 0);
                    long[] n = eventsFirstLast.get(key);
                    assertEquals(hosts.get(key).size(), networks.number(r, networks.columnIndex("hosts")), key);
                    assertEquals(n[0], networks.number(r, networks.columnIndex("events")), key);
                    assertEquals(n[1], networks.number(r, networks.columnIndex("first_seen")), key);
                    assertEquals(n[2], networks.number(r, networks.columnIndex("last_seen")), key);
                }
            }
        }
    }

    /** The unfiltered view is counted once per dataset; any other selection afresh. */
    @Test
    void reportsOfAllEventsAreKeptAndAgreeWithAFreshCount() {
        int n = corpus.dataset.events().size();
        EventSelection all = EventSelection.all(n);
        EventSelection allButOne = new EventSelection(IntStream.range(1, n).toArray());
        ResultTable hosts = Reports.hosts(corpus.index, all);
        assertSame(hosts, Reports.hosts(corpus.index, all));
        assertEquals(rows(HostsTable.build(corpus.index, all)), rows(hosts));
        assertSame(Reports.pairs(corpus.index, all), Reports.pairs(corpus.index, all));
        assertNotSame(Reports.hosts(corpus.index, allButOne), Reports.hosts(corpus.index, allButOne));
    }

    /**
     * Timeline and harvest are kept too, harvest per options; networks only while the host data
     * that groups them is unchanged: an online answer for a host counts them again.
     */
    @Test
    void keptReportsThatDependOnMoreThanTheEvents() {
        int n = corpus.dataset.events().size();
        EventSelection all = EventSelection.all(n);
        assertSame(Reports.timeline(corpus.index, all, Bucket.HOUR), Reports.timeline(corpus.index, all, Bucket.HOUR));
        assertNotSame(Reports.timeline(corpus.index, all, Bucket.HOUR), Reports.timeline(corpus.index, all, Bucket.DAY));
        HarvestOptions defaults = HarvestOptions.defaults();
        assertSame(Reports.harvest(corpus.index, all, defaults), Reports.harvest(corpus.index, all, defaults));
        HarvestOptions elsewhere = new HarvestOptions(defaults.roleAccounts(), defaults.knownUsers(), List.of("example.org"));
        assertNotSame(Reports.harvest(corpus.index, all, defaults), Reports.harvest(corpus.index, all, elsewhere));

        try (Enricher enricher = Enricher.builder().build()) {
            EnrichedHosts hosts = new EnrichedHosts(enricher, corpus.dataset.events().ips());
            DatasetIndex index = new DatasetIndex(corpus.dataset, hosts, ZoneId.of("UTC"));
            ResultTable networks = Reports.networks(index, all, false);
            assertSame(networks, Reports.networks(index, all, false));
            hosts.update(0, new Enrichment("NO", "NO", null, "192.0.2.0/24", null, 0, null, null, null, null, Map.of()));
            ResultTable regrouped = Reports.networks(index, all, false);
            assertNotSame(networks, regrouped);
            assertTrue(IntStream.range(0, regrouped.rowCount()).anyMatch(r -> regrouped.text(r, 0).equals("192.0.2.0/24")),
                    "the answered network is a row");
        }
    }

    /**
     * A kept report is sorted once per sort: the same keys give back the same order. A sort by a
     * column of host data is worked out each time, as online answers change it.
     */
    @Test
    void theLastOrderOfATableIsKeptUnlessItsKeysMayChange() {
        EventSelection all = EventSelection.all(corpus.dataset.events().size());
        ResultTable hosts = Reports.hosts(corpus.index, all);
        List<SortKey> byEvents = TableSorter.parse(hosts, "events:desc,ip");
        int[] order = TableSorter.order(hosts, byEvents);
        assertSame(order, TableSorter.order(hosts, TableSorter.parse(hosts, "events:desc,ip")));
        assertNotSame(order, TableSorter.order(hosts, TableSorter.parse(hosts, "events,ip")));
        List<SortKey> byCountry = TableSorter.parse(hosts, "country,events:desc");
        assertNotSame(TableSorter.order(hosts, byCountry), TableSorter.order(hosts, byCountry));
    }

    /**
     * A selection of every event of some hosts (an address block over all time) reads its hosts,
     * networks and host–user-name pairs off the whole store's; counting the same events afresh agrees. With a
     * time range or another condition it is not such a selection and is counted.
     */
    @Test
    void hostsOfWholeHostSelectionsAgreeWithAFreshCount() throws IOException {
        EventStore store = corpus.dataset.events();
        String some = store.ipText(store.size() / 2);
        IpRange block = IpRange.parse(some.substring(0, some.indexOf('.')) + ".0.0.0/8");
        try (RawLines raw = new RawLines(store)) {
            FilterEngine engine = new FilterEngine(corpus.index, raw);
            EventSelection ofBlock = engine.select(Filter.builder().ip(block).build());
            assertNotNull(ofBlock.wholeHosts(), "every event of the block's hosts");
            EventSelection counted = new EventSelection(ofBlock.toArray());
            assertTrue(Reports.hosts(corpus.index, ofBlock).rowCount() > 10);
            assertEquals(rows(Reports.hosts(corpus.index, counted)), rows(Reports.hosts(corpus.index, ofBlock)));
            assertEquals(rows(Reports.networks(corpus.index, counted, false)),
                    rows(Reports.networks(corpus.index, ofBlock, false)));
            ResultTable pairs = Reports.pairs(corpus.index, ofBlock);
            assertTrue(pairs.rowCount() > 10);
            assertEquals(rows(Reports.pairs(corpus.index, counted)), rows(pairs));
            assertArrayEquals(TableSorter.order(Reports.pairs(corpus.index, counted), TableSorter.parse(pairs, "ip,user")),
                    TableSorter.order(pairs, TableSorter.parse(pairs, "ip,user")));
            long since = store.time(store.size() / 2);
            assertNull(engine.select(Filter.builder().ip(block).since(since).build()).wholeHosts());
            assertNull(engine.select(Filter.builder().ip(block).kind(EventKind.BLACK).build()).wholeHosts());
        }
    }

    /** Pieces of a selection counted apart add up to the whole, sessions cut in two counted once. */
    @Test
    void hostActivityCountedInPiecesAddsUp() {
        EventStore store = corpus.dataset.events();
        EventSelection all = EventSelection.all(store.size());
        HostActivity whole = HostActivity.of(store, all, true, 1);
        for (int pieces : new int[] {2, 3, 7}) {
            HostActivity added = HostActivity.of(store, all, true, pieces);
            assertArrayEquals(whole.events, added.events, pieces + " pieces");
            assertArrayEquals(whole.sessions, added.sessions, pieces + " pieces");
            assertArrayEquals(whole.firstEvent, added.firstEvent, pieces + " pieces");
            assertArrayEquals(whole.lastEvent, added.lastEvent, pieces + " pieces");
        }
        int sessionsCutInTwo = 0;
        for (int i = 1; i < 7; i++) {
            int cut = (int) ((long) store.size() * i / 7);
            int s = store.session(cut);
            sessionsCutInTwo += s >= 0 && IntStream.range(0, cut).anyMatch(e -> store.session(e) == s) ? 1 : 0;
        }
        assertTrue(sessionsCutInTwo > 0, "the pieces cut sessions, so the test can fail");
    }

    /**
     * The timeline against a count of each event's truncated hour, on all events and on a thin
     * selection with empty hours, counted on one core and in pieces.
     */
    @Test
    void timelineCountsEachEventInItsHourAndKeepsEmptyHours() throws IOException {
        EventStore store = corpus.dataset.events();
        try (RawLines raw = new RawLines(store)) {
            FilterEngine engine = new FilterEngine(corpus.index, raw);
            int[] blackEvents = engine.select(Filter.builder().kind(EventKind.BLACK).build()).toArray();
            EventSelection firstAndLastBlack = new EventSelection(
                    new int[] {blackEvents[0], blackEvents[1], blackEvents[blackEvents.length - 1]});
            for (EventSelection selection : List.of(engine.select(Filter.NONE), firstAndLastBlack)) {
                Map<Long, int[]> expected = new HashMap<>();
                for (int i = 0; i < selection.size(); i++) {
                    int e = selection.event(i);
                    if (store.kind(e) != EventKind.UNPARSED) {
                        long hour = Math.floorDiv(store.time(e), 3_600_000L) * 3_600_000L;
                        expected.computeIfAbsent(hour, h -> new int[EventKind.count()])[store.kindOrdinal(e)]++;
                    }
                }
                ResultTable one = TimelineTable.build(corpus.index, selection, Bucket.HOUR, 1);
                for (int pieces : new int[] {3, 7}) {
                    assertEquals(cells(one), cells(TimelineTable.build(corpus.index, selection, Bucket.HOUR, pieces)));
                }
                int empty = 0;
                for (int r = 0; r < one.rowCount(); r++) {
                    long start = one.number(r, 0);
                    if (r > 0) {
                        assertEquals(one.number(r - 1, 0) + 3_600_000L, start, "hours follow each other");
                    }
                    int[] kinds = expected.getOrDefault(start, new int[EventKind.count()]);
                    assertEquals(Arrays.stream(kinds).sum(), one.number(r, 1), "events of " + start);
                    for (int k = 0; k < kinds.length; k++) {
                        assertEquals(kinds[k], one.number(r, 2 + k));
                    }
                    empty += one.number(r, 1) == 0 ? 1 : 0;
                }
                assertEquals(expected.size(), one.rowCount() - empty, "every hour with events is a row");
                assertTrue(selection != firstAndLastBlack || empty > 0, "the thin selection leaves hours empty");
            }
        }
    }

    private static List<List<Long>> cells(ResultTable table) {
        List<List<Long>> cells = new java.util.ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<Long> row = new java.util.ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                row.add(table.number(r, c));
            }
            cells.add(row);
        }
        return cells;
    }

    /** Pairs by ip, then user come off the order of all pairs, as a stable sort on the two would give them. */
    @Test
    void pairsByAddressAndUserAgreeWithAStableSort() throws IOException {
        EventStore store = corpus.dataset.events();
        int[] addressRank = store.ips().addressRanks();
        int[] textRank = store.stringRanks();
        try (RawLines raw = new RawLines(store)) {
            FilterEngine engine = new FilterEngine(corpus.index, raw);
            for (Filter filter : List.of(Filter.NONE, Filter.builder().inSpamtraps(SpamtrapCondition.NO).build())) {
                EventSelection selection = engine.select(filter);
                BaseTable pairs = PairsTable.build(corpus.index, selection);
                Integer[] expected = new Integer[pairs.rowCount()];
                Arrays.setAll(expected, r -> r);
                Arrays.sort(expected, java.util.Comparator.<Integer>comparingInt(r -> addressRank[pairs.ipId(r, 0)])
                        .thenComparingInt(r -> textRank[pairs.stringId(r, 1)]));
                assertTrue(expected.length > 100, "pairs: " + expected.length);
                assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(),
                        TableSorter.order(pairs, TableSorter.parse(pairs, "ip,user")));
            }
        }
    }

    @Test
    void targetsSplitAcrossCoresGiveTheSameRows() throws IOException {
        try (RawLines raw = new RawLines(corpus.dataset.events())) {
            EventSelection all = new FilterEngine(corpus.index, raw).select(Filter.NONE);
            ResultTable one = TargetsTable.build(corpus.index, all, 1);
            ResultTable three = TargetsTable.build(corpus.index, all, 3);
            assertEquals(rows(one), rows(three));
            assertEquals(Counts.of(corpus.index, all, 1), Counts.of(corpus.index, all, 3));
            EventSelection some = new FilterEngine(corpus.index, raw).select(
                    Filter.builder().inSpamtraps(SpamtrapCondition.NO).build());
            for (EventSelection selection : List.of(all, some)) {
                KeyedEvents logins = corpus.index.loginEvents();
                assertEquals(rows(new UsersTable(corpus.index, logins.count(selection, 1))),
                        rows(new UsersTable(corpus.index, logins.count(selection, 4))));
                assertEquals(rows(new PairsTable(corpus.index, logins.countByHost(selection, 1))),
                        rows(new PairsTable(corpus.index, logins.countByHost(selection, 4))));
                assertEquals(rows(new SubjectsTable(corpus.index, corpus.index.subjectEvents().count(selection, 1))),
                        rows(new SubjectsTable(corpus.index, corpus.index.subjectEvents().count(selection, 4))));
            }
        }
    }

    private static Set<String> rows(ResultTable table) {
        Set<String> rows = new HashSet<>();
        for (int r = 0; r < table.rowCount(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < table.columns().size(); c++) {
                row.append(table.text(r, c)).append('|');
            }
            rows.add(row.toString());
        }
        return rows;
    }

    @Test
    void subjectsCountDistinctSessionsAndHostsPerSubject() throws IOException {
        EventStore store = corpus.dataset.events();
        Map<String, Set<Integer>> sessions = new HashMap<>();
        Map<String, Integer> outsideSessions = new HashMap<>();
        Map<String, Set<Integer>> hosts = new HashMap<>();
        for (int e = 0; e < store.size(); e++) {
            if (store.kind(e) != EventKind.SUBJECT) {
                continue;
            }
            String subject = store.string(store.text(e));
            if (store.session(e) >= 0) {
                sessions.computeIfAbsent(subject, k -> new HashSet<>()).add(store.session(e));
            } else {
                outsideSessions.merge(subject, 1, Integer::sum);
            }
            hosts.computeIfAbsent(subject, k -> new HashSet<>()).add(store.ip(e));
        }
        try (RawLines raw = new RawLines(store)) {
            ResultTable subjects = Reports.subjects(corpus.index, new FilterEngine(corpus.index, raw).select(Filter.NONE));
            assertEquals(hosts.size(), subjects.rowCount());
            for (int r = 0; r < subjects.rowCount(); r++) {
                String subject = subjects.text(r, 0);
                assertEquals(sessions.getOrDefault(subject, Set.of()).size() + outsideSessions.getOrDefault(subject, 0),
                        subjects.number(r, subjects.columnIndex("sessions")), subject);
                assertEquals(hosts.get(subject).size(), subjects.number(r, subjects.columnIndex("hosts")), subject);
            }
        }
    }

    @Test
    void usersAndPairsAgreeWithAPerEventCount() throws IOException {
        try (RawLines raw = new RawLines(corpus.dataset.events())) {
            FilterEngine engine = new FilterEngine(corpus.index, raw);
            assertUsersAndPairsAgreeWithOracle(engine.select(Filter.NONE));
            assertUsersAndPairsAgreeWithOracle(engine.select(Filter.builder().program("sshd").build()));
        }
        Random random = new Random(11);
        int[] everyFewth = IntStream.range(0, corpus.dataset.events().size()).filter(e -> random.nextInt(3) == 0)
                .toArray();
        assertUsersAndPairsAgreeWithOracle(new EventSelection(everyFewth));
    }

    private static void assertUsersAndPairsAgreeWithOracle(EventSelection selection) {
        EventStore store = corpus.dataset.events();
        Map<String, Integer> attempts = new HashMap<>();
        Map<String, Set<Integer>> hosts = new HashMap<>();
        Map<String, Integer> pairAttempts = new HashMap<>();
        Map<String, Long> pairFirst = new HashMap<>();
        Map<String, Long> pairLast = new HashMap<>();
        for (int e : selection.toArray()) {
            if (!store.kind(e).isLoginAttempt() || store.user(e) < 0) {
                continue;
            }
            String user = store.string(store.user(e));
            attempts.merge(user, 1, Integer::sum);
            Set<Integer> ofUser = hosts.computeIfAbsent(user, k -> new HashSet<>());
            if (store.ip(e) >= 0) {
                ofUser.add(store.ip(e));
                String pair = store.ipText(e) + "|" + user;
                pairAttempts.merge(pair, 1, Integer::sum);
                pairFirst.putIfAbsent(pair, store.time(e));
                pairLast.put(pair, store.time(e));
            }
        }
        ResultTable users = Reports.users(corpus.index, selection);
        assertEquals(attempts.size(), users.rowCount());
        for (int r = 0; r < users.rowCount(); r++) {
            String user = users.text(r, 0);
            assertEquals((long) attempts.get(user), users.number(r, users.columnIndex("attempts")), user);
            assertEquals(hosts.get(user).size(), users.number(r, users.columnIndex("hosts")), user);
        }
        ResultTable pairs = Reports.pairs(corpus.index, selection);
        assertEquals(pairAttempts.size(), pairs.rowCount());
        assertTrue(pairs.rowCount() > 0, "the corpus has failed logins");
        for (int r = 0; r < pairs.rowCount(); r++) {
            String pair = pairs.text(r, 0) + "|" + pairs.text(r, 1);
            assertEquals((long) pairAttempts.get(pair), pairs.number(r, pairs.columnIndex("attempts")), pair);
            assertEquals((long) pairFirst.get(pair), pairs.number(r, pairs.columnIndex("first_seen")), pair);
            assertEquals((long) pairLast.get(pair), pairs.number(r, pairs.columnIndex("last_seen")), pair);
        }
    }
}

package org.trapscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.analysis.SortKey;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.filter.FilterState;
import org.trapscope.ui.filter.TrapMembership;
import org.trapscope.ui.load.DatasetSource;
import org.trapscope.ui.load.LoadViewModel;
import org.trapscope.analysis.CountryOnlyHosts;
import org.trapscope.analysis.HostAttributes;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.TableSorter;
import org.trapscope.ui.selection.EventSelector;
import org.trapscope.ui.selection.Selection;

class WorkbenchViewModelTest {
    private static final String CAMPAIGN = "You are in really big troubles";
    private static final ReportDefinition HOSTS = new ReportDefinition("Hosts",
            s -> Reports.hosts(s.data().index(), s.events()));
    private static final ReportDefinition TIMELINE = new ReportDefinition("Timeline",
            s -> Reports.timeline(s.data().index(), s.events(), org.trapscope.analysis.Bucket.DAY));
    private static final int IP_COLUMN = 3;

    @TempDir
    Path temp;

    private WorkbenchViewModel viewModel;
    private final List<List<Path>> recent = new ArrayList<>();

    /** Hosts with even address ids are in Norway, the others in Germany. */
    private static final HostAttributes EVEN_NORWAY = new CountryOnlyHosts(ip -> ip % 2 == 0 ? "NO" : "DE");

    @BeforeEach
    void openSample() {
        Workers direct = Workers.direct();
        viewModel = new WorkbenchViewModel(direct, new LoadViewModel(direct, DatasetSource.ENGINE),
                new EventSelector(), TableSorter::order, List.of(HOSTS), TIMELINE, new RecentFiles() {
                    @Override
                    public List<List<Path>> list() {
                        return recent;
                    }

                    @Override
                    public void add(List<Path> opened) {
                        recent.add(0, opened);
                    }
                }, dataset -> EVEN_NORWAY);
        viewModel.open(SampleFixture.request(temp));
    }

    private Selection selection() {
        return viewModel.selectionProperty().get();
    }

    @Test
    void onlyTheTableOnScreenFollowsTheFilterAndTheEventsTableCatchesUpWhenShown() {
        int all = viewModel.events().rows().size();
        viewModel.setActiveReport(viewModel.reports().get(0));
        viewModel.filterProperty().set(FilterState.NONE.withKinds(Set.of(EventKind.GREY)));

        assertTrue(selection().size() < all);
        assertEquals(all, viewModel.events().rows().size());
        assertEquals(selection().counts().hosts(), viewModel.reports().get(0).table().rows().size());

        viewModel.setActiveReport(viewModel.eventsPane());

        assertEquals(selection().size(), viewModel.events().rows().size());
    }

    @Test
    void openingTheSampleSelectsEveryEventAndMarksItAsSample() {
        int total = store().size();
        assertTrue(total > 40_000, "events in the sample: " + total);
        assertEquals(total, selection().size());
        assertEquals(total, viewModel.events().rows().size());
        assertTrue(viewModel.sampleProperty().get());
        assertTrue(viewModel.titleProperty().get().contains("sample data"));
        assertTrue(viewModel.countsProperty().get().startsWith(String.format("%,d events", total)));
    }

    @Test
    void aSubjectPhraseSelectsTheCampaignsSubjectLinesAndItsHosts() {
        viewModel.filterProperty().set(FilterState.NONE.withPhrase(CAMPAIGN.toUpperCase()));

        EventStore store = store();
        assertTrue(selection().size() > 0);
        for (int e : selection().events().toArray()) {
            assertEquals(EventKind.SUBJECT, store.kind(e));
            assertTrue(store.string(store.text(e)).contains(CAMPAIGN));
        }
        // as the pipeline counts them: grep "Subject: You are in really big troubles" | awk '{print $6}' | sort -u
        assertEquals(154, selection().counts().hosts());
        assertTrue(viewModel.countsProperty().get().contains(" of "), viewModel.countsProperty().get());
        assertEquals("phrase \"" + CAMPAIGN.toUpperCase() + "\"", viewModel.filterDescriptionProperty().get());
    }

    @Test
    void theWholeCampaignIsEveryEventOfTheHostsThatSentThePhrase() {
        viewModel.filterProperty().set(FilterState.NONE.withPhrase(CAMPAIGN));
        Set<Integer> senders = new java.util.HashSet<>();
        EventStore store = store();
        for (int e : selection().events().toArray()) {
            senders.add(store.ip(e));
        }

        viewModel.filterProperty().set(FilterState.NONE.withPhrase(CAMPAIGN).withCampaign(true));

        assertEquals(154, selection().counts().hosts());
        Set<EventKind> kinds = new java.util.HashSet<>();
        int ofSenders = 0;
        for (int e = 0; e < store.size(); e++) {
            if (senders.contains(store.ip(e))) {
                ofSenders++;
            }
        }
        for (int e : selection().events().toArray()) {
            assertTrue(senders.contains(store.ip(e)));
            kinds.add(store.kind(e));
        }
        assertEquals(ofSenders, selection().size());
        assertTrue(kinds.containsAll(Set.of(EventKind.CONNECT, EventKind.SUBJECT)), kinds.toString());
        assertTrue(selection().counts().targets() > 0);
        assertTrue(viewModel.filterDescriptionProperty().get().startsWith("campaign of \""));
    }

    /** The filter a cell's menu entry sets; before any filter, row e of the events report is event e. */
    private FilterState cellChoice(int event, String column, String id) {
        var table = viewModel.events().table();
        return CellFilters.forCell(table, event, table.columnIndex(column), viewModel.filterProperty().get())
                .stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().next();
    }

    @Test
    void excludingAUserNameFromItsCellLeavesOutEveryEventOfThatNameAndNothingElse() {
        EventStore store = store();
        int login = java.util.stream.IntStream.range(0, store.size())
                .filter(e -> store.kind(e) == EventKind.INVALID_USER).findFirst().orElseThrow();
        String user = store.string(store.user(login));
        long named = java.util.stream.IntStream.range(0, store.size())
                .filter(e -> store.user(e) >= 0 && store.string(store.user(e)).equalsIgnoreCase(user)).count();
        assertTrue(named > 1, user);

        viewModel.filterProperty().set(cellChoice(login, "user", "excludeValue"));

        assertEquals(store.size() - named, selection().size());
        for (int e : selection().events().toArray()) {
            assertFalse(store.user(e) >= 0 && store.string(store.user(e)).equalsIgnoreCase(user));
        }
        assertEquals("not \"" + user + "\"", viewModel.filterDescriptionProperty().get());
    }

    @Test
    void excludingACountryFromItsCellLeavesOutItsHostsEvents() {
        EventStore store = store();
        int norwegian = java.util.stream.IntStream.range(0, store.size())
                .filter(e -> store.ip(e) >= 0 && store.ip(e) % 2 == 0).findFirst().orElseThrow();

        viewModel.filterProperty().set(cellChoice(norwegian, "country", "excludeValue"));

        long elsewhere = java.util.stream.IntStream.range(0, store.size())
                .filter(e -> store.ip(e) < 0 || store.ip(e) % 2 == 1).count();
        assertEquals(elsewhere, selection().size());
        assertEquals("not country NO", viewModel.filterDescriptionProperty().get());
    }

    @Test
    void anAddressSelectsOnlyThatHostsEventsAndACidrItsNetwork() {
        viewModel.filterProperty().set(FilterState.NONE.withAddresses("110.253.167.246"));
        assertEquals(10, selection().size());
        assertEquals(1, selection().counts().hosts());

        viewModel.filterProperty().set(FilterState.NONE.withAddresses("110.253.0.0/16"));
        assertTrue(selection().size() >= 10);
        EventStore store = store();
        for (int e : selection().events().toArray()) {
            assertTrue(store.ipText(e).startsWith("110.253."), store.ipText(e));
        }
    }

    @Test
    void theCountryFilterKeepsTheHostsOfTheCheckedCountries() {
        assertEquals(List.of("DE", "NO"), viewModel.openedProperty().get().countries());
        viewModel.filterProperty().set(FilterState.NONE.withCountries(Set.of("NO")));

        assertTrue(selection().size() > 0);
        for (int e : selection().events().toArray()) {
            assertEquals(0, store().ip(e) % 2);
        }
        assertTrue(viewModel.filterDescriptionProperty().get().contains("country NO"));
    }

    @Test
    void withoutHostDataTheViewsStillOpenAndSayWhyCountriesAreMissing() {
        Workers direct = Workers.direct();
        WorkbenchViewModel noHostData = new WorkbenchViewModel(direct, new LoadViewModel(direct, DatasetSource.ENGINE),
                new EventSelector(), TableSorter::order, List.of(HOSTS), TIMELINE, viewModel.recentFiles(), dataset -> {
                    throw new IllegalStateException("bundled data damaged");
                });
        noHostData.open(SampleFixture.request(temp.resolve("again")));

        assertEquals(store().size(), noHostData.selectionProperty().get().size());
        assertEquals(List.of(), noHostData.openedProperty().get().countries());
        assertTrue(noHostData.problems().contains("Country and network data unavailable: bundled data damaged"),
                noHostData.problems().toString());
    }

    @Test
    void aFilterSupersededWhileItRunsIsNeverShown() {
        List<Runnable> held = new ArrayList<>();
        boolean[] holding = {false};
        Workers workers = new Workers(task -> {
            if (holding[0]) {
                held.add(task);
            } else {
                task.run();
            }
        }, Runnable::run, 0);
        WorkbenchViewModel slow = new WorkbenchViewModel(workers, new LoadViewModel(workers, DatasetSource.ENGINE),
                new EventSelector(), TableSorter::order, List.of(HOSTS), TIMELINE, viewModel.recentFiles(),
                dataset -> EVEN_NORWAY);
        slow.open(SampleFixture.request(temp.resolve("again")));
        Selection everything = slow.selectionProperty().get();
        holding[0] = true;
        slow.filterProperty().set(FilterState.NONE.withKinds(Set.of(EventKind.GREY)));
        slow.filterProperty().set(FilterState.NONE.withKinds(Set.of(EventKind.CONNECT)));

        held.get(0).run();
        assertEquals(everything, slow.selectionProperty().get());
        held.get(1).run();
        assertEquals(Set.of(EventKind.CONNECT), slow.selectionProperty().get().filter().kinds());
    }

    @Test
    void aMistypedAddressIsReportedAndKeepsTheLastSelection() {
        int before = selection().size();
        viewModel.filterProperty().set(FilterState.NONE.withAddresses("110.253.999.1"));
        assertEquals(before, selection().size());
        assertTrue(viewModel.filterErrorProperty().get().contains("110.253.999.1"));
    }

    @Test
    void spamtrapYesAndNoSplitTheEventsAndYesOnlyHoldsTraps() throws Exception {
        Set<String> traps = trapAddresses();
        int total = selection().size();
        viewModel.filterProperty().set(FilterState.NONE.withSpamtraps(TrapMembership.YES));
        Selection yes = selection();
        viewModel.filterProperty().set(FilterState.NONE.withSpamtraps(TrapMembership.NO));
        Selection no = selection();

        assertTrue(yes.size() > 0 && no.size() > 0);
        assertTrue(yes.size() + no.size() < total, "events without a target or user name are in neither");
        EventStore store = store();
        for (int e : yes.events().toArray()) {
            int targetString = store.kind(e) == EventKind.HEADER_TO ? store.text(e) : store.recipient(e);
            String target = store.string(targetString).replaceAll("[<>]", "").strip().toLowerCase();
            String user = store.string(store.user(e)).toLowerCase();
            boolean trapped = traps.contains(target)
                    || (!user.isEmpty() && traps.stream().anyMatch(t -> t.startsWith(user + "@")));
            assertTrue(trapped, "not a trap: " + target + " / " + user);
        }
    }

    @Test
    void showAllActivityOfAHostReplacesTheFilterWithThatHost() {
        viewModel.filterProperty().set(FilterState.NONE.withPhrase(CAMPAIGN).withKinds(Set.of(EventKind.SUBJECT)));
        EventStore store = store();
        String host = store.ipText(selection().events().event(0));

        viewModel.showAllActivityOf(host);

        assertEquals(FilterState.NONE.withAddresses(host), viewModel.filterProperty().get());
        Set<EventKind> kinds = new java.util.HashSet<>();
        for (int e : selection().events().toArray()) {
            assertEquals(host, store.ipText(e));
            kinds.add(store.kind(e));
        }
        assertTrue(kinds.contains(EventKind.CONNECT) && kinds.contains(EventKind.SUBJECT), kinds.toString());
    }

    @Test
    void excludingAHostLeavesOutOnlyItsEvents() {
        int withAddress = (int) java.util.stream.IntStream.range(0, store().size()).filter(e -> store().ip(e) >= 0).count();
        viewModel.filterProperty().set(FilterState.NONE.excludingAddress("110.253.167.246"));
        assertEquals(withAddress - 10, selection().size());
        assertTrue(viewModel.filterDescriptionProperty().get().contains("not host 110.253.167.246"));
    }

    @Test
    void clearingTheFilterSelectsEverythingAgain() {
        int total = selection().size();
        viewModel.filterProperty().set(FilterState.NONE.withPhrase(CAMPAIGN));
        viewModel.clearFilter();
        assertEquals(total, selection().size());
        assertEquals("no filter", viewModel.filterDescriptionProperty().get());
    }

    @Test
    void sortingTheEventsByHostDescendingReordersTheRowsOnly() {
        viewModel.filterProperty().set(FilterState.NONE.withPhrase(CAMPAIGN));
        int rows = viewModel.events().rows().size();
        viewModel.events().requestSort(List.of(new SortKey(IP_COLUMN, true)));

        assertEquals(rows, viewModel.events().rows().size());
        var table = viewModel.events().table();
        for (int i = 1; i < rows; i++) {
            long[] previous = address(table.text(viewModel.events().rows().at(i - 1), IP_COLUMN));
            long[] current = address(table.text(viewModel.events().rows().at(i), IP_COLUMN));
            assertTrue(Long.compareUnsigned(previous[1], current[1]) >= 0);
        }
    }

    @Test
    void aFileThatCannotBeReadIsListedAsAProblemAndTheRestOpens() {
        Path missing = temp.resolve("no-such-spamd.log");
        viewModel.open(List.of(missing, temp.resolve("traplist.txt")), org.trapscope.load.LoadOptions.defaults());

        assertTrue(viewModel.problems().stream().anyMatch(p -> p.contains("no-such-spamd.log")),
                viewModel.problems().toString());
        assertTrue(viewModel.openedProperty().get().dataset().hasSpamtraps());
        assertFalse(viewModel.sampleProperty().get());
    }

    @Test
    void openingFilesRemembersThemAsRecent() {
        viewModel.open(List.of(temp.resolve("traplist.txt")), org.trapscope.load.LoadOptions.defaults());
        assertEquals(List.of(List.of(temp.resolve("traplist.txt"))), recent);
        assertTrue(viewModel.problems().stream().noneMatch(p -> p.contains("Could not open")));
    }

    @Test
    void theHostsViewIsBuiltForTheCurrentSelectionWhenItIsOnScreen() {
        viewModel.filterProperty().set(FilterState.NONE.withPhrase(CAMPAIGN));
        ReportPane hosts = viewModel.reports().get(0);
        viewModel.setActiveReport(hosts);

        assertEquals(154, hosts.table().rows().size());
        assertEquals("ip", hosts.table().table().columns().get(0).name());
    }

    @Test
    void theTimelineTableCountsTheSelectionPerSlot() {
        ReportPane timeline = viewModel.timeline();
        viewModel.setActiveReport(timeline);

        var table = timeline.table().table();
        java.time.ZoneId zone = viewModel.zone();
        long days = java.util.stream.IntStream.range(0, store().size())
                .filter(e -> store().kind(e) != EventKind.UNPARSED)
                .mapToObj(e -> java.time.Instant.ofEpochMilli(store().time(e)).atZone(zone).toLocalDate())
                .distinct().count();
        assertEquals(days, table.rowCount());
        int events = table.columnIndex("events");
        long sum = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            sum += table.number(row, events);
        }
        assertEquals(store().size(), sum + unparsed());
    }

    private long unparsed() {
        return java.util.stream.IntStream.range(0, store().size())
                .filter(e -> store().kind(e) == EventKind.UNPARSED).count();
    }

    private EventStore store() {
        return viewModel.openedProperty().get().dataset().events();
    }

    private static long[] address(String text) {
        long[] out = new long[2];
        assertTrue(org.trapscope.store.IpAddress.parse(text, out), text);
        return out;
    }

    private Set<String> trapAddresses() throws Exception {
        Set<String> traps = new java.util.HashSet<>();
        try (Stream<String> lines = Files.lines(temp.resolve("traplist.txt"))) {
            lines.map(String::strip).filter(l -> l.contains("@")).map(String::toLowerCase).forEach(traps::add);
        }
        try (Stream<String> lines = Files.lines(temp.resolve("spamdb.txt"))) {
            lines.filter(l -> l.startsWith("SPAMTRAP|")).map(l -> l.substring(9).toLowerCase()).forEach(traps::add);
        }
        return traps;
    }
}

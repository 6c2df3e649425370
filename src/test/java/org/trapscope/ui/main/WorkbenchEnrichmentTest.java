package org.trapscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.TableSorter;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.Enrichment;
import org.trapscope.export.ExportView;
import org.trapscope.load.LoadOptions;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.enrich.EnrichmentSettings;
import org.trapscope.ui.enrich.IpData;
import org.trapscope.ui.enrich.IpDataImport;
import org.trapscope.ui.enrich.NetworkLookups;
import org.trapscope.ui.enrich.OnlineLookups;
import org.trapscope.ui.load.DatasetSource;
import org.trapscope.ui.load.LoadViewModel;
import org.trapscope.ui.selection.EventSelector;

/** Importing IP data and looking networks up online, at the view-model level, without a window. */
class WorkbenchEnrichmentTest {
    private static final ReportDefinition HOSTS = new ReportDefinition("Hosts",
            s -> Reports.hosts(s.data().index(), s.events()));
    private static final ReportDefinition TIMELINE = new ReportDefinition("Timeline",
            s -> Reports.timeline(s.data().index(), s.events(), org.trapscope.analysis.Bucket.DAY));
    private static final Path ASN_TEST_DB = Path.of("src/test/resources/mmdb/GeoLite2-ASN-Test.mmdb");
    private static final String TELSTRA = "1.128.0.1";

    @TempDir
    Path temp;

    private final MemorySettings settings = new MemorySettings();
    private final FakeLookups fake = new FakeLookups();
    private IpData ipData;
    private WorkbenchViewModel viewModel;
    private IpDataImport ipImport;
    private OnlineLookups online;

    @BeforeEach
    void openSmallLog() throws Exception {
        Workers direct = Workers.direct();
        // without the bundled snapshot the AS columns are empty until something is imported
        ipData = new IpData(() -> Enricher.builder().bundled(false), settings.importedIpData());
        viewModel = new WorkbenchViewModel(direct, new LoadViewModel(direct, DatasetSource.ENGINE),
                new EventSelector(), TableSorter::order, List.of(HOSTS), TIMELINE, new RecentFiles() {
                    @Override
                    public List<List<Path>> list() {
                        return List.of();
                    }

                    @Override
                    public void add(List<Path> opened) {
                    }
                }, ipData::hostsOf);
        ipImport = new IpDataImport(direct, ipData, settings, viewModel.problems()::add, viewModel::notify,
                viewModel::reenrich);
        online = new OnlineLookups(fake, direct, settings, viewModel.openedProperty()::get,
                viewModel::hostsChanged, 0);
        Path log = Files.writeString(temp.resolve("spamd.log"), """
                Mar  2 21:10:05 skapet spamd[1234]: 1.128.0.1: connected (1/1)
                Mar  2 21:10:09 skapet spamd[1234]: 1.128.0.1: disconnected after 4 seconds.
                Mar  2 21:11:05 skapet spamd[1234]: 198.51.100.7: connected (1/1)
                """);
        viewModel.open(List.of(log), LoadOptions.defaults());
        viewModel.setActiveReport(viewModel.reports().get(0));
    }

    @AfterEach
    void closeEnricher() {
        ipData.close();
    }

    @Test
    void importingAnAsnDatabaseFillsTheHostsReportAndIsRememberedForTheNextStart() {
        assertEquals("", hostsCell(TELSTRA, "as_org"));

        ipImport.add(List.of(ASN_TEST_DB));

        assertEquals("Telstra Pty Ltd", hostsCell(TELSTRA, "as_org"));
        assertEquals(List.of(), viewModel.problems());
        Path remembered = ASN_TEST_DB.toAbsolutePath().normalize();
        assertEquals(List.of(remembered), settings.importedIpData());

        try (IpData nextStart = new IpData(() -> Enricher.builder().bundled(false), settings.importedIpData())) {
            assertEquals(List.of(), nextStart.start());
            assertEquals("Telstra Pty Ltd",
                    nextStart.hostsOf(viewModel.openedProperty().get().dataset()).asOrg(ipIdOf(TELSTRA)));
        }
    }

    @Test
    void aBadFileIsListedByNameAndForgottenWhileTheViewsAndOtherImportsKeepWorking() throws Exception {
        Path bogus = Files.writeString(temp.resolve("bogus.mmdb"), "not a database");

        ipImport.add(List.of(bogus));

        assertEquals(1, viewModel.problems().size(), viewModel.problems().toString());
        assertTrue(viewModel.problems().get(0).contains("bogus.mmdb"), viewModel.problems().get(0));
        assertEquals(List.of(), settings.importedIpData());
        assertEquals(2, viewModel.reports().get(0).table().rows().size());

        ipImport.add(List.of(ASN_TEST_DB));

        assertEquals("Telstra Pty Ltd", hostsCell(TELSTRA, "as_org"));
    }

    @Test
    void whileOfflineTheActionIsDisabledAndNothingIsAsked() {
        assertFalse(online.onProperty().get());
        assertTrue(lookUpItem().isDisable());

        online.lookUp(List.of(TELSTRA));

        assertEquals(0, fake.asked);
        assertFalse(fake.online);
    }

    @Test
    void onlineAnswersUpdateTheHostsAndTheQueueCountsUpDownAndCancelEmptiesIt() {
        online.onProperty().set(true);
        assertTrue(fake.online);
        assertTrue(settings.onlineLookups());
        assertFalse(lookUpItem().isDisable());

        online.lookUp(List.of(TELSTRA, "198.51.100.7", "203.0.113.9"));

        assertEquals(2, fake.asked, "an address not in the data is not asked about");
        assertEquals(2, online.waitingProperty().get());
        fake.answerFirst(new Enrichment("AU", null, null, null, null, 1221, "Answered Online", null, null, null,
                java.util.Map.of()));
        assertEquals(1, online.waitingProperty().get());
        assertEquals("Answered Online", hostsCell(TELSTRA, "as_org"));

        online.cancelAll();

        assertEquals(0, online.waitingProperty().get());
        assertTrue(fake.pending.isEmpty());
    }

    @Test
    void aNetworkRowAsksAboutTheOpenedHostsInThatNetwork() {
        ipImport.add(List.of(ASN_TEST_DB));
        String network = hostsCell(TELSTRA, "network");
        assertFalse(network.isEmpty());
        online.onProperty().set(true);

        online.lookUpNetworks(List.of(network));

        assertEquals(1, fake.asked);
        assertEquals(1, online.waitingProperty().get());
    }

    private MenuItem lookUpItem() {
        ResultTable hosts = viewModel.reports().get(0).table().table();
        int ip = hosts.columnIndex("ip");
        int row = rowOf(TELSTRA);
        CellActions actions = new CellActions(viewModel, online, () -> { });
        return actions.forCell(hosts, row, ip, ExportView.of(hosts, new int[] {row})).stream()
                .filter(item -> "lookUpOnline".equals(item.getId())).findFirst().orElseThrow();
    }

    private String hostsCell(String address, String column) {
        ResultTable hosts = viewModel.reports().get(0).table().table();
        return hosts.text(rowOf(address), hosts.columnIndex(column));
    }

    private int rowOf(String address) {
        ResultTable hosts = viewModel.reports().get(0).table().table();
        int ip = hosts.columnIndex("ip");
        for (int row = 0; row < hosts.rowCount(); row++) {
            if (hosts.text(row, ip).equals(address)) {
                return row;
            }
        }
        throw new AssertionError(address + " is not in the hosts report");
    }

    private int ipIdOf(String address) {
        var ips = viewModel.openedProperty().get().dataset().events().ips();
        for (int id = 0; id < ips.size(); id++) {
            if (ips.text(id).equals(address)) {
                return id;
            }
        }
        throw new AssertionError(address);
    }

    /** Answers when the test says so; counts what it was asked. */
    private static final class FakeLookups implements NetworkLookups {
        final List<CompletableFuture<Enrichment>> pending = new ArrayList<>();
        final List<IntConsumer> listeners = new ArrayList<>();
        boolean online;
        int asked;

        @Override
        public CompletableFuture<Enrichment> lookUp(long hi, long lo) {
            asked++;
            CompletableFuture<Enrichment> answer = new CompletableFuture<>();
            pending.add(answer);
            changed();
            return answer;
        }

        void answerFirst(Enrichment answer) {
            pending.remove(0).complete(answer);
            changed();
        }

        @Override
        public void setOnline(boolean on) {
            online = on;
        }

        @Override
        public void cancelAll() {
            pending.forEach(f -> f.cancel(false));
            pending.clear();
            changed();
        }

        @Override
        public void addQueueListener(IntConsumer sizeChanged) {
            listeners.add(sizeChanged);
        }

        private void changed() {
            listeners.forEach(l -> l.accept(pending.size()));
        }
    }

    private static final class MemorySettings implements EnrichmentSettings {
        private List<Path> imported = List.of();
        private boolean online;

        @Override
        public List<Path> importedIpData() {
            return imported;
        }

        @Override
        public void setImportedIpData(List<Path> paths) {
            imported = List.copyOf(paths);
        }

        @Override
        public boolean onlineLookups() {
            return online;
        }

        @Override
        public void setOnlineLookups(boolean on) {
            online = on;
        }
    }
}

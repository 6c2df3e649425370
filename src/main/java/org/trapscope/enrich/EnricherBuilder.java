package org.trapscope.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.trapscope.enrich.online.HttpFetcher;
import org.trapscope.enrich.online.JdkHttpFetcher;
import org.trapscope.enrich.online.OnlineCache;
import org.trapscope.enrich.online.OnlineQueue;
import org.trapscope.enrich.online.RdapBootstrap;
import org.trapscope.enrich.online.ServerPacer;
import org.trapscope.enrich.online.SocketWhoisConnector;
import org.trapscope.enrich.online.WhoisConnector;

/**
 * Configures an {@link Enricher}. Sources added here are the user's imports; they take
 * precedence over the bundled snapshot field by field, and earlier imports over later ones.
 * Online lookups are off unless turned on; their transports can be replaced (tests use loopback
 * servers, or transports that fail when used).
 */
public final class EnricherBuilder {
    private boolean bundled = true;
    private boolean online;
    private Path cacheDirectory;
    private HttpFetcher http;
    private WhoisConnector whois;
    private RdapBootstrap bootstrap;
    private Clock clock = Clock.systemUTC();
    private Duration perServerGap = Duration.ofMillis(500);
    private Duration globalGap = Duration.ofMillis(250);
    private Duration answerTtl = Duration.ofDays(30);
    private Duration missTtl = Duration.ofDays(1);
    private final List<OfflineSource> imports = new ArrayList<>();
    private final List<OfflineSource> dumps = new ArrayList<>();
    private final List<OfflineSource> mmdbs = new ArrayList<>();
    private final List<OfflineSource> delegated = new ArrayList<>();

    EnricherBuilder() {
    }

    /** ~/.cache/trapscope, or $XDG_CACHE_HOME/trapscope: where the application keeps online answers. */
    public static Path defaultCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("trapscope");
    }

    /** Whether to use the bundled snapshot (on by default). */
    public EnricherBuilder bundled(boolean use) {
        this.bundled = use;
        return this;
    }

    /** Whether online lookups start turned on (off by default; {@link Enricher#setOnline} changes it). */
    public EnricherBuilder online(boolean on) {
        this.online = on;
        return this;
    }

    /** Where online answers and refreshed RDAP bootstrap files are kept; without one, in memory only. */
    public EnricherBuilder cacheDirectory(Path folder) {
        this.cacheDirectory = folder;
        return this;
    }

    public EnricherBuilder httpFetcher(HttpFetcher fetcher) {
        this.http = fetcher;
        return this;
    }

    public EnricherBuilder whoisConnector(WhoisConnector connector) {
        this.whois = connector;
        return this;
    }

    public EnricherBuilder rdapBootstrap(RdapBootstrap rdapBootstrap) {
        this.bootstrap = rdapBootstrap;
        return this;
    }

    public EnricherBuilder clock(Clock time) {
        this.clock = time;
        return this;
    }

    /** Minimum time between two queries to one server, and between any two queries (500 ms, 250 ms). */
    public EnricherBuilder queryGaps(Duration perServer, Duration overall) {
        this.perServerGap = perServer;
        this.globalGap = overall;
        return this;
    }

    /** How long an online answer is fresh (30 days) and a miss or error stops queries (1 day). */
    public EnricherBuilder cacheLifetimes(Duration answers, Duration misses) {
        this.answerTtl = answers;
        this.missTtl = misses;
        return this;
    }

    /** Adds an already-built source, for callers and tests with their own data. */
    public EnricherBuilder addSource(OfflineSource source) {
        imports.add(source);
        return this;
    }

    /**
     * Adds a data file of any kind the enricher reads, recognised by its content: a MaxMind DB or a
     * folder of them, delegated statistics, or a RIPE/APNIC dump.
     *
     * @throws InvalidDataFileException for a file of no known kind, or a damaged one
     */
    public EnricherBuilder addData(Path fileOrFolder) throws IOException {
        return switch (GeoDataKind.of(fileOrFolder)) {
            case MMDB -> addMmdb(fileOrFolder);
            case DELEGATED -> addDelegated(fileOrFolder);
            case RPSL_DUMP -> addRipeDump(fileOrFolder);
        };
    }

    /**
     * Adds a MaxMind DB file, or every {@code *.mmdb} in a folder (in name order).
     *
     * @throws InvalidDataFileException naming the first file that is not a usable MaxMind DB
     */
    public EnricherBuilder addMmdb(Path fileOrFolder) throws IOException {
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(fileOrFolder)) {
                files = listing.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".mmdb")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new InvalidDataFileException(fileOrFolder, "this folder holds no .mmdb file");
            }
            for (Path file : files) {
                mmdbs.add(MmdbSource.open(file));
            }
        } else {
            mmdbs.add(MmdbSource.open(fileOrFolder));
        }
        return this;
    }

    /**
     * Adds an RIR delegated-extended statistics file or the NRO combined file (plain or .gz).
     *
     * @throws InvalidDataFileException for a malformed or truncated file
     */
    public EnricherBuilder addDelegated(Path file) throws IOException {
        delegated.add(DelegatedStatsSource.read(file));
        return this;
    }

    /**
     * Adds a RIPE or APNIC split dump of inetnum or inet6num objects (plain or .gz).
     *
     * @throws InvalidDataFileException for a file without readable inetnum/inet6num objects
     */
    public EnricherBuilder addRipeDump(Path file) throws IOException {
        dumps.add(RpslDumpSource.read(file));
        return this;
    }

    /**
     * Order of precedence, field by field: sources given directly, cached online answers,
     * database dumps (exact registry objects), MaxMind DB files, delegated statistics, the
     * bundled snapshot. The network is the narrowest any of them knows.
     */
    public Enricher build() {
        OnlineCache cache = new OnlineCache(cacheDirectory, answerTtl, missTtl);
        List<OfflineSource> sources = new ArrayList<>(imports);
        sources.add(cache);
        sources.addAll(dumps);
        sources.addAll(mmdbs);
        sources.addAll(delegated);
        BundledSnapshot snapshot = bundled ? BundledSnapshot.shared() : null;
        if (snapshot != null) {
            sources.add(snapshot);
        }
        // Transports are made when the queue is first needed: an enricher that never goes online
        // never even creates an HTTP client.
        HttpFetcher httpFetcher = http;
        WhoisConnector whoisConnector = whois;
        RdapBootstrap rdapBootstrap = bootstrap;
        Path folder = cacheDirectory;
        Clock time = clock;
        ServerPacer pacer = new ServerPacer(perServerGap, globalGap, time);
        return new Enricher(sources, snapshot, cache, online, view -> new OnlineQueue(cache,
                httpFetcher != null ? httpFetcher : JdkHttpFetcher.withDefaults(),
                whoisConnector != null ? whoisConnector : SocketWhoisConnector.withDefaults(),
                rdapBootstrap != null ? rdapBootstrap : RdapBootstrap.load(folder),
                pacer, time, view));
    }
}

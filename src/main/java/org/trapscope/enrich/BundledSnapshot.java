package org.trapscope.enrich;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;

/**
 * The IP → country and IP → AS data shipped inside the application (built by
 * {@code src/tools/ipdata/build_snapshot.py}, whose header documents the binary layout).
 * The lowest-precedence source: anything the user imports wins field by field.
 */
public final class BundledSnapshot implements OfflineSource {
    static final String RESOURCE = "bundled-ip-data.bin.gz";
    static final String ATTRIBUTION = "bundled-ip-data-ATTRIBUTION.txt";
    private static final int FORMAT_VERSION = 1;

    private final LocalDate dataDate;
    private final String description;
    private final DataSource source;
    private final String[] countries;
    private final long[] asns;
    private final String[] asOrgByAsnIndex;
    private final RangeIndex countryIndex;
    private final RangeIndex asnIndex;

    private BundledSnapshot(ByteBuffer in) {
        byte[] magic = new byte[4];
        in.get(magic);
        if (!"TSIP".equals(new String(magic, StandardCharsets.US_ASCII)) || in.getInt() != FORMAT_VERSION) {
            throw new IllegalStateException(RESOURCE + " is not a Trapscope IP snapshot of format " + FORMAT_VERSION);
        }
        dataDate = LocalDate.parse(readUtf(in));
        description = readUtf(in);
        source = new DataSource("bundled ip-location-db", dataDate);
        countries = new String[in.getShort() & 0xFFFF];
        for (int i = 0; i < countries.length; i++) {
            countries[i] = new String(new byte[] {in.get(), in.get()}, StandardCharsets.US_ASCII);
        }
        String[] orgs = new String[in.getInt()];
        for (int i = 0; i < orgs.length; i++) {
            orgs[i] = readUtf(in);
        }
        int asnCount = in.getInt();
        asns = new long[asnCount];
        for (int i = 0; i < asnCount; i++) {
            asns[i] = in.getInt() & 0xFFFF_FFFFL;
        }
        asOrgByAsnIndex = new String[asnCount];
        for (int i = 0; i < asnCount; i++) {
            int org = in.getInt();
            asOrgByAsnIndex[i] = org < 0 ? null : orgs[org];
        }
        int[][] cc4 = readV4(in, true);
        long[][] cc6 = readV6(in);
        int[] cc6Values = readBytes(in, cc6[0].length);
        countryIndex = new RangeIndex(cc4[0], cc4[1], cc4[2], cc6[0], cc6[1], cc6[2], cc6[3], cc6Values);
        int[][] as4 = readV4(in, false);
        long[][] as6 = readV6(in);
        int[] as6Values = readInts(in, as6[0].length);
        asnIndex = new RangeIndex(as4[0], as4[1], as4[2], as6[0], as6[1], as6[2], as6[3], as6Values);
    }

    /** Loads the snapshot from the application's resources. */
    public static BundledSnapshot load() {
        try (InputStream raw = BundledSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the bundled IP data " + RESOURCE + " is missing from the application");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(24 << 20);
            try (GZIPInputStream unzipped = new GZIPInputStream(raw, 1 << 16)) {
                unzipped.transferTo(bytes);
            }
            return new BundledSnapshot(ByteBuffer.wrap(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled IP data " + RESOURCE, e);
        }
    }

    private static volatile BundledSnapshot shared;

    /** The snapshot, loaded once per process: every enricher shares the same immutable tables. */
    public static BundledSnapshot shared() {
        BundledSnapshot loaded = shared;
        if (loaded == null) {
            synchronized (BundledSnapshot.class) {
                loaded = shared;
                if (loaded == null) {
                    loaded = load();
                    shared = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The data date from the resource's header alone, without loading the tables: cheap enough
     * for --help.
     */
    public static LocalDate readDataDate() {
        try (InputStream raw = BundledSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the bundled IP data " + RESOURCE + " is missing from the application");
            }
            try (GZIPInputStream unzipped = new GZIPInputStream(raw)) {
                ByteBuffer header = ByteBuffer.wrap(unzipped.readNBytes(8 + 2 + 64));
                header.position(8);
                return LocalDate.parse(readUtf(header));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled IP data " + RESOURCE, e);
        }
    }

    /** The licence and credit text shipped with the data (CC BY 4.0 asks for it to be shown). */
    public static String attribution() {
        try (InputStream in = BundledSnapshot.class.getResourceAsStream(ATTRIBUTION)) {
            if (in == null) {
                throw new IllegalStateException("the attribution " + ATTRIBUTION + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalDate dataDate() {
        return dataDate;
    }

    @Override
    public String describe() {
        return "bundled snapshot of " + dataDate + ": country and AS number for IPv4 and IPv6, from " + description;
    }

    @Override
    public void contribute(long hi, long lo, EnrichmentDraft draft) {
        int country = countryIndex.find(hi, lo);
        if (country != RangeIndex.NONE) {
            draft.offerGeoCountry(countries[countryIndex.value(country)], source);
        }
        int as = asnIndex.find(hi, lo);
        if (as != RangeIndex.NONE) {
            int row = asnIndex.value(as);
            draft.offerAsn(asns[row], asOrgByAsnIndex[row], source);
            // The announced prefix is the best network this data knows; user sources narrow it.
            draft.offerRange(asnIndex.range(as), source);
        }
    }

    private static String readUtf(ByteBuffer in) {
        byte[] raw = new byte[in.getShort() & 0xFFFF];
        in.get(raw);
        return new String(raw, StandardCharsets.UTF_8);
    }

    /** {starts, ends, values}: starts are stored as deltas and ends as sizes minus one. */
    private static int[][] readV4(ByteBuffer in, boolean byteValues) {
        int n = in.getInt();
        int[] starts = readInts(in, n);
        int[] ends = readInts(in, n);
        int start = 0;
        for (int i = 0; i < n; i++) {
            start += starts[i];
            starts[i] = start;
            ends[i] += start;
        }
        return new int[][] {starts, ends, byteValues ? readBytes(in, n) : readInts(in, n)};
    }

    private static long[][] readV6(ByteBuffer in) {
        int n = in.getInt();
        long[][] columns = new long[4][n];
        for (long[] column : columns) {
            in.asLongBuffer().get(column);
            in.position(in.position() + n * Long.BYTES);
        }
        return columns;
    }

    private static int[] readInts(ByteBuffer in, int n) {
        int[] values = new int[n];
        in.asIntBuffer().get(values);
        in.position(in.position() + n * Integer.BYTES);
        return values;
    }

    private static int[] readBytes(ByteBuffer in, int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.get() & 0xFF;
        }
        return values;
    }
}

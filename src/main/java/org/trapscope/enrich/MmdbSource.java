package org.trapscope.enrich;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.InvalidNetworkException;
import com.maxmind.db.Metadata;
import com.maxmind.db.Network;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A MaxMind DB file (MaxMind GeoIP2/GeoLite2, DB-IP, IPinfo) read with MaxMind's own reader.
 * The file is read into memory ({@link Reader.FileMode#MEMORY}) so that on Windows the user can
 * replace it while the application runs.
 */
public final class MmdbSource implements OfflineSource, Closeable {
    /** Enough records to meet every key of the common schemas, few enough to open at once. */
    private static final int PROBED_RECORDS = 2000;

    private final Path file;
    private final Reader reader;
    private final MmdbSchema schema;
    private final DataSource source;

    private MmdbSource(Path file, Reader reader, MmdbSchema schema, DataSource source) {
        this.file = file;
        this.reader = reader;
        this.schema = schema;
        this.source = source;
    }

    /**
     * Opens and probes a file.
     *
     * @throws InvalidDataFileException when it is not a MaxMind DB, is damaged, or holds neither
     *                                  country nor AS data
     */
    public static MmdbSource open(Path file) throws InvalidDataFileException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataFileException(file, "no such file");
        }
        Reader reader = null;
        try {
            reader = new Reader(file.toFile(), Reader.FileMode.MEMORY, new CHMCache());
            MmdbSchema.Probe probe = new MmdbSchema.Probe();
            probe(reader, probe);
            MmdbSchema schema = probe.result();
            if (!schema.isUseful()) {
                throw new InvalidDataFileException(file, "this MaxMind DB holds neither country nor AS data "
                        + "(type " + reader.getMetadata().databaseType() + ", keys " + probe.keys() + ")");
            }
            Metadata metadata = reader.getMetadata();
            LocalDate built = metadata.buildTime().atZone(ZoneOffset.UTC).toLocalDate();
            return new MmdbSource(file, reader, schema, new DataSource(metadata.databaseType(), built));
        } catch (InvalidDataFileException e) {
            closeQuietly(reader);
            throw e;
        } catch (IOException | InvalidNetworkException | RuntimeException e) {
            closeQuietly(reader);
            throw new InvalidDataFileException(file, "not a valid MaxMind DB file (.mmdb): " + e.getMessage(), e);
        }
    }

    /** Walks the first records; a damaged search tree or data section fails here, not at lookup. */
    @SuppressWarnings("rawtypes")
    private static void probe(Reader reader, MmdbSchema.Probe probe) throws IOException, InvalidNetworkException {
        Networks<Map> networks = reader.networks(false, Map.class);
        for (int i = 0; i < PROBED_RECORDS && networks.hasNext(); i++) {
            Map data = networks.next().data();
            if (data != null) {
                probe.record(data);
            }
        }
    }

    public Path file() {
        return file;
    }

    public DataSource source() {
        return source;
    }

    @Override
    public String describe() {
        return source + " from " + file + ": " + (schema.hasCountry() ? "country" : "")
                + (schema.hasCountry() && schema.hasAsn() ? " and " : "") + (schema.hasAsn() ? "AS number" : "")
                + (!schema.hasCountry() && !schema.hasAsn() ? "registered country" : "");
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void contribute(long hi, long lo, EnrichmentDraft draft) {
        if (reader.getMetadata().ipVersion() == 4 && !IpNumbers.isV4(hi, lo)) {
            return;
        }
        DatabaseRecord<Map> found;
        try {
            found = reader.getRecord(IpNumbers.toInetAddress(hi, lo), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": lookup failed in a MaxMind DB that opened fine", e);
        }
        Map data = found.data();
        if (data == null) {
            return;
        }
        if (schema.nestedCountry()) {
            draft.offerGeoCountry(isoCode(data.get("country")), source);
        }
        if (schema.flatCountry()) {
            draft.offerGeoCountry(text(data.get("country_code")), source);
        }
        if (schema.registeredCountry()) {
            draft.offerRegistryCountry(isoCode(data.get("registered_country")), source);
        }
        if (schema.hasAsn()) {
            long asn = schema.numericAsn() ? number(data.get("autonomous_system_number")) : asNumber(text(data.get("asn")));
            String org = text(schema.numericAsn() ? data.get("autonomous_system_organization") : data.get("as_name"));
            draft.offerAsn(asn, org, source);
            // An ASN database's network is the announced prefix; a country database's network is
            // only a stretch of one country, so it is not offered as the address's network.
            if (asn > 0) {
                draft.offerRange(range(found.network()), source);
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static IpRange range(Network network) {
        long[] address = IpNumbers.of(network.networkAddress());
        return IpRange.ofPrefix(address[0], address[1], network.prefixLength());
    }

    private static String isoCode(Object country) {
        return country instanceof Map<?, ?> map ? text(map.get("iso_code")) : null;
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isEmpty() ? s : null;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** IPinfo writes "AS174"; an empty string means no AS. */
    static long asNumber(String text) {
        if (text == null) {
            return 0;
        }
        String digits = text.regionMatches(true, 0, "AS", 0, 2) ? text.substring(2) : text;
        try {
            return Long.parseLong(digits.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // Already failing with a better message.
            }
        }
    }
}

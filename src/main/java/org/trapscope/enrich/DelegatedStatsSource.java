package org.trapscope.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An RIR "delegated-extended" statistics file (AFRINIC, APNIC, ARIN, LACNIC, RIPE NCC) or the
 * NRO combined file: the registration country of the holder and the allocation range.
 *
 * <p>Format (NRO extended-stats README): {@code registry|cc|type|start|value|date|status|opaque-id}.
 * For IPv4, {@code value} is a count of addresses that need not be one CIDR block; for IPv6 it is
 * a prefix length. Space that is available or reserved, and the placeholder country ZZ, say
 * nothing about a holder and are skipped.
 */
public final class DelegatedStatsSource implements OfflineSource {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Path file;
    private final DataSource source;
    private final RangeIndex index;
    private final List<IpRange> ranges;
    private final List<String> countries;
    private final int asnRecords;

    private DelegatedStatsSource(Path file, DataSource source, RangeIndex index, List<IpRange> ranges,
                                 List<String> countries, int asnRecords) {
        this.file = file;
        this.source = source;
        this.index = index;
        this.ranges = ranges;
        this.countries = countries;
        this.asnRecords = asnRecords;
    }

    /**
     * Reads a file, plain or gzip'd.
     *
     * @throws InvalidDataFileException for a file that is not in this format, has a malformed
     *                                  record, or holds fewer records than its header says
     *                                  (a truncated download)
     */
    public static DelegatedStatsSource read(Path file) throws IOException {
        Parser parser = new Parser(file);
        try (BufferedReader lines = DataFiles.openLines(file)) {
            String line;
            while ((line = lines.readLine()) != null) {
                parser.line(line);
            }
        }
        return parser.finish();
    }

    public DataSource source() {
        return source;
    }

    /** Count of AS-number records read (they carry no address, only the holder's country). */
    public int asnRecords() {
        return asnRecords;
    }

    @Override
    public String describe() {
        return source + " from " + file + ": registry country and allocation range, "
                + ranges.size() + " address blocks";
    }

    @Override
    public void contribute(long hi, long lo, EnrichmentDraft draft) {
        int slot = index.find(hi, lo);
        if (slot != RangeIndex.NONE) {
            int record = index.value(slot);
            draft.offerRegistryCountry(countries.get(record), source);
            draft.offerRange(ranges.get(record), source);
        }
    }

    /** One pass over the lines; keeps the header, counts records, collects the address blocks. */
    private static final class Parser {
        private final Path file;
        private final RangeIndex.Builder index = new RangeIndex.Builder();
        private final List<IpRange> ranges = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private long lineNumber;
        private String registry;
        private long declaredRecords = -1;
        private LocalDate endDate;
        private long records;
        private int asnRecords;

        Parser(Path file) {
            this.file = file;
        }

        void line(String line) throws InvalidDataFileException {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                return;
            }
            String[] fields = text.split("\\|", -1);
            if (registry == null) {
                header(fields);
                return;
            }
            if (fields.length >= 6 && "summary".equals(fields[5])) {
                return;
            }
            if (fields.length < 7) {
                throw problem("a record needs at least 7 fields separated by |, this line has " + fields.length);
            }
            records++;
            String cc = fields[1].toUpperCase(Locale.ROOT);
            String type = fields[2];
            String status = fields[6].toLowerCase(Locale.ROOT);
            switch (type) {
                case "asn" -> asnRecords++;
                case "ipv4", "ipv6" -> {
                    IpRange range = range(type, fields[3], fields[4]);
                    boolean held = status.equals("allocated") || status.equals("assigned");
                    if (held && cc.length() == 2 && !cc.equals("ZZ")) {
                        index.add(range, ranges.size());
                        ranges.add(range);
                        countries.add(cc.intern());
                    }
                }
                default -> throw problem("unknown record type \"" + type + "\"");
            }
        }

        /** {@code version|registry|serial|records|startdate|enddate|UTCoffset} */
        private void header(String[] fields) throws InvalidDataFileException {
            if (fields.length < 6 || !fields[0].matches("\\d+(\\.\\d+)?")) {
                throw problem("not an RIR delegated statistics file: the first line is not a version line");
            }
            registry = fields[1];
            try {
                declaredRecords = Long.parseLong(fields[3]);
            } catch (NumberFormatException e) {
                throw problem("the header's record count \"" + fields[3] + "\" is not a number");
            }
            endDate = day(fields[5]);
            if (endDate == null) {
                endDate = day(fields[2]);
            }
        }

        private IpRange range(String type, String start, String value) throws InvalidDataFileException {
            long[] address = IpNumbers.tryParse(start);
            if (address == null || IpNumbers.isV4(address[0], address[1]) != type.equals("ipv4")) {
                throw problem("\"" + start + "\" is not an " + type + " address");
            }
            long amount;
            try {
                amount = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw problem("\"" + value + "\" is not a number");
            }
            if (type.equals("ipv6")) {
                if (amount < 0 || amount > 128) {
                    throw problem("IPv6 prefix length " + amount + " is out of range");
                }
                return IpRange.ofPrefix(address[0], address[1], (int) amount);
            }
            // IPv4: a count of addresses, not always a power of two or aligned.
            long first = address[1] & 0xFFFF_FFFFL;
            if (amount < 1 || first + amount - 1 > 0xFFFF_FFFFL) {
                throw problem("IPv4 count " + amount + " does not fit after " + start);
            }
            return new IpRange(0, address[1], 0, IpNumbers.V4_MAPPED | (first + amount - 1));
        }

        DelegatedStatsSource finish() throws InvalidDataFileException {
            if (registry == null) {
                throw new InvalidDataFileException(file, "not an RIR delegated statistics file: no version line");
            }
            if (declaredRecords != records) {
                throw new InvalidDataFileException(file, "the header announces " + declaredRecords
                        + " records but the file holds " + records + "; is the download truncated?");
            }
            LocalDate date = endDate != null ? endDate : lastModified();
            DataSource source = new DataSource("delegated " + registry, date);
            return new DelegatedStatsSource(file, source, index.build(), ranges, countries, asnRecords);
        }

        private LocalDate lastModified() throws InvalidDataFileException {
            try {
                return DataFiles.lastModified(file);
            } catch (IOException e) {
                throw new InvalidDataFileException(file, "cannot read the file's date", e);
            }
        }

        private static LocalDate day(String text) {
            if (!text.matches("\\d{8}") || text.equals("00000000")) {
                return null;
            }
            try {
                return LocalDate.parse(text, DAY);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        private InvalidDataFileException problem(String message) {
            return new InvalidDataFileException(file, "line " + lineNumber + ": " + message);
        }
    }
}

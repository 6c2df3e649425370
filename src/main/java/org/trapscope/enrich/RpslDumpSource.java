package org.trapscope.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A RIPE or APNIC split database dump of {@code inetnum} or {@code inet6num} objects
 * ({@code ripe.db.inetnum.gz}, {@code apnic.db.inet6num.gz}): network names and exact ranges
 * offline, the stand-in for {@code whois IP} in those two regions. Nested objects (an allocation
 * and the assignments inside it) are flattened so that each address finds its most specific
 * object. The user downloads these files for own use; they are never bundled (RIPE's AUP).
 */
public final class RpslDumpSource implements OfflineSource {
    /** Placeholders for space the registry does not manage; they name no network. */
    private static final List<String> PLACEHOLDER_NETNAMES = List.of(
            "NON-RIPE-NCC-MANAGED-ADDRESS-BLOCK", "IANA-BLK", "IANA-NETBLOCK", "ROOT");

    private final Path file;
    private final DataSource source;
    private final RangeIndex index;
    private final List<NetworkObject> objects;

    /** What the engine keeps of one object; strings are shared between objects. */
    private record NetworkObject(IpRange range, String netname, String country, String holder) {
    }

    private RpslDumpSource(Path file, DataSource source, RangeIndex index, List<NetworkObject> objects) {
        this.file = file;
        this.source = source;
        this.index = index;
        this.objects = objects;
    }

    /**
     * Reads a dump, gzip'd or plain.
     *
     * @throws InvalidDataFileException when an object's range cannot be read, or the file holds
     *                                  no inetnum or inet6num object at all
     */
    public static RpslDumpSource read(Path file) throws IOException {
        Reader reader = new Reader(file);
        try (BufferedReader lines = DataFiles.openLines(file)) {
            String line;
            while ((line = lines.readLine()) != null) {
                reader.line(line);
            }
        }
        reader.endObject();
        if (reader.objects.isEmpty()) {
            throw new InvalidDataFileException(file, "no inetnum or inet6num object found; "
                    + "expected a RIPE or APNIC split dump such as ripe.db.inetnum.gz");
        }
        String name = file.getFileName().toString();
        String registry = name.contains(".") ? name.substring(0, name.indexOf('.')).toUpperCase(Locale.ROOT) : name;
        DataSource source = new DataSource(registry + " database dump", DataFiles.lastModified(file));
        return new RpslDumpSource(file, source, reader.index.build(), reader.objects);
    }

    public DataSource source() {
        return source;
    }

    @Override
    public String describe() {
        return source + " from " + file + ": network names and ranges, " + objects.size() + " objects";
    }

    @Override
    public void contribute(long hi, long lo, EnrichmentDraft draft) {
        int slot = index.find(hi, lo);
        if (slot == RangeIndex.NONE) {
            return;
        }
        NetworkObject object = objects.get(index.value(slot));
        draft.offerRange(object.range, source);
        draft.offerNetname(object.netname, source);
        draft.offerRegistryCountry(object.country, source);
        draft.offerHolder(object.holder, source);
    }

    /** Collects the attributes of one object at a time; an object ends at a blank line. */
    private static final class Reader {
        private final Path file;
        private final RangeIndex.Builder index = new RangeIndex.Builder();
        private final List<NetworkObject> objects = new ArrayList<>();
        private final Map<String, String> shared = new HashMap<>();
        private long lineNumber;
        private long objectLine;
        private String rangeText;
        private String netname;
        private String country;
        private String holder;
        private boolean inObject;

        Reader(Path file) {
            this.file = file;
        }

        void line(String line) throws InvalidDataFileException {
            lineNumber++;
            if (line.isBlank()) {
                endObject();
                return;
            }
            char first = line.charAt(0);
            if (first == '%' || first == '#') {
                return;
            }
            if (first == ' ' || first == '\t' || first == '+') {
                // A continuation line adds to the previous attribute; only descr's first line is kept.
                return;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            int comment = value.indexOf('#');
            if (comment >= 0 && !key.equals("descr")) {
                value = value.substring(0, comment).trim();
            }
            if (!inObject) {
                objectLine = lineNumber;
                inObject = true;
            }
            switch (key) {
                case "inetnum", "inet6num" -> rangeText = value;
                case "netname" -> netname = value;
                case "country" -> country = country == null ? value.toUpperCase(Locale.ROOT) : country;
                case "descr" -> holder = holder == null ? value : holder;
                default -> {
                }
            }
        }

        void endObject() throws InvalidDataFileException {
            if (rangeText != null && !PLACEHOLDER_NETNAMES.contains(netname)
                    && (holder == null || !holder.startsWith("Transferred to the"))) {
                IpRange range;
                try {
                    range = IpRange.parse(rangeText);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataFileException(file, "line " + objectLine + ": cannot read the range \""
                            + rangeText + "\"", e);
                }
                index.add(range, objects.size());
                objects.add(new NetworkObject(range, share(netname), share(country),
                        share(holder == null ? null : DataFiles.fixCharset(holder))));
            }
            rangeText = null;
            netname = null;
            country = null;
            holder = null;
            inObject = false;
        }

        /** Millions of objects repeat few netnames, countries and descriptions: keep one copy each. */
        private String share(String value) {
            return value == null ? null : shared.computeIfAbsent(value, v -> v);
        }
    }
}

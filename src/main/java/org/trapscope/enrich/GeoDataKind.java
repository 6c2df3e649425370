package org.trapscope.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Tells what kind of IP data file the user named (for {@code --geo FILE} and the workbench's
 * import): a MaxMind DB or a folder of them, an RIR delegated-extended statistics file, or a
 * RIPE/APNIC split dump. Decided by content, not by name.
 */
public enum GeoDataKind {
    MMDB, DELEGATED, RPSL_DUMP;

    private static final byte[] MMDB_METADATA = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n',
        'd', '.', 'c', 'o', 'm'};
    /** The metadata section sits in the last 128 KiB of a MaxMind DB. */
    private static final int MMDB_TAIL = 128 * 1024;
    private static final Pattern DELEGATED_LINE = Pattern.compile(
            "^(\\d+(\\.\\d+)?\\|[a-z]+\\||[a-z]+\\|[A-Z*]{0,2}\\|(ipv4|ipv6|asn)\\|).*");
    private static final Pattern RPSL_OBJECT = Pattern.compile("^(inetnum|inet6num):\\s.*");
    private static final int LINES_TO_PROBE = 500;

    public static GeoDataKind of(Path path) throws IOException {
        if (Files.isDirectory(path) || hasMmdbMetadata(path)) {
            return MMDB;
        }
        try (BufferedReader lines = DataFiles.openLines(path)) {
            String line;
            for (int n = 0; n < LINES_TO_PROBE && (line = lines.readLine()) != null; n++) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("%")) {
                    continue;
                }
                if (DELEGATED_LINE.matcher(line).matches()) {
                    return DELEGATED;
                }
                if (RPSL_OBJECT.matcher(line).matches()) {
                    return RPSL_DUMP;
                }
            }
        }
        throw new InvalidDataFileException(path,
                "not a MaxMind DB (.mmdb), an RIR delegated statistics file or a RIPE/APNIC inetnum dump");
    }

    private static boolean hasMmdbMetadata(Path file) throws IOException {
        long size = Files.size(file);
        byte[] tail;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.max(0, size - MMDB_TAIL));
            tail = in.readAllBytes();
        }
        outer:
        for (int i = tail.length - MMDB_METADATA.length; i >= 0; i--) {
            for (int k = 0; k < MMDB_METADATA.length; k++) {
                if (tail[i + k] != MMDB_METADATA[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

package org.trapscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * New spamtraps as a shell script of {@code spamdb -T -a 'name@domain'} lines, to read and then
 * run with {@code doas sh FILE}. Addresses come from logs, so only plain addresses are written
 * (no quotes, spaces or shell syntax); anything else is left out and counted.
 */
public final class SpamdbTrapList {
    private static final Pattern PLAIN_ADDRESS = Pattern.compile("[a-z0-9._%+=-]+@[a-z0-9.-]+\\.[a-z]{2,}");

    private SpamdbTrapList() {
    }

    /** Writes the view's {@code address} column; returns how many addresses were left out as unsafe. */
    public static int write(ExportView view, OutputStream out) throws IOException {
        int c = view.table().columnIndex("address");
        if (c < 0) {
            throw new IllegalArgumentException("this report has no 'address' column for spamdb");
        }
        Set<String> addresses = new LinkedHashSet<>();
        int skipped = 0;
        for (int r = 0; r < view.rowCount(); r++) {
            String address = view.table().text(view.rows()[r], c).strip().toLowerCase(Locale.ROOT);
            if (PLAIN_ADDRESS.matcher(address).matches()) {
                addresses.add(address);
            } else if (!address.isEmpty()) {
                skipped++;
            }
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
        writer.write("#!/bin/sh\n# new spamtraps: review, then run as root (doas sh FILE)\n");
        for (String address : addresses) {
            writer.write("spamdb -T -a '" + address + "'\n");
        }
        writer.flush();
        return skipped;
    }
}

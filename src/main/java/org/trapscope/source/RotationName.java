package org.trapscope.source;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file name says about the file's place in a rotation family:
 * newsyslog and logrotate number their archives ({@code name.0.gz}, {@code name.1}: higher is older),
 * logrotate's dateext stamps them ({@code name-20240301.gz}: earlier is older), and the live file
 * carries the bare name. The compression suffix is ignored for ordering; the content decides how to
 * decompress.
 *
 * @param baseName the family's name, that of its live file
 * @param number the archive number of a numbered archive, or -1
 * @param dateStamp the digits of a dated archive ({@code 20240301} or with an hour, {@code 2024030112}), or null
 */
record RotationName(String baseName, int number, String dateStamp) {

    private static final Pattern COMPRESSION_SUFFIX = Pattern.compile("\\.(?:gz|bz2|xz|zst)$");
    // Three digits at most: a four-digit ".2024" is more likely part of a live file's name than an archive number.
    private static final Pattern NUMBERED = Pattern.compile("(.+)\\.(\\d{1,3})");
    private static final Pattern DATED = Pattern.compile("(.+)-((?:19|20)\\d{6}(?:\\d{2})?)");

    /**
     * Oldest first. A family that switched from numbered to dated archives has its numbered ones
     * from before the switch, so those come first; the live file is always the newest.
     */
    static final Comparator<RotationName> OLDEST_FIRST = Comparator
            .comparingInt(RotationName::age)
            .thenComparing(RotationName::number, Comparator.reverseOrder())
            .thenComparing(name -> name.dateStamp == null ? "" : name.dateStamp);

    static RotationName of(String fileName) {
        Matcher suffix = COMPRESSION_SUFFIX.matcher(fileName);
        boolean compressed = suffix.find();
        String stem = compressed ? fileName.substring(0, suffix.start()) : fileName;
        Matcher numbered = NUMBERED.matcher(stem);
        if (numbered.matches()) {
            return new RotationName(numbered.group(1), Integer.parseInt(numbered.group(2)), null);
        }
        Matcher dated = DATED.matcher(stem);
        if (dated.matches()) {
            return new RotationName(dated.group(1), -1, dated.group(2));
        }
        // "notes.gz" with no number or date is a file of its own, not the live member of "notes"
        return new RotationName(fileName, -1, null);
    }

    /** 0 for numbered archives, 1 for dated archives, 2 for the live file. */
    private int age() {
        if (number >= 0) {
            return 0;
        }
        return dateStamp != null ? 1 : 2;
    }
}

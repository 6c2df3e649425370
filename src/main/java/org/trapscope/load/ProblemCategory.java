package org.trapscope.load;

/** Kinds of per-line trouble that are counted per file and reported once, with the first line. */
enum ProblemCategory {
    NOT_SYSLOG("%s not in syslog format (first at line %s); kept as unparsed lines"),
    BINARY("%s binary data (first at line %s); kept as unparsed lines"),
    INVALID_UTF8("%s text that is not valid UTF-8 (first at line %s); shown with replacement characters"),
    LONG_LINE("%s longer than 8,192 bytes (first at line %s); their text was cut to 8,192 bytes");

    private final String format;

    ProblemCategory(String format) {
        this.format = format;
    }

    String describe(long count, long firstLine) {
        String lines = count == 1 ? "1 line holds" : String.format("%,d lines hold", count);
        if (this == NOT_SYSLOG) {
            lines = count == 1 ? "1 line is" : String.format("%,d lines are", count);
        } else if (this == LONG_LINE) {
            lines = count == 1 ? "1 line is" : String.format("%,d lines are", count);
        }
        return String.format(format, lines, String.format("%,d", firstLine));
    }
}

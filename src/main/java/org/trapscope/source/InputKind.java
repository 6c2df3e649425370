package org.trapscope.source;

/** What a user-supplied file holds, which decides the reader that handles it. */
public enum InputKind {
    /** syslog lines: spamd, sshd, POP3 daemons and anything else. */
    SYSLOG,
    /** the output of {@code spamdb}: GREY|, WHITE|, TRAPPED| and SPAMTRAP| records. */
    SPAMDB_DUMP,
    /** a plain list of spamtrap addresses, one per line. */
    TRAP_LIST,
    /** the hourly {@code date : count} lines of a trap-count cron job. */
    TRAP_COUNTS
}

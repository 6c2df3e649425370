package org.trapscope.grammar;

/**
 * Understands the messages of one family of daemons. Implementations are stateless and
 * thread-safe; joins that need earlier lines (popa3d's PID) are done by the loader.
 */
public interface MessageGrammar {
    /**
     * Reads one syslog message.
     *
     * @param program the syslog tag without PID, e.g. {@code sshd}, {@code postfix/smtpd},
     *                {@code dovecot}; may be empty when the line had no tag
     * @param message the text after {@code TAG[PID]: }
     * @param out     filled in when the message is recognised
     * @return true when the message was recognised and {@code out} describes it
     */
    boolean parse(String program, String message, ParsedMessage out);
}

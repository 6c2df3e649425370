package org.trapscope.grammar.auth;

import java.util.List;
import java.util.Map;
import org.trapscope.grammar.MessageGrammar;
import org.trapscope.grammar.ParsedMessage;

/**
 * The authentication grammars, chosen by the syslog program name, so that a line costs one map
 * look-up and at most a few prefix checks, never a trial of every pattern. This is what the
 * loader calls for login lines.
 *
 * <p>Some names are shared: {@code imapd} is Courier, Cyrus or UW-IMAP, {@code pop3d} Courier or
 * Cyrus; each of those grammars checks its own message prefix first. Names that vary are matched
 * by shape: {@code sshd-*}, {@code *}{@code /smtpd} (Postfix with any instance and service
 * prefix), {@code cyrus/*}. An empty program is Dovecot's own untagged log file. Everything else,
 * including SpamAssassin's {@code spamd}, is not a login line.
 */
public final class AuthGrammars implements MessageGrammar {
    /** Longer than any syslogd writes (OpenBSD caps at 8192); guards the patterns from junk. */
    private static final int MAX_MESSAGE_LENGTH = 16 * 1024;

    private final MessageGrammar sshd = new SshdGrammar();
    private final MessageGrammar postfix = new PostfixSaslGrammar();
    private final MessageGrammar cyrus = new CyrusGrammar();
    private final MessageGrammar dovecot = new DovecotGrammar();
    private final Map<String, List<MessageGrammar>> byProgram;

    public AuthGrammars() {
        MessageGrammar spop3d = new SolidPop3Grammar();
        MessageGrammar courier = new CourierGrammar();
        MessageGrammar uw = new UwImapGrammar();
        MessageGrammar qpopper = new QpopperGrammar();
        byProgram = Map.ofEntries(
                Map.entry("sshd", List.of(sshd)),
                Map.entry("spop3d", List.of(spop3d)),
                Map.entry("solid-pop3d", List.of(spop3d)),
                Map.entry("popa3d", List.of(new Popa3dGrammar())),
                Map.entry("popper", List.of(qpopper)),
                Map.entry("qpopper", List.of(qpopper)),
                Map.entry("dovecot", List.of(dovecot)),
                Map.entry("dovecot-auth", List.of(dovecot)),
                Map.entry("auth", List.of(dovecot)),
                Map.entry("auth-worker", List.of(dovecot)),
                Map.entry("imap-login", List.of(dovecot)),
                Map.entry("pop3-login", List.of(dovecot)),
                Map.entry("submission-login", List.of(dovecot)),
                Map.entry("managesieve-login", List.of(dovecot)),
                Map.entry("", List.of(dovecot)),
                Map.entry("imapd", List.of(courier, cyrus, uw)),
                Map.entry("ipop3d", List.of(uw)),
                Map.entry("pop3d", List.of(courier, cyrus)),
                Map.entry("imapd-ssl", List.of(courier)),
                Map.entry("pop3d-ssl", List.of(courier)),
                Map.entry("courierpop3login", List.of(courier)),
                Map.entry("courierpop3d", List.of(courier)),
                Map.entry("imap", List.of(cyrus)),
                Map.entry("imaps", List.of(cyrus)),
                Map.entry("pop3", List.of(cyrus)),
                Map.entry("pop3s", List.of(cyrus)));
    }

    @Override
    public boolean parse(String program, String message, ParsedMessage out) {
        out.clear();
        if (program == null || message == null || message.length() > MAX_MESSAGE_LENGTH) {
            return false;
        }
        List<MessageGrammar> grammars = byProgram.get(program);
        if (grammars != null) {
            for (MessageGrammar g : grammars) {
                if (g.parse(program, message, out)) {
                    return true;
                }
            }
            return false;
        }
        MessageGrammar byShape = byShape(program);
        return byShape != null && byShape.parse(program, message, out);
    }

    private MessageGrammar byShape(String program) {
        if (program.startsWith("sshd-") && program.length() > 5 && isWord(program, 5)) {
            return sshd;
        }
        if (program.endsWith("/smtpd") && program.startsWith("postfix")) {
            return postfix;
        }
        if (program.startsWith("cyrus/")) {
            return cyrus;
        }
        return null;
    }

    /** Like regex {@code \w+} from {@code from} to the end. */
    private static boolean isWord(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}

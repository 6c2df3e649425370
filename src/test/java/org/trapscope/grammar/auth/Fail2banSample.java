package org.trapscope.grammar.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sample line of fail2ban's test logs with the oracle from the {@code # failJSON:} comment
 * before it. The comment is JSON, but only three flat fields are needed, so they are read with
 * patterns rather than a JSON library the project does not otherwise use.
 *
 * @param lineNumber 1-based, for messages
 * @param line       the sample line
 * @param hasOracle  whether a failJSON comment preceded the line
 * @param match      fail2ban's verdict: its filter (in some mode) bans on this line
 * @param host       the expected host, or null
 * @param time       the expected local time as written ({@code 2005-03-7T02:09:33} happens), or null
 */
record Fail2banSample(int lineNumber, String line, boolean hasOracle, boolean match, String host, String time) {
    private static final Pattern ORACLE = Pattern.compile("^#\\s*failJSON:\\s*(\\{.*\\})\\s*$");
    private static final Pattern MATCH = Pattern.compile("\"match\"\\s*:\\s*(true|false)");
    private static final Pattern HOST = Pattern.compile("\"host\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern TIME = Pattern.compile("\"time\"\\s*:\\s*\"([^\"]*)\"");

    static List<Fail2banSample> read(String resource) {
        InputStream in = Fail2banSample.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing test resource " + resource);
        }
        List<Fail2banSample> samples = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String oracle = null;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                Matcher o = ORACLE.matcher(line);
                if (o.matches()) {
                    oracle = o.group(1);
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    samples.add(oracle == null ? new Fail2banSample(n, line, false, false, null, null)
                            : new Fail2banSample(n, line, true, find(MATCH, oracle).equals("true"),
                                    find(HOST, oracle), find(TIME, oracle)));
                    oracle = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    private static String find(Pattern p, String json) {
        Matcher m = p.matcher(json);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + line;
    }
}

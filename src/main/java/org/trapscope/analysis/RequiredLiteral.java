package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The runs of plain ASCII characters that every match of a regular expression must contain,
 * found by reading the expression's top level: a line without one of them cannot match, so it
 * is rejected by a byte search before any decoding or regex work. Anything this reader does not
 * fully understand (alternation at the top level, inline flags) gives no runs, which only costs
 * speed, never a match.
 *
 * @param runs       the runs, longest first; empty when there are none
 * @param wholeRegex whether the expression is nothing but its one run, so finding it is matching
 */
record RequiredLiteral(List<String> runs, boolean wholeRegex) {
    private static final RequiredLiteral NONE = new RequiredLiteral(List.of(), false);

    /** The longest run, or empty. */
    String text() {
        return runs.isEmpty() ? "" : runs.get(0);
    }

    /** The run for a regular expression that compiles with no flags. */
    static RequiredLiteral of(String regex) {
        return new Reader(regex).read();
    }

    private static final class Reader {
        private final String regex;
        private final StringBuilder run = new StringBuilder();
        private final List<String> runs = new ArrayList<>();
        private boolean onlyLiterals = true;
        private int i;

        Reader(String regex) {
            this.regex = regex;
        }

        RequiredLiteral read() {
            while (i < regex.length()) {
                char c = regex.charAt(i);
                switch (c) {
                    case '|', ')' -> {
                        return NONE;
                    }
                    case '(' -> {
                        if (hasInlineFlags()) {
                            return NONE;
                        }
                        skipGroup();
                        notLiteral();
                    }
                    case '[' -> {
                        skipClass();
                        notLiteral();
                    }
                    case '\\' -> escape();
                    case '.', '^', '$' -> {
                        i++;
                        skipQuantifier();
                        notLiteral();
                    }
                    case '*', '?', '+', '{' -> {
                        return NONE; // a quantifier with nothing before it does not compile
                    }
                    default -> literal(c, 1);
                }
            }
            endRun();
            if (runs.isEmpty()) {
                return NONE;
            }
            runs.sort(Comparator.comparingInt(String::length).reversed());
            return new RequiredLiteral(List.copyOf(runs), onlyLiterals);
        }

        private void escape() {
            if (i + 1 >= regex.length()) {
                i++;
                notLiteral();
                return;
            }
            char d = regex.charAt(i + 1);
            if (d == 'Q') {
                quoted();
            } else if (Character.isLetterOrDigit(d)) {
                // \d \b \p{..} \x41 \1 ...: a class, a boundary, a code or a back reference
                i += 2;
                skipEscapeArguments(d);
                notLiteral();
            } else {
                i++;
                literal(d, 1);
            }
        }

        /** {@code \Q...\E}: every character up to {@code \E} (or the end) is a literal. */
        private void quoted() {
            int end = regex.indexOf("\\E", i + 2);
            int stop = end < 0 ? regex.length() : end;
            boolean lastInRun = false;
            for (int j = i + 2; j < stop; j++) {
                char c = regex.charAt(j);
                lastInRun = c < 0x80;
                if (lastInRun) {
                    run.append(c);
                } else {
                    notLiteral();
                }
            }
            i = end < 0 ? regex.length() : end + 2;
            if (i < regex.length() && isQuantifier(regex.charAt(i))) {
                // the quantifier binds the last quoted character only
                quantify(lastInRun ? 1 : 0);
            }
        }

        /** Skips what follows an escape letter or digit: {@code \x41}, {@code \p{Lu}}, {@code \0101}, ... */
        private void skipEscapeArguments(char d) {
            boolean braced = i < regex.length() && regex.charAt(i) == '{';
            switch (d) {
                case 'p', 'P', 'x', 'N' -> {
                    if (braced) {
                        skipPast('}');
                    } else {
                        i += d == 'x' ? 2 : d == 'N' ? 0 : 1;
                    }
                }
                case 'u' -> i += 4;
                case 'c' -> i += 1;
                case 'k' -> skipPast('>');
                case '0' -> skipDigits(3);
                default -> {
                    if (d >= '1' && d <= '9') {
                        skipDigits(Integer.MAX_VALUE); // a back reference takes the digits it can
                    }
                }
            }
            i = Math.min(i, regex.length());
            skipQuantifier();
        }

        private void skipPast(char close) {
            int at = regex.indexOf(close, i);
            i = at < 0 ? regex.length() : at + 1;
        }

        private void skipDigits(int most) {
            for (int n = 0; n < most && i < regex.length() && Character.isDigit(regex.charAt(i)); n++) {
                i++;
            }
        }

        /** A literal character taking {@code width} characters of the expression. */
        private void literal(char c, int width) {
            i += width;
            if (c >= 0x80) {
                notLiteral();
                return;
            }
            run.append(c);
            if (i < regex.length() && isQuantifier(regex.charAt(i))) {
                quantify(1);
            }
        }

        /**
         * A quantifier after the run's last character: {@code +} keeps it but ends the run (more
         * of it may follow), the others make it optional, so it leaves the run.
         */
        private void quantify(int lastChars) {
            char q = regex.charAt(i);
            if (q != '+' && lastChars > 0) {
                run.setLength(run.length() - lastChars);
            }
            notLiteral();
            skipQuantifier();
        }

        private void skipQuantifier() {
            if (i >= regex.length() || !isQuantifier(regex.charAt(i))) {
                return;
            }
            if (regex.charAt(i) == '{') {
                skipPast('}');
            } else {
                i++;
            }
            if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
                i++; // lazy or possessive
            }
        }

        private static boolean isQuantifier(char c) {
            return c == '*' || c == '?' || c == '+' || c == '{';
        }

        /** Whether the group at {@code i} sets flags, such as {@code (?i)}, that change what a literal means. */
        private boolean hasInlineFlags() {
            if (i + 2 >= regex.length() || regex.charAt(i + 1) != '?') {
                return false;
            }
            char k = regex.charAt(i + 2);
            return k != ':' && k != '=' && k != '!' && k != '<' && k != '>';
        }

        private void skipGroup() {
            int depth = 0;
            while (i < regex.length()) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    skipEscapeInside();
                    continue;
                }
                if (c == '[') {
                    skipClass();
                    continue;
                }
                i++;
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            skipQuantifier();
        }

        private void skipClass() {
            int depth = 0;
            boolean first = true;
            while (i < regex.length()) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    skipEscapeInside();
                    first = false;
                    continue;
                }
                i++;
                if (c == '[') {
                    depth++;
                    first = true;
                    if (i < regex.length() && regex.charAt(i) == '^') {
                        i++;
                    }
                    continue;
                }
                if (c == ']' && !first && --depth == 0) {
                    break;
                }
                first = false;
            }
            skipQuantifier();
        }

        /** An escape inside a group or class, {@code \Q...\E} included, skipped whole. */
        private void skipEscapeInside() {
            if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                int end = regex.indexOf("\\E", i + 2);
                i = end < 0 ? regex.length() : end + 2;
            } else {
                i += 2;
            }
        }

        private void notLiteral() {
            onlyLiterals = false;
            endRun();
        }

        private void endRun() {
            if (run.length() > 0) {
                runs.add(run.toString());
            }
            run.setLength(0);
        }
    }
}

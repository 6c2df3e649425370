package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The run of text every match must hold, which lets {@code --grep} skip lines by a byte search. */
class RequiredLiteralTest {
    @ParameterizedTest(name = "{0} needs \"{1}\"")
    @CsvSource(delimiter = '\t', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        "Failed password for root\tFailed password for root\ttrue",
        "1\\.2\\.3\\.4\t1.2.3.4\ttrue",
        "\\Qa.b*c\\E\ta.b*c\ttrue",
        "port 22\\d\\d ssh2$\tport 22\tfalse",
        "connected \\(\\d+/\\d+\\)\tconnected (\tfalse",
        "Failed password for (root|admin) from\tFailed password for \tfalse",
        "[]a|(]xyz\txyz\tfalse",
        "ab*cd\tcd\tfalse",
        "abc+de\tabc\tfalse",
        "abcd?e\tabc\tfalse",
        "abc{2}def\tdef\tfalse",
        "\\x41BC\tBC\tfalse",
        "\\x{41}BC\tBC\tfalse",
        "\\pLBC\tBC\tfalse",
        "\\p{Lu}BC\tBC\tfalse",
        "\\0101xy\txy\tfalse",
        "\\u0041xy\txy\tfalse",
        "(a)\\1234x\tx\tfalse",
        "caf\u00e9 au lait\t au lait\tfalse",
        "(?:spam)trap\ttrap\tfalse",
    })
    void theLongestMandatoryRun(String regex, String run, boolean whole) {
        Pattern.compile(regex);
        RequiredLiteral literal = RequiredLiteral.of(regex);
        assertEquals(run, literal.text());
        assertEquals(whole, literal.wholeRegex());
    }

    @Test
    void everyRunIsRequiredLongestFirst() {
        assertEquals(List.of("Subject: ", "rouble"), RequiredLiteral.of("Subject: .*[Tt]rouble").runs());
        assertEquals(List.of("port 22", " ssh2"), RequiredLiteral.of("port 22\\d\\d ssh2$").runs());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', value = {"a|b", "abc|", "(?i)failed", "(?x)a b", "x(?i:y)z", ".*", "\\d+", "[abc]"})
    void noRunWhereTheReaderCannotBeSure(String regex) {
        Pattern.compile(regex);
        assertEquals("", RequiredLiteral.of(regex).text());
    }

    /**
     * On random expressions over a small alphabet, every line an expression finds holds its run,
     * and a whole-literal expression finds exactly the lines that hold it.
     */
    @Test
    void aLineWithoutTheRunNeverMatches() {
        Random random = new Random(42);
        String[] atoms = {"a", "b", "c", ".", "\\.", "\\d", "[ab]", "[^a]", "[]a]", "(a|b)", "(?:ab)", "\\Qa.\\E",
            "\\x61", "\\p{L}", "\\b", "^", "$", "1", "\\(", "[a[b]]", "(c)\\1", "\\u0062"};
        String[] quantifiers = {"", "", "", "*", "+", "?", "{2}", "{0,1}", "*?", "++"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                line.append("abc1.(b".charAt(random.nextInt(7)));
            }
            lines.add(line.toString());
        }
        int checked = 0;
        for (int p = 0; p < 3000; p++) {
            StringBuilder regex = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                regex.append(atoms[random.nextInt(atoms.length)]).append(quantifiers[random.nextInt(quantifiers.length)]);
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex.toString());
            } catch (PatternSyntaxException quantifiedAnchor) {
                continue;
            }
            RequiredLiteral literal = RequiredLiteral.of(regex.toString());
            for (String line : lines) {
                boolean found = pattern.matcher(line).find();
                boolean holds = literal.runs().stream().allMatch(line::contains);
                assertTrue(!found || holds, () -> regex + " found " + line + " without all of " + literal.runs());
                if (literal.wholeRegex()) {
                    assertEquals(holds, found, regex + " on " + line);
                }
            }
            checked += literal.text().isEmpty() ? 0 : 1;
        }
        assertTrue(checked > 500, "expressions with a run: " + checked);
    }
}

package org.trapscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchModeTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            '',                          true
            /var/log/spamd,              true
            spamd maillog,               true
            logs/,                       true
            summary /var/log/spamd,      false
            help,                        false
            --help,                      false
            --version,                   false
            """)
    void commandWordsAndOptionsGoToTheCommandLineEverythingElseOpensTheWindow(String args, boolean window) {
        List<String> list = args.isEmpty() ? List.of() : Arrays.asList(args.split(" "));
        assertEquals(window, LaunchMode.opensWindow(list));
    }
}

package org.trapscope.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Zahlungsaufforderung: Ihr GerM-CM-$t wurde gehackt | Zahlungsaufforderung: Ihr Gerät wurde gehackt
            Jeg har ogsM-CM-% full tilgang                     | Jeg har også full tilgang
            Betal 1000 USD i Bitcoin.                          | Betal 1000 USD i Bitcoin.
            I-M-A literal text M-x                             | I-M-A literal text M-x
            M-CM-) and a lone M-C                              | M-CM-) and a lone M-C
            """)
    void decodesMetaEscapesOnlyWhenTheyFormUtf8(String logged, String shown) {
        assertEquals(shown, VisText.decodeMeta(logged));
    }
}

package org.trapscope.traps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.load.Problem;
import org.trapscope.source.RecordingSink;

class TrapListReaderTest {

    @TempDir
    Path dir;

    @Test
    void addressesAreNormalisedAndCommentsBlanksAndJunkHandled() throws IOException {
        Path file = Files.writeString(dir.resolve("traplist.txt"), """
                # harvested addresses, fed to spamdb -T -a
                baba.zevume@datadok.no
                <Bace.Jovibo@DataDok.no>

                  baco.rokobe@bsdly.net   # seen in the March 2021 wave
                odd#local@bsdly.net
                this is not an address
                user@
                """);
        RecordingSink sink = new RecordingSink();

        TrapList list = TrapListReader.read(file, sink);

        assertEquals(List.of("baba.zevume@datadok.no", "bace.jovibo@datadok.no", "baco.rokobe@bsdly.net",
                "odd#local@bsdly.net"), list.addresses());
        assertEquals(List.of(
                new Problem(file, 7, "not an e-mail address: \"this is not an address\""),
                new Problem(file, 8, "not an e-mail address: \"user@\"")), sink.problems);
    }
}

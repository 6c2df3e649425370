package org.trapscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnLfDropsCrAndKeepsALastLineWithoutNewline() throws IOException {
        assertEquals(List.of("first", "second", "", "last"), lines("first\r\nsecond\n\nlast".getBytes()));
    }

    @Test
    void invalidUtf8BecomesReplacementCharactersAndValidUtf8Survives() throws IOException {
        byte[] bytes = {'u', 's', 'e', 'r', ' ', (byte) 0xe9, ' ', (byte) 0xc3, (byte) 0xa9, '\n'};

        assertEquals(List.of("user \uFFFD é"), lines(bytes));
    }

    @Test
    void linesLongerThanTheBufferAndLinesAcrossBufferEdgesAreWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        String text = ("a\n" + longLine + "\n").repeat(3) + "b".repeat(LogInputs.BUFFER_SIZE - 1) + "\nend\n";

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            expected.add("a");
            expected.add(longLine);
        }
        expected.add("b".repeat(LogInputs.BUFFER_SIZE - 1));
        expected.add("end");
        assertEquals(expected, lines(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void everyCompleteLineIsHandedOutBeforeAReadFailure() throws IOException {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        InputStream in = new SequenceInputStream(new ByteArrayInputStream("one\ntwo\nhalf".getBytes()), failing);

        try (LineReader reader = new LineReader(in)) {
            assertEquals("one", reader.readLine());
            assertEquals("two", reader.readLine());
            assertEquals(2, reader.lineNumber());
            assertThrows(IOException.class, reader::readLine);
        }
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        try (LineReader reader = new LineReader(new ByteArrayInputStream(new byte[0]))) {
            assertNull(reader.readLine());
            assertEquals(0, reader.lineNumber());
        }
    }

    private static List<String> lines(byte[] bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }
}

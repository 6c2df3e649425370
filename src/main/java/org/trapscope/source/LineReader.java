package org.trapscope.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each as UTF-8, turning invalid bytes into U+FFFD instead
 * of failing: logs mix encodings and no line may be rejected for its bytes. Ends lines at LF and drops
 * a CR before it. Unlike a {@code BufferedReader} over a decoder, every complete line that arrived
 * before a read failure has been handed out when the failure is thrown, which is what lets a reader
 * keep the text of a damaged archive up to the damage.
 */
public final class LineReader implements Closeable {

    private final InputStream in;
    private final byte[] buffer = new byte[LogInputs.BUFFER_SIZE];
    private int start;
    private int end;
    private boolean atEnd;
    /** Bytes of a line longer than what is left in the buffer. */
    private byte[] partial = new byte[0];
    private int partialLength;
    private long lineNumber;

    public LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line ending, or null at the end of the input. */
    public String readLine() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    String line = takeLine(i);
                    start = i + 1;
                    return line;
                }
            }
            keepPartial();
            if (atEnd) {
                if (partialLength == 0) {
                    return null;
                }
                // A last line without its newline (a live file mid-write) is still a line.
                String line = decode(partial, 0, partialLength);
                partialLength = 0;
                lineNumber++;
                return line;
            }
            fill();
        }
    }

    /** The 1-based number of the line last returned by {@link #readLine()}. */
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private String takeLine(int newline) {
        lineNumber++;
        if (partialLength == 0) {
            return decode(buffer, start, newline - start);
        }
        keepBytes(start, newline);
        String line = decode(partial, 0, partialLength);
        partialLength = 0;
        return line;
    }

    private void keepPartial() {
        keepBytes(start, end);
        start = 0;
        end = 0;
    }

    private void keepBytes(int from, int to) {
        int length = to - from;
        if (partialLength + length > partial.length) {
            partial = Arrays.copyOf(partial, Math.max(partial.length * 2, partialLength + length));
        }
        System.arraycopy(buffer, from, partial, partialLength, length);
        partialLength += length;
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            atEnd = true;
        } else {
            end = n;
        }
    }

    private static String decode(byte[] bytes, int offset, int length) {
        int usable = length > 0 && bytes[offset + length - 1] == '\r' ? length - 1 : length;
        return new String(bytes, offset, usable, StandardCharsets.UTF_8);
    }
}

package org.trapscope.load;

/** A condition on one raw line, given as its bytes without the line end. */
@FunctionalInterface
public interface LineTest {
    /** @param line the line's bytes in {@code line[0, length)}; only valid during the call */
    boolean accepts(byte[] line, int length);
}

package org.trapscope.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Sits between a decompressor and the compressed file and remembers whether the decompressor has
 * been told "end of file" and whether reading the file itself failed. A decompressor that gives up
 * after seeing the end ran out of data (the archive is truncated); one that gives up earlier found
 * data it could not decode (corrupt); one whose input failed hit an I/O error, not archive damage.
 * Libraries word these cases differently, so watching the input is the reliable way to tell them apart.
 */
final class WatchedInput extends FilterInputStream {

    private boolean reachedEnd;
    private boolean failed;

    WatchedInput(InputStream in) {
        super(in);
    }

    boolean reachedEnd() {
        return reachedEnd;
    }

    boolean failed() {
        return failed;
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            reachedEnd |= b < 0;
            return b;
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = super.read(b, off, len);
            reachedEnd |= n < 0;
            return n;
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }
}

package org.trapscope.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.trapscope.load.Problem;
import org.trapscope.load.ProblemSink;

/** Keeps the problems reported, for assertions. */
public final class RecordingSink implements ProblemSink {

    public final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void report(Path file, long line, String message) {
        problems.add(new Problem(file, line, message));
    }
}

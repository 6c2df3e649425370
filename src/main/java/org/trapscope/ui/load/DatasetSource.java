package org.trapscope.ui.load;

import java.nio.file.Path;
import java.util.List;
import org.trapscope.load.Cancellation;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.load.LoadOptions;
import org.trapscope.load.LoadProgress;

/** Reads files into a dataset; the engine's loader in the application, something slower or failing in tests. */
@FunctionalInterface
public interface DatasetSource {
    DatasetSource ENGINE = (paths, options, progress, cancellation) ->
            new DatasetLoader(options, progress, cancellation).load(paths);

    Dataset load(List<Path> paths, LoadOptions options, LoadProgress progress, Cancellation cancellation);
}

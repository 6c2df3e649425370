package org.trapscope.ui.enrich;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.trapscope.ui.common.Workers;

/**
 * File ▸ Import IP data: adds files to the remembered imports, rebuilds the enricher on a worker,
 * remembers what could be used, lists what could not, and has the hosts looked up again.
 */
public final class IpDataImport {
    private final Workers workers;
    private final IpData data;
    private final EnrichmentSettings settings;
    private final Consumer<String> problems;
    private final Consumer<String> notify;
    private final Runnable reenrich;

    /**
     * @param problems takes one line per file that could not be used
     * @param notify   takes the status line once the import is done
     * @param reenrich looks the opened hosts up again with the new data (on the FX thread)
     */
    public IpDataImport(Workers workers, IpData data, EnrichmentSettings settings, Consumer<String> problems,
                        Consumer<String> notify, Runnable reenrich) {
        this.workers = workers;
        this.data = data;
        this.settings = settings;
        this.problems = problems;
        this.notify = notify;
        this.reenrich = reenrich;
    }

    /** Reads the imports remembered from the last run; one gone since is listed and forgotten. */
    public void restore() {
        workers.background().execute(() -> {
            List<String> failed = data.start();
            List<Path> used = data.imported();
            workers.ui().execute(() -> {
                settings.setImportedIpData(used);
                failed.forEach(problems);
            });
        });
    }

    public void add(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> added = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        workers.background().execute(() -> {
            List<String> failed = data.add(added);
            List<Path> used = data.imported();
            workers.ui().execute(() -> {
                settings.setImportedIpData(used);
                failed.forEach(problems);
                notify.accept(failed.isEmpty() ? "IP data imported; looking the hosts up again"
                        : "Some IP data could not be imported; see Problems");
                reenrich.run();
            });
        });
    }
}

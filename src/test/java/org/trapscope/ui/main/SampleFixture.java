package org.trapscope.ui.main;

import java.nio.file.Path;
import org.trapscope.app.SampleCorpus;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.ui.load.LoadRequest;

/** The bundled sample, unpacked into a test's temporary folder. */
public final class SampleFixture {
    private SampleFixture() {
    }

    public static LoadRequest request(Path folder) {
        SampleCorpus corpus = SampleCorpus.extractTo(folder);
        return new LoadRequest(corpus.files(), corpus.options(), "Sample data", true);
    }

    public static Dataset dataset(Path folder) {
        SampleCorpus corpus = SampleCorpus.extractTo(folder);
        return new DatasetLoader(corpus.options()).load(corpus.files());
    }
}

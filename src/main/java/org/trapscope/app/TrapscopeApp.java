package org.trapscope.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.trapscope.load.LoadOptions;
import org.trapscope.ui.load.LoadRequest;
import org.trapscope.ui.main.Workbench;
import org.trapscope.ui.prefs.AppSettings;
import org.trapscope.ui.theme.ThemeManager;

/**
 * The workbench application: files named on the command line are opened; with none, the
 * bundled sample is opened on the first start so there is something to explore.
 */
public final class TrapscopeApp extends Application {
    private Workbench workbench;

    @Override
    public void start(Stage stage) {
        AppSettings settings = AppSettings.forUser();
        ThemeManager theme = new ThemeManager(settings.darkTheme());
        theme.install();
        workbench = new Workbench(stage, settings, theme, TrapscopeApp::sample);
        Scene scene = stage.getScene();
        ThemeManager.style(scene);
        stage.show();
        DesktopOpenFiles.forwardTo(paths -> Platform.runLater(() -> workbench.open(paths, LoadOptions.defaults())));
        List<Path> files = getParameters().getUnnamed().stream().map(Path::of).toList();
        switch (StartupPlan.decide(files, settings.sampleShown())) {
            case OPEN_FILES:
                workbench.open(files, LoadOptions.defaults());
                break;
            case OPEN_SAMPLE:
                settings.setSampleShown();
                workbench.openSample();
                break;
            default:
                break;
        }
    }

    private static LoadRequest sample() {
        SampleCorpus corpus = SampleCorpus.extractTo(SampleCorpus.defaultFolder());
        return new LoadRequest(corpus.files(), corpus.options(), "Sample data", true);
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}

package org.trapscope.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.trapscope.ui.prefs.AppSettings;

/** The dialogs of the real window: native file choosers starting in the last folder, and an overwrite question. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final AppSettings settings;
    private final Consumer<String> notifier;

    public FxDialogService(Window owner, AppSettings settings, Consumer<String> notifier) {
        this.owner = owner;
        this.settings = settings;
        this.notifier = notifier;
    }

    @Override
    public List<Path> chooseFilesToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open logs, spamdb dumps, trap lists");
        startIn(chooser);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolderToOpen() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of logs");
        settings.lastFolder().filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseIpDataFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import IP data: MaxMind DB, RIR delegated statistics, RIPE/APNIC dump");
        startIn(chooser);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseIpDataFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of MaxMind DB (.mmdb) files");
        settings.lastFolder().filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " files",
                "*." + extension));
        startIn(chooser);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().contains(".")) {
            path = path.resolveSibling(path.getFileName() + "." + extension);
        }
        if (path.getParent() != null) {
            settings.setLastFolder(path.getParent());
        }
        // native choosers ask before overwriting the file they return; one with the extension added was not asked about
        if (!path.equals(file.toPath()) && Files.exists(path) && !confirmOverwrite(path)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    @Override
    public void notify(String message) {
        notifier.accept(message);
    }

    private boolean confirmOverwrite(Path path) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, path + " exists. Replace it?", ButtonType.YES, ButtonType.NO);
        ask.initOwner(owner);
        ask.setHeaderText("Replace the file?");
        return ask.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    private void startIn(FileChooser chooser) {
        settings.lastFolder().filter(Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
    }
}

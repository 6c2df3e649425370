package org.trapscope.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trapscope.ui.common.DialogService;

/** Answers the workbench's questions from a script: save to this file, open these files. */
final class ScriptedDialogs implements DialogService {
    final List<String> messages = new ArrayList<>();
    Path saveTo;
    List<Path> toOpen = List.of();
    Path ipData;
    /** How often the workbench asked which files to open. */
    int openRequests;
    private final WorkbenchViewModel viewModel;

    ScriptedDialogs(WorkbenchViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    public List<Path> chooseFilesToOpen() {
        openRequests++;
        return toOpen;
    }

    @Override
    public Optional<Path> chooseFolderToOpen() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseIpDataFile() {
        return Optional.ofNullable(ipData);
    }

    @Override
    public Optional<Path> chooseIpDataFolder() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public void notify(String message) {
        messages.add(message);
        viewModel.notify(message);
    }
}

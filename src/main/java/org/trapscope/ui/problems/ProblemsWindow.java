package org.trapscope.ui.problems;

import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Problems met while opening (unreadable files, damaged archives, lines no grammar knows) in a
 * window the user opens from the status bar: listed once, never thrown at the user as dialogs.
 */
public final class ProblemsWindow {
    private final ObservableList<String> problems;
    private Stage stage;

    public ProblemsWindow(ObservableList<String> problems) {
        this.problems = problems;
    }

    public void show(Window owner) {
        if (stage == null) {
            ListView<String> list = new ListView<>(problems);
            list.setId("problemList");
            list.setPlaceholder(new Label("No problems: every file was read."));
            BorderPane root = new BorderPane(list);
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Problems while opening");
            Scene scene = new Scene(root, 760, 360);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }
}

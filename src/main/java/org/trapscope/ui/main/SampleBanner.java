package org.trapscope.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The strip that says the data on screen is the bundled sample, not the user's own logs. */
final class SampleBanner extends HBox {
    SampleBanner(WorkbenchViewModel viewModel, Runnable openFiles) {
        getStyleClass().add("ts-sample-banner");
        setId("sampleBanner");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label("Sample data: synthetic spamd, POP3 and SSH logs bundled with Trapscope. "
                + "Open your own logs with File ▸ Open or drop files and folders on this window.");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = new Button("Open files…");
        open.setOnAction(e -> openFiles.run());
        getChildren().addAll(text, open);
        visibleProperty().bind(viewModel.sampleProperty());
        managedProperty().bind(visibleProperty());
    }
}

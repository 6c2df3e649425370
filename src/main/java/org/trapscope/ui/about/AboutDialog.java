package org.trapscope.ui.about;

import java.io.InputStream;
import java.time.LocalDate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trapscope.cli.Version;
import org.trapscope.enrich.BundledSnapshot;
import org.trapscope.enrich.Enricher;

/** Help ▸ About: the version, the licence and where the bundled data comes from. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About Trapscope");
        about.setHeaderText("Trapscope " + Version.text());
        InputStream icon = AboutDialog.class.getResourceAsStream("/org/trapscope/icons/trapscope-64.png");
        if (icon != null) {
            about.setGraphic(new ImageView(new Image(icon)));
        }
        Label text = new Label(String.join("\n",
                "A workbench for spamd spam traps and POP3/SSH brute-force logins.",
                "Licensed under the ISC licence. Libraries and their licences: THIRD-PARTY-NOTICES.md.",
                "The sample data is synthetic, made by Trapscope's log generator.",
                "",
                Enricher.bundledDataSummary(LocalDate.now())));
        text.setWrapText(true);
        TextArea attribution = new TextArea(BundledSnapshot.attribution());
        attribution.setEditable(false);
        attribution.setWrapText(true);
        attribution.setPrefRowCount(10);
        about.getDialogPane().setContent(new VBox(10, text, attribution));
        about.getDialogPane().setPrefWidth(640);
        about.showAndWait();
    }
}

package org.trapscope.ui.about;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trapscope.cli.Version;

/** Help ▸ About: the version, the licence and where the bundled data comes from. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About Trapscope");
        about.setHeaderText("Trapscope " + Version.text());
        Label text = new Label(String.join("\n",
                "A workbench for spamd spam traps and POP3/SSH brute-force logins.",
                "Licensed under the ISC licence.",
                "",
                "Bundled IP address data (country, network) is licensed CC BY 4.0,",
                "from the @ip-location-db npm packages: NRO/RIR delegation statistics,",
                "Route Views (University of Oregon) and DB-IP (db-ip.com).",
                "",
                "The sample data is synthetic, made by Trapscope's log generator.",
                "Libraries and their licences: see THIRD-PARTY-NOTICES.md."));
        text.setWrapText(true);
        about.getDialogPane().setContent(new VBox(text));
        about.showAndWait();
    }
}

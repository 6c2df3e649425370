package org.trapscope.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * Light and dark look: AtlantaFX's Primer themes as the user-agent sheet, Modena's variables
 * bridged for ControlsFX, and our own app.css on each scene. Without {@link #install} the
 * application runs on plain Modena, as the tests do.
 */
public final class ThemeManager {
    private static final String BRIDGE = ThemeManager.class.getResource("modena-bridge.css").toExternalForm();
    private static final String APP = ThemeManager.class.getResource("app.css").toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ThemeManager(boolean startDark) {
        dark.set(startDark);
        dark.addListener((obs, old, next) -> applyUserAgentSheet());
    }

    /** Switches the whole application to the current theme. */
    public void install() {
        applyUserAgentSheet();
    }

    /** Adds the bridge and our sheet to a scene; works with or without an installed theme. */
    public static void style(Scene scene) {
        scene.getStylesheets().addAll(BRIDGE, APP);
    }

    private void applyUserAgentSheet() {
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}

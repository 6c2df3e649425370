package org.trapscope.ui.prefs;

/** The main window's last position and size; NaN coordinates mean "let the system place it". */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}

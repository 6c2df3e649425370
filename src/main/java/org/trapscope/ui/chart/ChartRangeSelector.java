package org.trapscope.ui.chart;

import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Drag across a time chart to choose a time range (shown as a band while dragging); hover to
 * see the figures of the slot under the mouse. The chart sits in this pane under an overlay that
 * lets mouse events through.
 */
public final class ChartRangeSelector extends StackPane {
    private static final double MIN_DRAG_PIXELS = 4;

    private final XYChart<Number, Number> chart;
    private final NumberAxis axis;
    private final Rectangle band = new Rectangle();
    private final Tooltip tip = new Tooltip();
    private double dragStartX = Double.NaN;

    ChartRangeSelector(XYChart<Number, Number> chart, NumberAxis axis, BiConsumer<Long, Long> onRange,
                       LongFunction<String> describeAt) {
        this.chart = chart;
        this.axis = axis;
        band.getStyleClass().add("ts-drag-band");
        band.setManaged(false);
        band.setVisible(false);
        Pane overlay = new Pane(band);
        overlay.setMouseTransparent(true);
        getChildren().addAll(chart, overlay);
        tip.setShowDelay(Duration.millis(150));
        tip.setHideDelay(Duration.millis(100));
        Tooltip.install(chart, tip);

        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            long at = valueAt(e.getSceneX());
            String text = inPlot(e) ? describeAt.apply(at) : null;
            tip.setText(text == null ? "" : text);
            // outside the data the tooltip stays installed but invisible, instead of an empty box
            tip.setOpacity(text == null ? 0 : 1);
        });
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && inPlot(e)) {
                dragStartX = e.getSceneX();
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!Double.isNaN(dragStartX)) {
                showBand(overlay, dragStartX, e.getSceneX());
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (Double.isNaN(dragStartX)) {
                return;
            }
            double startX = dragStartX;
            dragStartX = Double.NaN;
            band.setVisible(false);
            if (Math.abs(e.getSceneX() - startX) >= MIN_DRAG_PIXELS) {
                long a = valueAt(startX);
                long b = valueAt(e.getSceneX());
                onRange.accept(Math.min(a, b), Math.max(a, b));
            }
        });
    }


    private boolean inPlot(MouseEvent e) {
        Node plot = chart.lookup(".chart-plot-background");
        if (plot == null) {
            return false;
        }
        Bounds bounds = plot.localToScene(plot.getBoundsInLocal());
        return bounds.contains(e.getSceneX(), e.getSceneY());
    }

    private long valueAt(double sceneX) {
        Point2D local = axis.sceneToLocal(sceneX, 0);
        return axis.getValueForDisplay(local.getX()).longValue();
    }

    private void showBand(Pane overlay, double fromSceneX, double toSceneX) {
        Node plot = chart.lookup(".chart-plot-background");
        Bounds plotBounds = overlay.sceneToLocal(plot.localToScene(plot.getBoundsInLocal()));
        double a = overlay.sceneToLocal(fromSceneX, 0).getX();
        double b = overlay.sceneToLocal(toSceneX, 0).getX();
        double left = Math.max(plotBounds.getMinX(), Math.min(a, b));
        double right = Math.min(plotBounds.getMaxX(), Math.max(a, b));
        band.setX(left);
        band.setY(plotBounds.getMinY());
        band.setWidth(Math.max(0, right - left));
        band.setHeight(plotBounds.getHeight());
        band.setVisible(true);
    }
}

package org.trapscope.ui.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.trapscope.load.Dataset;
import org.trapscope.traps.TrapCountSeries;

/**
 * The hourly trapped-host counts ({@code traplistcounts}) as a line; drag across a swell to see
 * the events, subjects and hosts of that window.
 */
public final class TrapCountsView extends BorderPane {
    private static final DateTimeFormatter SAMPLE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Supplier<ZoneId> zone;
    private final NumberAxis timeAxis;
    private final LineChart<Number, Number> chart;
    private final Label empty = new Label("Open an hourly trapped-host count file (traplistcounts) to see this chart.");
    private TrapCountSeries shown;

    public TrapCountsView(Supplier<ZoneId> zone, BiConsumer<Long, Long> onRange) {
        this.zone = zone;
        timeAxis = TimeAxis.create(zone.get());
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel("trapped hosts");
        countAxis.setAnimated(false);
        countAxis.setTickLabelFormatter(WholeNumbers.CONVERTER);
        chart = new LineChart<>(timeAxis, countAxis);
        chart.setId("trapCountsChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        Label hint = new Label("Trapped hosts, hour by hour. Drag across a swell to filter that time range.");
        hint.getStyleClass().add("ts-chart-hint");
        setTop(hint);
        setCenter(new ChartRangeSelector(chart, timeAxis, onRange, this::describe));
        empty.getStyleClass().add("ts-chart-hint");
    }

    public XYChart<Number, Number> chart() {
        return chart;
    }

    public void show(Dataset dataset) {
        timeAxis.setTickLabelFormatter(TimeAxis.create(zone.get()).getTickLabelFormatter());
        shown = dataset.trapCounts().isEmpty() ? null : dataset.trapCounts().get(0);
        if (shown == null || shown.size() == 0) {
            chart.getData().clear();
            setBottom(empty);
            return;
        }
        setBottom(null);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            points.add(new XYChart.Data<>(shown.epochMillis(i), shown.count(i)));
        }
        TimeAxis.span(timeAxis, shown.epochMillis(0), shown.epochMillis(shown.size() - 1), zone.get());
        chart.getData().setAll(List.of(new XYChart.Series<>("trapped hosts", FXCollections.observableArrayList(points))));
    }

    private String describe(long millis) {
        if (shown == null || shown.size() == 0) {
            return null;
        }
        int nearest = 0;
        for (int i = 1; i < shown.size(); i++) {
            if (Math.abs(shown.epochMillis(i) - millis) < Math.abs(shown.epochMillis(nearest) - millis)) {
                nearest = i;
            }
        }
        return String.format("%s%n%,d trapped hosts",
                SAMPLE.format(Instant.ofEpochMilli(shown.epochMillis(nearest)).atZone(zone.get())), shown.count(nearest));
    }
}

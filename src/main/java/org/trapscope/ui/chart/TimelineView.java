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
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Events per time slot of the current filter, stacked by kind group; drag to filter a time range. */
public final class TimelineView extends BorderPane {
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Supplier<ZoneId> zone;
    private final NumberAxis timeAxis;
    private final StackedAreaChart<Number, Number> chart;
    private TimelineBuckets shown = TimelineBuckets.EMPTY;

    public TimelineView(TimelineViewModel viewModel, Supplier<ZoneId> zone, BiConsumer<Long, Long> onRange) {
        this.zone = zone;
        this.timeAxis = TimeAxis.create(zone.get());
        NumberAxis countAxis = new NumberAxis();
        countAxis.setLabel("events");
        countAxis.setAnimated(false);
        countAxis.setMinorTickVisible(false);
        countAxis.setTickLabelFormatter(WholeNumbers.CONVERTER);
        chart = new StackedAreaChart<>(timeAxis, countAxis);
        chart.setId("timelineChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        ComboBox<BucketWidth> width = new ComboBox<>(FXCollections.observableArrayList(BucketWidth.values()));
        width.valueProperty().bindBidirectional(viewModel.widthProperty());
        Label hint = new Label("Drag across the chart to filter that time range; hover for figures.");
        hint.getStyleClass().add("ts-chart-hint");
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Events"), width, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("ts-chart-bar");
        setTop(bar);
        setCenter(new ChartRangeSelector(chart, timeAxis, onRange, this::describe));
        viewModel.bucketsProperty().addListener((obs, old, next) -> draw(next));
        draw(viewModel.bucketsProperty().get());
    }

    /** The chart node, for PNG export. */
    public XYChart<Number, Number> chart() {
        return chart;
    }

    private void draw(TimelineBuckets buckets) {
        shown = buckets;
        timeAxis.setTickLabelFormatter(TimeAxis.create(zone.get()).getTickLabelFormatter());
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (KindGroup group : KindGroup.values()) {
            if (!buckets.hasAny(group)) {
                continue;
            }
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(buckets.size());
            long[] counts = buckets.counts()[group.ordinal()];
            for (int slot = 0; slot < buckets.size(); slot++) {
                points.add(new XYChart.Data<>(buckets.slotStart(slot), counts[slot]));
            }
            series.add(new XYChart.Series<>(group.label(), FXCollections.observableArrayList(points)));
        }
        if (buckets.size() > 0) {
            TimeAxis.span(timeAxis, buckets.start(), buckets.slotStart(buckets.size() - 1), zone.get());
        }
        chart.getData().setAll(series);
    }

    private String describe(long millis) {
        int slot = shown.slotAt(millis);
        if (slot < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(SLOT.format(Instant.ofEpochMilli(shown.slotStart(slot)).atZone(zone.get())));
        sb.append(String.format("  (%s)%n%,d events", SlotWidths.describe(shown.width()), shown.total(slot)));
        for (KindGroup group : KindGroup.values()) {
            long count = shown.counts()[group.ordinal()][slot];
            if (count > 0) {
                sb.append(String.format("%n  %s: %,d", group.label(), count));
            }
        }
        return sb.toString();
    }
}

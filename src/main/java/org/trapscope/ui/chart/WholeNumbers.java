package org.trapscope.ui.chart;

import javafx.util.StringConverter;

/** Count-axis labels: events and hosts come whole, so ticks between whole numbers stay unlabelled. */
final class WholeNumbers {
    static final StringConverter<Number> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double v = value.doubleValue();
            return v == Math.rint(v) ? String.format("%,d", (long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not edited");
        }
    };

    private WholeNumbers() {
    }
}

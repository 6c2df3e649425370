package org.trapscope.ui.filter;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.trapscope.store.EventKind;

/**
 * The filter shared by every view. Each field writes its part of the {@link FilterState}; when
 * the state changes from elsewhere (Clear, a context-menu action, a chart drag) the fields follow.
 */
public final class FilterBar extends HBox {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final String SPAMTRAPS_TIP = "In spamtraps: whether the target or user name is a spamtrap";

    private final ObjectProperty<FilterState> filter;
    private final Supplier<ZoneId> zone;
    private final TextField phrase = new TextField();
    private final CheckBox campaign = new CheckBox("Whole campaign");
    private final TextField addresses = new TextField();
    private final CheckComboBox<String> countries = new CheckComboBox<>();
    private final ComboBox<TrapMembership> spamtraps = new ComboBox<>(FXCollections.observableArrayList(TrapMembership.values()));
    private final CheckComboBox<EventKind> kinds = new CheckComboBox<>(FXCollections.observableArrayList(EventKind.values()));
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Button cellConditions = new Button();
    private final Label error = new Label();
    private boolean following;

    public FilterBar(ObjectProperty<FilterState> filter, ObservableStringValue filterError, Supplier<ZoneId> zone) {
        this.filter = filter;
        this.zone = zone;
        getStyleClass().add("ts-filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        phrase.setId("phraseField");
        phrase.setPromptText("Subject, user name, target … (Ctrl+F)");
        phrase.setPrefColumnCount(22);
        HBox.setHgrow(phrase, Priority.ALWAYS);
        campaign.setId("campaignBox");
        campaign.setTooltip(new Tooltip("Show every event of the hosts that sent the phrase: their connections, "
                + "envelopes, targets and logins (workflow W1)"));
        addresses.setId("addressField");
        addresses.setPromptText("IP or CIDR, …");
        addresses.setPrefColumnCount(14);
        countries.setId("countryBox");
        countries.setTitle("Country");
        countries.setTooltip(new Tooltip("Countries of the hosts"));
        spamtraps.setId("spamtrapBox");
        spamtraps.setValue(TrapMembership.ANY);
        spamtraps.setTooltip(new Tooltip(SPAMTRAPS_TIP));
        kinds.setId("kindBox");
        kinds.setTitle("Kinds");
        kinds.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EventKind kind) {
                return kind == null ? "" : kind.label();
            }

            @Override
            public EventKind fromString(String text) {
                return EventKind.parse(text);
            }
        });
        from.setId("fromField");
        from.setPromptText("from");
        from.setPrefColumnCount(9);
        to.setId("toField");
        to.setPromptText("to");
        Tooltip timeHelp = new Tooltip("Time range, e.g. 2022-11-18 14:00; drag across a chart to set it");
        from.setTooltip(timeHelp);
        to.setTooltip(timeHelp);
        to.setPrefColumnCount(9);
        Button clear = new Button("Clear");
        clear.setId("clearFilter");
        clear.setTooltip(new Tooltip("Remove every filter"));
        clear.setOnAction(e -> filter.set(FilterState.NONE));
        cellConditions.setId("cellConditions");
        cellConditions.setTooltip(new Tooltip());
        cellConditions.setMaxWidth(320);
        cellConditions.managedProperty().bind(cellConditions.visibleProperty());
        cellConditions.setVisible(false);
        cellConditions.setOnAction(e -> filter.set(filter.get().withoutCellConditions()));
        error.getStyleClass().add("ts-filter-error");
        error.textProperty().bind(filterError);
        Label trapLabel = new Label("In spamtraps");
        Label dash = new Label("–");
        getChildren().addAll(phrase, campaign, addresses, countries, trapLabel, spamtraps, kinds, from, dash, to,
                cellConditions, clear, error);
        for (Region fixed : List.of(campaign, countries, trapLabel, spamtraps, kinds, dash, clear)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        phrase.setMinWidth(160);
        addresses.setMinWidth(110);
        from.setMinWidth(90);
        to.setMinWidth(90);

        phrase.textProperty().addListener((obs, old, text) -> edit(() -> filter.get().withPhrase(text)));
        campaign.selectedProperty().addListener((obs, old, on) -> edit(() -> filter.get().withCampaign(on)));
        addresses.textProperty().addListener((obs, old, text) -> edit(() -> filter.get().withAddresses(text)));
        spamtraps.valueProperty().addListener((obs, old, value) -> edit(() -> filter.get().withSpamtraps(value)));
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventKind>) c ->
                edit(() -> filter.get().withKinds(kindSet())));
        countries.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                edit(() -> filter.get().withCountries(Set.copyOf(countries.getCheckModel().getCheckedItems()))));
        from.setOnAction(e -> commitTimes());
        to.setOnAction(e -> commitTimes());
        from.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitTimes();
            }
        });
        to.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitTimes();
            }
        });
        filter.addListener((obs, old, next) -> follow(next));
    }

    /** The country codes the opened data knows; the box stays disabled while there are none. */
    public void setCountries(List<String> codes) {
        ObservableList<String> items = countries.getItems();
        items.setAll(codes);
        countries.setDisable(codes.isEmpty());
    }

    /**
     * Whether the opened data has spamtraps (a spamdb dump or a trap list): the "In spamtraps"
     * choice is switched on by them and off, showing why, without.
     */
    public void setSpamtrapsKnown(boolean known) {
        spamtraps.setDisable(!known);
        spamtraps.getTooltip().setText(known ? SPAMTRAPS_TIP
                : "In spamtraps: open a spamdb dump or a spamtrap list to use this");
    }

    /** Puts the cursor in the phrase field (Ctrl+F). */
    public void focusPhrase() {
        phrase.requestFocus();
        phrase.selectAll();
    }

    private void edit(Supplier<FilterState> change) {
        if (!following) {
            filter.set(change.get());
        }
    }

    private void commitTimes() {
        if (following) {
            return;
        }
        try {
            long start = TimeText.parse(from.getText(), zone.get(), Long.MIN_VALUE);
            long end = TimeText.parse(to.getText(), zone.get(), Long.MAX_VALUE);
            markInvalid(false);
            filter.set(filter.get().withTimeRange(start, end));
        } catch (IllegalArgumentException e) {
            markInvalid(true);
        }
    }

    /** AtlantaFX draws fields in the :danger state with a red border. */
    private void markInvalid(boolean invalid) {
        from.pseudoClassStateChanged(DANGER, invalid);
        to.pseudoClassStateChanged(DANGER, invalid);
    }

    private Set<EventKind> kindSet() {
        ObservableList<EventKind> checked = kinds.getCheckModel().getCheckedItems();
        return checked.isEmpty() ? Set.of() : EnumSet.copyOf(checked);
    }

    private void follow(FilterState state) {
        following = true;
        try {
            if (!phrase.getText().strip().equals(state.phrase())) {
                phrase.setText(state.phrase());
            }
            if (!addresses.getText().strip().equals(state.addresses())) {
                addresses.setText(state.addresses());
            }
            campaign.setSelected(state.campaign());
            spamtraps.setValue(state.spamtraps());
            if (!Set.copyOf(kinds.getCheckModel().getCheckedItems()).equals(state.kinds())) {
                kinds.getCheckModel().clearChecks();
                state.kinds().forEach(k -> kinds.getCheckModel().check(k));
            }
            if (!Set.copyOf(countries.getCheckModel().getCheckedItems()).equals(state.countries())) {
                countries.getCheckModel().clearChecks();
                state.countries().forEach(c -> countries.getCheckModel().check(c));
            }
            cellConditions.setVisible(state.hasCellConditions());
            cellConditions.setText(state.describeCellConditions() + "  ✕");
            cellConditions.getTooltip().setText("Set from a table cell's menu: " + state.describeCellConditions()
                    + ". Click to remove these conditions.");
            from.setText(TimeText.format(state.fromMillis(), zone.get()));
            to.setText(TimeText.format(state.toMillis(), zone.get()));
        } finally {
            following = false;
        }
    }
}

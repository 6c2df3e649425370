package org.trapscope.ui.filter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trapscope.store.EventKind;

/**
 * What the filter bar asks for. Empty fields and sets mean "no restriction"; the time range is
 * half-open, {@code [fromMillis, toMillis)}, and {@link Long#MIN_VALUE}/{@link Long#MAX_VALUE} mean
 * open-ended.
 *
 * @param phrase    text that subjects, headers, user names, senders or targets must contain
 * @param campaign  whether the phrase selects every event of the hosts that sent it (workflow W1)
 * @param addresses IP addresses or CIDR ranges separated by commas or spaces
 * @param countries ISO country codes of the hosts
 * @param spamtraps whether the target or user name must (not) be a spamtrap
 * @param kinds     event kinds to keep
 * @param excludedAddresses IP addresses or CIDR ranges whose events are left out
 * @param values    exact values (user name, address, subject ...) of which the event must name one
 * @param excludedValues    exact values whose events are left out
 * @param excludedCountries country codes whose hosts' events are left out
 */
public record FilterState(String phrase, boolean campaign, String addresses, Set<String> countries, TrapMembership spamtraps,
                          Set<EventKind> kinds, long fromMillis, long toMillis,
                          Set<String> excludedAddresses, Set<String> values, Set<String> excludedValues,
                          Set<String> excludedCountries) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public static final FilterState NONE = new FilterState("", false, "", Set.of(), TrapMembership.ANY, Set.of(),
            Long.MIN_VALUE, Long.MAX_VALUE, Set.of(), Set.of(), Set.of(), Set.of());

    public FilterState {
        phrase = phrase.strip();
        addresses = addresses.strip();
        countries = Set.copyOf(countries);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        excludedAddresses = Set.copyOf(excludedAddresses);
        values = Set.copyOf(values);
        excludedValues = Set.copyOf(excludedValues);
        excludedCountries = Set.copyOf(excludedCountries);
    }

    /** No restriction at all; the campaign switch means nothing without a phrase. */
    public boolean isEmpty() {
        return withCampaign(false).equals(NONE);
    }

    public boolean hasTimeRange() {
        return fromMillis != Long.MIN_VALUE || toMillis != Long.MAX_VALUE;
    }

    /** The addresses field split into its IPs and CIDR ranges. */
    public List<String> addressList() {
        List<String> list = new ArrayList<>();
        for (String part : addresses.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                list.add(part);
            }
        }
        return list;
    }

    public FilterState withPhrase(String value) {
        return new FilterState(value, campaign, addresses, countries, spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses, values, excludedValues, excludedCountries);
    }

    public FilterState withCampaign(boolean value) {
        return new FilterState(phrase, value, addresses, countries, spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses, values, excludedValues, excludedCountries);
    }

    public FilterState withAddresses(String value) {
        return new FilterState(phrase, campaign, value, countries, spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses, values, excludedValues, excludedCountries);
    }

    public FilterState withCountries(Set<String> value) {
        return new FilterState(phrase, campaign, addresses, value, spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses, values, excludedValues, excludedCountries);
    }

    public FilterState withSpamtraps(TrapMembership value) {
        return new FilterState(phrase, campaign, addresses, countries, value, kinds, fromMillis, toMillis,
                excludedAddresses, values, excludedValues, excludedCountries);
    }

    public FilterState withKinds(Set<EventKind> value) {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, value, fromMillis, toMillis,
                excludedAddresses, values, excludedValues, excludedCountries);
    }

    public FilterState withTimeRange(long from, long to) {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, kinds, from, to,
                excludedAddresses, values, excludedValues, excludedCountries);
    }

    /** Leaves out the events of this address. */
    public FilterState excludingAddress(String value) {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, kinds, fromMillis, toMillis,
                plus(excludedAddresses, value), values, excludedValues, excludedCountries);
    }

    /** Only the events of hosts in this country; a country left out before is let in again. */
    public FilterState withCountry(String code) {
        return new FilterState(phrase, campaign, addresses, Set.of(code), spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses, values, excludedValues, minus(excludedCountries, code));
    }

    /** Leaves out the events of hosts in this country, which is no longer one of those asked for. */
    public FilterState excludingCountry(String code) {
        return new FilterState(phrase, campaign, addresses, minus(countries, code), spamtraps, kinds, fromMillis,
                toMillis, excludedAddresses, values, excludedValues, plus(excludedCountries, code));
    }

    /** Only the events that name exactly this value; a value left out before is let in again. */
    public FilterState withValue(String value) {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses, Set.of(value), minus(excludedValues, value), excludedCountries);
    }

    /** Leaves out the events that name exactly this value, which is no longer one of those asked for. */
    public FilterState excludingValue(String value) {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses, minus(values, value), plus(excludedValues, value), excludedCountries);
    }

    /** Whether conditions set from a table cell's menu are in force, which no field of the filter bar shows. */
    public boolean hasCellConditions() {
        return !withoutCellConditions().equals(this);
    }

    /** This filter without the exact values and the exclusions set from table cells. */
    public FilterState withoutCellConditions() {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, kinds, fromMillis, toMillis,
                Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The conditions of {@link #hasCellConditions()}, e.g. {@code value "root" · not country CN}. */
    public String describeCellConditions() {
        return String.join(" · ", cellConditionParts());
    }

    private List<String> cellConditionParts() {
        List<String> parts = new ArrayList<>();
        if (!values.isEmpty()) {
            parts.add("value " + quoted(values));
        }
        if (!excludedAddresses.isEmpty()) {
            parts.add("not host " + String.join(",", new TreeSet<>(excludedAddresses)));
        }
        if (!excludedValues.isEmpty()) {
            parts.add("not " + quoted(excludedValues));
        }
        if (!excludedCountries.isEmpty()) {
            parts.add("not country " + String.join(",", new TreeSet<>(excludedCountries)));
        }
        return parts;
    }

    private static String quoted(Set<String> texts) {
        return new TreeSet<>(texts).stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
    }

    private static Set<String> plus(Set<String> set, String value) {
        Set<String> more = new HashSet<>(set);
        more.add(value);
        return more;
    }

    private static Set<String> minus(Set<String> set, String value) {
        Set<String> fewer = new HashSet<>(set);
        fewer.remove(value);
        return fewer;
    }

    /** One line for the status bar, e.g. {@code phrase "big troubles" · host 1.2.3.4 · spamtraps yes}. */
    public String describe(ZoneId zone) {
        List<String> parts = new ArrayList<>();
        if (!phrase.isEmpty()) {
            parts.add((campaign ? "campaign of \"" : "phrase \"") + phrase + "\"");
        }
        if (!addresses.isEmpty()) {
            parts.add("host " + addresses);
        }
        if (!countries.isEmpty()) {
            parts.add("country " + countries.stream().sorted().collect(Collectors.joining(",")));
        }
        if (spamtraps != TrapMembership.ANY) {
            parts.add("spamtraps " + spamtraps);
        }
        if (!kinds.isEmpty()) {
            parts.add("kinds " + kinds.stream().map(EventKind::label).sorted().collect(Collectors.joining(",")));
        }
        parts.addAll(cellConditionParts());
        if (hasTimeRange()) {
            parts.add(time(fromMillis, zone, "…") + " – " + time(toMillis, zone, "…"));
        }
        return parts.isEmpty() ? "no filter" : String.join(" · ", parts);
    }

    private static String time(long millis, ZoneId zone, String open) {
        return millis == Long.MIN_VALUE || millis == Long.MAX_VALUE ? open
                : SHOWN.format(Instant.ofEpochMilli(millis).atZone(zone));
    }
}

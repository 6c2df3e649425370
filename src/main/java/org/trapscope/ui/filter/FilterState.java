package org.trapscope.ui.filter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 */
public record FilterState(String phrase, boolean campaign, String addresses, Set<String> countries, TrapMembership spamtraps,
                          Set<EventKind> kinds, long fromMillis, long toMillis,
                          Set<String> excludedAddresses) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public static final FilterState NONE = new FilterState("", false, "", Set.of(), TrapMembership.ANY, Set.of(),
            Long.MIN_VALUE, Long.MAX_VALUE, Set.of());

    public FilterState {
        phrase = phrase.strip();
        addresses = addresses.strip();
        countries = Set.copyOf(countries);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        excludedAddresses = Set.copyOf(excludedAddresses);
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
        return new FilterState(value, campaign, addresses, countries, spamtraps, kinds, fromMillis, toMillis, excludedAddresses);
    }

    public FilterState withCampaign(boolean value) {
        return new FilterState(phrase, value, addresses, countries, spamtraps, kinds, fromMillis, toMillis,
                excludedAddresses);
    }

    public FilterState withAddresses(String value) {
        return new FilterState(phrase, campaign, value, countries, spamtraps, kinds, fromMillis, toMillis, excludedAddresses);
    }

    public FilterState withCountries(Set<String> value) {
        return new FilterState(phrase, campaign, addresses, value, spamtraps, kinds, fromMillis, toMillis, excludedAddresses);
    }

    public FilterState withSpamtraps(TrapMembership value) {
        return new FilterState(phrase, campaign, addresses, countries, value, kinds, fromMillis, toMillis, excludedAddresses);
    }

    public FilterState withKinds(Set<EventKind> value) {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, value, fromMillis, toMillis, excludedAddresses);
    }

    public FilterState withTimeRange(long from, long to) {
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, kinds, from, to, excludedAddresses);
    }

    /** Leaves out the events of this address. */
    public FilterState excludingAddress(String value) {
        Set<String> more = new java.util.HashSet<>(excludedAddresses);
        more.add(value);
        return new FilterState(phrase, campaign, addresses, countries, spamtraps, kinds, fromMillis, toMillis, more);
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
        if (!excludedAddresses.isEmpty()) {
            parts.add("not host " + excludedAddresses.stream().sorted().collect(Collectors.joining(",")));
        }
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

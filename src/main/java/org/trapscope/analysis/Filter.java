package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.trapscope.store.EventKind;

/**
 * Which events a view shows. All conditions must hold; a list condition holds when any of its
 * entries does; an empty list or {@code ANY} is no condition. Immutable: the command line and the
 * workbench build one with {@link #builder()} and hand it to {@link FilterEngine#select}.
 *
 * @param phrases            message text, envelope address or user name contains one of these,
 *                           ignoring case; other lines are searched in their raw text
 * @param campaignPhrases    every event of each host that sent a line containing one of these
 * @param ipRanges           the event's address is in one of these addresses or blocks
 * @param countries          the host's country (from enrichment) is one of these codes
 * @param inSpamtraps        condition on the event's target address or user name
 * @param sinceMillis        first instant, inclusive ({@link Long#MIN_VALUE}: open)
 * @param untilMillis        last instant, exclusive ({@link Long#MAX_VALUE}: open)
 * @param kinds              the event is of one of these kinds
 * @param programs           the syslog program (tag) is one of these, ignoring case
 * @param excludeBlacklisted drop events of spamd sessions that were on a blocklist at connect
 * @param grep               a regular expression found in the raw log line, or null
 * @param values             the event's user name, envelope sender or recipient, or header or body
 *                           text is exactly one of these, ignoring case; addresses also match by
 *                           their bare address ({@code <A@b.net>} is {@code a@b.net})
 * @param excludedValues     leave out the events that name one of these, compared as {@code values}
 * @param excludedCountries  leave out the events of hosts in these countries; hosts of unknown
 *                           country and events without an address stay
 */
public record Filter(List<String> phrases, List<String> campaignPhrases, List<IpRange> ipRanges,
                     List<String> countries, SpamtrapCondition inSpamtraps, long sinceMillis, long untilMillis,
                     Set<EventKind> kinds, List<String> programs, boolean excludeBlacklisted, String grep,
                     List<String> values, List<String> excludedValues, List<String> excludedCountries) {

    /** Every event. */
    public static final Filter NONE = builder().build();

    public Filter {
        phrases = List.copyOf(phrases);
        campaignPhrases = List.copyOf(campaignPhrases);
        ipRanges = List.copyOf(ipRanges);
        countries = countryCodes(countries);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        programs = List.copyOf(programs);
        values = List.copyOf(values);
        excludedValues = List.copyOf(excludedValues);
        excludedCountries = countryCodes(excludedCountries);
        if (sinceMillis > untilMillis) {
            throw new IllegalArgumentException("the time range ends before it starts");
        }
        if (grep != null) {
            try {
                Pattern.compile(grep);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad --grep expression: " + e.getDescription());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private static List<String> countryCodes(List<String> codes) {
        return codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /** A builder starting from this filter, for changing one condition. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.phrases.addAll(phrases);
        b.campaignPhrases.addAll(campaignPhrases);
        b.ipRanges.addAll(ipRanges);
        b.countries.addAll(countries);
        b.inSpamtraps = inSpamtraps;
        b.since = sinceMillis;
        b.until = untilMillis;
        b.kinds.addAll(kinds);
        b.programs.addAll(programs);
        b.excludeBlacklisted = excludeBlacklisted;
        b.grep = grep;
        b.values.addAll(values);
        b.excludedValues.addAll(excludedValues);
        b.excludedCountries.addAll(excludedCountries);
        return b;
    }

    /** Whether conditions that need the raw log line are present. */
    public boolean needsRawLines() {
        return grep != null || !phrases.isEmpty() || !campaignPhrases.isEmpty();
    }

    public static final class Builder {
        private final List<String> phrases = new ArrayList<>();
        private final List<String> campaignPhrases = new ArrayList<>();
        private final List<IpRange> ipRanges = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private SpamtrapCondition inSpamtraps = SpamtrapCondition.ANY;
        private long since = Long.MIN_VALUE;
        private long until = Long.MAX_VALUE;
        private final Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        private final List<String> programs = new ArrayList<>();
        private boolean excludeBlacklisted;
        private String grep;
        private final List<String> values = new ArrayList<>();
        private final List<String> excludedValues = new ArrayList<>();
        private final List<String> excludedCountries = new ArrayList<>();

        private Builder() {
        }

        public Builder phrase(String text) {
            phrases.add(requireText(text, "phrase"));
            return this;
        }

        public Builder campaign(String text) {
            campaignPhrases.add(requireText(text, "campaign"));
            return this;
        }

        public Builder ip(IpRange range) {
            ipRanges.add(range);
            return this;
        }

        public Builder country(String code) {
            countries.add(code);
            return this;
        }

        public Builder inSpamtraps(SpamtrapCondition condition) {
            inSpamtraps = condition;
            return this;
        }

        /** Events at or after this instant. */
        public Builder since(long epochMillis) {
            since = epochMillis;
            return this;
        }

        /** Events before this instant. */
        public Builder until(long epochMillis) {
            until = epochMillis;
            return this;
        }

        public Builder kind(EventKind kind) {
            kinds.add(kind);
            return this;
        }

        public Builder program(String name) {
            programs.add(requireText(name, "program"));
            return this;
        }

        public Builder excludeBlacklisted(boolean exclude) {
            excludeBlacklisted = exclude;
            return this;
        }

        public Builder grep(String regex) {
            grep = regex;
            return this;
        }

        /** Events that name exactly this value (user name, address, subject ...), ignoring case. */
        public Builder value(String text) {
            values.add(requireValue(text));
            return this;
        }

        /** Leaves out the events that name exactly this value, ignoring case. */
        public Builder excludeValue(String text) {
            excludedValues.add(requireValue(text));
            return this;
        }

        /** Leaves out the events of hosts in this country. */
        public Builder excludeCountry(String code) {
            excludedCountries.add(code);
            return this;
        }

        public Filter build() {
            return new Filter(phrases, campaignPhrases, ipRanges, countries, inSpamtraps, since, until, kinds,
                    programs, excludeBlacklisted, grep, values, excludedValues, excludedCountries);
        }

        private static String requireValue(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an empty value names no event; leave it out instead");
            }
            return text;
        }

        private static String requireText(String text, String what) {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("an empty " + what + " matches everything; leave it out instead");
            }
            return text;
        }
    }
}

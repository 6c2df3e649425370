package org.trapscope.ui.selection;

import java.util.ArrayList;
import java.util.List;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.IpRange;
import org.trapscope.analysis.SpamtrapCondition;
import org.trapscope.ui.filter.FilterState;

/** The filter bar's state as the analysis engine's {@link Filter}. */
final class FilterTranslation {
    private FilterTranslation() {
    }

    static Filter toFilter(FilterState state) {
        Filter.Builder filter = Filter.builder();
        if (!state.phrase().isEmpty() && state.campaign()) {
            filter.campaign(state.phrase());
        } else if (!state.phrase().isEmpty()) {
            filter.phrase(state.phrase());
        }
        List<IpRange> include = new ArrayList<>();
        for (String address : state.addressList()) {
            include.add(IpRange.parse(address));
        }
        List<IpRange> exclude = new ArrayList<>();
        for (String address : state.excludedAddresses()) {
            exclude.add(IpRange.parse(address));
        }
        List<IpRange> ranges = exclude.isEmpty() ? include : AddressExclusion.subtract(include, exclude);
        if (!exclude.isEmpty() && ranges.isEmpty()) {
            throw new IllegalArgumentException("the excluded hosts leave no address to show");
        }
        ranges.forEach(filter::ip);
        state.countries().forEach(filter::country);
        state.excludedCountries().forEach(filter::excludeCountry);
        state.values().forEach(filter::value);
        state.excludedValues().forEach(filter::excludeValue);
        filter.inSpamtraps(SpamtrapCondition.valueOf(state.spamtraps().name()));
        filter.since(state.fromMillis());
        filter.until(state.toMillis());
        state.kinds().forEach(filter::kind);
        return filter.build();
    }
}

package org.trapscope.analysis;

import java.util.function.IntFunction;

/** Test host data: a country per address id from a rule, nothing else known. */
public final class CountryOnlyHosts implements HostAttributes {
    private final IntFunction<String> countryOfIp;

    public CountryOnlyHosts(IntFunction<String> countryOfIp) {
        this.countryOfIp = countryOfIp;
    }

    @Override
    public String country(int ipId) {
        return countryOfIp.apply(ipId);
    }

    @Override
    public String network(int ipId) {
        return "";
    }

    @Override
    public String netname(int ipId) {
        return "";
    }

    @Override
    public String asOrg(int ipId) {
        return "";
    }

    @Override
    public long asn(int ipId) {
        return -1;
    }
}

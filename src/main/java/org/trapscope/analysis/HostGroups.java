package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The hosts numbered by the network (or autonomous system) they are in: per address id its group,
 * and each group's key as the networks report shows it. Worked out once per set of host data, so
 * that a networks report of two million hosts reads an array instead of hashing each host's key.
 *
 * @param groupOf per address id, its group number into {@code keys}
 * @param keys    the text of each group: a CIDR block, {@code AS64496}, or "" for unknown hosts
 */
public record HostGroups(int[] groupOf, List<String> keys) {

    /** Groups the address ids below {@code ipCount} by the key this function gives each. */
    static HostGroups of(int ipCount, IntFunction<String> keyOfIp) {
        int[] groupOf = new int[ipCount];
        List<String> keys = new ArrayList<>();
        Map<String, Integer> groupOfKey = new HashMap<>();
        for (int ip = 0; ip < ipCount; ip++) {
            String key = keyOfIp.apply(ip);
            Integer group = groupOfKey.get(key);
            if (group == null) {
                group = keys.size();
                groupOfKey.put(key, group);
                keys.add(key);
            }
            groupOf[ip] = group;
        }
        return new HostGroups(groupOf, List.copyOf(keys));
    }

    /** The key a host is grouped by: its network, or its AS as {@code AS64496}. */
    static String keyOf(HostAttributes hosts, int ip, boolean byAs) {
        if (!byAs) {
            return hosts.network(ip);
        }
        long asn = hosts.asn(ip);
        return asn < 0 ? "" : "AS" + asn;
    }
}

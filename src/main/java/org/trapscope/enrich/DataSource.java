package org.trapscope.enrich;

import java.time.LocalDate;

/**
 * Where a value came from: a source name the user recognises ("bundled ip-location-db",
 * "GeoLite2-ASN", "delegated-ripencc-extended-20261201", "RDAP rdap.db.ripe.net") and the date
 * of its data (build date of a database, date of a statistics file, day of an online answer).
 *
 * @param dataDate null when the source does not say
 */
public record DataSource(String name, LocalDate dataDate) {
    @Override
    public String toString() {
        return dataDate == null ? name : name + " " + dataDate;
    }
}

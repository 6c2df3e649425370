package org.trapscope.enrich;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable field → source map of an {@link Enrichment}: an array indexed by field, because
 * a bulk run makes one per address and an EnumMap copy costs more than the lookup itself.
 */
final class ProvenanceMap extends AbstractMap<Enrichment.Field, DataSource> {
    private static final Enrichment.Field[] FIELDS = Enrichment.Field.values();

    private final DataSource[] sources;
    private final int size;

    /** Takes the array as it is: the caller hands it over and no longer changes it. */
    ProvenanceMap(DataSource[] sources) {
        this.sources = sources;
        int count = 0;
        for (DataSource source : sources) {
            count += source != null ? 1 : 0;
        }
        this.size = count;
    }

    static ProvenanceMap copyOf(Map<Enrichment.Field, DataSource> map) {
        if (map instanceof ProvenanceMap already) {
            return already;
        }
        DataSource[] sources = new DataSource[FIELDS.length];
        map.forEach((field, source) -> sources[field.ordinal()] = source);
        return new ProvenanceMap(sources);
    }

    @Override
    public DataSource get(Object key) {
        return key instanceof Enrichment.Field field ? sources[field.ordinal()] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<Enrichment.Field, DataSource>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Enrichment.Field, DataSource>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < sources.length && sources[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < sources.length;
                    }

                    @Override
                    public Entry<Enrichment.Field, DataSource> next() {
                        if (next >= sources.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<Enrichment.Field, DataSource> entry = Map.entry(FIELDS[next], sources[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}

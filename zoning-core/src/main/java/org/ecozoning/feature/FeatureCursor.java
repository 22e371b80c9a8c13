package org.ecozoning.feature;

import java.util.Iterator;

/**
 * Features read one at a time, so that outputs stream in flat memory; close it to release the
 * underlying resource (e.g. a database cursor). Use in try-with-resources.
 */
public interface FeatureCursor extends Iterator<Feature>, AutoCloseable {
    @Override
    void close();

    /** A cursor over an iterator that holds no resource. */
    static FeatureCursor of(Iterator<Feature> it) {
        return new FeatureCursor() {
            @Override public boolean hasNext() { return it.hasNext(); }
            @Override public Feature next() { return it.next(); }
            @Override public void close() { }
        };
    }
}

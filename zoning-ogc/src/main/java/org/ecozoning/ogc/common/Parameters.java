package org.ecozoning.ogc.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, order-preserving multimap whose names are compared case-insensitively. It holds the
 * query parameters of a request (OGC KVP keys are case-insensitive: {@code REQUEST} = {@code request})
 * and HTTP headers. Values keep their case and their order of arrival.
 */
public final class Parameters {

    private static final Parameters EMPTY = new Parameters(new LinkedHashMap<>(), new LinkedHashMap<>());

    /** Lower-cased name to values. */
    private final Map<String, List<String>> values;
    /** Lower-cased name to the spelling first seen. */
    private final Map<String, String> spellings;

    private Parameters(Map<String, List<String>> values, Map<String, String> spellings) {
        this.values = values;
        this.spellings = spellings;
    }

    /** @return the empty multimap */
    public static Parameters empty() {
        return EMPTY;
    }

    /** @return a builder for a new multimap */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a multimap from name/value pairs: {@code Parameters.of("SERVICE", "WMS", "VERSION", "1.3.0")}.
     *
     * @param namesAndValues an even number of strings
     * @return the multimap
     */
    public static Parameters of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Builder b = builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }

    private static String key(String name) {
        return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    }

    /**
     * @param name the name, in any case
     * @return the first value of that name, if any
     */
    public Optional<String> first(String name) {
        List<String> list = values.get(key(name));
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /**
     * @param name the name, in any case
     * @return all values of that name in arrival order, possibly empty
     */
    public List<String> all(String name) {
        return values.getOrDefault(key(name), List.of());
    }

    /**
     * @param name the name, in any case
     * @return whether the name occurs (possibly with an empty value)
     */
    public boolean contains(String name) {
        return values.containsKey(key(name));
    }

    /** @return the distinct names, spelled as first received, in arrival order */
    public Set<String> names() {
        return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(spellings.values()));
    }

    /** @return the number of distinct names */
    public int size() {
        return values.size();
    }

    /** @return whether there is no name */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** @return a builder initialised with these entries, to derive a modified copy */
    public Builder toBuilder() {
        Builder b = builder();
        values.forEach((k, list) -> list.forEach(v -> b.add(spellings.get(k), v)));
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(spellings.get(k)).append('=').append(v));
        return sb.append('}').toString();
    }

    /** Collects entries for a {@link Parameters}; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, String> spellings = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Appends a value.
         *
         * @param name  the name, in any case
         * @param value the value (not null; may be empty)
         * @return this builder
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(value, "value");
            String k = key(name);
            spellings.putIfAbsent(k, name);
            values.computeIfAbsent(k, x -> new ArrayList<>(1)).add(value);
            return this;
        }

        /**
         * Replaces all values of a name with one value.
         *
         * @param name  the name, in any case
         * @param value the value
         * @return this builder
         */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes a name and its values.
         *
         * @param name the name, in any case
         * @return this builder
         */
        public Builder remove(String name) {
            String k = key(name);
            values.remove(k);
            spellings.remove(k);
            return this;
        }

        /** @return the immutable multimap */
        public Parameters build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Parameters(copy, new LinkedHashMap<>(spellings));
        }
    }
}

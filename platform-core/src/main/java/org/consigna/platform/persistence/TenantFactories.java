package org.consigna.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One EntityManagerFactory per tenant schema, the most recently used ones kept open.
 *
 * <p>A factory's tables are qualified with its schema once, when it starts ({@link PersistenceConventions}),
 * so EclipseLink prepares descriptors and queries once per tenant, not per EntityManager, and no
 * EntityManager can reach another schema. Factories are opened on first use (outside the pool's
 * lock, so one slow opening holds up only its own tenant) and, past {@code capacity}, the least
 * recently used is retired: it is closed as soon as the last EntityManager taken from it is done.
 */
final class TenantFactories implements AutoCloseable {

    /** A factory lent out for one EntityManager; give it back with {@link #close()}. */
    interface Lease extends AutoCloseable {
        EntityManagerFactory factory();

        @Override
        void close();
    }

    private final int capacity;
    private final Function<String, EntityManagerFactory> opener;
    /** Access-ordered: the eldest entry is the least recently used. Guarded by {@code this}. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private boolean closed;
    private long retiredCount; // guarded by this

    TenantFactories(int capacity, Function<String, EntityManagerFactory> opener) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.opener = opener;
    }

    Lease acquire(String schema) {
        Entry entry;
        List<Entry> retired;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("The persistence layer is shutting down");
            }
            entry = entries.computeIfAbsent(schema, Entry::new);
            entry.leases++;
            retired = retireBeyondCapacity();
        }
        closeAll(retired);
        try {
            EntityManagerFactory factory = entry.open();
            return new Lease() {
                private boolean returned;

                @Override
                public EntityManagerFactory factory() {
                    return factory;
                }

                @Override
                public void close() {
                    if (!returned) {
                        returned = true;
                        release(entry);
                    }
                }
            };
        } catch (RuntimeException | Error failure) {
            synchronized (this) {
                // Forget it, so the next request tries again; a thread that opened it meanwhile closes it when done.
                if (entries.remove(schema, entry)) {
                    entry.retired = true;
                }
            }
            release(entry);
            throw failure;
        }
    }

    /** Schemas with an open factory, least recently used first. */
    synchronized List<String> open() {
        return List.copyOf(entries.keySet());
    }

    /** How many factories were retired to stay within capacity since start-up. */
    synchronized long retired() {
        return retiredCount;
    }

    private List<Entry> retireBeyondCapacity() {
        List<Entry> closable = new ArrayList<>();
        Iterator<Map.Entry<String, Entry>> eldestFirst = entries.entrySet().iterator();
        while (entries.size() > capacity && eldestFirst.hasNext()) {
            Entry eldest = eldestFirst.next().getValue();
            eldestFirst.remove();
            eldest.retired = true;
            retiredCount++;
            if (eldest.leases == 0) {
                closable.add(eldest);
            }
        }
        return closable;
    }

    private void release(Entry entry) {
        boolean closeNow;
        synchronized (this) {
            entry.leases--;
            closeNow = entry.retired && entry.leases == 0;
        }
        if (closeNow) {
            entry.close();
        }
    }

    @Override
    public void close() {
        List<Entry> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(entries.values());
            entries.clear();
        }
        closeAll(all);
    }

    private static void closeAll(List<Entry> entries) {
        entries.forEach(Entry::close);
    }

    private final class Entry {
        private final String schema;
        private EntityManagerFactory factory; // guarded by the entry
        private int leases; // guarded by the pool
        private boolean retired; // guarded by the pool

        Entry(String schema) {
            this.schema = schema;
        }

        synchronized EntityManagerFactory open() {
            if (factory == null) {
                factory = opener.apply(schema);
            }
            return factory;
        }

        synchronized void close() {
            if (factory != null && factory.isOpen()) {
                factory.close();
            }
        }
    }
}

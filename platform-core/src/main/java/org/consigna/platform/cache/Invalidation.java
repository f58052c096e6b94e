package org.consigna.platform.cache;

import java.io.Serializable;

/**
 * What a committed change invalidates: one key of a named cache, or the whole cache when {@code key}
 * is null. Sent to the other nodes as a clustered CDI event, so it is serializable and carries only
 * names and keys, never cached values.
 */
public record Invalidation(String cache, String key) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Invalidation all(String cache) {
        return new Invalidation(cache, null);
    }
}

package org.consigna.facilitystock.domain.refill;

import java.util.UUID;

/**
 * One item of a suggested refill: what to bring to reach par again and replace what expires soon.
 * {@code suggested = max(0, par - onHand + expiring)}, shown with its terms.
 *
 * @param expiring units at the facility expiring within 30 days (they will have to go)
 */
public record RefillLine(UUID itemId, int par, int onHand, int expiring, int suggested) {

    /** The line for an item, or one suggesting 0 when the level is fine and nothing expires. */
    public static RefillLine of(UUID itemId, int par, int onHand, int expiring) {
        return new RefillLine(itemId, par, onHand, expiring, Math.max(0, par - onHand + expiring));
    }

    /** The arithmetic in words: {@code "par 5 - on hand 2 + expiring 1 = 4"}. */
    public String arithmetic() {
        String sum = "par " + par + " - on hand " + onHand + " + expiring " + expiring;
        int raw = par - onHand + expiring;
        return sum + " = " + raw + (raw < 0 ? ", so 0" : "");
    }

    public boolean needed() {
        return suggested > 0;
    }
}

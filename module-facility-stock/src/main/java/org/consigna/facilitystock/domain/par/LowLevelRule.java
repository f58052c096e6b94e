package org.consigna.facilitystock.domain.par;

/**
 * When a low-level alert is raised: the level fell below par and no alert is outstanding for it. Once raised it
 * stays outstanding (no second alert) until the level is at par again or the par level goes away; then it recovers.
 */
public final class LowLevelRule {

    /** What to do with the alerts of one facility and item after its level changed. */
    public enum Outcome {
        RAISE, RECOVER, NOTHING
    }

    private LowLevelRule() {
    }

    /**
     * @param par         the par level, null when none is set
     * @param onHand      facility stock of the item at the facility now
     * @param outstanding whether an alert is outstanding (raised and not recovered)
     */
    public static Outcome evaluate(Integer par, long onHand, boolean outstanding) {
        boolean below = par != null && onHand < par;
        if (below) {
            return outstanding ? Outcome.NOTHING : Outcome.RAISE;
        }
        return outstanding ? Outcome.RECOVER : Outcome.NOTHING;
    }
}

package org.consigna.inventory.domain.device;

import org.consigna.inventory.domain.Wire;
import org.consigna.platform.problem.ProblemException;

/** Why a quantity is corrected; found adds, lost and damaged take away, a count correction goes either way. */
public enum AdjustmentReason {
    FOUND, LOST, DAMAGED, COUNT_CORRECTION;

    public void check(int delta) {
        boolean fits = switch (this) {
            case FOUND -> delta > 0;
            case LOST, DAMAGED -> delta < 0;
            case COUNT_CORRECTION -> delta != 0;
        };
        if (!fits) {
            throw ProblemException.badRequest("invalid-adjustment", "An adjustment for reason '" + Wire.of(this) + "' "
                    + (this == FOUND ? "adds units (delta above 0)" : this == COUNT_CORRECTION ? "changes the quantity"
                    : "takes units away (delta below 0)") + "; got " + delta);
        }
    }
}

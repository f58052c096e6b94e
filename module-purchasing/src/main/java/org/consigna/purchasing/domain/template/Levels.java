package org.consigna.purchasing.domain.template;

import org.consigna.platform.problem.ProblemException;

/** A minimum and a base level: below the minimum, replenishment orders back up to the base. */
public record Levels(int min, int base) {

    public static final int MAX = 1_000_000;

    public Levels {
        if (min < 0 || base < min || base > MAX) {
            throw ProblemException.badRequest("invalid-levels", "Levels need 0 <= min <= base <= " + MAX + "; got min " + min
                    + ", base " + base);
        }
    }
}

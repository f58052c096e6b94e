package org.consigna.inventory.domain.udi;

/**
 * A scanned string is not a well-formed GS1 element string.
 *
 * <p>Unchecked because scan input is validated at the edge and a bad scan is a user-facing
 * message, not something callers can recover from in code.
 */
public class Gs1ParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    public Gs1ParseException(String problem, int position) {
        super(problem + " at position " + position);
        this.position = position;
    }

    /** 0-based offset into the original raw input (symbology identifier included). */
    public int position() {
        return position;
    }
}

package org.consigna.events.api;

/** A behaviour's answer to "may this device join this event": yes, or no with a reason a user can read. */
public record Eligibility(boolean eligible, String reason) {

    private static final Eligibility OK = new Eligibility(true, null);

    public static Eligibility ok() {
        return OK;
    }

    public static Eligibility refused(String reason) {
        return new Eligibility(false, reason);
    }
}

package org.consigna.tenant.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import org.consigna.platform.problem.ProblemException;

/** What a tenant admin configures for the whole tenant; other modules read it through the api package. */
public record TenantSettings(String displayName, String timeZone, String currency) {

    public static final String DEFAULT_TIME_ZONE = "UTC";
    public static final String DEFAULT_CURRENCY = "USD";

    public TenantSettings {
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
        currency = currency == null ? DEFAULT_CURRENCY : currency;
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("invalid-time-zone", "'" + timeZone + "' is not a time zone id such as Europe/Berlin");
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-currency", "'" + currency + "' is not an ISO 4217 currency code such as EUR");
        }
    }
}

package org.consigna.billing.interfaces.rest.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.consigna.billing.application.reminder.BillingClock;
import org.consigna.billing.application.reminder.PoReminderSchedule;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's test clock for PO reminders and links: move billing's time, run the reminder sweep now. Answers 404
 * unless {@code consigna.billing.test-clock} is on (the integration tests); never reachable by tenant users.
 */
@Path("platform/billing")
@RolesAllowed(TenantRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingClockResource {

    @Inject
    BillingClock clock;

    @Inject
    PoReminderSchedule schedule;

    public record ClockSetting(@NotNull Instant at) {
    }

    public record SweepResult(Instant at, int claimed) {
    }

    @Operation(summary = "Set billing's test clock (integration tests only)")
    @PUT
    @Path("clock")
    public ClockSetting set(@NotNull @Valid ClockSetting setting) {
        return new ClockSetting(clock.set(setting.at()));
    }

    @Operation(summary = "Run the PO reminder sweep now at the test clock's time (integration tests only)")
    @POST
    @Path("po-reminders/sweeps")
    public SweepResult sweep() {
        clock.requireTestClock();
        Instant at = clock.now();
        return new SweepResult(at, schedule.sweep(at));
    }
}

package org.consigna.billing.interfaces.rest.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.consigna.billing.application.close.BillingAccess;
import org.consigna.billing.application.reminder.PoReminders;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The per-facility switch of PO reminders: every member reads it, admins set it. */
@Path("t/{tenant}/billing/facilities/{facilityId}/po-reminders")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoReminderResource {

    @Inject
    PoReminders reminders;

    @Inject
    BillingAccess access;

    public record ReminderSwitch(@NotNull Boolean enabled) {
    }

    @Operation(summary = "Show whether the facility's billing contact gets PO reminders")
    @GET
    public ReminderSwitch show(@PathParam("facilityId") UUID facilityId) {
        return new ReminderSwitch(reminders.enabled(facilityId));
    }

    @Operation(summary = "Turn the facility's PO reminders on or off")
    @PUT
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public ReminderSwitch set(@PathParam("facilityId") UUID facilityId, @NotNull @Valid ReminderSwitch request) {
        return new ReminderSwitch(reminders.setEnabled(facilityId, request.enabled(), access.actorId()));
    }
}

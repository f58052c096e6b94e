package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consigna.inventory.application.LedgerVerification;
import org.consigna.inventory.domain.ledger.LedgerFold;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The ledger check for admins: replays the tenant's whole ledger and reports every way in which
 * stored devices and balances differ from it (the first 100 listed, all counted).
 */
@Path("t/{tenant}/inventory/ledger")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    LedgerVerification verification;

    public record VerificationView(boolean consistent, long entries, long devices, long balances, long differenceCount,
                                   java.util.List<LedgerFold.Difference> differences) {
    }

    @Operation(summary = "Check the ledger against the device balances")
    @GET
    @Path("verify")
    public VerificationView verify() {
        LedgerFold.Verification v = verification.verify();
        return new VerificationView(v.consistent(), v.entries(), v.devices(), v.balances(), v.differenceCount(), v.differences());
    }
}

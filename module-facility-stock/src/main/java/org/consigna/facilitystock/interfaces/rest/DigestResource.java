package org.consigna.facilitystock.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.facilitystock.application.ExpiryService;
import org.consigna.facilitystock.application.StockAccess;
import org.consigna.facilitystock.domain.expiry.ExpiryBand;
import org.consigna.facilitystock.domain.expiry.ExpiryDigest;
import org.consigna.facilitystock.interfaces.rest.StockViews.Expiring;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.consigna.platform.input.QueryParameters;

/**
 * Daily expiry digests: one row per custodian holding stock that expires within 90 days and one for the admins
 * (everyone's stock). A scheduled task writes each day's at 05:00 UTC; {@code POST .../today} writes today's now if
 * missing (idempotent). Admins read every row of a day, others their own.
 */
@Path("t/{tenant}/facility-stock/expiry-digests")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

    @Inject
    ExpiryService expiry;

    @Inject
    StockAccess access;

    @Inject
    OneTransaction tx;

    /** Devices and units per band; {@code custodianId} null on the admins' row. */
    public record DigestView(UUID id, LocalDate date, String audience, UUID custodianId, String custodianKind,
                             Expiring devices, Expiring units, Instant createdAt) {

        static DigestView of(ExpiryDigest d) {
            var c = d.counts();
            return new DigestView(d.id(), d.digestDate(), d.audience(), d.custodianId(), d.custodianKind(),
                    new Expiring(c.devices(ExpiryBand.DAYS_30),
                            c.devices(ExpiryBand.DAYS_60),
                            c.devices(ExpiryBand.DAYS_90)),
                    Expiring.of(c), d.createdAt());
        }
    }

    @Operation(summary = "List a day's expiry digests (today by default)")
    @GET
    public List<DigestView> day(@QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? FacilityStockResource.today() : QueryParameters.date("date", date);
        return tx.run(() -> visible(expiry.digests(day)));
    }

    @Operation(summary = "Produce today's expiry digests unless they exist, and list them")
    @POST
    @Path("today")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public List<DigestView> produceToday() {
        LocalDate today = FacilityStockResource.today();
        return tx.run(() -> {
            expiry.produce(today);
            return visible(expiry.digests(today));
        });
    }

    private List<DigestView> visible(List<ExpiryDigest> digests) {
        UUID me = access.actorId();
        return digests.stream().filter(d -> access.isAdmin() || me.equals(d.custodianId())).map(DigestView::of).toList();
    }

}

package org.consigna.facilitystock.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.consigna.facilitystock.application.ParLevelService;
import org.consigna.facilitystock.domain.par.FacilityStockSetting;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant's facility-stock settings: whether selling custodians may set par levels where they sold stock. */
@Path("t/{tenant}/facility-stock/settings")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject
    ParLevelService parLevels;

    @Inject
    OneTransaction tx;

    public record FacilityStockSettings(@NotNull Boolean custodiansSetPar) {

        static FacilityStockSettings of(FacilityStockSetting s) {
            return new FacilityStockSettings(s.custodiansSetPar());
        }
    }

    @Operation(summary = "Show the facility-stock settings")
    @GET
    public FacilityStockSettings show() {
        return tx.run(() -> FacilityStockSettings.of(parLevels.settings()));
    }

    @Operation(summary = "Change the facility-stock settings")
    @PUT
    public FacilityStockSettings change(@NotNull @Valid FacilityStockSettings request) {
        return tx.run(() -> FacilityStockSettings.of(parLevels.allowCustodiansToSetPar(request.custodiansSetPar())));
    }
}

package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.consigna.inventory.application.UdiLookup;
import org.consigna.inventory.domain.udi.Gs1Parser;
import org.consigna.inventory.domain.udi.Udi;
import org.consigna.platform.input.ScannedText;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Parses a scanned GS1 UDI for a scanner client, and names the catalog item its GTIN belongs to.
 * Scanners send the FNC1 separator as the ASCII group separator (JSON "\u001d"); a bad scan is a
 * 400 naming the position of the problem (see {@link UdiProblems}).
 */
@Path("t/{tenant}/inventory/udi/parse")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UdiResource {

    @Inject
    UdiLookup items;

    public record Scan(@NotNull @Size(max = 500) @ScannedText String udi) {
    }

    public record ParsedUdi(String gtin, String lot, String serial, LocalDate expiry, String raw,
                            CatalogViews.ItemView item) {
    }

    @Operation(summary = "Parse a scanned GS1 UDI")
    @POST
    public ParsedUdi parse(@NotNull @Valid Scan scan) {
        Udi udi = new Gs1Parser().parse(scan.udi());
        CatalogViews.ItemView item = items.byGtin(udi.gtin()).map(CatalogViews.ItemView::of).orElse(null);
        return new ParsedUdi(udi.gtin(), udi.lot(), udi.serial(), udi.expiry(), udi.raw(), item);
    }
}

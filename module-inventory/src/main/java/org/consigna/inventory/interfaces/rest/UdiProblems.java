package org.consigna.inventory.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.consigna.inventory.domain.udi.Gs1ParseException;
import org.consigna.platform.problem.Problem;

/** A malformed GS1 string, wherever it was given, is a 400 with the position of the problem. */
@Provider
public class UdiProblems implements ExceptionMapper<Gs1ParseException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Gs1ParseException e) {
        return new Problem(400, "invalid-udi", "Invalid UDI", "The UDI is not a valid GS1 string: " + e.getMessage(),
                Map.of("position", e.position())).toResponse(uri.getRequestUri().getPath());
    }
}

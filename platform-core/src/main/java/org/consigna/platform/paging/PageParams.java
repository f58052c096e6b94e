package org.consigna.platform.paging;

import jakarta.ws.rs.QueryParam;

/**
 * The paging query parameters of every list, for {@code @BeanParam}. Read as text: JAX-RS would answer
 * a malformed number with 404, while the client deserves a 400 naming the parameter.
 */
public class PageParams {

    @QueryParam("cursor")
    String cursor;

    @QueryParam("limit")
    String limit;

    public PageRequest request() {
        return PageRequest.of(cursor, limit);
    }
}

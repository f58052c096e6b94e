package org.consigna.platform.input;

import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Set;

/**
 * Every JSON body a resource reads as a typed value passes {@link StrictJson} first; JSON-B then
 * reads the same bytes. Bodies read as text are the resource's (see {@link OptionalBody}).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonBodies implements ReaderInterceptor {

    private static final Set<Class<?>> RAW = Set.of(String.class, byte[].class, InputStream.class, Reader.class);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || RAW.contains(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        StrictJson.check(Utf8.decode(body), context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonbException e) {
            // The check above knows the types requests use; this is for a type it does not (named, never the parser's words).
            throw StrictJson.malformed("The request body does not fit this resource");
        }
    }

    private static boolean isJson(MediaType type) {
        return type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}

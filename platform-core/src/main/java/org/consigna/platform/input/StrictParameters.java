package org.consigna.platform.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/**
 * Query and path parameters, before any other filter reads them: no control characters, and a
 * boolean is {@code true} or {@code false} (JAX-RS takes anything else for false).
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 200)
public class StrictParameters implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> path;
        MultivaluedMap<String, String> query;
        try {
            path = request.getUriInfo().getPathParameters();
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-parameter", "The address has a malformed %-escape");
        }
        path.forEach((name, values) -> values.forEach(v -> checkText("Path parameter", name, v)));
        query.forEach((name, values) -> {
            checkText("Query parameter name", name, name);
            values.forEach(v -> checkText("Query parameter", name, v));
        });
        Method method = resource.getResourceMethod();
        if (method != null) {
            booleans(method).forEach(name -> query.getOrDefault(name, List.of()).forEach(v -> checkBoolean(name, v)));
        }
    }

    private static void checkText(String what, String name, String value) {
        int at = ControlCharacters.firstRefused(value, false);
        if (at >= 0) {
            throw new ProblemException(400, "invalid-parameter", "Bad request", what + " '" + printable(name)
                    + "' must not contain control characters (" + ControlCharacters.name(value.charAt(at)) + ")",
                    Map.of("parameter", printable(name)));
        }
    }

    private static void checkBoolean(String name, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ProblemException(400, "invalid-parameter", "Bad request", "Query parameter '" + name
                    + "' must be true or false", Map.of("parameter", name));
        }
    }

    /** The boolean query parameters of the method, its bean parameters' included. */
    private static List<String> booleans(Method method) {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (Parameter p : method.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (query != null && isBoolean(p.getType())) {
                names.add(query.value());
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        QueryParam q = f.getAnnotation(QueryParam.class);
                        if (q != null && isBoolean(f.getType())) {
                            names.add(q.value());
                        }
                    }
                }
            }
        }
        return names;
    }

    private static boolean isBoolean(Class<?> type) {
        return type == boolean.class || type == Boolean.class;
    }

    private static String printable(String name) {
        return name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}

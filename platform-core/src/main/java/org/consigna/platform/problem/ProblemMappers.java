package org.consigna.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.consigna.platform.tenant.NoTenantException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.ParamException;

/** Every exception that reaches JAX-RS leaves as problem+json; no stack trace goes to a client. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,100})'");

    private ProblemMappers() {
    }

    /** Finds the most telling problem in an exception and its causes. */
    static Problem classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem.toProblem();
            }
            if (t instanceof ConstraintViolationException violations) {
                return validation(violations);
            }
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return new Problem(400, "malformed-json", "Malformed request body", unreadable(t.getMessage()));
            }
            if (t instanceof NoTenantException) {
                return new Problem(500, "no-tenant", "No tenant", t.getMessage());
            }
            Problem database = DatabaseErrors.classify(t);
            if (database != null) {
                return database;
            }
        }
        return null;
    }

    static Problem validation(ConstraintViolationException violations) {
        List<Map<String, Object>> errors = new ArrayList<>();
        violations.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(Map.of("field", field(v), "message", v.getMessage())));
        return new Problem(400, "validation", "Invalid request",
                "The request has " + errors.size() + " invalid field(s)", Map.of("errors", errors));
    }

    /** The property path without the resource method and parameter prefix Bean Validation puts first. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> names.add("body");
                default -> {
                    if (!names.isEmpty() && names.get(0).equals("body")) {
                        names.remove(0);
                    }
                    names.add(node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
                }
            }
        }
        return String.join(".", names);
    }

    /** What a JSON reader's message says about the body, without the reader's internals (class names, stack lines). */
    static String unreadable(String message) {
        Matcher property = PROPERTY.matcher(message == null ? "" : message);
        return property.find() ? "'" + property.group(1) + "' has a value this field cannot take"
                : "The request body is not valid JSON for this resource";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The problem the error stands for, or a logged 500 that tells the client nothing internal. */
    static Response classifiedOrInternal(Throwable error, UriInfo uri) {
        Problem problem = classify(error);
        if (problem == null) {
            LOG.log(Level.SEVERE, "Unexpected error on " + uri.getPath(), error);
            problem = new Problem(500, "internal", "Internal error",
                    "The request could not be completed; the error was logged");
        }
        return problem.toResponse(uri.getRequestUri().getPath());
    }

    @Provider
    public static class Fallback implements ExceptionMapper<Throwable> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable error) {
            return classifiedOrInternal(error, uri);
        }
    }

    /** A transaction that failed at commit (a deferred constraint, say); Jersey would answer with an HTML page. */
    @Provider
    public static class TransactionFailures implements ExceptionMapper<TransactionalException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(TransactionalException error) {
            return classifiedOrInternal(error, uri);
        }
    }

    @Provider
    public static class Problems implements ExceptionMapper<ProblemException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProblemException error) {
            return error.toProblem().toResponse(uri.getRequestUri().getPath());
        }
    }

    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException error) {
            return validation(error).toResponse(uri.getRequestUri().getPath());
        }
    }

    /** JAX-RS's own refusals (404, 405, 415, unreadable bodies) in the same shape. */
    @Provider
    public static class WebErrors implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException error) {
            Problem problem = classify(error.getCause());
            if (problem == null) {
                int status = error.getResponse().getStatus();
                Response.StatusType type = error.getResponse().getStatusInfo();
                String detail = error instanceof NotFoundException ? "No resource at this path"
                        : error instanceof NotAllowedException ? "This method is not allowed here; allowed: "
                        + error.getResponse().getAllowedMethods()
                        : status == 400 ? "The request could not be read: " + firstLine(error.getMessage())
                        : firstLine(error.getMessage());
                problem = new Problem(status, slug(type.getReasonPhrase()), type.getReasonPhrase(), detail);
            }
            Response response = problem.toResponse(uri.getRequestUri().getPath());
            error.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> response.getHeaders().add(name, v));
                }
            });
            return response;
        }

        private static String slug(String phrase) {
            return phrase.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        }
    }

    /**
     * A parameter JAX-RS could not convert. A path that names no resource (an id that is no UUID) is a 404 like
     * an unknown id, so clients get one answer for "no such thing"; a bad query, header or form parameter is a 400.
     */
    @Provider
    public static class Parameters implements ExceptionMapper<ParamException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ParamException error) {
            String name = error.getParameterName();
            Problem problem = error instanceof ParamException.PathParamException
                    ? new Problem(404, "not-found", "Not found", "Nothing exists at this path: path parameter '" + name
                    + "' is not a valid id", Map.of("parameter", name))
                    : new Problem(400, "invalid-parameter", "Bad request", kind(error) + " '" + name
                    + "' has a value of the wrong form", Map.of("parameter", name));
            return problem.toResponse(uri.getRequestUri().getPath());
        }

        private static String kind(ParamException error) {
            String annotation = error.getParameterType().getSimpleName();
            return annotation.replace("Param", "") + " parameter";
        }
    }

    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessingException error) {
            Problem problem = classify(error);
            if (problem == null) {
                problem = new Problem(400, "malformed-json", "Malformed request body",
                        "The request body could not be read: " + firstLine(error.getMessage()));
            }
            return problem.toResponse(uri.getRequestUri().getPath());
        }
    }
}

package org.consigna.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consigna.platform.problem.Problem;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacket;
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Requests Payara refuses before the web application sees them answer RFC 9457 problem+json too.
 *
 * <p>Two layers of Payara answer on their own with an empty 400:
 * <ul>
 * <li>Grizzly's HTTP parser ({@code org.glassfish.grizzly.http.HttpServerFilter#onHttpHeaderError}:
 * {@code sendBadRequestResponse}) when the header section cannot be parsed: larger than the
 * listener's {@code header-buffer-length-bytes} (8 KB), more than {@code max-request-headers}
 * (100) fields, a byte HTTP does not allow in a header, a malformed request line;</li>
 * <li>Catalina's {@code CoyoteAdapter#postParseRequest} ({@code sendError(400, "Invalid URI")})
 * when the path does not decode or normalize (a NUL, a backslash, bytes that are not UTF-8,
 * "{@code ..}" above the root), before any servlet, filter or error page is chosen.</li>
 * </ul>
 * At start-up this listener adds one {@link HttpProbe} to the HTTP parser of every network
 * listener of the server (the parser's monitoring hook, called synchronously). When the header
 * section cannot be parsed, the probe writes the problem+json answer itself (431 for headers too
 * large, 414 for a request line too long, else the parser's status) and marks the response
 * committed, so the parser's own empty 400 adds nothing before it closes the connection. When a
 * parsed request's path is one {@link RequestPaths} refuses, the probe points the request at
 * {@link ContainerErrors#INVALID_PATH} (under this application's context path), which answers the 400:
 * the container never sees the path.
 * Nothing behind either runs. Removed again when the application stops.
 *
 * <p>Only HTTP/1.1 passes this parser: HTTP/2 frames are decoded by Grizzly's {@code Http2ServerFilter},
 * which has no such hook, so the server boots with HTTP/2 over cleartext off
 * ({@code consigna-server/src/main/payara/preboot.asadmin}).
 */
@WebListener
public class HttpLayerRefusals implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(HttpLayerRefusals.class.getName());

    private final List<HttpCodecFilter> parsers = new ArrayList<>();
    private Probe probe;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        probe = new Probe(event.getServletContext().getContextPath() + ContainerErrors.INVALID_PATH + "/");
        try {
            for (HttpCodecFilter parser : httpParsers()) {
                parser.getMonitoringConfig().addProbes(probe);
                parsers.add(parser);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Requests refused by Payara's HTTP layer will answer an empty 400 (no HTTP listener found)", e);
            return;
        }
        if (parsers.isEmpty()) {
            LOG.warning("Requests refused by Payara's HTTP layer will answer an empty 400 (no HTTP listener found)");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        parsers.forEach(parser -> parser.getMonitoringConfig().removeProbes(probe));
        parsers.clear();
    }

    /**
     * The HTTP parsers of Payara's network listeners, through its service locator: Payara's own
     * classes are not on Maven Central, so they are reached by name (Grizzly's are compiled against).
     */
    private static List<HttpCodecFilter> httpParsers() throws ReflectiveOperationException {
        ClassLoader loader = HttpLayerRefusals.class.getClassLoader();
        Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator", false, loader);
        Class<?> grizzlyServiceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", false, loader);
        Class<?> listenerConfigType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", false, loader);
        Class<?> proxyType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyProxy", false, loader);
        Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.GenericGrizzlyListener", false, loader);
        Object locator = Class.forName("org.glassfish.internal.api.Globals", false, loader)
                .getMethod("getDefaultHabitat").invoke(null);
        Object grizzly = locatorType.getMethod("getService", Class.class, Annotation[].class)
                .invoke(locator, grizzlyServiceType, new Annotation[0]);
        List<?> listenerConfigs = (List<?>) locatorType.getMethod("getAllServices", Class.class, Annotation[].class)
                .invoke(locator, listenerConfigType, new Annotation[0]);
        List<HttpCodecFilter> parsers = new ArrayList<>();
        for (Object config : listenerConfigs) {
            Object proxy = grizzlyServiceType.getMethod("lookupNetworkProxy", listenerConfigType).invoke(grizzly, config);
            if (!proxyType.isInstance(proxy)) {
                continue; // a listener that is not started
            }
            Object listener = proxyType.getMethod("getUnderlyingListener").invoke(proxy);
            if (listenerType.isInstance(listener)) {
                for (Object parser : (List<?>) listenerType.getMethod("getFilters", Class.class).invoke(listener, HttpCodecFilter.class)) {
                    parsers.add((HttpCodecFilter) parser);
                }
            }
        }
        return parsers;
    }

    static final class Probe extends HttpProbe.Adapter {

        /** {@link ContainerErrors#INVALID_PATH} under this application's context path ("" or "/consigna", say). */
        private final String invalidPath;

        Probe(String invalidPath) {
            this.invalidPath = invalidPath;
        }

        /** A parsed request: a path the container would refuse goes to {@link ContainerErrors} instead. */
        @Override
        public void onHeaderParseEvent(Connection connection, HttpHeader header, int size) {
            if (header instanceof HttpRequestPacket request) {
                RequestPaths.Refusal refusal = RequestPaths.refusal(request.getRequestURIRef().getURI(StandardCharsets.ISO_8859_1));
                if (refusal != null) {
                    request.setRequestURI(invalidPath + refusal.slug());
                    request.setQueryString(null);
                }
            }
        }

        /** A header section that could not be parsed: answer here, the parser closes the connection after. */
        @Override
        public void onErrorEvent(Connection connection, HttpPacket packet, Throwable error) {
            if (!(packet instanceof HttpRequestPacket request) || !(packet instanceof HttpPacketParsing parsing)
                    || parsing.isHeaderParsed()) {
                return; // a body that breaks off: the application may be answering it
            }
            HttpResponsePacket response = request.getResponse();
            if (response == null || response.isCommitted()) {
                return;
            }
            Problem problem = problemFor(error, response.getStatus());
            byte[] answer = answer(problem);
            response.setStatus(problem.status());
            response.setExpectContent(false);
            response.setCommitted(true); // the parser's own error response then writes nothing
            connection.write(Buffers.wrap(connection.getMemoryManager(), answer));
        }
    }

    static Problem problemFor(Throwable error, int statusSoFar) {
        String message = String.valueOf(error.getMessage());
        if (error instanceof MimeHeaders.MaxHeaderCountExceededException || message.contains("header is too large")) {
            return new Problem(431, "header-fields-too-large", "Request header fields too large",
                    "The request's header fields are larger than the server accepts (8 KB in all, 100 fields): "
                            + "send fewer or shorter headers");
        }
        if (message.contains("intial line is too large") || message.contains("initial line is too large")) {
            return new Problem(414, "uri-too-long", "URI too long", "The request line is longer than the server accepts (8 KB)");
        }
        if (statusSoFar > 400) { // 505 for an HTTP version other than 1.0 and 1.1, say
            String reason = HttpStatus.getHttpStatus(statusSoFar).getReasonPhrase();
            return new Problem(statusSoFar, "malformed-request", reason, "The request is not valid HTTP/1.1: " + reason);
        }
        return new Problem(400, "malformed-request", "Malformed request",
                "The request is not valid HTTP/1.1: its request line or a header could not be read (a character HTTP does "
                        + "not allow in a header, a control character say, no Host header, a body on a GET)");
    }

    /** A complete HTTP/1.1 response: status line, headers, problem+json body; the connection closes after it. */
    static byte[] answer(Problem problem) {
        byte[] body = problem.toJson(null).getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + problem.status() + " " + HttpStatus.getHttpStatus(problem.status()).getReasonPhrase() + "\r\n"
                + "Content-Type: " + Problem.MEDIA_TYPE + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n"
                + "X-Frame-Options: SAMEORIGIN\r\n"
                + "\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head8.length + body.length];
        System.arraycopy(head8, 0, all, 0, head8.length);
        System.arraycopy(body, 0, all, head8.length, body.length);
        return all;
    }
}

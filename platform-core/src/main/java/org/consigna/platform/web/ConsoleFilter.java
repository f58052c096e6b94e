package org.consigna.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.net.URI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Serves the web console packed into the war under {@code /console}: every answer carries a strict
 * Content-Security-Policy (scripts only from this origin; connections to this origin and the identity
 * provider); a path under {@code /console/} that is no file is one of the console's own routes and is
 * answered with its index page (with a {@code <base>} naming the console's root under the context path), so a
 * bookmarked or reloaded address works. Missing built assets stay 404.
 * Nothing here opens an HTTP session: the console calls the API with bearer tokens only.
 */
@WebFilter(urlPatterns = {"/console", "/console/*"})
public class ConsoleFilter extends HttpFilter {

    static final String ROOT = "/console";
    static final String INDEX = ROOT + "/index.html";

    private String policy;

    @Override
    public void init() {
        policy = policy(identityProviderOrigin(ConfigProvider.getConfig()));
    }

    /** The CSP of every console answer, allowing the identity provider at the given origin. */
    static String policy(String identityProvider) {
        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                + "font-src 'self' data:; media-src 'self' blob:; manifest-src 'self'; "
                + "connect-src 'self' " + identityProvider + "; frame-src " + identityProvider + "; "
                + "form-action 'self' " + identityProvider + "; base-uri 'self'; frame-ancestors 'none'; object-src 'none'";
    }

    static String identityProviderOrigin(Config config) {
        String url = config.getOptionalValue("console.keycloak-url", String.class).filter(u -> !u.isBlank())
                .orElse(config.getOptionalValue("keycloak.url", String.class).orElse("http://127.0.0.1:8180"));
        URI uri = URI.create(url.trim());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(ROOT)) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + ROOT + "/");
            return;
        }
        boolean asset = path.startsWith(ROOT + "/assets/");
        if (asset) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, response);
            return;
        }
        if (path.endsWith("/") || path.equals(INDEX) || getServletContext().getResource(path) == null) {
            byte[] index = index(request.getContextPath());
            if (index == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setHeader("Cache-Control", "no-cache");
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(index.length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(index);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The built index page with {@code <base href="{context}/console/">} as the first element of its head: the build
     * links its assets relative to it, and the console finds its routes and the API from it, under any context path.
     */
    private byte[] index(String contextPath) throws IOException {
        try (InputStream in = getServletContext().getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String base = "<base href=\"" + contextPath.replace("\"", "") + ROOT + "/\">";
            return html.replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(base)).getBytes(StandardCharsets.UTF_8);
        }
    }
}

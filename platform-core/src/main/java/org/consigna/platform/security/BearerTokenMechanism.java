package org.consigna.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consigna.platform.problem.Problem;
import org.consigna.platform.security.TokenVerifier.InvalidTokenException;

/**
 * Authenticates every {@code /api} request (but {@code /api/public/...}) by its bearer token, judged on
 * the decoded path the container routes on. Who the caller is in a tenant is not decided here: the
 * {@link TenantAccessFilter} does that on the route JAX-RS matched. The container learns only whether
 * the caller operates the platform.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Paths anyone may call without a token. */
    public static final String PUBLIC = "/api/public/";

    @Inject
    TokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.startsWith("/api/") || path.startsWith(PUBLIC)) {
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse(response, request.getRequestURI(), 401, "unauthenticated", "Authentication required",
                    "Send an access token of the platform's identity provider: Authorization: Bearer <token>", null);
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.verify(header.substring(7).trim());
        } catch (InvalidTokenException e) {
            return refuse(response, request.getRequestURI(), 401, "invalid-token", "Invalid token", e.getMessage(), e.getMessage());
        }
        Caller caller = new Caller(claims.getSubject(), username(claims), isOperator(claims), Optional.empty());
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.subject()), caller.groups());
    }
    private static boolean isOperator(JWTClaimsSet claims) {
        Object realmAccess = claims.getClaim("realm_access");
        return realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> roles
                && roles.contains(TenantRole.OPERATOR_ROLE);
    }

    private static String username(JWTClaimsSet claims) {
        Object name = claims.getClaim("preferred_username");
        return name == null ? claims.getSubject() : name.toString();
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String instance, int status, String type,
                                               String title, String detail, String tokenError) {
        try {
            response.setStatus(status);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", tokenError == null ? "Bearer realm=\"consigna\""
                        : "Bearer realm=\"consigna\", error=\"invalid_token\", error_description=\""
                        + tokenError.replace('"', '\'') + "\"");
            }
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            String body = (String) new Problem(status, type, title, detail).toResponse(instance).getEntity();
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}

package org.consigna.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consigna.platform.problem.Problem;
import org.consigna.platform.security.TokenVerifier.InvalidTokenException;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantRef;
import org.consigna.platform.tenant.TenantStatus;

/**
 * Authenticates every {@code /api} request (but {@code /api/public/...}) by its bearer token. For tenant URLs
 * ({@code /api/t/{tenant}/...}) the caller must be an active member of that tenant, by the
 * platform's membership record and by the token's {@code organization} claim; their role there
 * becomes their container group, so {@code @RolesAllowed} works.
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** Paths anyone may call without a token. */
    public static final String PUBLIC = "/api/public/";

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/t/([^/]+)(/.*)?$");

    @Inject
    TokenVerifier verifier;

    @Inject
    TenantDirectory tenants;

    @Inject
    Instance<MembershipDirectory> memberships;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
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
        Matcher tenantPath = TENANT_PATH.matcher(path);
        if (tenantPath.matches()) {
            String tenantId = tenantPath.group(1);
            Optional<TenantRef> tenant = tenants.find(tenantId);
            // Unknown and inactive tenants are refused by the tenant filter with their own problem.
            if (tenant.isPresent() && tenant.get().status() == TenantStatus.ACTIVE) {
                Optional<Membership> membership = membership(tenantId, claims);
                if (membership.isEmpty()) {
                    return refuse(response, request.getRequestURI(), 403, "not-a-member", "Not a member of this tenant",
                            "You are not an active member of tenant '" + tenantId + "'", null);
                }
                caller = new Caller(caller.subject(), caller.username(), caller.operator(), membership);
            }
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(new CallerPrincipal(caller.subject()), caller.groups());
    }

    private Optional<Membership> membership(String tenantId, JWTClaimsSet claims) {
        if (!organizations(claims).contains(tenantId) || memberships.isUnsatisfied()) {
            return Optional.empty();
        }
        return memberships.get().find(tenantId, claims.getSubject()).filter(Membership::active);
    }

    /** Keycloak puts organization aliases in a list; with {@code organization:*} scope it may be a map. */
    private static List<String> organizations(JWTClaimsSet claims) {
        Object claim = claims.getClaim("organization");
        if (claim instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (claim instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).toList();
        }
        return List.of();
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

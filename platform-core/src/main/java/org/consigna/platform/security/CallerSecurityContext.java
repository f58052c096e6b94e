package org.consigna.platform.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

/** The JAX-RS security context of a tenant request: roles are the caller's groups, tenant role included. */
record CallerSecurityContext(SecurityContext container, Set<String> roles) implements SecurityContext {

    CallerSecurityContext(SecurityContext container, Caller caller) {
        this(container, caller.groups());
    }

    @Override
    public Principal getUserPrincipal() {
        return container.getUserPrincipal();
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public boolean isSecure() {
        return container.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
        return container.getAuthenticationScheme();
    }
}

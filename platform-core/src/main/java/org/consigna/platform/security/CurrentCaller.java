package org.consigna.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.consigna.platform.problem.ProblemException;

/** The request's {@link Caller}, as the authentication mechanism found it. Inject this and call {@link #get()}. */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    public Caller get() {
        Object caller = request.getAttribute(Caller.ATTRIBUTE);
        if (caller instanceof Caller known) {
            return known;
        }
        throw new ProblemException(401, "unauthenticated", "Authentication required", "This request carries no valid bearer token");
    }

    /** The caller as a member of the request's tenant; only the tenant access filter decides this. */
    Caller actAsMember(Membership membership) {
        Caller member = get().asMember(membership);
        request.setAttribute(Caller.ATTRIBUTE, member);
        return member;
    }
}

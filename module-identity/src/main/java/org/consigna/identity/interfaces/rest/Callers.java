package org.consigna.identity.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.consigna.platform.security.Caller;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.tenant.TenantContext;

/** The request's tenant and caller, as the resources need them. */
@RequestScoped
class Callers {

    @Inject
    TenantContext tenant;

    @Inject
    CurrentCaller caller;

    String tenantId() {
        return tenant.require().id();
    }

    Caller caller() {
        return caller.get();
    }

    /** The caller's member id in this tenant (403 if none). */
    UUID memberId() {
        return caller.get().memberId();
    }

    /** Who did it, for the record: the member id, or the subject of a caller who is no member. */
    String actor() {
        Caller current = caller.get();
        return current.membership().map(m -> m.memberId().toString()).orElse(current.subject());
    }
}

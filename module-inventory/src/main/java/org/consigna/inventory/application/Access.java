package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.DeviceState;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.security.CustodyAccess;

/**
 * The caller and their custody rights, as every use case asks for them. Acting on someone's custody
 * is a 403 naming them; a device outside what the caller may see is a 404, as if it did not exist.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentCaller caller;

    @Inject
    CustodyAccess custody;

    /** The acting member. */
    public UUID actor() {
        return caller.get().memberId();
    }

    public void requireMayActFor(Custodian custodian) {
        custody.requireMayActFor(custodian.id());
    }

    public boolean maySee(Custodian custodian) {
        return custody.scope().includes(custodian.id());
    }

    public <D extends DeviceState> D requireVisible(D device) {
        if (!maySee(device.custodian())) {
            throw deviceNotFound(device.id());
        }
        return device;
    }

    /** Custodians whose inventory the caller sees; null for everyone (admins). */
    public Set<UUID> visibleCustodians() {
        CustodyAccess.CustodyScope scope = custody.scope();
        return scope.everyone() ? null : scope.custodians();
    }

    public static ProblemException deviceNotFound(UUID id) {
        return new ProblemException(404, "device-not-found", "Device not found", "There is no device '" + id + "' you may see");
    }
}

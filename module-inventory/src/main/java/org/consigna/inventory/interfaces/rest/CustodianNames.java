package org.consigna.inventory.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.application.Custodians;
import org.consigna.inventory.domain.custody.Custodian;

/** Names custodians in views, each looked up once per request (a page shows the same few many times). */
@RequestScoped
@Transactional
public class CustodianNames {

    @Inject
    Custodians custodians;

    private final Map<UUID, String> names = new HashMap<>();

    /** A custodian as views show it: id, kind and name. */
    public record CustodianView(UUID id, String kind, String name) {
    }

    public CustodianView view(Custodian custodian) {
        if (custodian == null) {
            return null;
        }
        return new CustodianView(custodian.id(), custodian.kindWire(),
                names.computeIfAbsent(custodian.id(), id -> custodians.name(custodian)));
    }

    /** Looks up all the names a page needs in one transaction, ahead of building its views. */
    public void prefetch(Collection<Custodian> needed) {
        List<Custodian> missing = needed.stream().filter(c -> !names.containsKey(c.id())).distinct().toList();
        if (!missing.isEmpty()) {
            names.putAll(custodians.names(missing));
        }
    }

    public CustodianView view(UUID id, String kind) {
        return id == null ? null : view(Custodian.stored(id, kind));
    }
}

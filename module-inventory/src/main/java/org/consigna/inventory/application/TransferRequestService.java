package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.api.TransferRequests;

/** The transfer api for other modules: a transfer as the REST API makes it, in the caller's transaction. */
@ApplicationScoped
@Transactional
public class TransferRequestService implements TransferRequests {

    @Inject
    TransferService transfers;

    @Override
    public UUID request(UUID receiverId, Map<UUID, Integer> units, String note) {
        return transfers.create(receiverId, units.entrySet().stream()
                .map(e -> new TransferService.Line(e.getKey(), e.getValue())).toList(), note).id();
    }
}

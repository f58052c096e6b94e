package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.consigna.inventory.domain.ledger.LedgerFold;

/**
 * Replays the tenant's whole ledger and compares the result with the stored devices and balances:
 * current state must always equal the fold of the ledger. Runs in a transaction of its own, on one
 * snapshot, so concurrent work cannot show up as a difference.
 */
@ApplicationScoped
public class LedgerVerification {

    private static final int MAX_LISTED = 100;

    @Inject
    LedgerReplay replay;

    @Transactional(TxType.REQUIRES_NEW)
    public LedgerFold.Verification verify() {
        replay.snapshot();
        LedgerFold fold = new LedgerFold(MAX_LISTED);
        replay.entries(fold::apply);
        long devices = replay.devices(fold::compareStored);
        long balances = replay.balances(fold::compareStored);
        return fold.finish(devices, balances);
    }
}

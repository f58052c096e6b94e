package org.consigna.inventory.application;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.ledger.LedgerFold;

/** Streams a tenant's ledger (in ledger order), devices and balances, for the replay check. */
public interface LedgerReplay {

    /** Makes the three reads below see one snapshot; must come first in its transaction. */
    void snapshot();

    void entries(Consumer<LedgerFold.Entry> sink);

    /** @return how many devices were read */
    long devices(Consumer<LedgerFold.DeviceFacts> sink);

    /** @return how many balance rows were read */
    long balances(BiConsumer<StockAccount, Integer> sink);
}

package org.consigna.inventory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.consigna.inventory.domain.ledger.StockAccount;
import org.consigna.inventory.domain.ledger.Balances;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.domain.ledger.LedgerRepository;
import org.consigna.inventory.domain.ledger.Posting;

/**
 * Writes a use case's postings as one set: first the balances (locked in a fixed order, one statement
 * each), then one entry per posting with the balances that result from it, in posting order, in one
 * batched insert. Called inside the use case's transaction. What the two balances of an entry mean: {@link LedgerEntry}.
 */
@ApplicationScoped
public class Ledger {

    @Inject
    Balances balances;

    @Inject
    LedgerRepository entries;

    /** A posting and on whose behalf, from which document, it is made. */
    public record Posted(Posting posting, Act act) {
    }

    public void post(List<Posting> postings, Act act) {
        post(postings.stream().map(p -> new Posted(p, act)).toList());
    }

    /** Postings of several acts (devices of several custodians) as one set: one round of balances, one insert. */
    public void post(List<Posted> postings) {
        if (postings.isEmpty()) {
            return;
        }
        SortedMap<StockAccount, Integer> deltas = new TreeMap<>();
        for (Posted posted : postings) {
            Posting p = posted.posting();
            if (p.source() != null) {
                deltas.merge(p.source(), p.sourceDelta(), Integer::sum);
            }
            deltas.merge(p.target(), p.targetDelta(), Integer::sum);
        }
        Map<StockAccount, Integer> after = balances.add(deltas);
        // Walk forward from each balance as it was before this use case, entry by entry.
        Map<StockAccount, Integer> running = new HashMap<>();
        deltas.forEach((account, delta) -> running.put(account, after.get(account) - delta));
        Instant now = Instant.now();
        List<LedgerEntry> written = new ArrayList<>(postings.size());
        for (Posted posted : postings) {
            Posting p = posted.posting();
            if (p.source() != null) {
                running.merge(p.source(), p.sourceDelta(), Integer::sum);
            }
            int balance = running.merge(p.target(), p.targetDelta(), Integer::sum);
            // Both read after the whole change: never a balance half-way through one entry.
            Integer fromBalance = p.movesBetweenBalances() ? running.get(p.source()) : null;
            Act act = posted.act();
            written.add(new LedgerEntry(p, act.actor(), act.onBehalfOf(), act.source(), balance, fromBalance, now));
        }
        entries.append(written);
    }
}

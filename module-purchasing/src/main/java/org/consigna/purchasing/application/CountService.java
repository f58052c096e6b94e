package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.inventory.api.CountedStock;
import org.consigna.inventory.api.CountedStock.Level;
import org.consigna.inventory.api.CountedStockChanges;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.platform.problem.ProblemException;
import org.consigna.purchasing.domain.count.CountLine;
import org.consigna.purchasing.domain.count.CountRepository;
import org.consigna.purchasing.domain.count.PhysicalCount;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.TemplateRepository;

/**
 * Physical counts. Starting one snapshots what the ledger says the recipient holds of every item of its template and
 * every item it holds; applying posts one correction per ticked line (counted against the snapshot, moves since then
 * kept) and leaves unticked lines as they are.
 */
@ApplicationScoped
@Transactional
public class CountService {

    @Inject
    CountRepository counts;

    @Inject
    TemplateRepository templates;

    @Inject
    CountedStock stock;

    @Inject
    CountedStockChanges changes;

    @Inject
    PurchasingAccess access;

    /** A count with its lines and, per item, what the ledger holds now (moves since the start show as the difference). */
    public record CountState(PhysicalCount count, List<CountLine> lines, Map<UUID, Long> onHandNow) {
    }

    public CountState start(UUID recipientId) {
        Recipient recipient = templates.lockRecipient(recipientId).orElseThrow(() -> ProblemException.notFound("Recipient", recipientId));
        access.requireActsFor(recipientId, "count this stock");
        Set<UUID> items = new LinkedHashSet<>(stock.itemsHeld(recipientId));
        if (recipient.templateId() != null) {
            templates.lines(List.of(recipient.templateId())).forEach(l -> items.add(l.itemId()));
        }
        PhysicalCount count = new PhysicalCount(recipientId, !counts.counted(recipientId), access.actorId(), Instant.now());
        List<CountLine> lines = new ArrayList<>();
        for (Level level : stock.levels(List.of(recipientId), items, null)) {
            lines.add(new CountLine(count.id(), level.itemId(), Math.toIntExact(level.onHand())));
        }
        counts.add(count, lines);
        return state(count, lines);
    }

    public CountState show(UUID countId) {
        PhysicalCount count = counts.find(countId).orElseThrow(() -> ProblemException.notFound("Count", countId));
        access.requireActsFor(count.recipientId(), "see this count");
        return state(count, counts.lines(countId));
    }

    public CountState count(UUID countId, UUID itemId, int counted, boolean ticked) {
        PhysicalCount count = locked(countId);
        CountLine line = counts.lines(countId).stream().filter(l -> l.itemId().equals(itemId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Count line of item", itemId));
        line.count(counted, ticked);
        return state(count, counts.lines(countId));
    }

    public CountState apply(UUID countId) {
        PhysicalCount count = locked(countId);
        List<CountLine> lines = counts.lines(countId);
        Map<UUID, Long> now = onHand(count.recipientId(), lines);
        SourceDocument source = new SourceDocument("physical-count", countId.toString(), count.initial() ? "initial count" : "count");
        String reason = count.initial() ? "initial count" : "physical count";
        for (CountLine line : lines) {
            long onHand = now.getOrDefault(line.itemId(), 0L);
            int delta = line.delta(onHand);
            if (line.ticked()) {
                changes.correct(count.recipientId(), line.itemId(), delta, reason, source);
                line.applied(onHand, delta);
            }
        }
        count.applied(access.actorId(), Instant.now());
        return state(count, lines);
    }

    public CountState cancel(UUID countId) {
        PhysicalCount count = locked(countId);
        count.cancel();
        return state(count, counts.lines(countId));
    }

    private PhysicalCount locked(UUID countId) {
        PhysicalCount count = counts.lock(countId).orElseThrow(() -> ProblemException.notFound("Count", countId));
        access.requireActsFor(count.recipientId(), "change this count");
        count.requireOpen();
        return count;
    }

    private CountState state(PhysicalCount count, List<CountLine> lines) {
        return new CountState(count, lines, onHand(count.recipientId(), lines));
    }

    private Map<UUID, Long> onHand(UUID recipientId, List<CountLine> lines) {
        return stock.levels(List.of(recipientId), lines.stream().map(CountLine::itemId).toList(), null).stream()
                .collect(Collectors.toMap(Level::itemId, Level::onHand, (a, b) -> a));
    }
}

package org.consigna.purchasing.domain.count;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * One item of a count: what was expected at the start, what was counted, whether it is ticked to be applied.
 * Applying a ticked line corrects the stock by {@code counted - expected}: units moved in or out while the count ran
 * were not on the shelf when it was counted against the snapshot, so they stay as the ledger has them.
 */
@Entity
@Table(name = "count_line")
public class CountLine {

    public static final int MAX_COUNTED = 1_000_000;

    @Id
    private UUID id;

    @Column(name = "count_id")
    private UUID countId;

    @Column(name = "item_id")
    private UUID itemId;

    private int expected;

    private Integer counted;

    private boolean ticked;

    @Column(name = "on_hand_at_apply")
    private Integer onHandAtApply;

    @Column(name = "applied_delta")
    private Integer appliedDelta;

    @Version
    private long version;

    protected CountLine() {
    }

    public CountLine(UUID countId, UUID itemId, int expected) {
        this.id = UUID.randomUUID();
        this.countId = countId;
        this.itemId = itemId;
        this.expected = expected;
    }

    public void count(int counted, boolean ticked) {
        if (counted < 0 || counted > MAX_COUNTED) {
            throw ProblemException.badRequest("invalid-count", "A counted quantity is 0 to " + MAX_COUNTED + "; got " + counted);
        }
        this.counted = counted;
        this.ticked = ticked;
    }

    /**
     * The correction applying this line makes: the stock becomes what was counted plus what moved since the snapshot
     * ({@code onHandNow - expected}); 0 for an unticked line, so it stays as it is.
     */
    public int delta(long onHandNow) {
        if (!ticked || counted == null) {
            return 0;
        }
        long target = counted + (onHandNow - expected);
        return Math.toIntExact(target - onHandNow);
    }

    public void applied(long onHandNow, int delta) {
        this.onHandAtApply = Math.toIntExact(onHandNow);
        this.appliedDelta = delta;
    }

    public UUID id() {
        return id;
    }

    public UUID countId() {
        return countId;
    }

    public UUID itemId() {
        return itemId;
    }

    public int expected() {
        return expected;
    }

    public Integer counted() {
        return counted;
    }

    public boolean ticked() {
        return ticked;
    }

    public Integer onHandAtApply() {
        return onHandAtApply;
    }

    public Integer appliedDelta() {
        return appliedDelta;
    }
}

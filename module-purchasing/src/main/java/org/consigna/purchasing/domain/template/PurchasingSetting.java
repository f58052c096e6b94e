package org.consigna.purchasing.domain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.consigna.platform.problem.ProblemException;

/**
 * The tenant's purchasing settings (one row): how far ahead expiring units stop counting as on hand, whether recipients
 * may request items (requisitions).
 */
@Entity
@Table(name = "purchasing_setting")
public class PurchasingSetting {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "expiry_horizon_days")
    private int expiryHorizonDays;

    @Column(name = "requisitions_enabled")
    private boolean requisitionsEnabled;

    @Version
    private long version;

    protected PurchasingSetting() {
    }

    public int expiryHorizonDays() {
        return expiryHorizonDays;
    }

    public boolean requisitionsEnabled() {
        return requisitionsEnabled;
    }

    public void requisitionsEnabled(boolean enabled) {
        this.requisitionsEnabled = enabled;
    }

    public void expiryHorizonDays(int days) {
        if (days < 0 || days > 3650) {
            throw ProblemException.badRequest("invalid-horizon", "The expiry horizon is 0 to 3650 days; got " + days);
        }
        this.expiryHorizonDays = days;
    }
}

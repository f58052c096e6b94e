package org.consigna.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** When and by whom a sharing link was removed. A class: EclipseLink 4.0 cannot embed records. */
@Embeddable
public class Removal {

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    protected Removal() {
    }

    public Removal(Instant removedAt, String removedBy) {
        this.removedAt = removedAt;
        this.removedBy = removedBy;
    }

    public Instant at() {
        return removedAt;
    }

    public String by() {
        return removedBy;
    }
}

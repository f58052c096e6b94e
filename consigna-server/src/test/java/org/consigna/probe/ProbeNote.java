package org.consigna.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note with a caller-chosen id, so two tenants can hold the same primary key. */
@Entity
@Table(name = "probe_note")
public class ProbeNote {

    @Id
    private long id;

    private String text;

    protected ProbeNote() {
    }

    public ProbeNote(long id, String text) {
        this.id = id;
        this.text = text;
    }

    public long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public void rewrite(String text) {
        this.text = text;
    }
}

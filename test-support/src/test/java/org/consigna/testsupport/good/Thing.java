package org.consigna.testsupport.good;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Thing {

    @Id
    Long id;

    @Embeddable
    public static class Size {
        int value;
    }
}

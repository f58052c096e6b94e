package org.consigna.platform.migration;

/** A module's changelog could not be applied to a schema. */
public class MigrationException extends RuntimeException {

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}

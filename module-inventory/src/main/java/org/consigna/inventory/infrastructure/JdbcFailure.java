package org.consigna.inventory.infrastructure;

import java.sql.SQLException;

/**
 * A JDBC failure, unchecked, keeping the SQLException as cause so the platform's problem mapping
 * still reads its SQLSTATE (a lock timeout stays a 409, a check violation a 400).
 */
public class JdbcFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JdbcFailure(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}

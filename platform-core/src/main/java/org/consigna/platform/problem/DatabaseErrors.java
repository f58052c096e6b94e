package org.consigna.platform.problem;

import java.sql.SQLException;

/** Turns the database's refusals (PostgreSQL SQLSTATEs) into problems a client can act on. */
final class DatabaseErrors {

    private DatabaseErrors() {
    }

    static Problem classify(Throwable t) {
        if (t instanceof jakarta.persistence.OptimisticLockException) {
            return new Problem(409, "concurrent-update", "Concurrent update",
                    "Someone else changed this at the same time; reload and try again");
        }
        if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
            return new Problem(409, "concurrent-update", "Concurrent update",
                    "Someone else is changing this right now; try again");
        }
        if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
            return null;
        }
        return switch (sql.getSQLState()) {
            case "23505" -> new Problem(409, "duplicate", "Already exists", "This conflicts with existing data: " + detailOf(sql));
            case "23503" -> new Problem(409, "reference", "Referenced data", "This refers to data that does not exist or is still referenced");
            case "23514", "23502" -> new Problem(400, "constraint", "Invalid data", "The data breaks a rule of the database: " + detailOf(sql));
            case "40001", "40P01", "55P03" -> new Problem(409, "concurrent-update", "Concurrent update",
                    "Someone else changed this at the same time; try again");
            case "P0001" -> new Problem(409, "rule", "Refused", detailOf(sql));
            default -> null;
        };
    }

    private static String detailOf(SQLException sql) {
        String message = sql.getMessage();
        int detail = message.indexOf("Detail:");
        String text = detail >= 0 ? message.substring(detail + 7) : message;
        return ProblemMappers.firstLine(text.replace("ERROR: ", "").trim());
    }
}

package org.consigna.billing.application.price;

import java.util.List;
import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/** The refusals of prices as entered, each naming where the bad value is. */
final class PriceProblems {

    static final String INVALID_PRICE = "invalid-price";
    static final String INVALID_SHEET = "invalid-price-sheet";

    private PriceProblems() {
    }

    /** A price of a JSON body: 422 naming the field ({@code prices[2].unitPrice}). */
    static ProblemException invalidPrice(String field, String why) {
        return new ProblemException(422, INVALID_PRICE, "Invalid price", field + ": " + why + "; nothing was changed",
                Map.of("field", field));
    }

    /** One bad cell of an uploaded sheet. */
    record CellError(int row, String column, String message) {

        Map<String, Object> asMap() {
            return Map.of("row", row, "column", column, "message", message);
        }
    }

    /** The sheet's bad cells: 422 naming the first one's row and column, all of them (up to 100) in {@code errors}. */
    static ProblemException invalidSheet(List<CellError> errors) {
        CellError first = errors.get(0);
        String detail = "Row " + first.row() + ", column " + first.column() + ": " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more bad cell(s))" : "")
                + "; nothing was changed";
        return new ProblemException(422, INVALID_SHEET, "Invalid price sheet", detail, Map.of("row", first.row(),
                "column", first.column(), "errors", errors.stream().limit(100).map(CellError::asMap).toList()));
    }
}

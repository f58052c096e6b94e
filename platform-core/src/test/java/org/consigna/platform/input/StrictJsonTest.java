package org.consigna.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Contact(String name, String email) {
    }

    record NewEvent(UUID typeId, LocalDate date, Contact newFacilityContact, List<UUID> productLineIds,
                    Integer quantity, BigDecimal listPrice, Boolean active, boolean required, Map<String, String> attributes) {
    }

    record Scan(@ScannedText String udi, String note) {
    }

    @Test
    void aWellFormedBodyPasses() {
        StrictJson.check("""
                {"typeId":"3f2c1e8a-5b7d-4c2e-9a1f-0b6d2e4c8a10","date":"2025-01-31","newFacilityContact":{"name":"Ann\\tLee"},
                 "productLineIds":[],"quantity":3,"listPrice":12.50,"active":null,"required":true,"attributes":{"po":"1"},
                 "unknown":[1,{"x":"y"}]}
                """, NewEvent.class);
    }

    @Test
    void aNulInANestedStringNamesTheFieldPath() {
        assertThat(fieldsOf("{\"newFacilityContact\":{\"name\":\"Ann\\u0000\"}}", NewEvent.class))
                .containsExactly("newFacilityContact.name");
        assertThat(problem("{\"newFacilityContact\":{\"name\":\"Ann\\u0000\"}}", NewEvent.class).getMessage())
                .isEqualTo("'newFacilityContact.name' must not contain control characters (U+0000 at position 4)");
    }

    @Test
    void controlCharactersAreRefusedInEveryStringAndKeyButTabCrLf() {
        for (String c : List.of("\\u0001", "\\u001b", "\\u007f", "\\u0085", "\\ud800")) {
            assertThat(fieldsOf("{\"unknown\":[\"a" + c + "\"]}", NewEvent.class)).containsExactly("unknown[0]");
            assertThat(fieldsOf("{\"attributes\":{\"k" + c + "\":\"v\"}}", NewEvent.class)).hasSize(1);
        }
        StrictJson.check("{\"attributes\":{\"note\":\"line\\r\\nnext\\tcell\"}}", NewEvent.class);
    }

    @Test
    void theGroupSeparatorIsAllowedOnlyInScannedText() {
        StrictJson.check("{\"udi\":\"]d2010\\u001d21SN\"}", Scan.class);
        assertThat(fieldsOf("{\"note\":\"a\\u001db\"}", Scan.class)).containsExactly("note");
    }

    @Test
    void onlyOneValueOfTheExpectedShape() {
        for (String body : List.of("[{}]", "{}x", "{} {}", "{\"a\"", "{\"a\":", "", "  ", "\"text\"", "nul", "{'a':1}")) {
            assertThat(problem(body, NewEvent.class)).as(body).hasFieldOrPropertyWithValue("type", "malformed-json");
        }
        StrictJson.check("{} \n", NewEvent.class);
    }

    @Test
    void wrongTypesAndOverflowsNameTheFieldAndTheExpectedForm() {
        assertThat(problem("{\"date\":\"31/01/2025\"}", NewEvent.class).getMessage())
                .isEqualTo("'date' must be a date as YYYY-MM-DD");
        assertThat(fieldsOf("{\"typeId\":\"1-1-1-1-1\"}", NewEvent.class)).containsExactly("typeId");
        assertThat(fieldsOf("{\"quantity\":9223372036854775808}", NewEvent.class)).containsExactly("quantity");
        assertThat(fieldsOf("{\"quantity\":1.5}", NewEvent.class)).containsExactly("quantity");
        assertThat(fieldsOf("{\"quantity\":\"3\"}", NewEvent.class)).containsExactly("quantity");
        assertThat(fieldsOf("{\"listPrice\":1e999999999}", NewEvent.class)).containsExactly("listPrice");
        assertThat(fieldsOf("{\"active\":\"yes\",\"required\":null}", NewEvent.class)).containsExactly("active", "required");
        assertThat(fieldsOf("{\"newFacilityContact\":[\"x\"]}", NewEvent.class)).containsExactly("newFacilityContact");
        assertThat(fieldsOf("{\"productLineIds\":[\"3f2c1e8a-5b7d-4c2e-9a1f-0b6d2e4c8a10\",7]}", NewEvent.class))
                .containsExactly("productLineIds[1]");
    }

    @Test
    void invalidUtf8IsRefused() {
        assertThatThrownBy(() -> Utf8.decode(new byte[] {'{', (byte) 0xC3, '}'})).isInstanceOf(ProblemException.class);
    }

    private static ProblemException problem(String body, Class<?> type) {
        try {
            StrictJson.check(body, type);
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
            return e;
        }
        throw new AssertionError("accepted: " + body);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fieldsOf(String body, Class<?> type) {
        ProblemException e = problem(body, type);
        assertThat(e.toProblem().type()).isEqualTo("validation");
        return ((List<Map<String, Object>>) e.toProblem().extensions().get("errors")).stream()
                .map(m -> (String) m.get("field")).toList();
    }
}

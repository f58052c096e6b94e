package org.consigna.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnknownReferenceTest {

    private final UUID known = UUID.randomUUID();
    private final UUID foreign = UUID.randomUUID();
    private final UUID random = UUID.randomUUID();

    @Test
    void namesTheFieldWithItsIndexAndTheIdAs422() {
        UnknownReference refused = catchThrowableOfType(UnknownReference.class,
                () -> UnknownReference.requireAll("product line", "productLineIds", List.of(known, known, foreign),
                        Set.of(known)));

        Problem problem = refused.toProblem();
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.type()).isEqualTo("unknown-reference");
        assertThat(problem.detail()).startsWith("productLineIds[2]: there is no product line '" + foreign + "'");
        assertThat(problem.extensions()).containsEntry("field", "productLineIds[2]").containsEntry("id", foreign.toString());
    }

    @Test
    void listsEveryUnknownIdOfAList() {
        UnknownReference refused = catchThrowableOfType(UnknownReference.class,
                () -> UnknownReference.requireAll("device", "deviceIds", List.of(foreign, known, random), Set.of(known)));

        assertThat(refused.toProblem().detail()).contains("deviceIds[0]").contains("1 more");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.toProblem().extensions().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("deviceIds[0]", "deviceIds[2]");
        assertThat(errors).extracting(e -> e.get("id")).containsExactly(foreign.toString(), random.toString());
    }

    @Test
    void aListOfKnownIdsPasses() {
        assertThatCode(() -> UnknownReference.requireAll("surgeon", "surgeonIds", List.of(known), Set.of(known)))
                .doesNotThrowAnyException();
        assertThatCode(() -> UnknownReference.requireAll("surgeon", "surgeonIds", List.of(), Set.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void oneFieldOneId() {
        Problem problem = UnknownReference.of("member", "representativeId", random).toProblem();
        assertThat(problem.extensions()).containsEntry("field", "representativeId").containsEntry("id", random.toString());
        assertThat(problem.detail()).isEqualTo("representativeId: there is no member '" + random
                + "' in this tenant; nothing was changed");
    }
}

package org.consigna.events.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatientIdsTest {

    @Test
    void showsOnlyTheLastFourCharactersBehindAFixedMask() {
        assertThat(PatientIds.mask("MRN-00981234")).isEqualTo("•••••1234");
        assertThat(PatientIds.mask("A1234")).isEqualTo("•••••1234");
    }

    @Test
    void shortIdsAreMaskedEntirelyAndNothingStaysNothing() {
        assertThat(PatientIds.mask("1234")).isEqualTo("•••••");
        assertThat(PatientIds.mask(null)).isNull();
    }
}

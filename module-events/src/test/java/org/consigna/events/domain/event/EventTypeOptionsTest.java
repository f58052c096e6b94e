package org.consigna.events.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.consigna.events.domain.eventtype.EventTypeOptions;
import org.junit.jupiter.api.Test;

class EventTypeOptionsTest {

    @Test
    void namesEveryRequiredFieldLeftEmpty() {
        EventTypeOptions options = new EventTypeOptions(true, true, true, true);
        assertThat(options.missing(" ", null, null)).extracting(m -> m.get("field"))
                .containsExactly("patientId", "surgeonId", "facilityContactId");
        assertThat(options.missing("P1", UUID.randomUUID(), UUID.randomUUID())).isEmpty();
        assertThat(new EventTypeOptions(false, false, false, false).missing(null, null, null)).isEmpty();
    }

    @Test
    void errorsAreFieldAndMessagePairs() {
        assertThat(new EventTypeOptions(true, false, false, false).missing(null, null, null))
                .containsExactly(Map.of("field", "patientId", "message", "is required by this event type"));
    }
}

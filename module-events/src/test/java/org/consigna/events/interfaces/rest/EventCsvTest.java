package org.consigna.events.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCsvTest {

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        assertThat(EventCsv.cell("Knee, left")).isEqualTo("\"Knee, left\"");
        assertThat(EventCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(EventCsv.cell(null)).isEmpty();
    }
}

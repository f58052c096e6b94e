package org.consigna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Rows numbered as a spreadsheet shows them, columns matched loosely, unreadable files refused by row. */
class CsvReaderTest {

    @Test
    void readsRowsByColumnNumberingThemFromTheHeader() {
        CsvReader.Table table = CsvReader.read("\uFEFFCatalog Number,unit_price\r\nCAT-1, 12.50 \n\n\"CAT,2\",\"7\"\n", 10);

        assertThat(table.header()).containsExactly("catalognumber", "unitprice");
        assertThat(table.has("catalogNumber")).isTrue();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(0).get("unitPrice")).isEqualTo("12.50");
        assertThat(table.rows().get(1).get("catalogNumber")).isEqualTo("CAT,2");
        assertThat(table.rows().get(1).get("missing")).isNull();
    }

    @Test
    void refusesEmptyUnreadableOrOversizedFilesNamingTheRow() {
        assertThatThrownBy(() -> CsvReader.read(" ", 10)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().status()).isEqualTo(422));
        assertThatThrownBy(() -> CsvReader.read("a,b\n1,2\n\"3,4\n", 10)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("Row 3");
        assertThatThrownBy(() -> CsvReader.read("a\n1\n2\n3\n", 2)).hasMessageContaining("more than 2 rows");
        assertThatThrownBy(() -> CsvReader.read("a,b\n1,2\u0000\n", 10)).hasMessageContaining("Row 2, cell 2 holds a control character");
        assertThatThrownBy(() -> CsvReader.read("a\u001B,b\n1,2\n", 10)).hasMessageContaining("Row 1, cell 1");
        assertThat(CsvReader.read("a,b\n\"two\nlines\",\tx\n", 10).rows().get(0).get("a")).isEqualTo("two\nlines");
        assertThatThrownBy(() -> CsvReader.read("a\n1,2\n", 2)).hasMessageContaining("Row 2 has more cells");
    }
}

package org.consigna.billing.application.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A sheet names items by catalog number or id; every bad cell is reported by row and column. */
class PriceSheetReaderTest {

    private static final UUID SCREW = UUID.randomUUID();
    private static final UUID ROD = UUID.randomUUID();

    /** The tenant's catalog: two items. */
    private static final class TwoItems implements InventoryCatalog {
        private final Map<UUID, ItemSummary> items = Map.of(SCREW, new ItemSummary(SCREW, "SCR-1", "Screw"),
                ROD, new ItemSummary(ROD, "ROD-1", "Rod"));

        @Override
        public void requireProductLines(String field, List<UUID> productLineIds) {
        }

        @Override
        public Map<UUID, BigDecimal> listPrices(Collection<UUID> itemIds) {
            return Map.of();
        }

        @Override
        public Map<UUID, ItemSummary> items(Collection<UUID> itemIds) {
            return items.values().stream().filter(i -> itemIds.contains(i.id()))
                    .collect(Collectors.toMap(ItemSummary::id, i -> i));
        }

        @Override
        public Map<String, ItemSummary> itemsByCatalogNumber(Collection<String> numbers) {
            return items.values().stream().filter(i -> numbers.contains(i.catalogNumber()))
                    .collect(Collectors.toMap(ItemSummary::catalogNumber, i -> i));
        }
    }

    private final PriceSheetReader reader = new PriceSheetReader();

    {
        reader.catalog = new TwoItems();
    }

    @Test
    void readsItemsByCatalogNumberOrId() {
        List<PriceSheetReader.SheetRow> rows = reader.read("catalogNumber,itemId,unitPrice\nSCR-1,,99.5\n," + ROD + ",120\n");
        assertThat(rows).containsExactly(new PriceSheetReader.SheetRow(2, SCREW, new BigDecimal("99.5")),
                new PriceSheetReader.SheetRow(3, ROD, new BigDecimal("120")));
    }

    @Test
    void reportsEveryBadCellByRowAndColumn() {
        assertThatThrownBy(() -> reader.read("catalogNumber,unitPrice\nSCR-1,10\nNOPE,5\nROD-1,-1\nSCR-1,3\n,4\nROD-1,abc\n"))
                .isInstanceOf(ProblemException.class)
                .hasMessageStartingWith("Row 3, column catalogNumber: there is no item with catalog number 'NOPE'")
                .satisfies(e -> {
                    var problem = ((ProblemException) e).toProblem();
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.type()).isEqualTo("invalid-price-sheet");
                    assertThat(problem.extensions()).containsEntry("row", 3).containsEntry("column", "catalogNumber");
                    assertThat((List<Map<String, Object>>) problem.extensions().get("errors"))
                            .extracting(m -> m.get("row") + ":" + m.get("column"))
                            .containsExactly("3:catalogNumber", "4:unitPrice", "5:catalogNumber", "6:catalogNumber",
                                    "7:unitPrice", "7:catalogNumber");
                });
    }

    @Test
    void refusesAHeaderWithoutThePriceOrItemColumns() {
        assertThatThrownBy(() -> reader.read("sku,price\nSCR-1,10\n")).hasMessageContaining("Row 1, column header");
        assertThatThrownBy(() -> reader.read("catalogNumber,unitPrice\n")).hasMessageContaining("no price rows");
        assertThatThrownBy(() -> reader.read("itemId,unitPrice\nnot-an-id,10\n"))
                .hasMessageContaining("Row 2, column itemId: 'not-an-id' is not an item id");
    }
}

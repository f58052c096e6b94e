package org.consigna.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.application.DeviceQuery;
import org.consigna.inventory.application.DeviceQuery.Sort;
import org.consigna.inventory.domain.DeviceStatus;
import org.junit.jupiter.api.Test;

class DeviceSqlTest {

    private final TenantJdbc jdbc = new TenantJdbc() {
        @Override
        public String table(String name) {
            return "t_x." + name;
        }
    };

    private static DeviceQuery query(Set<UUID> scope, UUID custodian, String text) {
        return new DeviceQuery(null, null, null, null, EnumSet.of(DeviceStatus.ACTIVE), custodian, null, null, null, text,
                null, Sort.RECEIVED, true, null, 50, scope);
    }

    @Test
    void aFewVisibleCustodiansGetOneIndexBranchEach() {
        DeviceSql sql = new DeviceSql(query(Set.of(UUID.randomUUID(), UUID.randomUUID()), null, null), jdbc, true, List.of());

        assertThat(sql.sql().split("UNION ALL", -1)).hasSize(2);
        assertThat(sql.sql()).endsWith("ORDER BY sort_key DESC, id DESC LIMIT ?");
        assertThat(sql.parameters).hasSize(5);
    }

    @Test
    void everyoneOrAChosenCustodianIsOneQueryAndNoCustodianAtAllFindsNothing() {
        UUID custodian = UUID.randomUUID();
        assertThat(new DeviceSql(query(null, null, null), jdbc, true, List.of()).sql()).doesNotContain("UNION", "ANY");
        assertThat(new DeviceSql(query(Set.of(custodian, UUID.randomUUID()), custodian, null), jdbc, true, List.of()).sql())
                .doesNotContain("UNION").contains("d.custodian_id = ANY (?)");
        assertThat(new DeviceSql(query(Set.of(), null, null), jdbc, true, List.of()).sql()).endsWith("AND false");
        assertThat(new DeviceSql(query(Set.of(custodian), null, null), jdbc, false, List.of()).sql())
                .doesNotContain("UNION", "LIMIT").contains("= ANY (?)");
    }

    @Test
    void freeTextIsAPrefixOfSerialOrLotOrOneOfTheMatchingItemsAndMeansItsCharactersLiterally() {
        DeviceSql sql = new DeviceSql(query(null, null, " 50%_off\\ "), jdbc, true, List.of(UUID.randomUUID()));

        assertThat(sql.sql()).contains("lower(d.serial) LIKE ? OR lower(d.lot) LIKE ? OR d.item_id = ANY (?)");
        assertThat(sql.parameters).startsWith("50\\%\\_off\\\\%", "50\\%\\_off\\\\%");
        assertThat(new DeviceSql(query(null, null, "x"), jdbc, true, List.of()).sql()).doesNotContain("item_id = ANY");
    }

    @Test
    void aSelectiveTextSortsByAnExpressionNoIndexCoversAShortOneMayWalkTheNewestFirstIndex() {
        assertThat(new DeviceSql(query(null, null, "SN-123"), jdbc, true, List.of()).sql())
                .contains("ORDER BY (d.received_at + INTERVAL '0 seconds') DESC");
        assertThat(new DeviceSql(query(null, null, "S"), jdbc, true, List.of()).sql()).contains("ORDER BY d.received_at DESC");
    }
}

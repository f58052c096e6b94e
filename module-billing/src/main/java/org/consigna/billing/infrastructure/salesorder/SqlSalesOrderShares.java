package org.consigna.billing.infrastructure.salesorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.consigna.billing.domain.salesorder.SalesOrderShare;
import org.consigna.billing.domain.salesorder.SalesOrderShares;
import org.consigna.billing.infrastructure.TenantSql;

@ApplicationScoped
class SqlSalesOrderShares implements SalesOrderShares {

    @Inject
    TenantSql sql;

    @Override
    public void add(SalesOrderShare s) {
        sql.update("INSERT INTO {sales_order_share} (id, event_id, recipient, shared_by, shared_at, mail_id) VALUES (?, ?, ?, ?, ?, ?)",
                s.id(), s.eventId(), s.recipient(), s.sharedBy(), s.sharedAt(), s.mailId());
    }

    @Override
    public List<SalesOrderShare> of(UUID eventId) {
        return sql.query("SELECT id, event_id, recipient, shared_by, shared_at, mail_id FROM {sales_order_share}"
                + " WHERE event_id = ? ORDER BY shared_at, id", row -> new SalesOrderShare(row.getObject("id", UUID.class),
                row.getObject("event_id", UUID.class), row.getString("recipient"), row.getObject("shared_by", UUID.class),
                TenantSql.instant(row, "shared_at"), row.getObject("mail_id", UUID.class)), eventId);
    }
}

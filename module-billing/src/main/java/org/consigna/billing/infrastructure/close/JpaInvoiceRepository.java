package org.consigna.billing.infrastructure.close;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.billing.domain.close.Invoice;
import org.consigna.billing.domain.close.InvoiceLine;
import org.consigna.billing.domain.close.InvoiceRepository;
import org.consigna.platform.tenant.TenantContext;

/** Invoices; the number comes from the tenant schema's sequence (native SQL names the schema). */
@ApplicationScoped
class JpaInvoiceRepository implements InvoiceRepository {

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenants;

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("select nextval('" + tenants.require().schema()
                + ".billing_invoice_number')").getSingleResult()).longValue();
    }

    @Override
    public void add(Invoice invoice, List<InvoiceLine> lines) {
        em.persist(invoice);
        em.flush();
        lines.forEach(em::persist);
    }

    @Override
    public Optional<Invoice> ofRecord(UUID recordId) {
        return em.createQuery("select i from Invoice i where i.recordId = :r", Invoice.class).setParameter("r", recordId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Invoice> page(Long afterNumber, int limit) {
        var query = em.createQuery("select i from Invoice i" + (afterNumber == null ? "" : " where i.number > :n")
                + " order by i.number", Invoice.class).setMaxResults(limit);
        if (afterNumber != null) {
            query.setParameter("n", afterNumber);
        }
        return query.getResultList();
    }

    @Override
    public List<InvoiceLine> lines(UUID invoiceId) {
        return em.createQuery("select l from InvoiceLine l where l.invoiceId = :i order by l.position", InvoiceLine.class)
                .setParameter("i", invoiceId).getResultList();
    }
}

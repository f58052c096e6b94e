package org.consigna.purchasing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.purchasing.domain.template.InventoryTemplate;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.domain.template.TemplateLine;
import org.consigna.purchasing.domain.template.TemplateRepository;

@ApplicationScoped
class JpaTemplateRepository implements TemplateRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<InventoryTemplate> find(UUID templateId) {
        return Optional.ofNullable(em.find(InventoryTemplate.class, templateId));
    }

    @Override
    public List<InventoryTemplate> page(String afterName, int limit) {
        var query = em.createQuery("select t from InventoryTemplate t" + (afterName == null ? "" : " where t.name > :after")
                + " order by t.name", InventoryTemplate.class).setMaxResults(limit);
        if (afterName != null) {
            query.setParameter("after", afterName);
        }
        return query.getResultList();
    }

    @Override
    public List<TemplateLine> lines(Collection<UUID> templateIds) {
        if (templateIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from TemplateLine l where l.templateId in :t order by l.itemId", TemplateLine.class)
                .setParameter("t", templateIds).getResultList();
    }

    @Override
    public Optional<Recipient> recipient(UUID custodianId) {
        return Optional.ofNullable(em.find(Recipient.class, custodianId));
    }

    @Override
    public Optional<Recipient> lockRecipient(UUID custodianId) {
        return Optional.ofNullable(em.find(Recipient.class, custodianId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Recipient> recipients(Collection<UUID> custodianIds) {
        if (custodianIds != null && custodianIds.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select r from Recipient r" + (custodianIds == null ? "" : " where r.custodianId in :c")
                + " order by r.addedAt, r.custodianId", Recipient.class);
        if (custodianIds != null) {
            query.setParameter("c", custodianIds);
        }
        return query.getResultList();
    }

    @Override
    public List<RecipientOverride> overrides(Collection<UUID> custodianIds) {
        if (custodianIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from RecipientOverride o where o.custodianId in :c"
                        + " order by o.custodianId, o.itemId", RecipientOverride.class)
                .setParameter("c", custodianIds).getResultList();
    }

    @Override
    public void add(Object row) {
        em.persist(row);
        em.flush();
    }
}

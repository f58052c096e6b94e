package org.consigna.events.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.events.domain.facility.Facility;
import org.consigna.events.domain.facility.FacilityContact;
import org.consigna.events.domain.facility.Surgeon;

@ApplicationScoped
class JpaFacilityRepository implements FacilityRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<Facility> facility(UUID id) {
        return Optional.ofNullable(em.find(Facility.class, id));
    }

    @Override
    public List<Facility> facilities(Search search, FacilityKey after) {
        var query = page(search, Facility.class, "select f from Facility f where (:all = true or f.active = true)",
                " and (lower(f.name) like :text or lower(f.address.city) like :text)",
                after == null ? "" : " and lower(f.name) >= :name and (lower(f.name) > :name or f.id > :id)",
                " order by lower(f.name), f.id");
        if (after != null) {
            query.setParameter("name", after.lowerName()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /**
     * A page of a search, keyset-paged after the previous page's last row ({@code seek}, empty on the first
     * page); the text condition only when there is text (PostgreSQL cannot type a bare null).
     */
    private <T> jakarta.persistence.TypedQuery<T> page(Search search, Class<T> type, String select, String textCondition,
                                                      String seek, String order) {
        String text = pattern(search.text());
        var query = em.createQuery(select + (text == null ? "" : textCondition) + seek + order, type)
                .setParameter("all", search.includeInactive());
        if (text != null) {
            query.setParameter("text", text);
        }
        return query.setMaxResults(search.limit());
    }

    @Override
    public List<FacilityContact> contactsOf(UUID facilityId, boolean includeInactive) {
        return em.createQuery("select c from FacilityContact c where c.facilityId = :facility"
                        + " and (:all = true or c.active = true) order by c.name, c.id", FacilityContact.class)
                .setParameter("facility", facilityId)
                .setParameter("all", includeInactive)
                .getResultList();
    }

    @Override
    public Optional<FacilityContact> contact(UUID id) {
        return Optional.ofNullable(em.find(FacilityContact.class, id));
    }

    @Override
    public Optional<Surgeon> surgeon(UUID id) {
        return Optional.ofNullable(em.find(Surgeon.class, id));
    }

    @Override
    public List<Surgeon> surgeons(Search search, SurgeonKey after) {
        var query = page(search, Surgeon.class, "select s from Surgeon s where (:all = true or s.active = true)",
                " and (lower(s.lastName) like :text or lower(s.firstName) like :text or lower(s.specialty) like :text)",
                after == null ? "" : " and lower(s.lastName) >= :last and (lower(s.lastName) > :last"
                        + " or lower(s.firstName) > :first or (lower(s.firstName) = :first and s.id > :id))",
                " order by lower(s.lastName), lower(s.firstName), s.id");
        if (after != null) {
            query.setParameter("last", after.lowerLastName()).setParameter("first", after.lowerFirstName())
                    .setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** Written at once: rows that refer to it in the same transaction (an event's contact) have no JPA relation to order the writes. */
    @Override
    public void add(Object entry) {
        em.persist(entry);
        em.flush();
    }

    /** A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken literally. */
    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}

package org.consigna.facilitystock.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import org.consigna.facilitystock.domain.expiry.DigestRepository;
import org.consigna.facilitystock.domain.expiry.ExpiryDigest;
import org.consigna.facilitystock.domain.par.FacilityStockSetting;

@ApplicationScoped
class JpaDigestRepository implements DigestRepository {

    @Inject
    EntityManager em;

    @Override
    public List<ExpiryDigest> of(LocalDate day) {
        return em.createQuery("select d from ExpiryDigest d where d.digestDate = :day"
                + " order by d.audience, d.custodianId", ExpiryDigest.class).setParameter("day", day).getResultList();
    }

    /** The settings row is the tenant's one lock for producing a day: a second producer waits, then finds the day done. */
    @Override
    public boolean addDay(LocalDate day, List<ExpiryDigest> digests) {
        em.find(FacilityStockSetting.class, FacilityStockSetting.ID, LockModeType.PESSIMISTIC_WRITE);
        boolean done = !em.createQuery("select d.id from ExpiryDigest d where d.digestDate = :day and d.audience = :a")
                .setParameter("day", day).setParameter("a", ExpiryDigest.ADMINS).setMaxResults(1).getResultList().isEmpty();
        if (done) {
            return false;
        }
        digests.forEach(em::persist);
        em.flush();
        return true;
    }
}

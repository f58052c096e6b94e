package org.consigna.probe;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A resource that wrongly reads tenant data outside a tenant URL: the platform must refuse loudly. */
@Path("probe/untenanted-notes")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class UntenantedProbeResource {

    @Inject
    EntityManager em;

    @GET
    public List<String> list() {
        return em.createQuery("select n.text from ProbeNote n", String.class).getResultList();
    }
}

package org.consigna.probe;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.consigna.platform.problem.ProblemException;

/** Notes of the current tenant: the platform chooses the schema, this code never names one. */
@Path("t/{tenant}/probe/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ProbeResource {

    @Inject
    EntityManager em;

    public record Note(long id, String text) {
    }

    public record NewNote(@NotNull @Positive Long id, @NotBlank @Size(max = 100) String text) {
    }

    public record NoteText(@NotBlank @Size(max = 100) String text) {
    }

    @PUT
    @Path("{id}")
    public Note put(@PathParam("id") long id, @NotNull @Valid NoteText note) {
        ProbeNote existing = em.find(ProbeNote.class, id);
        if (existing == null) {
            existing = new ProbeNote(id, note.text());
            em.persist(existing);
        } else {
            existing.rewrite(note.text());
        }
        return new Note(existing.id(), existing.text());
    }

    @POST
    public Note create(@NotNull @Valid NewNote note) {
        em.persist(new ProbeNote(note.id(), note.text()));
        em.flush();
        return new Note(note.id(), note.text());
    }

    @GET
    @Path("{id}")
    public Note get(@PathParam("id") long id) {
        ProbeNote note = em.find(ProbeNote.class, id);
        if (note == null) {
            throw ProblemException.notFound("Note", id);
        }
        return new Note(note.id(), note.text());
    }

    @GET
    public List<Note> list() {
        return em.createQuery("select n from ProbeNote n order by n.id", ProbeNote.class).getResultList().stream()
                .map(n -> new Note(n.id(), n.text())).toList();
    }
}

package org.consigna.identity.domain;

import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/** The refusals of the identity module that are not tied to one entity's state. */
public final class IdentityProblems {

    private IdentityProblems() {
    }

    public static ProblemException memberNotFound(UUID id) {
        return new ProblemException(404, "member-not-found", "Member not found",
                "There is no member '" + id + "' in this tenant");
    }

    public static ProblemException linkNotFound(UUID id) {
        return new ProblemException(404, "link-not-found", "Sharing link not found",
                "There is no sharing link '" + id + "' in this tenant");
    }

    public static ProblemException emailTaken(String email) {
        return ProblemException.conflict("email-taken", "A member of this tenant already has the e-mail address '"
                + email + "'");
    }
}

package org.consigna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.consigna.identity.domain.UserAccount;
import org.consigna.identity.domain.Member;
import org.consigna.platform.problem.Problem;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.TenantRole;

/** Test helpers: members to play with, and assertions on the problems a refusal carries. */
public final class Problems {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private Problems() {
    }

    /** Asserts the call is refused with this status and type, and a detail mentioning every given word. */
    public static Problem assertRefused(ThrowingCallable call, int status, String type, String... detailMentions) {
        ProblemException refused = catchThrowableOfType(ProblemException.class, call);
        assertThat(refused).as("refused with a problem").isNotNull();
        Problem problem = refused.toProblem();
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.type()).isEqualTo(type);
        if (detailMentions.length > 0) {
            assertThat(problem.detail()).contains(detailMentions);
        }
        return problem;
    }

    public static Member user(String tenantId, String name, TenantRole role) {
        String email = name.toLowerCase() + "@" + tenantId + ".test";
        UserAccount account = new UserAccount(UUID.randomUUID().toString(), email, email, name, "Tester");
        return Member.user(tenantId, account, name, "Tester", role, NOW);
    }

    public static Member disabled(Member member) {
        member.disable(NOW);
        return member;
    }
}

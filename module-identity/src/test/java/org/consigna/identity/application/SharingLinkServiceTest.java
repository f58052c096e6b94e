package org.consigna.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consigna.identity.Problems.assertRefused;

import java.util.UUID;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.SharingLink;
import org.consigna.platform.security.TenantRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharingLinkServiceTest {

    final Wiring app = new Wiring();
    Member dora;
    Member sam;

    @BeforeEach
    void members() {
        app.keycloak.ensureOrganization("acme", "Acme");
        dora = app.members.invite("acme", "dora@acme.test", "Dora", "Dist", TenantRole.DISTRIBUTOR).member();
        sam = app.members.invite("acme", "sam@acme.test", "Sam", "Seller", TenantRole.SALES).member();
    }

    @Test
    void oneActiveLinkPerPairAndANewOneAfterRemoval() {
        SharingLink first = app.links.create("acme", dora.id(), sam.id(), "admin-1");
        assertRefused(() -> app.links.create("acme", dora.id(), sam.id(), "admin-1"), 409, "link-exists",
                first.id().toString());

        app.links.remove("acme", first.id(), "admin-2");
        SharingLink second = app.links.create("acme", dora.id(), sam.id(), "admin-1");
        assertThat(app.links.list("acme", false, null, null, 50)).containsExactly(second);
        assertThat(app.links.list("acme", true, null, null, 50)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void swappedOrUnknownMembersAreRefused() {
        assertRefused(() -> app.links.create("acme", sam.id(), dora.id(), "a"), 400, "link-not-allowed",
                "is sales", "is distributor");
        UUID nobody = UUID.randomUUID();
        assertRefused(() -> app.links.create("acme", dora.id(), nobody, "a"), 422, "unknown-reference", "salesId",
                nobody.toString());
        // Acme's members seen from tenant beta: the first id the request names is refused, field and id named.
        assertRefused(() -> app.links.create("beta", dora.id(), sam.id(), "a"), 422, "unknown-reference",
                "distributorId", dora.id().toString());
        assertThat(app.linkRows.rows).isEmpty();
    }

    @Test
    void removingTwiceOrInAnotherTenantIsRefused() {
        SharingLink link = app.links.create("acme", dora.id(), sam.id(), "a");
        assertRefused(() -> app.links.remove("beta", link.id(), "b"), 404, "link-not-found");
        app.links.remove("acme", link.id(), "b");
        assertRefused(() -> app.links.remove("acme", link.id(), "c"), 409, "link-removed");
        assertThat(link.removal().by()).isEqualTo("b");
    }
}

package org.consigna.server;

import java.util.Map;
import java.util.UUID;

/**
 * The first layer of fixtures, built through the API as the tenant's admin: members who sign in,
 * custodians who never do, sharing links. {@code InventoryFixtures} and {@code EventFixtures} build on it.
 */
public class TenantFixtures {

    public final Api api;
    public final Api.Tenant tenant;

    public TenantFixtures(Api api, Api.Tenant tenant) {
        this.api = api;
        this.tenant = tenant;
    }

    /** A member who signs in, with their token. */
    public record Member(String id, String email, String token) {
    }

    public String admin() {
        return tenant.adminToken();
    }

    /** A new member with the role, signed in. */
    public Member member(String role) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.id() + ".test";
        String id = api.as(admin()).body(Map.of("email", email, "firstName", "Test", "lastName", role, "role", role))
                .post(tenant.path("members")).then().statusCode(201).extract().path("member.id");
        return new Member(id, email, Api.tokenOf(email, "openid organization"));
    }

    /** A distributor who holds inventory but never signs in. */
    public String custodianOnly(String name) {
        return api.as(admin()).body(Map.of("displayName", name)).post(tenant.path("custodians")).then().statusCode(201)
                .extract().path("id");
    }

    public void link(String distributorId, String salesId) {
        api.as(admin()).body(Map.of("distributorId", distributorId, "salesId", salesId))
                .post(tenant.path("sharing-links")).then().statusCode(201);
    }

    public void link(Member distributor, Member sales) {
        link(distributor.id(), sales.id());
    }
}

package org.consigna.server.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.consigna.server.Api;
import org.consigna.server.IntegrationTest;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens: the real Keycloak's are accepted, every kind of bad token gets 401 problem+json. */
class AuthenticationIT extends IntegrationTest {

    private static final String OPERATOR_ONLY = "platform/modules";

    MintedTokens minted;

    @BeforeEach
    void client() {
        minted = new MintedTokens();
    }

    @Test
    void theRealOperatorTokenIsAccepted() {
        api.as(Tokens.shared().operatorToken()).get(OPERATOR_ONLY).then().statusCode(200);
    }

    @Test
    void aMintedTokenWithRightClaimsIsAcceptedSoTheRefusalsBelowAreAboutOneClaimEach() {
        api.as(minted.signedByRealmTestKey(minted.operatorClaims().build())).get(OPERATOR_ONLY).then().statusCode(200);
    }

    @Test
    void aMissingTokenIs401WithABearerChallenge() {
        api.anonymous().get(OPERATOR_ONLY).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:unauthenticated"));
        api.anonymous().header("Authorization", "Basic b3BlcmF0b3I6b3BlcmF0b3I=").get(OPERATOR_ONLY).then().statusCode(401);
    }

    @Test
    void garbageIsRefused() {
        refused(api.as("not-a-jwt"), "not a well-formed JWT");
        refused(api.as("eyJhbGciOiJSUzI1NiJ9.e30.c2ln"), null);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(600);
        refused(claims(b -> b.issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past))), "Expired");
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        refused(claims(b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(600)))), "before");
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedBeyondASmallClockSkew() {
        Instant future = Instant.now().plusSeconds(600);
        refused(claims(b -> b.issueTime(Date.from(future)).expirationTime(Date.from(future.plusSeconds(300)))), "future");
        Instant slightlyAhead = Instant.now().plusSeconds(20);
        api.as(claims(b -> b.issueTime(Date.from(slightlyAhead)))).get(OPERATOR_ONLY).then().statusCode(200);
    }

    @Test
    void theResourceModelIsNotServedAsWadl() {
        Api.Tenant tenant = api.newTenant("wadl");
        for (String path : new String[] {"application.wadl", "application.wadl?detail=true"}) {
            api.as(tenant.adminToken()).get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void anotherIssuerIsRefused() {
        refused(claims(b -> b.issuer("http://127.0.0.1:8180/realms/master")), "iss");
        refused(claims(b -> b.issuer("http://localhost:8180/realms/consigna")), "iss");
    }

    @Test
    void aWrongAudienceIsRefused() {
        refused(claims(b -> b.audience(List.of("account"))), "aud");
        refused(claims(b -> b.audience((String) null)), "aud");
    }

    @Test
    void aForgedSignatureIsRefused() {
        JWTClaimsSet claims = minted.operatorClaims().build();
        refused(api.as(minted.signedByStranger(claims)), "Signed JWT rejected");
        refused(api.as(minted.signedByStrangerWithUnknownKid(claims)), null);
    }

    @Test
    void unsignedAndAlgorithmConfusionTokensAreRefused() {
        JWTClaimsSet claims = minted.operatorClaims().build();
        refused(api.as(minted.unsigned(claims)), null);
        refused(api.as(minted.hmacWithPublicKey(claims)), null);
    }

    @Test
    void thePublicPingNeedsNoTokenAndTheTenantPingNeedsAMember() {
        api.anonymous().get("public/ping").then().statusCode(200).body("status", equalTo("ok"));
        Api.Tenant tenant = api.newTenant("ping");
        api.as(tenant.adminToken()).get(tenant.path("ping")).then().statusCode(200)
                .body("tenant", equalTo(tenant.id())).body("role", equalTo("admin"));
        api.anonymous().get(tenant.path("ping")).then().statusCode(401);
    }

    @Test
    void aMemberOfOneTenantIsRefusedInAnother() {
        Api.Tenant a = api.newTenant("auth-a");
        Api.Tenant b = api.newTenant("auth-b");
        api.as(a.adminToken()).get(a.path("probe/notes")).then().statusCode(200);
        api.as(a.adminToken()).get(b.path("probe/notes")).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:not-a-member"));
        api.as(a.adminToken()).get(b.path("settings")).then().statusCode(403);
        api.as(a.adminToken()).get("platform/tenants").then().statusCode(403);
    }

    @Test
    void aValidTokenWithoutTheOperatorRoleCannotUseTheTenantRegistry() {
        api.as(minted.signedByRealmTestKey(minted.operatorClaims().claim("realm_access", null).build()))
                .get("platform/tenants").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:role-required"));
    }

    private void refused(io.restassured.specification.RequestSpecification request, String reason) {
        var then = request.get(OPERATOR_ONLY).then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:consigna:problem:invalid-token"));
        if (reason != null) {
            then.body("detail", containsString(reason));
        }
    }

    private void refused(String token, String reason) {
        refused(api.as(token), reason);
    }

    private String claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return minted.signedByRealmTestKey(change.apply(minted.operatorClaims()).build());
    }

}

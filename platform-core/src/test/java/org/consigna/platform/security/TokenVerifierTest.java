package org.consigna.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.Invalidation;
import org.consigna.platform.persistence.Transactions;
import org.consigna.platform.security.TokenVerifier.InvalidTokenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verified-token cache against a real RS256 signature and a JWKS served over HTTP. */
class TokenVerifierTest {

    HttpServer jwks;
    RSAKey key;
    TokenVerifier verifier;
    CacheInvalidation invalidation;

    @BeforeEach
    void realm() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/realms/consigna/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        invalidation = CacheInvalidation.local(new Transactions() {
            @Override
            public boolean isActive() {
                return false;
            }
        }, Duration.ofSeconds(5));
        verifier = new TokenVerifier();
        verifier.keycloakUrl = "http://127.0.0.1:" + jwks.getAddress().getPort();
        verifier.realm = "consigna";
        verifier.audience = "consigna-api";
        verifier.clockSkewSeconds = 0;
        verifier.minRefreshSeconds = 30;
        verifier.invalidation = invalidation;
        verifier.init();
    }

    @AfterEach
    void stop() {
        jwks.stop(0);
    }

    @Test
    void aVerifiedTokenIsAnsweredFromTheCacheAndAnInvalidationEmptiesIt() throws Exception {
        String token = token(key, Instant.now().plusSeconds(300));
        JWTClaimsSet first = verifier.verify(token);
        assertThat(verifier.verify(token)).as("cached").isSameAs(first);
        invalidation.apply(Invalidation.all(TokenVerifier.CACHE));
        assertThat(verifier.verify(token)).as("checked again").isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpires() throws Exception {
        String token = token(key, Instant.now().plusMillis(1500));
        assertThat(verifier.verify(token).getSubject()).isEqualTo("sam");
        Thread.sleep(2000);
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aForgedTokenIsRefusedEveryTimeAndNeverKept() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
        String forged = token(other, Instant.now().plusSeconds(300));
        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }

    private String token(RSAKey signer, Instant expires) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(verifier.issuer()).audience("consigna-api").subject("sam")
                .issueTime(Date.from(Instant.now().minusSeconds(1))).expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }
}

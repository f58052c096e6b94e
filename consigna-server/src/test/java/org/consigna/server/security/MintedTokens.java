package org.consigna.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.testsupport.KeycloakServer;

/**
 * Tokens made by the tests: signed with the dev realm's published test key (so only the claim
 * under test is wrong), with a stranger's key, or not signed at all.
 */
final class MintedTokens {

    private final KeycloakServer keycloak = KeycloakServer.shared();
    private final RSAKey realmTestKey;

    MintedTokens() {
        try {
            RSAPrivateKey privateKey = privateKey();
            JWKSet published = JWKSet.load(URI.create(keycloak.jwksUrl()).toURL());
            RSAKey match = published.getKeys().stream()
                    .filter(k -> k instanceof RSAKey).map(k -> (RSAKey) k)
                    .filter(k -> modulusOf(k).equals(privateKey.getModulus()))
                    .findFirst().orElseThrow(() -> new AssertionError("The realm does not publish the dev test key"));
            realmTestKey = new RSAKey.Builder(match.toRSAPublicKey()).privateKey(privateKey).keyID(match.getKeyID()).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims a valid operator token would have; tests change one thing. */
    JWTClaimsSet.Builder operatorClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(keycloak.issuer())
                .audience(List.of("consigna-api", "account"))
                .subject(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "minted-operator")
                .claim("realm_access", Map.of("roles", List.of("platform-operator")));
    }

    String signedByRealmTestKey(JWTClaimsSet claims) {
        return sign(claims, realmTestKey, realmTestKey.getKeyID());
    }

    String signedByStranger(JWTClaimsSet claims) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).generate();
            return sign(claims, stranger, realmTestKey.getKeyID());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String signedByStrangerWithUnknownKid(JWTClaimsSet claims) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048).generate();
            return sign(claims, stranger, "unknown-" + UUID.randomUUID());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** The classic algorithm confusion: HS256 keyed with the realm's public key. */
    String hmacWithPublicKey(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(realmTestKey.getKeyID()).build(), claims);
            jwt.sign(new MACSigner(realmTestKey.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, String kid) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
            jwt.sign(new RSASSASigner(key.toRSAPrivateKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.math.BigInteger modulusOf(JWK key) {
        try {
            return ((RSAPublicKey) ((RSAKey) key).toPublicKey()).getModulus();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAPrivateKey privateKey() throws Exception {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("dev-test-signing-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}

package org.consigna.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import com.nimbusds.jwt.proc.BadJWTException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.ExpiringCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks access tokens of the platform's Keycloak realm with nimbus-jose-jwt: RS256 only,
 * signature against the realm's JWKS (cached; an unknown key id triggers a refresh, at most one
 * per {@code auth.jwks-min-refresh} so forged key ids cannot make us fetch on every request),
 * exact issuer, audience, expiry, not-before and issued-at with a small clock skew (at most
 * {@value #MAX_CLOCK_SKEW_SECONDS} s, whatever is configured): a token issued in the future is refused.
 *
 * <p>A token that passed is remembered by its exact string ({@value #CACHE}) so the next requests with it
 * skip parsing and the RS256 check: for at most {@value #CACHED_SECONDS} s and never past its own
 * expiry (checked on every hit; an expired one is checked again in full and refused), at most
 * {@value #MAX_CACHED} tokens (above that the cache starts over). Only tokens that passed are kept, so a
 * flood of forged ones cannot fill it. Nothing else changes a verified token's verdict but the realm's
 * keys, which the JWKS cache already holds for an hour; {@code Invalidation.all(CACHE)} empties it on every node.
 */
@ApplicationScoped
public class TokenVerifier {

    static final int MAX_CLOCK_SKEW_SECONDS = 60;

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://127.0.0.1:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "consigna")
    String realm;

    @Inject
    @ConfigProperty(name = "auth.audience", defaultValue = "consigna-api")
    String audience;

    @Inject
    @ConfigProperty(name = "auth.clock-skew-seconds", defaultValue = "30")
    int clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "auth.jwks-min-refresh-seconds", defaultValue = "30")
    int minRefreshSeconds;

    /** The cache of verified tokens, under {@link CacheInvalidation}. */
    public static final String CACHE = "security.tokens";

    static final int CACHED_SECONDS = 60;

    static final int MAX_CACHED = 10_000;

    @Inject
    CacheInvalidation invalidation;

    private ConfigurableJWTProcessor<SecurityContext> processor;

    private final ExpiringCache<String, JWTClaimsSet> verified = new ExpiringCache<>(Duration.ofSeconds(CACHED_SECONDS),
            MAX_CACHED / 2);

    @PostConstruct
    void init() {
        if (invalidation != null) {
            invalidation.register(CACHE, key -> {
                if (key == null) {
                    verified.clear();
                } else {
                    verified.remove(key);
                }
            });
        }
        String issuer = issuer();
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs").toURL())
                    .cache(Duration.ofHours(1).toMillis(), Duration.ofSeconds(5).toMillis())
                    .rateLimited(Duration.ofSeconds(minRefreshSeconds).toMillis())
                    .retrying(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Bad keycloak.url: " + keycloakUrl, e);
        }
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        int skew = Math.max(0, Math.min(clockSkewSeconds, MAX_CLOCK_SKEW_SECONDS));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")) {
            @Override
            public void verify(JWTClaimsSet claimsSet, SecurityContext context) throws BadJWTException {
                super.verify(claimsSet, context);
                Date issued = claimsSet.getIssueTime();
                if (issued != null && issued.toInstant().isAfter(Instant.now().plusSeconds(skew))) {
                    throw new BadJWTException("The token was issued in the future (check the clocks)");
                }
            }
        };
        claims.setMaxClockSkew(skew);
        jwt.setJWTClaimsSetVerifier(claims);
        processor = jwt;
    }

    public String issuer() {
        return keycloakUrl.replaceAll("/+$", "") + "/realms/" + realm;
    }

    /** @throws InvalidTokenException with a reason safe to show the client */
    public JWTClaimsSet verify(String token) {
        if (verified.size() > MAX_CACHED) {
            verified.clear();
        }
        JWTClaimsSet claims = verified.get(token, t -> Optional.of(check(t))).orElseThrow();
        Date expires = claims.getExpirationTime();
        if (expires == null || !expires.toInstant().isAfter(Instant.now())) {
            // Expired since it was cached: checked again in full (the clock skew applies as on a first check).
            verified.remove(token);
            return check(token);
        }
        return claims;
    }

    private JWTClaimsSet check(String token) {
        try {
            return processor.process(token, null);
        } catch (java.text.ParseException e) {
            throw new InvalidTokenException("The token is not a well-formed JWT");
        } catch (com.nimbusds.jose.proc.BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new InvalidTokenException("The token could not be checked: " + e.getMessage());
        }
    }

    /** A token that is missing, malformed, forged, expired or meant for someone else. */
    public static class InvalidTokenException extends RuntimeException {

        public InvalidTokenException(String message) {
            super(message);
        }
    }
}

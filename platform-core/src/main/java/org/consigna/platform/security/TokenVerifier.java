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
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks access tokens of the platform's Keycloak realm with nimbus-jose-jwt: RS256 only,
 * signature against the realm's JWKS (cached; an unknown key id triggers a refresh, at most one
 * per {@code auth.jwks-min-refresh} so forged key ids cannot make us fetch on every request),
 * exact issuer, audience, expiry, not-before and issued-at with a small clock skew (at most
 * {@value #MAX_CLOCK_SKEW_SECONDS} s, whatever is configured): a token issued in the future is refused.
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

    private ConfigurableJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void init() {
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

package org.consigna.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.consigna.server.Api;
import org.consigna.server.Deployments;
import org.consigna.server.security.HostileVariants.Variant;
import org.consigna.server.security.WriteOperations.Operation;
import org.consigna.testsupport.KeycloakExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every write operation of every module, sent hostile bodies and paths: each answer is a 4xx
 * {@code application/problem+json} and the tenant's stored state is exactly what it was.
 */
@ExtendWith({KeycloakExtension.class, ArquillianExtension.class})
@RunAsClient
class HostileInputIT {

    private static final long SEED = 20_251_004L;
    /** Not "%00": the web container refuses a NUL in a path itself, with an empty 400 (README, known limits). */
    private static final List<String> HOSTILE_IDS = List.of("not-a-uuid", WriteOperations.FixtureIds.UNKNOWN, "%01",
            "%27%20OR%201%3D1", "..%2F..%2Fplatform");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platformWithProbe();
    }

    @ArquillianResource
    URL deployment;

    private InputFixture fixture;
    private TenantState state;
    private String before;
    private final List<String> failures = new ArrayList<>();

    @Test
    void noHostileWriteIsAcceptedNorAnswered5xxNorChangesAnything() {
        fixture = new InputFixture(new Api(deployment), "hostile");
        state = new TenantState(fixture.tenant.id());
        before = state.fingerprint();
        HostileVariants variants = new HostileVariants(SEED);
        int sent = 0;
        long started = System.nanoTime();
        List<Operation> operations = WriteOperations.of(fixture);
        for (Operation op : operations) {
            List<Variant> hostile = new ArrayList<>();
            if (op.body() != null) {
                hostile.addAll(variants.of(op.body(), op.optionalBody()));
            }
            for (Variant v : hostile) {
                sent++;
                check(op, op.path(), v.what(), v.body());
            }
            for (String id : op.ids()) {
                for (String bad : HOSTILE_IDS) {
                    sent++;
                    check(op, op.path().replace(id, bad), "path id " + bad, op.body() == null ? null : op.body().toString());
                }
            }
        }
        System.out.printf("HostileInputIT: %d operations, %d hostile requests in %.1f s%n", operations.size(), sent,
                (System.nanoTime() - started) / 1e9);
        assertThat(failures).as("hostile requests not refused cleanly").isEmpty();
    }

    private void check(Operation op, String path, String what, String body) {
        var request = op.path().startsWith("platform/") ? fixture.api.request() : fixture.admin();
        request = request.urlEncodingEnabled(false);
        if (body != null) {
            request = request.body(body);
        }
        Response response = request.request(op.method(), path);
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        String after = state.fingerprint();
        if (status < 400 || status >= 500 || !type.startsWith("application/problem+json") || !after.equals(before)) {
            String answer = response.asString();
            failures.add(op.name() + " [" + what + "] -> " + status + " " + type
                    + (after.equals(before) ? "" : " CHANGED " + TenantState.changed(before, after)) + ": " + answer.substring(0, Math.min(200, answer.length())));
            if (!after.equals(before)) {
                before = after; // report each change once
            }
        }
    }
}

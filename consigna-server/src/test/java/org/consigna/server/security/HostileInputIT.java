package org.consigna.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.consigna.server.IntegrationTest;
import org.consigna.server.security.HostileVariants.Variant;
import org.consigna.server.security.WriteOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of every module, sent hostile bodies and paths: each answer is a 4xx
 * {@code application/problem+json} and the tenant's stored state is exactly what it was.
 */
class HostileInputIT extends IntegrationTest {

    private static final long SEED = 20_251_004L;
    /** Not "%00": the web container refuses a NUL in a path itself, with an empty 400 (README, known limits). */
    private static final List<String> HOSTILE_IDS = List.of("not-a-uuid", WriteOperations.FixtureIds.UNKNOWN, "%01",
            "%27%20OR%201%3D1", "..%2F..%2Fplatform");

    private InputFixture fixture;
    private TenantState state;
    private String before;
    private final List<String> failures = new ArrayList<>();

    @Test
    void noHostileWriteIsAcceptedNorAnswered5xxNorChangesAnything() {
        fixture = new InputFixture(api, "hostile");
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

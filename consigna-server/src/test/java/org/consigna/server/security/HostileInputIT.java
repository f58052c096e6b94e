package org.consigna.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.consigna.server.IntegrationTest;
import org.consigna.server.security.HostileVariants.Variant;
import org.consigna.server.security.WriteOperations.Operation;
import org.consigna.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of every module, sent hostile bodies, paths and headers: each answer is a 4xx
 * {@code application/problem+json} and the tenant's stored state is exactly what it was.
 */
class HostileInputIT extends IntegrationTest {

    private static final long SEED = 20_251_004L;
    /** "%00" and "%5C" are refused before the container routes the path (web.HttpLayerRefusals): problem+json all the same. */
    private static final List<String> HOSTILE_IDS = List.of("not-a-uuid", WriteOperations.FixtureIds.UNKNOWN, "%00", "%01",
            "%5C", "%27%20OR%201%3D1", "..%2F..%2Fplatform");

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

    /**
     * Requests Payara's HTTP layer refuses before the application runs, sent raw on a socket to every
     * write operation: a 64 KB Authorization header (431), a control character in a header (400), a
     * raw NUL in the path (400 invalid-path). Each answer is problem+json and nothing changes.
     */
    @Test
    void requestsRefusedBeforeTheApplicationAnswerProblemJsonAndChangeNothing() throws Exception {
        fixture = new InputFixture(api, "raw");
        state = new TenantState(fixture.tenant.id());
        before = state.fingerprint();
        int sent = 0;
        for (Operation op : WriteOperations.of(fixture)) {
            String token = op.path().startsWith("platform/") ? Tokens.shared().operatorToken() : fixture.tenant.adminToken();
            String path = URI.create(api.root()).getPath() + "api/" + op.path();
            String body = op.body() == null ? null : op.body().toString();
            raw(op, "64 KB Authorization", 431, "header-fields-too-large",
                    RawHttp.send(api.root(), op.method(), path, body, "Authorization: Bearer " + "a".repeat(64 * 1024)));
            raw(op, "U+0001 in Authorization", 400, "malformed-request",
                    RawHttp.send(api.root(), op.method(), path, body, "Authorization: Bearer " + token + "\u0001"));
            raw(op, "NUL byte in a header value", 400, "malformed-request",
                    RawHttp.send(api.root(), op.method(), path, body, "Authorization: Bearer " + token, "X-Note: a\u0000b"));
            String nulPath = op.ids().isEmpty() ? path + "\u0000" : path.replace(op.ids().get(0), "x\u0000y");
            raw(op, "raw NUL in the path", 400, "invalid-path",
                    RawHttp.send(api.root(), op.method(), nulPath, body, "Authorization: Bearer " + token));
            sent += 4;
        }
        String after = state.fingerprint();
        System.out.printf("HostileInputIT: %d raw requests%n", sent);
        assertThat(failures).as("requests refused before the application not answered problem+json").isEmpty();
        assertThat(after).as("state after %d refused raw requests", sent).isEqualTo(before);
    }

    /**
     * The one upload that is not JSON: a facility's contract price sheet (CSV). Broken, hostile and
     * unreadable sheets and file names are each a 4xx problem+json that names what is wrong, and the
     * tenant's state (no sheet, no line) is exactly what it was.
     */
    @Test
    void hostilePriceSheetsAreRefusedAndChangeNothing() {
        fixture = new InputFixture(api, "sheet");
        state = new TenantState(fixture.tenant.id());
        before = state.fingerprint();
        String path = fixture.tenant.path("billing/facilities/" + fixture.facility + "/price-sheets");
        String header = "itemId,unitPrice\n";
        String item = fixture.item;
        List<String[]> sheets = List.of(
                new String[] {"empty", "", "a.csv"},
                new String[] {"header only", header, "a.csv"},
                new String[] {"unknown columns", "sku,price\n" + item + ",1\n", "a.csv"},
                new String[] {"unknown item", header + WriteOperations.FixtureIds.UNKNOWN + ",1\n", "a.csv"},
                new String[] {"not an id", header + "'; drop table x; --,1\n", "a.csv"},
                new String[] {"formula", header + "=HYPERLINK(\"http://x\"),1\n", "a.csv"},
                new String[] {"not a price", header + item + ",abc\n", "a.csv"},
                new String[] {"negative price", header + item + ",-5\n", "a.csv"},
                new String[] {"exponent price", header + item + ",1e400\n", "a.csv"},
                new String[] {"too many digits", header + item + ",123456789012345678901234567890.5\n", "a.csv"},
                new String[] {"NUL in a cell", header + item + "\u0000,1\n", "a.csv"},
                new String[] {"unbalanced quote", header + "\"" + item + ",1\n", "a.csv"},
                new String[] {"good row then bad row", header + item + ",1\n" + item + ",x\n", "a.csv"},
                new String[] {"file name of 300 characters", header + item + ",1\n", "n".repeat(300) + ".csv"},
                new String[] {"NUL in the file name", header + item + ",1\n", "a%00b.csv"});
        for (String[] sheet : sheets) {
            String fileName = sheet[2];
            var request = fixture.admin().urlEncodingEnabled(false).contentType("text/csv; charset=UTF-8")
                    .queryParam("fileName", fileName).body(sheet[1]);
            check("price-sheet upload [" + sheet[0] + "]", request.post(path));
        }
        byte[] notUtf8 = {'i', 't', 'e', 'm', 'I', 'd', ',', 'u', 'n', 'i', 't', 'P', 'r', 'i', 'c', 'e', '\n', (byte) 0xC3,
            (byte) 0x28, ',', '1', '\n'};
        check("price-sheet upload [not UTF-8]", fixture.admin().contentType("text/csv; charset=UTF-8")
                .queryParam("fileName", "a.csv").body(notUtf8).post(path));
        assertThat(failures).as("hostile price sheets not refused cleanly").isEmpty();
        assertThat(state.fingerprint()).as("state after hostile price sheets").isEqualTo(before);
    }

    private void check(String what, Response response) {
        String type = String.valueOf(response.contentType());
        if (response.statusCode() < 400 || response.statusCode() >= 500 || !type.startsWith("application/problem+json")) {
            String answer = response.asString();
            failures.add(what + " -> " + response.statusCode() + " " + type + ": "
                    + answer.substring(0, Math.min(200, answer.length())));
        }
    }

    private void raw(Operation op, String what, int status, String type, RawHttp.Answer answer) {
        if (answer.status() != status || !answer.contentType().startsWith("application/problem+json")
                || !answer.body().contains("\"type\":\"urn:consigna:problem:" + type + "\"")) {
            failures.add(op.name() + " [" + what + "] -> " + answer.status() + " " + answer.contentType() + ": "
                    + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
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

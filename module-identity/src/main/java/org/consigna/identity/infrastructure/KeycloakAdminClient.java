package org.consigna.identity.infrastructure;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.consigna.identity.domain.UserAccount;
import org.consigna.platform.json.JsonP;

/**
 * The few Keycloak admin operations the platform needs, over {@code java.net.http} and JSON-P
 * (no Keycloak client library, nothing that can clash inside Payara). It adds, never removes.
 * Plain Java: build one from {@link KeycloakSettings}, in the server or in a test.
 */
public class KeycloakAdminClient {

    /** Page size when listing organizations to find one by alias. */
    static final int PAGE = 100;

    private final KeycloakSettings settings;
    private final KeycloakHttp http;
    private final ServiceAccountToken token;
    private final int pageSize;

    public KeycloakAdminClient(KeycloakSettings settings) {
        this(settings, PAGE);
    }

    /** With another page size, so that tests can reach a second page with a few organizations. */
    KeycloakAdminClient(KeycloakSettings settings, int pageSize) {
        this.settings = settings;
        this.http = new KeycloakHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        this.token = new ServiceAccountToken(settings, http, Clock.systemUTC());
        this.pageSize = pageSize;
    }

    /** Creates the organization, or finds it by alias if it exists (409); returns its id. */
    public String findOrCreateOrganization(String alias, String name) {
        String step = "create organization '" + alias + "'";
        HttpResponse<String> created = createOrganization(step, alias, name);
        if (created.statusCode() == 409) {
            Optional<String> existing = findOrganization(alias);
            if (existing.isPresent()) {
                return existing.get();
            }
            // Names are unique too: another tenant already uses this display name.
            created = createOrganization(step, alias, name + " (" + alias + ")");
        }
        return KeycloakHttp.createdId(step, http.expect(step, created, 201));
    }

    private HttpResponse<String> createOrganization(String step, String alias, String name) {
        String body = JsonP.object().add("alias", alias).add("name", name).add("enabled", true).build().toString();
        return call(step, bearer -> KeycloakHttp.json(settings.adminUrl() + "/organizations", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The id of the organization with exactly this alias. Search matches names, so pages are listed and filtered. */
    public Optional<String> findOrganization(String alias) {
        String step = "find organization '" + alias + "'";
        for (int first = 0; ; first += pageSize) {
            String url = settings.adminUrl() + "/organizations?briefRepresentation=true&first=" + first + "&max=" + pageSize;
            JsonArray page = KeycloakHttp.array(http.expect(step, call(step, bearer -> KeycloakHttp.json(url, bearer)
                    .GET().build()), 200).body());
            Optional<String> found = page.getValuesAs(JsonObject.class).stream()
                    .filter(o -> alias.equals(o.getString("alias", null)))
                    .map(o -> o.getString("id"))
                    .findFirst();
            if (found.isPresent() || page.size() < pageSize) {
                return found;
            }
        }
    }

    /** The user whose e-mail address is exactly this one (case-insensitive, as Keycloak stores it). */
    public Optional<UserAccount> findUserByEmail(String email) {
        String step = "find user by e-mail '" + email + "'";
        String url = settings.adminUrl() + "/users?exact=true&briefRepresentation=true&email=" + KeycloakHttp.encode(email);
        JsonArray users = KeycloakHttp.array(http.expect(step, call(step, bearer -> KeycloakHttp.json(url, bearer)
                .GET().build()), 200).body());
        return users.getValuesAs(JsonObject.class).stream()
                .filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
                .map(u -> new UserAccount(u.getString("id"), u.getString("username"), u.getString("email"),
                        u.getString("firstName", null), u.getString("lastName", null)))
                .findFirst();
    }

    /**
     * Creates an enabled user, username = e-mail, e-mail verified, with a temporary password
     * Keycloak makes them change at first sign-in. A 409 (the user exists) is a failure here.
     */
    public UserAccount createUser(String email, String firstName, String lastName, String temporaryPassword) {
        String step = "create user '" + email + "'";
        String body = JsonP.object()
                .add("username", email).add("email", email).add("emailVerified", true).add("enabled", true)
                .add("firstName", firstName).add("lastName", lastName)
                .add("credentials", JsonP.array().add(JsonP.object()
                        .add("type", "password").add("value", temporaryPassword).add("temporary", true)))
                .build().toString();
        HttpResponse<String> response = http.expect(step, call(step, bearer ->
                KeycloakHttp.json(settings.adminUrl() + "/users", bearer).POST(HttpRequest.BodyPublishers.ofString(body))
                        .build()), 201);
        return new UserAccount(KeycloakHttp.createdId(step, response), email, email, firstName, lastName);
    }

    /** Adds the user to the organization; a user who is a member already (409) is fine. */
    public void addOrganizationMember(String organizationId, String userId) {
        String step = "add user '" + userId + "' to organization '" + organizationId + "'";
        String body = JsonP.value(userId).toString();
        http.expect(step, call(step, bearer -> KeycloakHttp.json(
                settings.adminUrl() + "/organizations/" + organizationId + "/members", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()), 201, 204, 409);
    }

    /** Sends with the service account's token; once more with a fresh token if Keycloak refused it. */
    private HttpResponse<String> call(String step, Function<String, HttpRequest> request) {
        HttpResponse<String> response = http.send(step, request.apply(token.get()));
        if (response.statusCode() == 401) {
            token.invalidate();
            response = http.send(step, request.apply(token.get()));
        }
        return response;
    }
}

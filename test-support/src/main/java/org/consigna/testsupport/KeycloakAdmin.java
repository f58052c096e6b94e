package org.consigna.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-side admin of the consigna realm over the Keycloak admin REST API, authenticated as the
 * service account of the confidential client {@code consigna-admin} (client credentials; realm-management
 * roles manage-users, view-users, query-users, manage-organizations, view-organizations,
 * query-organizations, view-realm). Creates, never deletes: tests use random names.
 *
 * <p>Endpoints: {@code POST /admin/realms/consigna/organizations}, {@code POST /admin/realms/consigna/users},
 * {@code POST /admin/realms/consigna/organizations/{orgId}/members} (body: the user id as a JSON string).
 */
public final class KeycloakAdmin {

    public static final String CLIENT_ID = "consigna-admin";
    public static final String CLIENT_SECRET = "consigna-admin-secret";

    private final KeycloakServer server;
    private final Tokens tokens;
    private String accessToken;
    private Instant accessTokenExpires = Instant.EPOCH;

    public KeycloakAdmin(KeycloakServer server) {
        this.server = server;
        this.tokens = new Tokens(server);
    }

    /** Admin of the shared server. */
    public static KeycloakAdmin shared() {
        return new KeycloakAdmin(KeycloakServer.shared());
    }

    public KeycloakServer server() {
        return server;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Creates an enabled organization (a tenant); returns its id. The alias is what tokens carry. */
    public String createOrganization(String alias, String name) {
        String body = Json.createObjectBuilder()
                .add("alias", alias)
                .add("name", name)
                .add("enabled", true)
                .build().toString();
        return Http.createdId(Http.expect(Http.postJson(url("/organizations"), token(), body), 201));
    }

    /** The organization with exactly this alias, if any. */
    public Optional<JsonObject> findOrganization(String alias) {
        // "search" matches the name (or domain), not the alias: list with a generous page and filter.
        JsonArray all = (JsonArray) Http.json(Http.expect(Http.get(
                url("/organizations?briefRepresentation=true&first=0&max=10000"), token()), 200).body());
        return all.getValuesAs(JsonObject.class).stream()
                .filter(o -> alias.equals(o.getString("alias", null)))
                .findFirst();
    }

    /**
     * Creates an enabled user with verified email, no required actions and a non-temporary password,
     * so that the password grant works at once. Returns the user id.
     */
    public String createUser(String username, String email, String firstName, String lastName, String password) {
        String body = Json.createObjectBuilder()
                .add("username", username)
                .add("email", email)
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("enabled", true)
                .add("emailVerified", true)
                .add("requiredActions", JsonValue.EMPTY_JSON_ARRAY)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password")
                        .add("value", password)
                        .add("temporary", false)))
                .build().toString();
        return Http.createdId(Http.expect(Http.postJson(url("/users"), token(), body), 201));
    }

    /** The id of the user with exactly this username, if any. */
    public Optional<String> findUserId(String username) {
        JsonArray users = (JsonArray) Http.json(Http.expect(Http.get(
                url("/users?exact=true&username=" + Http.enc(username)), token()), 200).body());
        return users.getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).findFirst();
    }

    /** Sets the user's password. */
    public void setPassword(String userId, String password, boolean temporary) {
        String body = Json.createObjectBuilder()
                .add("type", "password").add("value", password).add("temporary", temporary)
                .build().toString();
        Http.expect(Http.putJson(url("/users/" + userId + "/reset-password"), token(), body), 204);
    }

    /** Adds required actions (e.g. {@code UPDATE_PASSWORD}, {@code VERIFY_EMAIL}) to the user. */
    public void addRequiredActions(String userId, String... actions) {
        JsonObject user = Http.object(Http.expect(Http.get(url("/users/" + userId), token()), 200).body());
        var merged = Json.createArrayBuilder();
        LinkedHashSet<String> all = new LinkedHashSet<>();
        if (user.containsKey("requiredActions")) {
            user.getJsonArray("requiredActions").getValuesAs(JsonString.class).forEach(s -> all.add(s.getString()));
        }
        all.addAll(List.of(actions));
        all.forEach(merged::add);
        String body = Json.createObjectBuilder().add("requiredActions", merged).build().toString();
        Http.expect(Http.putJson(url("/users/" + userId), token(), body), 204);
    }

    /** The user's representation, as the admin API shows it. */
    public JsonObject user(String userId) {
        return Http.object(Http.expect(Http.get(url("/users/" + userId), token()), 200).body());
    }

    /** The aliases of the organizations the user belongs to, sorted. */
    public List<String> organizationAliasesOf(String userId) {
        JsonArray all = (JsonArray) Http.json(Http.expect(Http.get(
                url("/organizations/members/" + userId + "/organizations"), token()), 200).body());
        return all.getValuesAs(JsonObject.class).stream().map(o -> o.getString("alias", "")).sorted().toList();
    }

    /** Makes the user a member of the organization. */
    public void addMember(String organizationId, String userId) {
        Http.expect(Http.postJson(url("/organizations/" + organizationId + "/members"), token(),
                Json.createValue(userId).toString()), 201);
    }

    /**
     * Lets a browser page on {@code origin} (scheme://host:port) use the public client: adds the origin to the
     * client's web origins (Keycloak answers the token endpoint's CORS only for listed origins; wildcard redirect
     * URIs do not count) and {@code origin/*} to its redirect URIs. For the console ITs, whose server listens on a
     * random port. Changing clients needs the master realm's bootstrap admin of {@code bin/keycloak.sh} (admin/admin):
     * the service account of {@link #CLIENT_ID} may not manage clients.
     */
    public void allowBrowserOrigin(String clientId, String origin) {
        String master = Http.object(Http.expect(Http.postForm(server.baseUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", BOOTSTRAP_ADMIN,
                        "password", BOOTSTRAP_PASSWORD)), 200).body()).getString("access_token");
        JsonArray found = (JsonArray) Http.json(Http.expect(Http.get(url("/clients?clientId=" + Http.enc(clientId)), master), 200).body());
        JsonObject client = found.getJsonObject(0);
        LinkedHashSet<String> origins = strings(client.getJsonArray("webOrigins"));
        LinkedHashSet<String> redirects = strings(client.getJsonArray("redirectUris"));
        if (origins.add(origin) | redirects.add(origin + "/*")) {
            var web = Json.createArrayBuilder();
            origins.forEach(web::add);
            var redirect = Json.createArrayBuilder();
            redirects.forEach(redirect::add);
            String body = Json.createObjectBuilder(client).add("webOrigins", web).add("redirectUris", redirect).build().toString();
            Http.expect(Http.putJson(url("/clients/" + client.getString("id")), master, body), 204);
        }
    }

    private static LinkedHashSet<String> strings(JsonArray array) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (array != null) {
            array.getValuesAs(JsonString.class).forEach(s -> out.add(s.getString()));
        }
        return out;
    }

    /** The master realm's admin that bin/keycloak.sh creates (development and test servers only). */
    public static final String BOOTSTRAP_ADMIN = "admin";
    public static final String BOOTSTRAP_PASSWORD = "admin";

    private String url(String path) {
        return server.adminRealmUrl() + path;
    }

    private synchronized String token() {
        if (accessToken == null || Instant.now().isAfter(accessTokenExpires.minusSeconds(30))) {
            var response = Http.expect(Http.postForm(server.tokenUrl(), Map.of(
                    "grant_type", "client_credentials",
                    "client_id", CLIENT_ID,
                    "client_secret", CLIENT_SECRET)), 200);
            JsonObject json = Http.object(response.body());
            accessToken = json.getString("access_token");
            accessTokenExpires = Instant.now().plusSeconds(json.getJsonNumber("expires_in").longValue());
        }
        return accessToken;
    }
}

package org.consigna.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Calls a deployed platform's {@code /api/} the way a client would: JSON in and out, a bearer token of
 * the real Keycloak. Tests of a server extend it with what their API needs.
 */
public class ApiClient {

    private final String root;
    private final String base;
    private final String operatorToken;

    public ApiClient(URL deployment) {
        String url = deployment.toString();
        this.root = url.endsWith("/") ? url : url + "/";
        this.base = root + "api/";
        this.operatorToken = Tokens.shared().operatorToken();
    }

    /** The deployment's root URL, ending with a slash. */
    public String root() {
        return root;
    }

    /** A request without any token. */
    public RequestSpecification anonymous() {
        return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request as the platform operator. */
    public RequestSpecification request() {
        return as(operatorToken);
    }

    public RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /**
     * Every row of a paged list, following {@code nextCursor} page by page ({@code limit} each), as the
     * given JSON path of each row ({@code items.id}, {@code items}).
     */
    public static <T> List<T> everyPage(Supplier<RequestSpecification> request, String path, int limit, String rows) {
        List<T> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification call = request.get().queryParam("limit", limit);
            var page = (cursor == null ? call : call.queryParam("cursor", cursor)).get(path).then().statusCode(200).extract();
            all.addAll(page.<List<T>>path(rows));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return all;
    }
}

package org.consigna.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The errors every operation may answer, as RFC 9457 {@code application/problem+json} with one shared
 * {@code Problem} schema: shared responses by status, referred to from each operation.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Status to the name of its shared response and what it means here. */
    private static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", new String[] {"BadRequest", "Malformed JSON, a field or parameter of the wrong type, or invalid fields (see errors)"});
        RESPONSES.put("401", new String[] {"Unauthorized", "No valid bearer token"});
        RESPONSES.put("403", new String[] {"Forbidden", "Not a member of the tenant, a missing role, a suspended tenant or a module it has not enabled"});
        RESPONSES.put("404", new String[] {"NotFound", "No such tenant or no such resource in this tenant"});
        RESPONSES.put("406", new String[] {"NotAcceptable", "The Accept header names no media type this operation produces"});
        RESPONSES.put("409", new String[] {"Conflict", "The resource's state does not allow this change"});
        RESPONSES.put("422", new String[] {"UnprocessableContent", "An id in the body is not of the caller's tenant (see errors), or a rule refuses the change"});
        RESPONSES.put("500", new String[] {"InternalError", "An unexpected error; nothing was changed"});
    }

    private Problems() {
    }

    /** Adds the {@code Problem} schema and one shared response per status. */
    public static void addTo(Components components) {
        Schema text = OASFactory.createSchema().type(SchemaType.STRING);
        Schema error = OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("One invalid field, or one unknown reference (then with the id)")
                .addProperty("field", OASFactory.createSchema().type(SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(SchemaType.STRING))
                .additionalPropertiesBoolean(true);
        components.addSchema("Problem", OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("RFC 9457 problem details; extension members (parameter, field, id, ...) may sit beside these")
                .addProperty("type", OASFactory.createSchema().type(SchemaType.STRING).format("uri")
                        .description("urn:consigna:problem:<slug>, stable: clients branch on it"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().type(SchemaType.STRING).format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY).items(error))
                .addRequired("type").addRequired("title").addRequired("status")
                .additionalPropertiesBoolean(true));
        RESPONSES.forEach((status, response) -> components.addResponse(response[0], OASFactory.createAPIResponse()
                .description(response[1])
                .content(OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))))));
    }

    /** A reference to the shared response of a status. */
    public static APIResponse response(int status) {
        return OASFactory.createAPIResponse().ref(RESPONSES.get(String.valueOf(status))[0]);
    }
}

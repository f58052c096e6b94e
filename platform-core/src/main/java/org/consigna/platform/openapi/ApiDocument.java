package org.consigna.platform.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.glassfish.jersey.model.Parameter.Source;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * The OpenAPI document of a Jersey resource model: every resource method an operation with its typed
 * parameters, request and response schemas, its problem responses, a unique id and a summary.
 */
public final class ApiDocument {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final Schemas schemas = new Schemas();
    private final Map<String, PathItem> paths = new TreeMap<>();

    private ApiDocument() {
    }

    /** The document of the resources under {@code /api}; empty paths when there is no model yet. */
    public static OpenAPI of(ResourceModel model) {
        ApiDocument document = new ApiDocument();
        if (model != null) {
            model.getRootResources().stream().sorted(Comparator.comparing(Resource::getPath))
                    .forEach(resource -> document.add("/api", resource));
        }
        return document.build();
    }

    private OpenAPI build() {
        Components components = OASFactory.createComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the Keycloak realm, audience consigna-api"));
        Problems.addTo(components);
        schemas.components().forEach(components::addSchema);
        Paths documented = OASFactory.createPaths();
        paths.forEach(documented::addPathItem);
        OpenAPI openapi = OASFactory.createOpenAPI().openapi("3.0.3")
                .info(OASFactory.createInfo().title("Consigna API").version("0.1")
                        .description("Every module's resources. Tenant data lives under /api/t/{tenant}/...; "
                                + "errors are RFC 9457 application/problem+json; lists answer one page at a time."))
                .addServer(OASFactory.createServer().url("/").description("This server"))
                .components(components)
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"))
                .paths(documented);
        paths.values().stream().flatMap(item -> item.getOperations().values().stream())
                .flatMap(operation -> operation.getTags().stream()).distinct().sorted()
                .forEach(tag -> openapi.addTag(OASFactory.createTag().name(tag).description("The " + tag + " module")));
        return openapi;
    }

    private void add(String parent, Resource resource) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            if (method.isExtended() || method.getHttpMethod().equals("OPTIONS") || method.getHttpMethod().equals("HEAD")) {
                continue; // Jersey's own OPTIONS and HEAD answers, not ours
            }
            String template = PATH_PARAM.matcher(path).replaceAll("{$1}");
            paths.computeIfAbsent(template, t -> OASFactory.createPathItem())
                    .setOperation(PathItem.HttpMethod.valueOf(method.getHttpMethod()), operation(path, template, method));
        }
        resource.getChildResources().forEach(child -> add(path, child));
    }

    private Operation operation(String path, String template, ResourceMethod resourceMethod) {
        Method method = resourceMethod.getInvocable().getDefinitionMethod();
        String http = resourceMethod.getHttpMethod();
        String[] packages = method.getDeclaringClass().getName().split("\\.");
        Operation operation = OASFactory.createOperation()
                .operationId(OperationNames.operationId(http, method))
                .summary(OperationNames.summary(method) != null ? OperationNames.summary(method) : http + " " + template)
                .description(OperationNames.description(method))
                .addTag(packages.length > 2 ? packages[2] : "platform");
        List<Parameter> parameters = parameters(path, resourceMethod);
        parameters.forEach(operation::addParameter);
        boolean body = requestBody(operation, resourceMethod, method);
        boolean open = method.isAnnotationPresent(PermitAll.class) || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
        if (open) {
            // One empty requirement: no token needed (an empty list would be left out of the document).
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        APIResponses responses = OASFactory.createAPIResponses();
        success(responses, resourceMethod, method);
        if (body || !parameters.isEmpty()) {
            responses.addAPIResponse("400", Problems.response(400));
        }
        if (!open) {
            responses.addAPIResponse("401", Problems.response(401)).addAPIResponse("403", Problems.response(403));
        }
        if (template.contains("{")) {
            responses.addAPIResponse("404", Problems.response(404));
        }
        if (!http.equals("GET")) {
            responses.addAPIResponse("409", Problems.response(409));
        }
        if (body) {
            responses.addAPIResponse("422", Problems.response(422));
        }
        if (responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            responses.addAPIResponse("406", Problems.response(406)); // the one client error any operation may answer
        }
        return operation.responses(responses.addAPIResponse("500", Problems.response(500)));
    }

    /** Path parameters (typed by the method's parameter of that name), then query parameters, bean parameters' included. */
    private List<Parameter> parameters(String path, ResourceMethod resourceMethod) {
        List<Parameter> found = new ArrayList<>();
        var declared = resourceMethod.getInvocable().getParameters();
        Matcher names = PATH_PARAM.matcher(path);
        while (names.find()) {
            String name = names.group(1);
            Schema schema = declared.stream().filter(p -> p.getSource() == Source.PATH && name.equals(p.getSourceName()))
                    .findFirst().map(p -> schemas.of(p.getType())).orElse(OASFactory.createSchema().type(SchemaType.STRING));
            found.add(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true).schema(schema));
        }
        for (var parameter : declared) {
            if (parameter.getSource() == Source.QUERY) {
                found.add(query(parameter.getSourceName(), schemas.of(parameter.getType()), parameter.getDefaultValue()));
            } else if (parameter.getSource() == Source.BEAN_PARAM) {
                beanParameters(parameter.getRawType(), found);
            }
        }
        return found;
    }

    /** The query parameters of a {@code @BeanParam} class, nested bean parameters included. */
    private void beanParameters(Class<?> bean, List<Parameter> found) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (field.isAnnotationPresent(BeanParam.class)) {
                    beanParameters(field.getType(), found);
                } else if (type == PageParams.class && query != null && query.value().equals("limit")) {
                    // Read as text to name it in a 400, but what it takes is a number.
                    found.add(query("limit", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                            .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT)),
                            String.valueOf(PageRequest.DEFAULT_LIMIT)));
                } else if (query != null) {
                    DefaultValue value = field.getAnnotation(DefaultValue.class);
                    found.add(query(query.value(), schemas.of(field.getAnnotatedType(), field.getAnnotations()),
                            value == null ? null : value.value()));
                }
            }
        }
    }

    private static Parameter query(String name, Schema schema, String defaultValue) {
        if (defaultValue != null && schema.getType() != null) {
            schema.defaultValue(switch (schema.getType()) {
                case BOOLEAN -> Boolean.valueOf(defaultValue);
                case INTEGER -> Long.valueOf(defaultValue);
                default -> defaultValue;
            });
        }
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).schema(schema);
    }

    private boolean requestBody(Operation operation, ResourceMethod resourceMethod, Method method) {
        var entity = resourceMethod.getInvocable().getParameters().stream()
                .filter(p -> p.getSource() == Source.ENTITY || p.getSource() == Source.UNKNOWN).findFirst().orElse(null);
        if (entity == null) {
            return false;
        }
        RequestBodySchema declared = method.getAnnotation(RequestBodySchema.class);
        Schema schema = declared != null ? schemas.of(declared.value()) : schemas.of(entity.getType());
        boolean required = entity.getAnnotations() != null && Arrays.stream(entity.getAnnotations())
                .anyMatch(a -> a instanceof NotNull);
        Content content = OASFactory.createContent();
        List<MediaType> consumed = resourceMethod.getConsumedTypes();
        (consumed.isEmpty() ? List.of(MediaType.APPLICATION_JSON_TYPE) : consumed)
                .forEach(type -> content.addMediaType(type.toString(), OASFactory.createMediaType().schema(schema)));
        operation.requestBody(OASFactory.createRequestBody().required(required)
                .description(required ? null : "Optional: the body may be left out").content(content));
        return true;
    }

    /** The success response: its status and schema from the return type, or from {@code @APIResponseSchema} for a Response. */
    private void success(APIResponses responses, ResourceMethod resourceMethod, Method method) {
        APIResponseSchema declared = method.getAnnotation(APIResponseSchema.class);
        String status = declared != null && !declared.responseCode().isBlank() ? declared.responseCode() : "200";
        if (method.getReturnType() == void.class) {
            responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; no content"));
            return;
        }
        Schema schema = declared != null ? schemas.of(declared.value())
                : method.getReturnType() == Response.class ? null : schemas.of(method.getAnnotatedReturnType());
        Content content = OASFactory.createContent();
        List<MediaType> produced = resourceMethod.getProducedTypes();
        for (MediaType type : produced.isEmpty() ? List.of(MediaType.APPLICATION_JSON_TYPE) : produced) {
            boolean json = type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
            content.addMediaType(type.toString(), OASFactory.createMediaType()
                    .schema(json ? schema : OASFactory.createSchema().type(SchemaType.STRING)));
        }
        String description = declared != null && !declared.responseDescription().isBlank() ? declared.responseDescription()
                : status.equals("201") ? "Created" : "OK";
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
    }

    private static String join(String parent, String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? parent : parent + "/" + trimmed;
    }
}

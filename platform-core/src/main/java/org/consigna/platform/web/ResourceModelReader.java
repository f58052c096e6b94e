package org.consigna.platform.web;

import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Builds {@code /openapi} from the resource model Jersey actually serves, so every module's
 * resources appear without any module listing itself. (Payara's annotation scanner is switched
 * off: it fails on bean-validation constraints of record components, Payara issue 7649.)
 */
public class ResourceModelReader implements OASModelReader {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");

    @Override
    public OpenAPI buildModel() {
        Paths paths = OASFactory.createPaths();
        ResourceModel model = ResourceCatalog.model();
        if (model != null) {
            model.getRootResources().stream().sorted(Comparator.comparing(Resource::getPath))
                    .forEach(resource -> add(paths, "/api", resource));
        }
        return OASFactory.createOpenAPI()
                .openapi("3.0.3")
                .info(OASFactory.createInfo().title("Consigna API").version("0.1")
                        .description("Every module's resources. Tenant data lives under /api/t/{tenant}/...; "
                                + "errors are RFC 9457 application/problem+json."))
                .components(OASFactory.createComponents().addSecurityScheme("bearer",
                        OASFactory.createSecurityScheme().type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"))
                .paths(paths);
    }

    private void add(Paths paths, String parent, Resource resource) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            String template = PATH_PARAM.matcher(path).replaceAll("{$1}");
            PathItem item = paths.getPathItem(template);
            if (item == null) {
                item = OASFactory.createPathItem();
                paths.addPathItem(template, item);
            }
            item.setOperation(PathItem.HttpMethod.valueOf(method.getHttpMethod()), operation(path, method));
        }
        resource.getChildResources().forEach(child -> add(paths, path, child));
    }

    private static Operation operation(String path, ResourceMethod method) {
        var invoked = method.getInvocable().getDefinitionMethod();
        String className = invoked.getDeclaringClass().getName();
        String[] packages = className.split("\\.");
        Operation operation = OASFactory.createOperation()
                .operationId(invoked.getDeclaringClass().getSimpleName() + "." + invoked.getName())
                .addTag(packages.length > 2 ? packages[2] : "platform")
                .responses(OASFactory.createAPIResponses().addAPIResponse("default",
                        OASFactory.createAPIResponse().description("Success, or an application/problem+json error")));
        Matcher params = PATH_PARAM.matcher(path);
        while (params.find()) {
            operation.addParameter(OASFactory.createParameter().name(params.group(1)).in(Parameter.In.PATH).required(true)
                    .schema(OASFactory.createSchema().type(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        }
        List<MediaType> consumed = method.getConsumedTypes();
        boolean hasBody = method.getInvocable().getParameters().stream()
                .anyMatch(p -> p.getSource() == org.glassfish.jersey.model.Parameter.Source.ENTITY);
        if (hasBody) {
            var content = OASFactory.createContent();
            (consumed.isEmpty() ? List.of(MediaType.APPLICATION_JSON_TYPE) : consumed)
                    .forEach(type -> content.addMediaType(type.toString(), OASFactory.createMediaType()));
            operation.requestBody(OASFactory.createRequestBody().content(content));
        }
        return operation;
    }

    private static String join(String parent, String path) {
        String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? parent : parent + "/" + trimmed;
    }
}

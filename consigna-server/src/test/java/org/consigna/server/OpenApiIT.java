package org.consigna.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consigna.platform.openapi.OperationNames;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} as a client generator reads it: the standard parser reports nothing, and every
 * operation has a unique id, a summary, typed path parameters, its request and response schemas and
 * problem+json errors. The probe module's test resources may fall back to a generated summary.
 */
class OpenApiIT extends IntegrationTest {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyOperationDescribesItselfAndTheStandardParserFindsNothingToReport() throws Exception {
        String root = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
        String json = io.restassured.RestAssured.given().baseUri(root).accept("application/json")
                .get("/openapi").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "openapi.json"), json);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = parsed.getOpenAPI();

        List<String> problems = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        int operations = 0;
        for (var path : api.getPaths().entrySet()) {
            for (var entry : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                String where = entry.getKey() + " " + path.getKey();
                Operation operation = entry.getValue();
                String previous = ids.put(String.valueOf(operation.getOperationId()), where);
                if (operation.getOperationId() == null || previous != null) {
                    problems.add(where + ": operationId " + operation.getOperationId() + " missing or also on " + previous);
                }
                check(api, path.getKey(), entry.getKey(), operation, problems);
            }
        }
        Map<String, Operation> byId = new HashMap<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(o -> byId.put(o.getOperationId(), o)));
        for (Method method : resourceMethods()) {
            String http = httpMethod(method);
            Operation operation = byId.get(OperationNames.operationId(http, method));
            if (operation == null) {
                problems.add(method + ": not in the document");
            } else if (readsABody(method) && operation.getRequestBody() == null) {
                problems.add(method + ": reads a body the document does not describe");
            }
        }
        assertThat(problems).as("operations of /openapi that do not describe themselves").isEmpty();
        assertThat(operations).as("operations").isGreaterThan(90);
        assertThat(api.getComponents().getSchemas()).as("component schemas").containsKeys("Problem", "EventView", "DeviceViewPage");
        assertThat(api.getPaths().get("/api/public/ping").getGet().getSecurity()).as("the public ping needs no token")
                .singleElement().satisfies(requirement -> assertThat(requirement).isEmpty());
        assertThat(api.getSecurity()).as("everything else needs a bearer token").isNotEmpty();
        System.out.printf("openapi: %d operations, %d component schemas%n", operations, api.getComponents().getSchemas().size());
    }

    private static void check(OpenAPI api, String path, PathItem.HttpMethod method, Operation operation, List<String> problems) {
        String where = method + " " + path;
        String summary = operation.getSummary();
        if (summary == null || summary.isBlank() || !path.contains("/probe") && summary.startsWith(method + " /")) {
            problems.add(where + ": no summary of its own");
        }
        Matcher names = PATH_PARAM.matcher(path);
        while (names.find()) {
            String name = names.group(1);
            boolean typed = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()) && p.getSchema() != null
                            && p.getSchema().getType() != null);
            if (!typed) {
                problems.add(where + ": path parameter " + name + " undeclared or untyped");
            }
        }
        if (operation.getRequestBody() != null && !hasSchemas(operation.getRequestBody().getContent())) {
            problems.add(where + ": request body without a schema");
        }
        boolean success = false;
        for (var response : operation.getResponses().entrySet()) {
            ApiResponse resolved = resolve(api, response.getValue());
            if (response.getKey().startsWith("2")) {
                success = true;
                if (!response.getKey().equals("204") && !hasSchemas(resolved.getContent())) {
                    problems.add(where + ": response " + response.getKey() + " without a schema");
                }
            } else if (response.getKey().matches("[45]..")) {
                boolean problemJson = resolved.getContent() != null && resolved.getContent().keySet().equals(java.util.Set.of("application/problem+json"))
                        && "#/components/schemas/Problem".equals(resolved.getContent().get("application/problem+json").getSchema().get$ref());
                if (!problemJson) {
                    problems.add(where + ": error " + response.getKey() + " is not application/problem+json with the Problem schema");
                }
            } else {
                problems.add(where + ": response " + response.getKey() + " is neither a success nor an error");
            }
        }
        if (!success) {
            problems.add(where + ": no success response");
        }
        if (operation.getResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            problems.add(where + ": no 4xx response");
        }
    }

    /** Every resource method of the war and the probe module, read from their classes. */
    private static List<Method> resourceMethods() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.consigna").stream()
                .filter(type -> type.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .flatMap(type -> Arrays.stream(type.reflect().getMethods()))
                .filter(method -> httpMethod(method) != null)
                .toList();
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class))
                .filter(java.util.Objects::nonNull).map(jakarta.ws.rs.HttpMethod::value).findFirst().orElse(null);
    }

    /** A parameter with no JAX-RS annotation is the request body. */
    private static boolean readsABody(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).anyMatch(annotations -> Arrays.stream(annotations)
                .noneMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                        || a.annotationType().getPackageName().equals("jakarta.ws.rs.core")));
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        String ref = response.get$ref();
        return ref == null ? response : api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean hasSchemas(Content content) {
        return content != null && !content.isEmpty() && content.values().stream().map(MediaType::getSchema)
                .allMatch(schema -> schema != null && (schema.get$ref() != null || schema.getType() != null));
    }
}

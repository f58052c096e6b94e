package org.consigna.platform.openapi;

import java.lang.reflect.Method;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operation ids and summaries. An id is the method's verb, the resource's noun and the rest of the
 * method's name ({@code EventResource.create} is {@code createEvent}, {@code FacilityResource.addContact}
 * is {@code addFacilityContact}), or {@code @Operation(operationId)}; the summary is {@code @Operation(summary)}.
 */
public final class OperationNames {

    private static final Set<String> VERBS = Set.of("list", "search", "show", "create", "add", "change", "remove",
            "export", "submit", "reopen", "accept", "reject", "cancel", "deactivate", "activate", "suspend", "resume",
            "retry", "enable", "disable", "invite", "verify", "parse", "receive", "adjust", "order");
    private static final Set<String> OF_MANY = Set.of("list", "search", "export");

    private OperationNames() {
    }

    public static String operationId(String httpMethod, Method method) {
        Operation declared = method.getAnnotation(Operation.class);
        if (declared != null && !declared.operationId().isBlank()) {
            return declared.operationId();
        }
        String noun = method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
        String name = method.getName();
        if (name.toLowerCase().contains(noun.toLowerCase())) {
            return name;
        }
        int split = 0;
        while (split < name.length() && Character.isLowerCase(name.charAt(split))) {
            split++;
        }
        String verb = name.substring(0, split);
        String rest = name.substring(split);
        if (!VERBS.contains(verb)) {
            // A noun for a name (history, tags, note): the HTTP method says what is done with it.
            verb = switch (httpMethod) {
                case "GET" -> "get";
                case "POST" -> "add";
                case "PUT" -> "change";
                default -> httpMethod.toLowerCase();
            };
            rest = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        } else if (noun.toLowerCase().startsWith(verb)) {
            verb = "create"; // AdjustmentResource.adjust: createAdjustment, not adjustAdjustment
        }
        return verb + (rest.isEmpty() && OF_MANY.contains(verb) ? plural(noun) : noun) + rest;
    }

    /** The {@code @Operation(summary)} of the method, or null. */
    public static String summary(Method method) {
        Operation declared = method.getAnnotation(Operation.class);
        return declared == null || declared.summary().isBlank() ? null : declared.summary();
    }

    /** The {@code @Operation(description)} of the method, or null. */
    public static String description(Method method) {
        Operation declared = method.getAnnotation(Operation.class);
        return declared == null || declared.description().isBlank() ? null : declared.description();
    }

    private static String plural(String noun) {
        if (noun.endsWith("s")) {
            return noun;
        }
        if (noun.endsWith("y") && !noun.matches(".*[aeiou]y$")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}

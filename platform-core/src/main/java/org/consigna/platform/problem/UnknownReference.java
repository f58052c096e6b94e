package org.consigna.platform.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A request refers to something (a product line, a member, a device...) that does not exist in the
 * caller's tenant: 422, naming the request's field and the id. Ids of another tenant end here too,
 * exactly as ids that never existed, so nothing tells them apart.
 */
public final class UnknownReference extends ProblemException {

    public static final String TYPE = "unknown-reference";

    private UnknownReference(String detail, Map<String, Object> extensions) {
        super(422, TYPE, "Unknown reference", detail, extensions);
    }

    /** One field holding one id: {@code what} in the reader's words ("product line", "member"). */
    public static UnknownReference of(String what, String field, UUID id) {
        return of(List.of(new Missing(what, field, id)));
    }

    /**
     * Refuses a list field ({@code productLineIds}) when one of its ids is not among those found:
     * each unknown one is named with its index ({@code productLineIds[2]}).
     */
    public static void requireAll(String what, String field, List<UUID> ids, Set<UUID> found) {
        List<Missing> missing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!found.contains(ids.get(i))) {
                missing.add(new Missing(what, field + "[" + i + "]", ids.get(i)));
            }
        }
        if (!missing.isEmpty()) {
            throw of(missing);
        }
    }

    /** Several unknown references at once; the first one is named in the detail and the top-level members. */
    public static UnknownReference of(Collection<Missing> missing) {
        List<Missing> all = List.copyOf(missing);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no unknown reference");
        }
        Missing first = all.get(0);
        List<Map<String, Object>> errors = all.stream().limit(100).map(Missing::asMap).toList();
        String detail = first.field() + ": there is no " + first.what() + " '" + first.id() + "' in this tenant"
                + (all.size() > 1 ? " (and " + (all.size() - 1) + " more unknown reference(s))" : "")
                + "; nothing was changed";
        return new UnknownReference(detail, Map.of("field", first.field(), "id", first.id().toString(),
                "errors", errors));
    }

    /** One unknown id, with the field that held it. */
    public record Missing(String what, String field, UUID id) {

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("field", field);
            map.put("id", id.toString());
            map.put("message", "there is no " + what + " '" + id + "' in this tenant");
            return map;
        }
    }
}

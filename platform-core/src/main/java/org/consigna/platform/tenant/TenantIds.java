package org.consigna.platform.tenant;

import java.util.regex.Pattern;

/**
 * The one spelling of a tenant id: lower-case letters, digits and inner hyphens, 3 to 40 characters,
 * starting with a letter, no two hyphens in a row. Ids are never rewritten into this form: anything else is not a tenant id.
 */
public final class TenantIds {

    /** The canonical form as a regular expression, for {@code @Pattern} on request records. */
    public static final String CANONICAL_TEXT = "(?!.*--)[a-z][a-z0-9-]{1,38}[a-z0-9]";
    public static final Pattern CANONICAL = Pattern.compile(CANONICAL_TEXT);

    private TenantIds() {
    }

    public static boolean isCanonical(String id) {
        return id != null && CANONICAL.matcher(id).matches();
    }
}

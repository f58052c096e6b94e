/**
 * The one way lists are paged: a {@link org.consigna.platform.paging.PageRequest} ({@code cursor},
 * {@code limit}) in, a {@link org.consigna.platform.paging.Page} ({@code items}, {@code nextCursor}) out,
 * and keyset (seek) paging on a unique, indexed order behind it, never OFFSET.
 */
package org.consigna.platform.paging;

/**
 * Caches that hold authority (who is a member, which tenants are active) and how they stay coherent
 * across the nodes of a cluster: {@link org.consigna.platform.cache.CacheInvalidation} (after commit,
 * clustered CDI events) and {@link org.consigna.platform.cache.ExpiringCache} (a short lifetime).
 */
package org.consigna.platform.cache;

package org.consigna.platform.module;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Skips a {@link ForEnabledTenants} bean's method for a tenant without its module. */
@ForEnabledTenants
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ForEnabledTenantsInterceptor {

    @Inject
    TenantContributions contributions;

    @AroundInvoke
    Object onlyForEnabledTenants(InvocationContext invocation) throws Exception {
        if (!contributions.actsForCurrentTenant(invocation.getMethod().getDeclaringClass())) {
            return null;
        }
        return invocation.proceed();
    }
}

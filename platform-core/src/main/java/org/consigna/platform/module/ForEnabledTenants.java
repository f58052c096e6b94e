package org.consigna.platform.module;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a module's CDI bean (or method): its methods, observers included, run only when the request's
 * tenant has the bean's module enabled, and are skipped otherwise. Put it on every observer of
 * another module's events, so a tenant without the module never sees it act.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ForEnabledTenants {
}

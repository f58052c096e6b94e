package org.consigna.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The extra test-only jars an {@link IntegrationTest} needs in the war, beside the probe module. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DeployWith {

    ConsignaWar.Extra[] value();
}

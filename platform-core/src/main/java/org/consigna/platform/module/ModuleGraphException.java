package org.consigna.platform.module;

/** The discovered modules cannot be ordered: a dependency is missing, declared twice or circular. */
public class ModuleGraphException extends RuntimeException {

    public ModuleGraphException(String message) {
        super(message);
    }
}

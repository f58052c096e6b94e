package org.consigna.platform.module;

import org.consigna.platform.problem.ProblemException;

/** A module id that is not installed on this platform. */
public class UnknownModuleException extends ProblemException {

    public UnknownModuleException(String id) {
        super(404, "module-not-found", "Unknown module", "No module '" + id + "' is installed on this platform");
    }
}

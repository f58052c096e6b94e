package org.consigna.server.events;

import org.consigna.loaner.LoanerBehaviour;
import org.consigna.server.Deployments;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The platform (with the probe) plus a third-party jar holding only the test-only loaner behaviour. */
final class EventDeployments {

    private EventDeployments() {
    }

    static WebArchive platformWithLoaner() {
        JavaArchive loaner = ShrinkWrap.create(JavaArchive.class, "behaviour-loaner.jar")
                .addPackage(LoanerBehaviour.class.getPackage())
                .addAsManifestResource("loaner-services/org.consigna.events.api.EventBehaviour",
                        "services/org.consigna.events.api.EventBehaviour");
        return Deployments.platformWithProbe().addAsLibrary(loaner);
    }
}

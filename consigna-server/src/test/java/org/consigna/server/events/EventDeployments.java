package org.consigna.server.events;

import java.io.File;
import org.consigna.loaner.LoanerBehaviour;
import org.consigna.server.Deployments;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The platform (with the probe) plus a third-party jar with the test-only loaner behaviour and its submit guard. */
final class EventDeployments {

    private EventDeployments() {
    }

    static WebArchive platformWithLoaner() {
        JavaArchive loaner = ShrinkWrap.create(JavaArchive.class, "behaviour-loaner.jar")
                .addPackage(LoanerBehaviour.class.getPackage())
                .addAsManifestResource("loaner-services/org.consigna.events.api.EventBehaviour",
                        "services/org.consigna.events.api.EventBehaviour")
                .addAsManifestResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml");
        return Deployments.platformWithProbe().addAsLibrary(loaner);
    }
}

package org.consigna.server;

import java.io.File;
import org.consigna.probe.ProbeModule;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The war as built by Maven, plus the probe module jar in WEB-INF/lib: nothing else is edited. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive platformWithProbe() {
        Postgres.ensureDatabase();
        File war = new File(System.getProperty("consigna.war", "target/consigna.war"));
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "module-probe.jar")
                .addPackage(ProbeModule.class.getPackage())
                .addAsResource("db/probe/changelog.xml")
                .addAsResource("db/probe/platform-changelog.xml")
                .addAsManifestResource("probe-services/org.consigna.platform.module.ConsignaModule",
                        "services/org.consigna.platform.module.ConsignaModule")
                .addAsManifestResource("probe-services/org.consigna.events.api.EventBehaviour",
                        "services/org.consigna.events.api.EventBehaviour")
                .addAsManifestResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addAsLibrary(probe);
    }
}

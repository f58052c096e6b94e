package org.consigna.server.inventory;

import java.io.File;
import org.consigna.inventoryprobe.InventoryApiProbe;
import org.consigna.server.Deployments;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The platform (with the probe module) plus a test jar that exposes the inventory api over REST. */
final class InventoryDeployments {

    private InventoryDeployments() {
    }

    static WebArchive platformWithInventoryProbe() {
        JavaArchive probe = ShrinkWrap.create(JavaArchive.class, "inventory-api-probe.jar")
                .addPackage(InventoryApiProbe.class.getPackage())
                .addAsManifestResource(new File("src/main/webapp/WEB-INF/beans.xml"), "beans.xml");
        return Deployments.platformWithProbe().addAsLibrary(probe);
    }
}

package org.consigna.server;

import java.io.File;
import java.net.URI;
import org.consigna.connector.TestEdiConnector;
import org.consigna.inventoryprobe.InventoryApiProbe;
import org.consigna.loaner.LoanerBehaviour;
import org.consigna.mailprobe.OutboxProbe;
import org.consigna.probe.ProbeModule;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration tests: the war as built by Maven plus the test-only probe module
 * jar in WEB-INF/lib, and the extra jars a test asks for with {@link DeployWith}. Nothing else is edited.
 */
public final class ConsignaWar {

    private static final File BEANS_XML = new File("src/main/webapp/WEB-INF/beans.xml");

    /** Test-only jars a test may add to the war beside the probe module. */
    public enum Extra {
        /** A third-party event behaviour, {@code loaner}, with a submit guard (package {@code org.consigna.loaner}). */
        LOANER_BEHAVIOUR,
        /** REST access to inventory's {@code api} package, which has no endpoint of its own ({@code org.consigna.inventoryprobe}). */
        INVENTORY_PROBE,
        /** An electronic ordering connector for purchasing, {@code test-edi} (package {@code org.consigna.connector}). */
        VENDOR_CONNECTOR,
        /** REST access to billing's mail outbox, which has no endpoint of its own ({@code org.consigna.mailprobe}). */
        MAIL_PROBE
    }

    private ConsignaWar() {
    }

    public static WebArchive with(Extra... extras) {
        Postgres.ensureDatabase();
        File war = new File(System.getProperty("consigna.war", "target/consigna.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war).addAsLibrary(probeModule());
        for (Extra extra : extras) {
            archive.addAsLibrary(switch (extra) {
                case LOANER_BEHAVIOUR -> loanerBehaviour();
                case INVENTORY_PROBE -> inventoryProbe();
                case VENDOR_CONNECTOR -> vendorConnector();
                case MAIL_PROBE -> mailProbe();
            });
        }
        return archive;
    }

    /** The test-only module {@code probe}: discovered, migrated and served like any module jar. */
    public static JavaArchive probeModule() {
        return ShrinkWrap.create(JavaArchive.class, "module-probe.jar")
                .addPackage(ProbeModule.class.getPackage())
                .addAsResource("db/probe/changelog.xml")
                .addAsResource("db/probe/platform-changelog.xml")
                .addAsManifestResource("probe-services/org.consigna.platform.module.ConsignaModule",
                        "services/org.consigna.platform.module.ConsignaModule")
                .addAsManifestResource("probe-services/org.consigna.events.api.EventBehaviour",
                        "services/org.consigna.events.api.EventBehaviour")
                .addAsManifestResource(BEANS_XML, "beans.xml");
    }

    /** The probe module's jar written to a temporary file, for checks that read a jar as the server would. */
    public static URI probeModuleFile() {
        try {
            File file = File.createTempFile("module-probe", ".jar");
            file.deleteOnExit();
            probeModule().as(ZipExporter.class).exportTo(file, true);
            return file.toURI();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JavaArchive loanerBehaviour() {
        return ShrinkWrap.create(JavaArchive.class, "behaviour-loaner.jar")
                .addPackage(LoanerBehaviour.class.getPackage())
                .addAsManifestResource("loaner-services/org.consigna.events.api.EventBehaviour",
                        "services/org.consigna.events.api.EventBehaviour")
                .addAsManifestResource(BEANS_XML, "beans.xml");
    }

    private static JavaArchive vendorConnector() {
        return ShrinkWrap.create(JavaArchive.class, "connector-test-edi.jar")
                .addPackage(TestEdiConnector.class.getPackage())
                .addAsManifestResource("connector-services/org.consigna.purchasing.api.VendorConnector",
                        "services/org.consigna.purchasing.api.VendorConnector");
    }

    private static JavaArchive mailProbe() {
        return ShrinkWrap.create(JavaArchive.class, "mail-outbox-probe.jar")
                .addPackage(OutboxProbe.class.getPackage())
                .addAsManifestResource(BEANS_XML, "beans.xml");
    }

    private static JavaArchive inventoryProbe() {
        return ShrinkWrap.create(JavaArchive.class, "inventory-api-probe.jar")
                .addPackage(InventoryApiProbe.class.getPackage())
                .addAsManifestResource(BEANS_XML, "beans.xml");
    }
}

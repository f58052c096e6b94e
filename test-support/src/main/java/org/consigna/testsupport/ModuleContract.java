package org.consigna.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.consigna.platform.module.ConsignaModule;

/**
 * What a module jar must hold for the platform to find and run it (README, "Writing a module"): its
 * {@code META-INF/services} entry, the changelogs it names, a {@code META-INF/beans.xml}, and in
 * {@link ConsignaModule#entities()} exactly the {@code @Entity}, {@code @Embeddable}, {@code @Converter} and
 * {@code @MappedSuperclass} classes of its packages. Every problem is reported at once, in one {@link AssertionError}.
 */
public final class ModuleContract {

    static final String SERVICES = "META-INF/services/" + ConsignaModule.class.getName();
    /** A mapped superclass joins the persistence unit like an entity does, so it is listed too. */
    static final Set<String> JPA_ANNOTATIONS = Set.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.Converter", "jakarta.persistence.MappedSuperclass");

    private final Class<? extends ConsignaModule> type;
    private final URI location;
    private final List<String> problems = new ArrayList<>();

    private ModuleContract(Class<? extends ConsignaModule> type, URI location) {
        this.type = type;
        this.location = location;
    }

    /** Checks the module in the jar or class folder it was loaded from (its own {@code target/classes} in a module's tests). */
    public static void verify(Class<? extends ConsignaModule> module) {
        verify(module, codeSource(module));
    }

    /** Checks the module as packaged at {@code location}: a jar file or a class folder. */
    public static void verify(Class<? extends ConsignaModule> module, URI location) {
        new ModuleContract(module, location).check();
    }

    private void check() {
        ConsignaModule module = instantiate();
        String services = read(SERVICES).orElse(null);
        if (services == null) {
            problems.add("no " + SERVICES);
        } else if (services.lines().map(l -> l.replaceAll("#.*", "").strip()).noneMatch(type.getName()::equals)) {
            problems.add(SERVICES + " does not list " + type.getName());
        }
        module.tenantChangelog().filter(path -> read(path).isEmpty())
                .ifPresent(path -> problems.add("tenant changelog " + path + " is missing"));
        module.platformChangelog().filter(path -> read(path).isEmpty())
                .ifPresent(path -> problems.add("platform changelog " + path + " is missing"));
        if (read("META-INF/beans.xml").isEmpty()) {
            problems.add("no META-INF/beans.xml: its CDI beans and resources would not be found");
        }
        checkEntities(module);
        if (!problems.isEmpty()) {
            throw new AssertionError("Module " + module.id() + " (" + type.getName() + ", " + location + "):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    private void checkEntities(ConsignaModule module) {
        String root = type.getPackageName();
        List<JavaClass> own = new ClassFileImporter().importLocations(Set.of(classFiles())).stream()
                .filter(c -> c.getPackageName().equals(root) || c.getPackageName().startsWith(root + "."))
                .toList();
        if (own.stream().noneMatch(c -> c.isEquivalentTo(type))) {
            problems.add(type.getName() + " is not among the classes read from the location: nothing there was checked");
        }
        Set<String> annotated = own.stream()
                .filter(c -> JPA_ANNOTATIONS.stream().anyMatch(c::isAnnotatedWith))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = module.entities().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        annotated.stream().filter(name -> !listed.contains(name))
                .forEach(name -> problems.add(name + " is a JPA class of the module but not in entities()"));
        module.entities().stream().filter(c -> Arrays.stream(c.getAnnotations())
                        .noneMatch(a -> JPA_ANNOTATIONS.contains(a.annotationType().getName())))
                .forEach(c -> problems.add(c.getName() + " is in entities() but is no @Entity, @Embeddable, @Converter or @MappedSuperclass"));
    }

    private Location classFiles() {
        if (location.toString().endsWith("/")) {
            return Location.of(location);
        }
        try {
            return Location.of(new JarFile(new File(location)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ConsignaModule instantiate() {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName() + " needs a public no-argument constructor for ServiceLoader", e);
        }
    }

    /** The text of a resource of this jar or folder only, never one of another module on the classpath. */
    private Optional<String> read(String path) {
        String base = location.toString();
        String url = base.endsWith("/") ? base + path : "jar:" + base + "!/" + path;
        try (InputStream in = URI.create(url).toURL().openStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    private static URI codeSource(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}

package org.consigna.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.wire.WireEnum;
import org.junit.jupiter.api.Test;

/**
 * Every enum an entity of an installed module stores is a {@link WireEnum}, each constant comes back
 * from its word, and the words are exactly those the column's check constraint (as the modules'
 * changelogs leave it) accepts: the platform's one enum convention writes what the database holds.
 */
class WireEnumsTest {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    private static final Pattern CHECK = Pattern.compile("ADD CONSTRAINT (\\w+)\\s+CHECK\\s*(.*?)</sql>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern IN = Pattern.compile("(\\w+) IN\\s*\\(\\s*('[^']*'(?:\\s*,\\s*'[^']*')*)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    /** An entity attribute of an enum type, with the column it is stored in. */
    record Attribute(String name, String column, Class<?> type) {
    }

    /** A column's list of accepted words in a check constraint. */
    record Check(String column, Set<String> words) {
    }

    @Test
    void everyStoredEnumRoundTripsToTheWordsItsCheckConstraintAccepts() {
        List<ConsignaModule> modules = ServiceLoader.load(ConsignaModule.class).stream().map(ServiceLoader.Provider::get).toList();
        List<Attribute> attributes = modules.stream().flatMap(m -> m.entities().stream())
                .flatMap(WireEnumsTest::enumAttributes).toList();
        Map<String, List<Check>> checks = new LinkedHashMap<>();
        modules.forEach(m -> Stream.of(m.tenantChangelog(), m.platformChangelog()).flatMap(java.util.Optional::stream)
                .forEach(changelog -> readChecks(changelog, checks)));

        assertThat(attributes).as("enum attributes found").hasSizeGreaterThanOrEqualTo(10);
        for (Attribute attribute : attributes) {
            assertThat(WireEnum.class).as(attribute.name()).isAssignableFrom(attribute.type());
            Set<String> words = new TreeSet<>();
            for (Object constant : attribute.type().getEnumConstants()) {
                String word = ((WireEnum) constant).wire();
                assertThat(fromWire(attribute.type(), word)).as(attribute.name() + " " + word).isSameAs(constant);
                words.add(word);
            }
            assertThat(checks.values().stream().flatMap(List::stream)).as(attribute.name() + " (column " + attribute.column() + ")")
                    .contains(new Check(attribute.column(), words));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromWire(Class<?> type, String word) {
        return WireEnum.fromWire((Class) type, word);
    }

    private static Stream<Attribute> enumAttributes(Class<?> type) {
        List<Attribute> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType().isEnum()) {
                    Column column = field.getAnnotation(Column.class);
                    String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
                    found.add(new Attribute(c.getSimpleName() + "." + field.getName(), name, field.getType()));
                }
            }
        }
        return found.stream();
    }

    /** Follows the changelog's includes in order; a constraint added again (dropped and re-added) replaces the earlier one. */
    private static void readChecks(String changelog, Map<String, List<Check>> checks) {
        String xml = read(changelog);
        Matcher include = INCLUDE.matcher(xml);
        while (include.find()) {
            readChecks(include.group(1), checks);
        }
        Matcher check = CHECK.matcher(xml);
        while (check.find()) {
            List<Check> lists = new ArrayList<>();
            Matcher in = IN.matcher(check.group(2));
            while (in.find()) {
                lists.add(new Check(in.group(1), Arrays.stream(in.group(2).split(","))
                        .map(w -> w.trim().replaceAll("^'|'$", "")).collect(Collectors.toCollection(TreeSet::new))));
            }
            checks.put(check.group(1), lists);
        }
    }

    private static String read(String resource) {
        try (InputStream in = WireEnumsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

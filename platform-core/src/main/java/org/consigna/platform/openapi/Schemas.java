package org.consigna.platform.openapi;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.consigna.platform.paging.Page;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of the Java types resources take and return, as JSON-B writes them: records (and other
 * classes by their getters), enums and pages become shared components referred to by name; scalars are
 * inline. Bean Validation constraints become {@code required}, lengths, sizes, bounds and patterns.
 */
public final class Schemas {

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Type, String> names = new HashMap<>();

    /** The components named so far, by name. */
    public Map<String, Schema> components() {
        return components;
    }

    /** The schema of a type, constraints included: a reference for records, classes, enums and pages. */
    public Schema of(AnnotatedType type, Annotation... declared) {
        Schema schema = plain(type);
        Stream.concat(Arrays.stream(declared), Arrays.stream(type.getAnnotations())).forEach(a -> constrain(schema, a));
        return schema;
    }

    public Schema of(Type type) {
        return plain(type, null);
    }

    /** Whether declaration or type annotations say the value must be present. */
    public static boolean required(AnnotatedElement element, AnnotatedType type) {
        return Stream.concat(Arrays.stream(element.getAnnotations()), Arrays.stream(type.getAnnotations()))
                .anyMatch(a -> a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty);
    }

    private Schema plain(AnnotatedType type) {
        return plain(type.getType(), type);
    }

    private Schema plain(Type type, AnnotatedType annotated) {
        Class<?> raw = raw(type);
        Schema scalar = scalar(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isArray()) {
            return array(annotated instanceof AnnotatedArrayType array ? of(array.getAnnotatedGenericComponentType())
                    : of(raw.getComponentType()));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Schema array = array(argument(type, annotated, 0));
            return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(argument(type, annotated, 1));
        }
        if (JsonValue.class.isAssignableFrom(raw) || raw == Object.class) {
            return OASFactory.createSchema().type(SchemaType.OBJECT);
        }
        return OASFactory.createSchema().ref(component(type, raw));
    }

    private Schema argument(Type type, AnnotatedType annotated, int index) {
        if (annotated instanceof AnnotatedParameterizedType parameterized) {
            return of(parameterized.getAnnotatedActualTypeArguments()[index]);
        }
        return type instanceof ParameterizedType parameterized ? of(parameterized.getActualTypeArguments()[index])
                : OASFactory.createSchema();
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
    }

    private static Schema scalar(Class<?> raw) {
        if (raw == String.class || raw == Character.class || raw == char.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class || raw == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (raw == UUID.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
        }
        if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == LocalDateTime.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        return null;
    }

    /** Registers the component of a record, class, enum or page once, and answers its name. */
    private String component(Type type, Class<?> raw) {
        Type key = raw == Page.class ? type : raw;
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        String name = uniqueName(raw == Page.class ? pageItemName(type) + "Page" : raw.getSimpleName(), raw);
        names.put(key, name);
        Schema schema = OASFactory.createSchema();
        components.put(name, schema);
        if (raw.isEnum()) {
            schema.type(SchemaType.STRING).enumeration(Arrays.stream(raw.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        } else if (raw == Page.class) {
            schema.type(SchemaType.OBJECT).description("One page of a list; nextCursor is null on the last page")
                    .addProperty("items", array(argument(type, null, 0))).addRequired("items")
                    .addProperty("nextCursor", OASFactory.createSchema().type(SchemaType.STRING).nullable(true));
        } else if (raw.isRecord()) {
            schema.type(SchemaType.OBJECT);
            for (RecordComponent part : raw.getRecordComponents()) {
                Field field = field(raw, part.getName());
                property(schema, part.getName(), part.getAnnotatedType(), field == null ? part : field);
            }
        } else {
            schema.type(SchemaType.OBJECT);
            Arrays.stream(raw.getMethods()).filter(Schemas::isGetter).sorted(Comparator.comparing(Method::getName))
                    .forEach(getter -> property(schema, propertyName(getter), getter.getAnnotatedReturnType(), getter));
        }
        return name;
    }

    private void property(Schema schema, String name, AnnotatedType type, AnnotatedElement declaration) {
        schema.addProperty(name, of(type, declaration.getAnnotations()));
        if (required(declaration, type)) {
            schema.addRequired(name);
        }
    }

    private String pageItemName(Type type) {
        Class<?> item = type instanceof ParameterizedType p ? raw(p.getActualTypeArguments()[0]) : Object.class;
        return item.getSimpleName();
    }

    /** The simple name, or, when another class already has it, prefixed with its enclosing class's domain word. */
    private String uniqueName(String simple, Class<?> raw) {
        if (!components.containsKey(simple)) {
            return simple;
        }
        Class<?> outer = raw.getEnclosingClass();
        String prefix = outer == null ? raw.getPackageName().substring(raw.getPackageName().lastIndexOf('.') + 1)
                : outer.getSimpleName().replaceAll("(Resource|Views|View)$", "");
        String prefixed = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + simple;
        String name = prefixed;
        for (int n = 2; components.containsKey(name); n++) {
            name = prefixed + n;
        }
        return name;
    }

    private static void constrain(Schema schema, Annotation annotation) {
        if (schema.getRef() != null) {
            return; // siblings of a $ref are ignored (OpenAPI 3.0); the referred component carries its own
        }
        boolean array = schema.getType() == SchemaType.ARRAY;
        boolean object = schema.getType() == SchemaType.OBJECT && schema.getRef() == null;
        if (annotation instanceof Size size) {
            Integer min = size.min() > 0 ? size.min() : null;
            Integer max = size.max() < Integer.MAX_VALUE ? size.max() : null;
            if (array) {
                schema.minItems(min).maxItems(max);
            } else if (object) {
                schema.minProperties(min).maxProperties(max);
            } else if (schema.getType() == SchemaType.STRING) {
                schema.minLength(min).maxLength(max);
            }
        } else if (annotation instanceof NotBlank && schema.getType() == SchemaType.STRING) {
            schema.minLength(Math.max(1, schema.getMinLength() == null ? 1 : schema.getMinLength()));
        } else if (annotation instanceof NotEmpty) {
            if (array) {
                schema.minItems(1);
            } else if (schema.getType() == SchemaType.STRING) {
                schema.minLength(1);
            }
        } else if (annotation instanceof Min min) {
            schema.minimum(BigDecimal.valueOf(min.value()));
        } else if (annotation instanceof Max max) {
            schema.maximum(BigDecimal.valueOf(max.value()));
        } else if (annotation instanceof Positive) {
            schema.minimum(BigDecimal.ONE);
        } else if (annotation instanceof Pattern pattern) {
            schema.pattern(pattern.regexp());
        } else if (annotation instanceof Email && schema.getType() == SchemaType.STRING) {
            schema.format("email");
        }
    }

    private static boolean isGetter(Method method) {
        String name = method.getName();
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass() != Object.class && method.getReturnType() != void.class
                && (name.startsWith("get") && name.length() > 3
                        || name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class);
    }

    private static String propertyName(Method getter) {
        String bare = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}

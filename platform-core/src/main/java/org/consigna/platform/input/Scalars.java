package org.consigna.platform.input;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The scalar types a request may hold, each with the JSON it accepts and a plain-words name of it. */
final class Scalars {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<Class<?>> KNOWN = Set.of(String.class, UUID.class, LocalDate.class, Instant.class,
            OffsetDateTime.class, Boolean.class, boolean.class, Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, BigDecimal.class, BigInteger.class, Double.class, double.class, Float.class, float.class);

    private Scalars() {
    }

    static boolean knows(Class<?> type) {
        return KNOWN.contains(type) || type.isEnum();
    }

    /** What the value should have been, or null when it is fine. */
    static String check(JsonValue value, Class<?> type) {
        boolean fits = switch (value.getValueType()) {
            case STRING -> text(((JsonString) value).getString(), type);
            case NUMBER -> number((JsonNumber) value, type);
            case TRUE, FALSE -> type == Boolean.class || type == boolean.class;
            default -> false;
        };
        return fits ? null : expected(type);
    }

    static String expected(Class<?> type) {
        if (type == String.class) {
            return "must be text";
        } else if (type == UUID.class) {
            return "must be an id (a UUID such as 3f2c1e8a-5b7d-4c2e-9a1f-0b6d2e4c8a10)";
        } else if (type == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        } else if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be a date and time as YYYY-MM-DDThh:mm:ssZ";
        } else if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        } else if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        Range range = Range.of(type);
        return range != null ? "must be a whole number from " + range.min() + " to " + range.max() : "must be a number";
    }

    private static boolean text(String text, Class<?> type) {
        try {
            if (type == String.class) {
                return true;
            } else if (type == UUID.class) {
                return UUID_TEXT.matcher(text).matches() && UUID.fromString(text) != null;
            } else if (type == LocalDate.class) {
                return LocalDate.parse(text) != null;
            } else if (type == Instant.class) {
                return Instant.parse(text) != null;
            } else if (type == OffsetDateTime.class) {
                return OffsetDateTime.parse(text) != null;
            } else if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text));
            }
            return false;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean number(JsonNumber number, Class<?> type) {
        try {
            Range range = Range.of(type);
            if (range != null) {
                BigDecimal value = number.bigDecimalValue();
                // An exponent this far out is no whole number a field here can take; checking it would cost.
                if (Math.abs((long) value.scale()) > 1000 || value.stripTrailingZeros().scale() > 0) {
                    return false;
                }
                BigInteger whole = value.toBigIntegerExact();
                return whole.compareTo(BigInteger.valueOf(range.min())) >= 0 && whole.compareTo(BigInteger.valueOf(range.max())) <= 0;
            }
            if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
                return Double.isFinite(number.doubleValue()) && (type == Double.class || type == double.class
                        || Float.isFinite((float) number.doubleValue()));
            }
            if (type == BigInteger.class) {
                BigDecimal value = number.bigDecimalValue();
                return Math.abs((long) value.scale()) <= 1000 && value.stripTrailingZeros().scale() <= 0;
            }
            // A BigDecimal takes any JSON number; its bounds are the request record's @DecimalMax and @Digits.
            return type == BigDecimal.class && Math.abs((long) number.bigDecimalValue().scale()) <= 1000;
        } catch (ArithmeticException | NumberFormatException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The whole numbers a Java integer type holds. */
    private record Range(long min, long max) {
        static Range of(Class<?> type) {
            if (type == Integer.class || type == int.class) {
                return new Range(Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if (type == Long.class || type == long.class) {
                return new Range(Long.MIN_VALUE, Long.MAX_VALUE);
            } else if (type == Short.class || type == short.class) {
                return new Range(Short.MIN_VALUE, Short.MAX_VALUE);
            }
            return null;
        }
    }
}

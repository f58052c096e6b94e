package org.consigna.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TenantFactoriesTest {

    /** Factories opened so far, in order; each knows whether it was closed. */
    private final List<Opened> opened = new ArrayList<>();

    private record Opened(String schema, EntityManagerFactory factory, AtomicBoolean closed) {
    }

    private synchronized EntityManagerFactory open(String schema) {
        AtomicBoolean closed = new AtomicBoolean();
        EntityManagerFactory factory = (EntityManagerFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManagerFactory.class}, (self, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        if (!closed.compareAndSet(false, true)) {
                            throw new IllegalStateException("closed twice");
                        }
                        yield null;
                    }
                    case "isOpen" -> !closed.get();
                    case "toString" -> "factory of " + schema;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        opened.add(new Opened(schema, factory, closed));
        return factory;
    }

    private Opened openedFor(String schema) {
        return opened.stream().filter(o -> o.schema().equals(schema)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void oneFactoryPerSchemaIsOpenedOnceAndReused() {
        TenantFactories pool = new TenantFactories(4, this::open);
        EntityManagerFactory first;
        try (TenantFactories.Lease lease = pool.acquire("t_acme")) {
            first = lease.factory();
        }
        try (TenantFactories.Lease again = pool.acquire("t_acme"); TenantFactories.Lease other = pool.acquire("t_beta")) {
            assertThat(again.factory()).isSameAs(first);
            assertThat(other.factory()).isNotSameAs(first);
        }
        assertThat(opened).extracting(Opened::schema).containsExactly("t_acme", "t_beta");
    }

    @Test
    void pastCapacityTheLeastRecentlyUsedFactoryIsClosed() {
        TenantFactories pool = new TenantFactories(2, this::open);
        pool.acquire("t_a").close();
        pool.acquire("t_b").close();
        pool.acquire("t_a").close(); // t_b is now the least recently used
        pool.acquire("t_c").close();

        assertThat(openedFor("t_b").closed()).isTrue();
        assertThat(openedFor("t_a").closed()).isFalse();
        assertThat(openedFor("t_c").closed()).isFalse();
        assertThat(pool.open()).containsExactly("t_a", "t_c");
        assertThat(pool.retired()).isEqualTo(1);

        pool.acquire("t_b").close();
        assertThat(opened).extracting(Opened::schema).containsExactly("t_a", "t_b", "t_c", "t_b");
        assertThat(openedFor("t_b").closed()).isFalse();
    }

    @Test
    void aRetiredFactoryStaysOpenUntilItsLastLeaseIsReturned() {
        TenantFactories pool = new TenantFactories(1, this::open);
        TenantFactories.Lease inUse = pool.acquire("t_a");
        pool.acquire("t_b").close(); // retires t_a while a transaction still uses it

        assertThat(openedFor("t_a").closed()).isFalse();
        inUse.close();
        assertThat(openedFor("t_a").closed()).isTrue();
        inUse.close(); // returning twice changes nothing
        assertThat(pool.open()).containsExactly("t_b");
    }

    @Test
    void aFailedOpeningIsNotRemembered() {
        AtomicBoolean fail = new AtomicBoolean(true);
        TenantFactories pool = new TenantFactories(2, schema -> {
            if (fail.getAndSet(false)) {
                throw new IllegalStateException("database down");
            }
            return open(schema);
        });
        assertThatThrownBy(() -> pool.acquire("t_a")).hasMessage("database down");
        assertThat(pool.open()).isEmpty();
        try (TenantFactories.Lease lease = pool.acquire("t_a")) {
            assertThat(lease.factory().isOpen()).isTrue();
        }
    }

    @Test
    void closingThePoolClosesEveryFactoryAndRefusesNewLeases() {
        TenantFactories pool = new TenantFactories(4, this::open);
        pool.acquire("t_a").close();
        pool.acquire("t_b").close();
        pool.close();
        assertThat(opened).allSatisfy(o -> assertThat(o.closed()).isTrue());
        assertThatThrownBy(() -> pool.acquire("t_a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void concurrentFirstUsesOfOneTenantOpenOneFactory() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        TenantFactories pool = new TenantFactories(4, schema -> {
            try {
                opening.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return open(schema);
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<EntityManagerFactory>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> {
                    try (TenantFactories.Lease lease = pool.acquire("t_a")) {
                        return lease.factory();
                    }
                }));
            }
            opening.countDown();
            EntityManagerFactory first = results.get(0).get(5, TimeUnit.SECONDS);
            for (Future<EntityManagerFactory> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(opened).hasSize(1);
    }

    @Test
    void capacityMustBePositive() {
        assertThatThrownBy(() -> new TenantFactories(0, this::open)).isInstanceOf(IllegalArgumentException.class);
    }
}

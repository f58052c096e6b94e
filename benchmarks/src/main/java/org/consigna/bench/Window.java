package org.consigna.bench;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * CLIENTS threads repeating their step: WARMUP seconds, then SECONDS measured. Keeps the latencies
 * (ns, sorted) of the steps that ran in the measured window and how many clients failed.
 */
record Window(long[] sorted, double seconds, long failures) {

    /** One step of a client; returns the latency to record, in nanoseconds. */
    interface Step {
        long next() throws Exception;
    }

    /** A step timed as a whole. */
    interface Action {
        void run() throws Exception;
    }

    static Step timed(Action action) {
        return () -> {
            long start = System.nanoTime();
            action.run();
            return System.nanoTime() - start;
        };
    }

    /** @param steps the step of client {@code c}, made once per client */
    static Window run(int clients, int warmup, int measured, IntFunction<Step> steps) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Step step = steps.apply(c);
            new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long latency = step.next();
                        if (measuring.get()) {
                            latencies.add(latency);
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long begin = System.nanoTime();
        Thread.sleep(measured * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        stop.set(true);
        done.await();
        return new Window(latencies.stream().mapToLong(Long::longValue).sorted().toArray(), elapsed, failures.get());
    }

    int count() {
        return sorted.length;
    }

    double perSecond() {
        return sorted.length / seconds;
    }

    double ms(int percentile) {
        return ms(sorted, percentile);
    }

    /** A percentile of sorted nanosecond latencies, in milliseconds. */
    static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}

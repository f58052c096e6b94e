package org.consigna.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One transaction for a write and the read that answers it: a resource calls its use case and builds
 * its view (names, tags, lines) inside, instead of committing and reading again in a second one.
 * Resources are not CDI beans, so they cannot carry {@code @Transactional} themselves.
 */
@ApplicationScoped
public class OneTransaction {

    @Transactional
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}

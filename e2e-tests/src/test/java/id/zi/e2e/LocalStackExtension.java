package id.zi.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the e2e tests one {@link E2EStack} per JVM: started by the first test class that asks, stopped when JUnit
 * closes its root store after the last one. A failed start is remembered, so the other classes fail at once with
 * the same cause instead of starting the stack again.
 */
final class LocalStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(E2EStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == E2EStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(StartAttempt.class, key -> StartAttempt.run(), StartAttempt.class)
                .stack();
    }

    private record StartAttempt(E2EStack started, RuntimeException failure) implements AutoCloseable {

        static StartAttempt run() {
            try {
                return new StartAttempt(E2EStack.start(), null);
            } catch (RuntimeException e) {
                return new StartAttempt(null, e);
            }
        }

        E2EStack stack() {
            if (failure != null) {
                throw new IllegalStateException("the local stack did not start", failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}

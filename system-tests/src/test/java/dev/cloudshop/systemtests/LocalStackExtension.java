package dev.cloudshop.systemtests;

import dev.cloudshop.stack.LocalStack;
import dev.cloudshop.stack.StackOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local stack for the whole test run: started by the first test class that needs it, with
 * its state in {@code target/local-stack} (emptied first), stopped when the run ends. A stack
 * that fails to start fails every class, once, without a second attempt.
 */
final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static LocalStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedStack.class, type -> SharedStack.start(), SharedStack.class)
                .get();
    }

    /** The started stack, or why it did not start; closed by JUnit at the end of the run. */
    private record SharedStack(LocalStack stack, RuntimeException failure) implements AutoCloseable {

        static SharedStack start() {
            LocalStack stack = new LocalStack(StackOptions.defaults()
                    .withStateDirectory(Path.of("target", "local-stack"))
                    .withClean(true));
            try {
                stack.start();
                return new SharedStack(stack, null);
            } catch (RuntimeException e) {
                return new SharedStack(null, e);
            }
        }

        LocalStack get() {
            if (failure != null) {
                throw new IllegalStateException("The local stack did not start: " + failure.getMessage(), failure);
            }
            return stack;
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.stop();
            }
        }
    }
}

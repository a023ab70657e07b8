package dev.retort.scanner;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;

import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.dialect.Dialect;

/**
 * The columns Bean Validation constrains, as the application's Hibernate creates them. When the entities' classpath
 * carries a Bean Validation provider (hibernate-validator, which spring-boot-starter-validation brings) and the
 * validation mode allows it ({@code auto}, the default, or {@code ddl}; and {@code hibernate.validator.apply_to_ddl}
 * not false), Hibernate makes a {@code @NotNull} column NOT NULL, gives a {@code @Size(max)} string that length,
 * {@code @Digits} its precision and scale and {@code @Min}/{@code @Max} a check — but only while it builds a
 * session factory, after the metadata retort reads. This runs that same code of Hibernate's on the metadata. Without
 * a provider nothing changes, as in Hibernate's {@code auto} mode.
 */
final class BeanValidationDdl {

    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

    private BeanValidationDdl() {
    }

    static void apply(HibernateBoot boot, ClassLoader entities) throws EntityScanException {
        if (appliesToDdl(boot.settings()) && validationApiVisible()) {
            Activation.apply(boot, entities);
        }
    }

    /**
     * Whether the Bean Validation API is there at all: inside the application's own Hibernate (an isolated loader
     * holding the application's classpath only) it is not when the application has no validation; then, as in
     * Hibernate, nothing applies. {@link Activation} names the API's classes, so it is loaded only after this.
     */
    private static boolean validationApiVisible() {
        try {
            Class.forName("jakarta.validation.Validation", false, BeanValidationDdl.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** Hibernate's own activation, in a class of its own: loading it needs the Bean Validation API. */
    private static final class Activation {

        private Activation() {
        }

        static void apply(HibernateBoot boot, ClassLoader entities) throws EntityScanException {
            Map<String, Object> settings = boot.settings();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            // The provider is found through the context class loader, on the entities' classpath.
            thread.setContextClassLoader(entities);
            try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                ClassLoaderAccess classes = new ClassLoaderAccessImpl(null,
                        boot.registry().requireService(ClassLoaderService.class));
                Method apply = Class.forName(ACTIVATOR, true, HibernateBoot.class.getClassLoader())
                        .getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
                                Dialect.class, ClassLoaderAccess.class);
                apply.setAccessible(true); // a public method of a package-private class
                apply.invoke(null, factory, boot.metadata().getEntityBindings(), settings, boot.dialect(), classes);
            } catch (NoProviderFoundException none) {
                // no provider: Hibernate applies nothing either
            } catch (ValidationException | LinkageError unusable) {
                // Hibernate's auto mode goes on without the constraints when the provider cannot start; so does retort
            } catch (InvocationTargetException rejected) {
                throw new EntityScanException("Bean Validation constraints could not be applied to the columns: "
                        + rejected.getCause(), rejected.getCause());
            } catch (ReflectiveOperationException changed) {
                throw new EntityScanException("this Hibernate has no " + ACTIVATOR + ".applyRelationalConstraints: "
                        + changed, changed);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** {@code jakarta.persistence.validation.mode} (auto by default) and {@code hibernate.validator.apply_to_ddl}. */
    private static boolean appliesToDdl(Map<String, Object> settings) {
        Object applyToDdl = settings.get("hibernate.validator.apply_to_ddl");
        if (applyToDdl != null && !Boolean.parseBoolean(applyToDdl.toString().strip())) {
            return false;
        }
        Object mode = settings.getOrDefault("jakarta.persistence.validation.mode",
                settings.getOrDefault("javax.persistence.validation.mode", "auto"));
        String modes = mode.toString().toLowerCase(Locale.ROOT);
        return modes.contains("auto") || modes.contains("ddl");
    }
}

package dev.retort.scanner;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Hibernate's own {@code create} script, written by the Hibernate the entities' classpath carries, running in its
 * own isolated class loader exactly as the scan does: what an application on that version would create.
 */
public final class HibernateCreateScript {

    private HibernateCreateScript() {
    }

    public static List<String> of(EntitySource source, Map<String, String> settings) throws EntityScanException {
        try (IsolatedHibernate isolated = isolatedFor(source)) {
            return of(isolated, source, settings);
        }
    }

    /** The script, written in a loader opened already (loading Hibernate anew takes a second or two). */
    static List<String> of(IsolatedHibernate isolated, EntitySource source, Map<String, String> settings)
            throws EntityScanException {
        @SuppressWarnings("unchecked")
        BiFunction<EntitySource, Map<String, String>, List<String>> inside =
                isolated.newInstance(Inside.class.getName(), BiFunction.class);
        return inside.apply(source, settings);
    }

    /** The application's Hibernate of the source's classpath, isolated as the scan isolates it. */
    static IsolatedHibernate isolatedFor(EntitySource source) throws EntityScanException {
        ApplicationHibernate hibernate = ApplicationHibernate.find(source.classpath()).orElseThrow(() ->
                new IllegalArgumentException("no hibernate-core on " + source.classpath()));
        return IsolatedHibernate.open(hibernate, source.classpath());
    }

    /** {@link HibernateDdl} inside the isolated loader: BiFunction is the JDK's, so it crosses the boundary. */
    public static final class Inside implements BiFunction<EntitySource, Map<String, String>, List<String>> {

        public Inside() {
        }

        @Override
        public List<String> apply(EntitySource source, Map<String, String> settings) {
            try (IsolatedScanEntry.InsideContext inside = IsolatedScanEntry.InsideContext.enter(getClass())) {
                return HibernateDdl.creationCommands(source, settings);
            } catch (EntityScanException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}

package dev.retort.scanner;

import java.util.Map;

/**
 * The scanner's side of {@link IsolatedScan}: created by reflection inside an {@link IsolatedHibernateLoader}, so
 * that every Hibernate class it touches is the application's. It scans in place, never isolating again.
 */
public final class IsolatedScanEntry implements IsolatedScan {

    /** Called reflectively by {@link IsolatedHibernate#newInstance}. */
    public IsolatedScanEntry() {
    }

    @Override
    public ScanResult scan(EntitySource source, Map<String, String> hibernateSettings, boolean quiet)
            throws EntityScanException {
        try (InsideContext inside = InsideContext.enter(getClass())) {
            return EntityScanner.scanWithLoadedHibernate(source, hibernateSettings, quiet);
        }
    }

    /**
     * The isolated loader as the thread's context loader while inside: what Hibernate and JAXB look services up
     * with (persistence.xml parsing found the caller's JAXB runtime, not a subtype of the application's API).
     */
    static final class InsideContext implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final ClassLoader previous = thread.getContextClassLoader();

        static InsideContext enter(Class<?> inside) {
            InsideContext context = new InsideContext();
            context.thread.setContextClassLoader(inside.getClassLoader());
            return context;
        }

        @Override
        public void close() {
            thread.setContextClassLoader(previous);
        }
    }
}

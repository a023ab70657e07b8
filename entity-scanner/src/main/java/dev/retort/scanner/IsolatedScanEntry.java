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
        return EntityScanner.scanWithLoadedHibernate(source, hibernateSettings, quiet);
    }
}

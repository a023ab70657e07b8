package dev.retort.scanner;

import java.util.Map;

/**
 * The one door between retort and a scanner running inside the application's own Hibernate
 * ({@link IsolatedHibernateLoader}). Only boundary types pass through it: {@link EntitySource} in,
 * {@link ScanResult} (retort's neutral schema model) or {@link EntityScanException} out, and JDK types.
 */
public interface IsolatedScan {

    /** Scans with the Hibernate of the loader this object was created in. */
    ScanResult scan(EntitySource source, Map<String, String> hibernateSettings, boolean quiet)
            throws EntityScanException;
}

package javax.persistence;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for the old javax.persistence API, which is not on retort's classpath. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Entity {
}

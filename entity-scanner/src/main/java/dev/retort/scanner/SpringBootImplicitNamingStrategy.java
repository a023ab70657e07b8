package dev.retort.scanner;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming ({@code SpringImplicitNamingStrategy}), for entities whose classpath does not carry
 * Spring itself: JPA's implicit names, except that a join table is named after the owning entity's physical table and
 * the owning attribute, {@code <owner table>_<attribute>} ({@code author_books}, where JPA says {@code Author_Book}).
 * Keep this in step with Spring Boot's class of that name; retort's configuration names Spring's class instead
 * whenever the entities' classpath has it.
 */
public class SpringBootImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}

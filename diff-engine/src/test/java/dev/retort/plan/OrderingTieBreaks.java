package dev.retort.plan;

import dev.retort.ops.Operation;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The tie-breaks ordering tests sort with. Only the production one follows {@link Phase}; under the neutral one the
 * input position decides, under the reversed one everything {@link Phase} would put late comes early. A dependency
 * the footprints forget therefore shows as a wrong order under at least one of them.
 */
final class OrderingTieBreaks {

    static final Comparator<Operation> NEUTRAL = (a, b) -> 0;

    private OrderingTieBreaks() {
    }

    /** Arguments (name, tie-break) for {@code @MethodSource}. */
    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("reading order", DependencyOrder.READING_ORDER),
                Arguments.of("neutral", NEUTRAL),
                Arguments.of("reversed reading order", DependencyOrder.READING_ORDER.reversed()));
    }
}

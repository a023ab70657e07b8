package dev.retort.compare;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs the objects of two sides by signature (what they are), not by name: a constraint with a generated
 * name on one side and another name on the other is the same constraint. Among objects with equal
 * signatures, equal names pair first. The walk is deterministic: it follows the order of the input lists.
 */
final class SignatureMatcher {

    private SignatureMatcher() {
    }

    record Pair<T>(T current, T target) {
    }

    record Pairing<T>(List<Pair<T>> paired, List<T> onlyCurrent, List<T> onlyTarget) {
    }

    static <T> Pairing<T> pair(List<T> current, List<T> target, Function<T, String> signature,
                               Function<T, String> name) {
        Map<String, List<T>> unpairedCurrent = new LinkedHashMap<>();
        for (T c : current) {
            unpairedCurrent.computeIfAbsent(signature.apply(c), k -> new ArrayList<>()).add(c);
        }
        List<Pair<T>> paired = new ArrayList<>();
        List<T> onlyTarget = new ArrayList<>();
        List<T> targetsLeft = new ArrayList<>();
        for (T t : target) {
            List<T> candidates = unpairedCurrent.getOrDefault(signature.apply(t), List.of());
            T sameName = candidates.stream().filter(c -> Objects.equals(name.apply(c), name.apply(t))).findFirst()
                    .orElse(null);
            if (sameName != null) {
                candidates.remove(sameName);
                paired.add(new Pair<>(sameName, t));
            } else {
                targetsLeft.add(t);
            }
        }
        for (T t : targetsLeft) {
            List<T> candidates = unpairedCurrent.getOrDefault(signature.apply(t), new ArrayList<>());
            Iterator<T> first = candidates.iterator();
            if (first.hasNext()) {
                paired.add(new Pair<>(first.next(), t));
                first.remove();
            } else {
                onlyTarget.add(t);
            }
        }
        List<T> onlyCurrent = unpairedCurrent.values().stream().flatMap(List::stream).toList();
        return new Pairing<>(paired, onlyCurrent, onlyTarget);
    }
}

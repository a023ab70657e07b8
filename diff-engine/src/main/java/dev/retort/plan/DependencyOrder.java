package dev.retort.plan;

import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Orders operations so that the database accepts them: a topological sort of the graph built from the
 * operations' {@link Footprint}s, with {@link Phase} and then the subject's name as a deterministic
 * tie-break. The tie-break is a reading order only: tests also sort with neutral and reversed ones, so the
 * dependencies alone must make the order valid. Foreign keys are never part of a CREATE TABLE, so cycles between
 * tables cannot occur; any other cycle is a bug, and it fails loudly with the operations involved rather than
 * producing a wrong order.
 */
public final class DependencyOrder {

    /** The production tie-break: the reviewer's reading order of {@link Phase}, then the subject's name. */
    static final Comparator<Operation> READING_ORDER = Comparator.<Operation>comparingInt(Phase::of)
            .thenComparing(Operation::subject);

    private DependencyOrder() {
    }

    public static <T> List<T> sort(List<T> items, Function<T, Operation> operationOf) {
        return sort(items, operationOf, READING_ORDER);
    }

    /**
     * Sorts with another tie-break among operations that are free to run, the input position deciding last.
     * Tests pass a neutral and a reversed one, so that the dependencies alone must make every order valid and a
     * missing dependency cannot hide behind {@link Phase}.
     */
    static <T> List<T> sort(List<T> items, Function<T, Operation> operationOf, Comparator<Operation> tieBreak) {
        int size = items.size();
        List<Footprint> footprints = items.stream().map(i -> Footprints.of(operationOf.apply(i))).toList();
        List<Set<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            successors.add(new HashSet<>());
        }
        addEdges(footprints, successors);

        int[] indegree = new int[size];
        successors.forEach(next -> next.forEach(j -> indegree[j]++));
        Comparator<Integer> byPosition = Comparator
                .<Integer, Operation>comparing(i -> operationOf.apply(items.get(i)), tieBreak)
                .thenComparingInt(i -> i);
        PriorityQueue<Integer> ready = new PriorityQueue<>(byPosition);
        for (int i = 0; i < size; i++) {
            if (indegree[i] == 0) {
                ready.add(i);
            }
        }
        List<T> ordered = new ArrayList<>(size);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            ordered.add(items.get(next));
            for (int successor : successors.get(next)) {
                if (--indegree[successor] == 0) {
                    ready.add(successor);
                }
            }
        }
        if (ordered.size() < size) {
            String stuck = IntStream.range(0, size).filter(i -> indegree[i] > 0)
                    .mapToObj(i -> operationOf.apply(items.get(i)).toString()).collect(Collectors.joining("; "));
            throw new OrderingException("cannot order these operations, they depend on each other in a cycle: "
                    + stuck);
        }
        return ordered;
    }

    private static void addEdges(List<Footprint> footprints, List<Set<Integer>> successors) {
        Map<Resource, Users> users = new LinkedHashMap<>();
        for (int i = 0; i < footprints.size(); i++) {
            Footprint footprint = footprints.get(i);
            for (Resource r : footprint.produces) {
                users.computeIfAbsent(r, k -> new Users()).producers.add(i);
            }
            for (Resource r : footprint.destroys) {
                users.computeIfAbsent(r, k -> new Users()).destroyers.add(i);
            }
        }
        for (int i = 0; i < footprints.size(); i++) {
            for (Resource r : footprints.get(i).consumes) {
                Users u = users.get(r);
                if (u != null) {
                    u.consumers.add(i);
                }
            }
        }
        for (Users u : users.values()) {
            link(u.producers, u.consumers, successors);
            link(u.consumers, u.destroyers, successors);
            link(u.destroyers, u.producers, successors);
        }
    }

    private static void link(List<Integer> before, List<Integer> after, List<Set<Integer>> successors) {
        for (int b : before) {
            for (int a : after) {
                if (a != b) {
                    successors.get(b).add(a);
                }
            }
        }
    }

    private static final class Users {
        final List<Integer> producers = new ArrayList<>();
        final List<Integer> consumers = new ArrayList<>();
        final List<Integer> destroyers = new ArrayList<>();
    }
}

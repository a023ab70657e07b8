package dev.retort.revisions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The revisions as a directed acyclic graph from each revision to its parents. Building it proves that ids are
 * unique, every parent exists and there is no cycle. Its topological order is deterministic: among revisions whose
 * parents are all placed, the one created first comes first, ties broken by id.
 *
 * <p>Targets are named by specs (see {@link #resolve(String, Set)}); a resolved target is a set of revision ids,
 * the empty set being {@code base}, the state before any revision. The state of a database is its explicit set of
 * applied revisions, as the version table records it.
 */
public final class RevisionGraph {

    private static final Comparator<Revision> TIE_BREAK =
            Comparator.comparing(Revision::created).thenComparing(Revision::id);

    /** Topological order: every revision after all of its parents. */
    private final List<Revision> order;
    private final Map<String, Integer> position;
    private final int[][] parents;
    private final int[][] children;

    private RevisionGraph(List<Revision> order) {
        this.order = List.copyOf(order);
        this.position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).id(), i);
        }
        this.parents = new int[order.size()][];
        List<List<Integer>> childLists = new ArrayList<>();
        order.forEach(revision -> childLists.add(new ArrayList<>()));
        for (int i = 0; i < order.size(); i++) {
            List<String> parentIds = order.get(i).parents();
            parents[i] = new int[parentIds.size()];
            for (int p = 0; p < parentIds.size(); p++) {
                parents[i][p] = position.get(parentIds.get(p));
                childLists.get(parents[i][p]).add(i);
            }
        }
        this.children = childLists.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * @throws DuplicateRevisionException when two revisions share an id
     * @throws MissingParentException     when a revision names a parent that is not among them
     * @throws CycleException             when revisions name each other as parents in a circle
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        Map<String, Revision> byId = new TreeMap<>();
        for (Revision revision : revisions) {
            Revision earlier = byId.putIfAbsent(revision.id(), revision);
            if (earlier != null) {
                throw new DuplicateRevisionException(revision.id(), earlier.file(), revision.file());
            }
        }
        Map<String, List<Revision>> childrenOf = new HashMap<>();
        for (Revision revision : byId.values()) {
            for (String parent : revision.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new MissingParentException(revision, parent);
                }
                childrenOf.computeIfAbsent(parent, id -> new ArrayList<>()).add(revision);
            }
        }
        return new RevisionGraph(topologicalOrder(byId, childrenOf));
    }

    /** Kahn's algorithm with a deterministic choice among the revisions that are ready. */
    private static List<Revision> topologicalOrder(Map<String, Revision> byId, Map<String, List<Revision>> childrenOf) {
        Map<String, Integer> unplacedParents = new HashMap<>();
        PriorityQueue<Revision> ready = new PriorityQueue<>(TIE_BREAK);
        for (Revision revision : byId.values()) {
            unplacedParents.put(revision.id(), revision.parents().size());
            if (revision.parents().isEmpty()) {
                ready.add(revision);
            }
        }
        List<Revision> order = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            Revision next = ready.poll();
            order.add(next);
            for (Revision child : childrenOf.getOrDefault(next.id(), List.of())) {
                if (unplacedParents.merge(child.id(), -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (order.size() < byId.size()) {
            throw new CycleException(someCycle(byId, unplacedParents));
        }
        return order;
    }

    /** Every unplaced revision has an unplaced parent, so following them from any one must come round. */
    private static List<Revision> someCycle(Map<String, Revision> byId, Map<String, Integer> unplacedParents) {
        List<Revision> walk = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        Revision current = byId.values().stream()
                .filter(revision -> unplacedParents.get(revision.id()) > 0)
                .findFirst().orElseThrow();
        while (!seenAt.containsKey(current.id())) {
            seenAt.put(current.id(), walk.size());
            walk.add(current);
            current = current.parents().stream()
                    .filter(parent -> unplacedParents.get(parent) > 0)
                    .map(byId::get)
                    .findFirst().orElseThrow();
        }
        return walk.subList(seenAt.get(current.id()), walk.size());
    }

    /** Every revision, parents before children. */
    public List<Revision> revisions() {
        return order;
    }

    public int size() {
        return order.size();
    }

    public boolean contains(String id) {
        return position.containsKey(id);
    }

    /** @throws UnknownRevisionException when no revision has exactly this id */
    public Revision revision(String id) {
        Integer at = position.get(id);
        if (at == null) {
            throw new UnknownRevisionException(id, "no revision has the id '" + id + "'");
        }
        return order.get(at);
    }

    /** Revisions that no revision follows, in topological order. */
    public List<Revision> heads() {
        List<Revision> heads = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (children[i].length == 0) {
                heads.add(order.get(i));
            }
        }
        return heads;
    }

    /** Revisions without parents, in topological order. */
    public List<Revision> bases() {
        List<Revision> bases = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (parents[i].length == 0) {
                bases.add(order.get(i));
            }
        }
        return bases;
    }

    /** The revisions that name {@code id} as a parent, in topological order. */
    public List<Revision> children(String id) {
        List<Revision> result = new ArrayList<>();
        for (int child : children[indexOf(id)]) { // built in topological order
            result.add(order.get(child));
        }
        return result;
    }

    /** Every revision {@code id} depends on, directly or not, without {@code id} itself; in topological order. */
    public Set<String> ancestors(String id) {
        boolean[] marked = closure(Set.of(id));
        marked[indexOf(id)] = false;
        return ids(marked);
    }

    /** The given revisions and every revision they depend on, in topological order. */
    public Set<String> withAncestors(Set<String> ids) {
        return ids(closure(ids));
    }

    /**
     * The revisions on the way from {@code from} up to {@code to}, both ends included: those that are {@code to} or
     * an ancestor of it, and {@code from} or a descendant of it; in topological order. An empty {@code from} is
     * base (every ancestor of {@code to} qualifies).
     */
    public List<Revision> between(Set<String> from, Set<String> to) {
        boolean[] below = closure(to);
        boolean[] above = from.isEmpty() ? null : descendants(from);
        List<Revision> range = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (below[i] && (above == null || above[i])) {
                range.add(order.get(i));
            }
        }
        return range;
    }

    /** Revisions that more than one revision names as parent: where the history branches, in topological order. */
    public List<Revision> branchPoints() {
        List<Revision> points = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (children[i].length > 1) {
                points.add(order.get(i));
            }
        }
        return points;
    }

    /**
     * Applied revisions whose parents are not all applied, each with its first unapplied parent: a set that no
     * sequence of upgrades produces (a parent line was edited after the fact, or the record was altered).
     */
    public Map<String, String> appliedWithoutParent(Set<String> applied) {
        requireRecorded(applied);
        Map<String, String> gaps = new TreeMap<>();
        for (String id : applied) {
            for (String parent : order.get(indexOf(id)).parents()) {
                if (!applied.contains(parent)) {
                    gaps.putIfAbsent(id, parent);
                }
            }
        }
        return gaps;
    }

    /**
     * What a spec names, relative to the applied revisions for {@code +N} and {@code -N}:
     * <ul>
     *   <li>{@code head} (the only head; base when there are no revisions), {@code heads} (all of them),
     *       {@code base} (the empty set);</li>
     *   <li>a full id, or a prefix that only one id starts with;</li>
     *   <li>{@code +N} / {@code -N}: N revisions above / below the current one;</li>
     *   <li>{@code <rev>+N} / {@code <rev>-N}, where rev is {@code head}, {@code base}, an id or a prefix.</li>
     * </ul>
     * A relative step must be unambiguous: it fails at a branch (going up) or at a merge (going down).
     *
     * @param applied the applied revisions, for {@code +N}/{@code -N}; null when the caller has none
     */
    public Set<String> resolve(String spec, Set<String> applied) {
        return new TargetResolver(this).resolve(spec, applied == null ? null : current(applied));
    }

    /**
     * Checks a spec as far as the files allow, before the database is asked: every spec is resolved except
     * {@code +N} and {@code -N}, which count from the current revisions.
     *
     * @throws RevisionException when the spec names nothing, or names ambiguously
     */
    public void requireResolvable(String spec) {
        if (!TargetResolver.isRelativeToCurrent(spec)) {
            resolve(spec);
        }
    }

    /** {@link #resolve(String, Set)} for specs that do not depend on what is applied. */
    public Set<String> resolve(String spec) {
        return resolve(spec, null);
    }

    /**
     * The applied revisions that are not an ancestor of another applied revision, in topological order. Given a
     * set that is already current (such as its own result), it returns that set.
     */
    public Set<String> current(Set<String> applied) {
        requireRecorded(applied);
        Set<String> belowOthers = new HashSet<>();
        for (String id : applied) {
            for (String parent : order.get(indexOf(id)).parents()) {
                belowOthers.add(parent);
            }
        }
        boolean[] covered = closure(belowOthers);
        Set<String> current = new LinkedHashSet<>();
        for (int i = 0; i < order.size(); i++) {
            if (!covered[i] && applied.contains(order.get(i).id())) {
                current.add(order.get(i).id());
            }
        }
        return Collections.unmodifiableSet(current);
    }

    /** The revisions to apply to reach {@code target} (a spec): those it needs that are not applied, in order. */
    public List<Revision> upgradePath(Set<String> applied, String target) {
        return upgradePath(applied, resolve(target, applied));
    }

    /** The revisions in {@code targets} or their ancestors that are not applied, parents first. */
    public List<Revision> upgradePath(Set<String> applied, Set<String> targets) {
        requireRecorded(applied);
        boolean[] needed = closure(targets);
        List<Revision> path = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (needed[i] && !applied.contains(order.get(i).id())) {
                path.add(order.get(i));
            }
        }
        return path;
    }

    /** The revisions to revert to reach {@code target} (a spec; {@code base} reverts everything), in order. */
    public List<Revision> downgradePath(Set<String> applied, String target) {
        return downgradePath(applied, resolve(target, applied));
    }

    /** The applied revisions that are neither in {@code targets} nor their ancestors, children first. */
    public List<Revision> downgradePath(Set<String> applied, Set<String> targets) {
        requireRecorded(applied);
        boolean[] kept = closure(targets);
        List<Revision> path = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            if (!kept[i] && applied.contains(order.get(i).id())) {
                path.add(order.get(i));
            }
        }
        return path;
    }

    /** The given revisions and all their descendants, marked by position. */
    private boolean[] descendants(Set<String> from) {
        boolean[] marked = new boolean[order.size()];
        Deque<Integer> pending = new ArrayDeque<>();
        for (String id : from) {
            pending.push(indexOf(id));
        }
        while (!pending.isEmpty()) {
            int at = pending.pop();
            if (!marked[at]) {
                marked[at] = true;
                for (int child : children[at]) {
                    pending.push(child);
                }
            }
        }
        return marked;
    }

    /** The targets and all their ancestors, marked by position. */
    private boolean[] closure(Set<String> targets) {
        boolean[] marked = new boolean[order.size()];
        Deque<Integer> pending = new ArrayDeque<>();
        for (String target : targets) {
            pending.push(indexOf(target));
        }
        while (!pending.isEmpty()) {
            int at = pending.pop();
            if (!marked[at]) {
                marked[at] = true;
                for (int parent : parents[at]) {
                    pending.push(parent);
                }
            }
        }
        return marked;
    }

    private Set<String> ids(boolean[] marked) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                ids.add(order.get(i).id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    private int indexOf(String id) {
        return position.get(revision(id).id());
    }

    /** The version table may record a revision whose file is gone; planning from there would be guesswork. */
    private void requireRecorded(Set<String> applied) {
        for (String id : new TreeSet<>(applied)) {
            if (!position.containsKey(id)) {
                throw new UnknownRevisionException(id, "the database records revision " + id
                        + " as applied, but no revision file declares it; restore its file, or fix the record "
                        + "with 'retort stamp'");
            }
        }
    }
}

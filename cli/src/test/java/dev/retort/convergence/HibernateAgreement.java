package dev.retort.convergence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds a case's catalogs, as retort made them, against Hibernate's own DDL for the same models: what retort
 * created for A and what the upgrade left for B must be what Hibernate itself creates, line for line, up to the
 * equivalent spellings {@link HibernateDeviations} lists.
 */
final class HibernateAgreement {

    private HibernateAgreement() {
    }

    /** Every case's outcome, judged against the Hibernate catalogs of all the cases together. */
    static Map<String, CaseOutcome> judge(List<ConvergenceCase> cases, Map<String, CaseOutcome> outcomes,
                                          HibernateCatalogs hibernate) {
        Ownership ownership = new Ownership(cases);
        Map<ConvergenceCase, List<String>> catalogA = ownership.split(hibernate.catalogA());
        Map<ConvergenceCase, List<String>> catalogB = ownership.split(hibernate.catalogB());
        Map<ConvergenceCase, List<String>> rejected = ownership.split(hibernate.rejected());
        Map<ConvergenceCase, List<String>> checkA = ownership.split(hibernate.checkA());
        Map<ConvergenceCase, List<String>> checkB = ownership.split(hibernate.checkB());
        Map<String, CaseOutcome> judged = new LinkedHashMap<>();
        for (ConvergenceCase c : cases) {
            CaseOutcome outcome = outcomes.get(c.id());
            List<String> hibernateB = catalogB.getOrDefault(c, List.of());
            if (c.keepsNames()) {
                outcome = outcome.withCatalogB(outcome.catalogB().stream().map(HibernateAgreement::unnamed).toList())
                        .withNote("model B: held against Hibernate's DDL up to the name the database keeps");
                hibernateB = hibernateB.stream().map(HibernateAgreement::unnamed).toList();
            }
            if (rejected.getOrDefault(c, List.of()).isEmpty()) {
                // A team adopting a database Hibernate built runs check on it: it must find nothing.
                for (String found : checkA.getOrDefault(c, List.of())) {
                    outcome = outcome.withFailure("check on the database Hibernate's own DDL built for model A "
                            + "finds: " + found);
                }
                for (String found : checkB.getOrDefault(c, List.of())) {
                    outcome = outcome.withFailure("check on the database Hibernate's own DDL built for model B "
                            + "finds: " + found);
                }
            }
            judged.put(c.id(), judge(outcome, catalogA.getOrDefault(c, List.of()), hibernateB,
                    rejected.getOrDefault(c, List.of())));
        }
        return judged;
    }

    private static CaseOutcome judge(CaseOutcome outcome, List<String> hibernateA, List<String> hibernateB,
                                     List<String> rejected) {
        if (!rejected.isEmpty()) {
            return outcome.withNote("not held against Hibernate's DDL, which PostgreSQL rejects here: " + rejected);
        }
        if (!outcome.failures().isEmpty() && outcome.catalogA().isEmpty()) {
            return outcome; // the run failed before there was a catalog to compare
        }
        CaseOutcome judged = compare(outcome, "model A", hibernateA, outcome.catalogA());
        return compare(judged, "model B", hibernateB, outcome.catalogB());
    }

    private static CaseOutcome compare(CaseOutcome outcome, String model, List<String> hibernate,
                                       List<String> retort) {
        if (difference(hibernate, retort).isEmpty() && difference(retort, hibernate).isEmpty()) {
            return outcome;
        }
        List<String> hibernateLines = hibernate;
        List<String> retortLines = retort;
        CaseOutcome noted = outcome;
        for (HibernateDeviations.Deviation deviation : HibernateDeviations.ALL) {
            List<String> h = hibernateLines.stream().map(deviation.rewrite()).toList();
            List<String> r = retortLines.stream().map(deviation.rewrite()).toList();
            if (!h.equals(hibernateLines) || !r.equals(retortLines)) {
                hibernateLines = h;
                retortLines = r;
                noted = noted.withNote(model + ": catalog differs from Hibernate's DDL only by the known "
                        + "equivalent spelling '" + deviation.name() + "'");
            }
        }
        List<String> missing = difference(hibernateLines, retortLines);
        List<String> extra = difference(retortLines, hibernateLines);
        if (missing.isEmpty() && extra.isEmpty()) {
            return noted;
        }
        return noted.withFailure(model + " as retort made it is not what Hibernate's own DDL creates: missing "
                + missing + ", unexpected " + extra);
    }

    private static final java.util.regex.Pattern CONSTRAINT = java.util.regex.Pattern.compile(
            "^(constraint \\S+)\\.[^.\\s]+ ");
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile(
            "^(index CREATE (?:UNIQUE )?INDEX )\\S+ ON ");
    private static final java.util.regex.Pattern RELATION = java.util.regex.Pattern.compile(
            "^(relation \\S+)\\.[^.\\s]+ kind=i$");

    /** A catalog line with the constraint's or index's own name left out. */
    private static String unnamed(String line) {
        String constraint = CONSTRAINT.matcher(line).replaceFirst("$1.* ");
        String index = INDEX.matcher(constraint).replaceFirst("$1* ON ");
        return RELATION.matcher(index).replaceFirst("$1.* kind=i");
    }

    private static List<String> difference(List<String> lines, List<String> minus) {
        List<String> rest = new ArrayList<>(lines);
        minus.forEach(rest::remove);
        return rest;
    }
}

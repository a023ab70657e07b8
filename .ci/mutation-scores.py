"""Prints PIT's mutation score per package (per class for the cli's few classes) from mutations.xml reports.

The score is what PIT detected (killed or timed out) over every mutant generated, those without coverage included.
Exits 1 when a package scores under the bar the README promises (85%).
"""
import collections
import sys
import xml.etree.ElementTree as ElementTree

BAR = 85.0


def group(mutated_class):
    package, _, name = mutated_class.rpartition(".")
    name = name.split("$")[0]
    return mutated_class.rsplit(".", 1)[0] if package != "dev.retort.revisions" and package != "dev.retort.cli" \
        else package + "." + name


def main(reports):
    counts = collections.defaultdict(lambda: [0, 0])
    for report in reports:
        for mutation in ElementTree.parse(report).getroot().iter("mutation"):
            key = group(mutation.findtext("mutatedClass"))
            counts[key][0] += 1
            counts[key][1] += mutation.get("detected") == "true"
    failed = False
    print("| package | generated | killed | score |")
    print("|---|---|---|---|")
    for key in sorted(counts):
        generated, killed = counts[key]
        score = 100.0 * killed / generated
        failed |= score < BAR
        print(f"| `{key}` | {generated} | {killed} | {score:.1f}% |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env bash
# The `retort` step of the CI job in README.md ("CI: fail a pull request on drift"), line for line, to run anywhere:
# in the project's directory (where retort.properties is), with retort's launcher on the PATH. It compiles the
# entities, lists the jars they need, and checks them against the revisions (replayed into the embedded PostgreSQL
# when retort.properties names no database), writing the findings to retort.sarif.
# Exit 0: the entities match the revisions. 1: they differ, each difference a result in retort.sarif. 3 to 7: a
# problem named in retort.sarif and on stderr (README.md, exit codes). 9: all that passes, but the head revision
# has a lint finding no -- retort:lint-ignore accepts, each a result in retort.sarif.
# GitHub runs a `shell: bash` step as `bash -eo pipefail`, hence the set line. ReadmeCiJobTest holds the README's
# step and the lines below to each other.
set -eo pipefail
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/retort.classpath -Dmdep.includeScope=compile
export RETORT_ENTITIES_CLASSPATH="target/classes:$(cat target/retort.classpath)"
retort check --format sarif > retort.sarif

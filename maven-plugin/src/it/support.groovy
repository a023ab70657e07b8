// Shared by the example projects' setup.groovy and verify.groovy (evaluate(new File(itSupport))): each example
// creates its own database on 127.0.0.1:5432 and drops it; the last step (an entity edited, then retort:check) runs
// Maven from here, since the invoker runs no script between its invocations.
import java.nio.file.Files
import java.util.concurrent.TimeUnit

def connect = { String database, Closure work ->
    def properties = new Properties()
    properties.setProperty('user', 'postgres')
    def connection = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/${database}".toString(), properties)
    if (connection == null) {
        throw new IllegalStateException('no PostgreSQL at 127.0.0.1:5432 (user postgres)')
    }
    try {
        def statement = connection.createStatement()
        work(statement)
    } finally {
        connection.close()
    }
}

def admin = { Closure work -> connect('postgres', work) }

// Runs statements in one of the examples' databases; returns the first column of the last one's rows, if any
def execute = { String database, List<String> statements ->
    def rows = []
    connect(database) { statement ->
        statements.each { sql ->
            if (statement.execute(sql)) {
                def result = statement.resultSet
                rows = []
                while (result.next()) {
                    rows << result.getString(1)
                }
            }
        }
    }
    return rows
}

def dropDatabase = { String name ->
    admin { it.execute("DROP DATABASE IF EXISTS \"${name}\" WITH (FORCE)".toString()) }
}

def createDatabase = { String name ->
    dropDatabase(name)
    admin { it.execute("CREATE DATABASE \"${name}\"".toString()) }
}

// Runs Maven on the example as the invoker does (same Maven, settings and local repository); returns its exit code
// and writes its output to logName beside build.log.
def runMaven = { File basedir, File localRepository, Map<String, String> environment, String logName,
                 List<String> arguments ->
    def mavenHome = System.getProperty('maven.home')
    def settings = new File(basedir.parentFile, 'interpolated-settings.xml')
    def command = ["${mavenHome}/bin/mvn".toString(), '-B', '-s', settings.path,
                   "-Dmaven.repo.local=${localRepository.path}".toString()] + arguments
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
            .redirectOutput(new File(basedir, logName))
    builder.environment().put('MAVEN_OPTS', '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC')
    builder.environment().putAll(environment)
    def process = builder.start()
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly()
        throw new IllegalStateException("mvn ${arguments} did not finish in 5 minutes")
    }
    return process.exitValue()
}

def requireLog = { File log, List<String> expected ->
    def text = log.text
    expected.each { line ->
        if (!text.contains(line)) {
            throw new AssertionError("${log.name} lacks '${line}'")
        }
    }
    return text
}

[createDatabase: createDatabase, dropDatabase: dropDatabase, execute: execute, runMaven: runMaven, requireLog: requireLog]

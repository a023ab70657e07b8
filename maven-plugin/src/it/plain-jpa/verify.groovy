def it = evaluate(new File(itSupport))
def database = 'plugin_it_plain_jpa'
try {
    def revisions = new File(basedir, 'migrations/versions').listFiles().findAll { it.name.endsWith('.sql') }
    assert revisions.size() == 1 : "one revision written, found ${revisions}"
    def sql = revisions[0].text
    ["set lock_timeout = '5s'", 'create table public.author', 'create table public.book', 'title character varying(255) not null',
     'name character varying(120) not null', 'foreign key (author_id) references public.author (id)'].each { expected ->
        assert sql.toLowerCase().contains(expected) : "the revision lacks '${expected}':\n${sql}"
    }
    def log = it.requireLog(new File(basedir, 'build.log'), [
            'Wrote ', '(6 upgrade statements', // the lock timeout, 2 sequences, 2 tables, a foreign key
            'retort:upgrade works on a database server, and none is configured',
            'retort upgrade: done: 1 revision(s) upgraded', 'retort downgrade: done: 1 revision(s) downgraded; the database is at base',
            'No differences: the entities and the database agree.',
            '<base> -> ', '(head), library', '(head)', 'Nothing pending: no expand revision waits for its contract.'])

    // The snippet the README shows is this example's plugin declaration, word for word
    def snippet = new File(readmeSnippet).text
    def declaration = (new File(basedir, 'pom.xml').text =~ /(?s)<plugin>\s*<groupId>dev\.retort<\/groupId>.*?<\/plugin>/)[0]
    def normalize = { String xml -> xml.replaceAll(/\s+/, ' ').trim() }
    assert normalize(snippet).contains(normalize(declaration)) : "README.md does not show ${declaration}"

    // A pending revision dropping a column: retort:lint fails the build, naming the finding with the table's size
    def head = (sql =~ /-- retort:revision (\S+)/)[0][1]
    def dropTitle = new File(basedir, 'migrations/versions/lint01_no_title.sql')
    dropTitle.text = "-- retort:revision lint01\n-- retort:parents ${head}\n-- retort:message no title\n" +
            "-- retort:created 2026-01-01T00:00:00Z\n\n-- retort:upgrade\n\nSET lock_timeout = '5s';\n" +
            "ALTER TABLE public.book DROP COLUMN title;\n\n-- retort:downgrade\n\n" +
            "ALTER TABLE public.book ADD COLUMN title varchar(255);\n"
    int linted = it.runMaven(basedir, localRepositoryPath, [RETORT_DATABASE_URL: "jdbc:postgresql://127.0.0.1:5432/${database}".toString(),
            RETORT_DATABASE_USER: 'postgres'], 'build-lint.log', ['retort:lint'])
    assert linted != 0 : 'retort:lint passed although a pending revision drops a column'
    it.requireLog(new File(basedir, 'build-lint.log'), ['BUILD FAILURE',
            'lint01_no_title.sql:9: data-loss: drops column public.book.title (public.book ~0 rows, ',
            '2 lint finding(s) no -- retort:lint-ignore accepts, listed above'])
    dropTitle.delete()

    // An entity edited: retort:check fails the build, listing the difference
    def book = new File(basedir, 'src/main/java/com/example/library/Book.java')
    book.text = book.text.replace('    // verify.groovy adds a field here', '    private String isbn;\n    //')
    int exit = it.runMaven(basedir, localRepositoryPath, [RETORT_DATABASE_URL: "jdbc:postgresql://127.0.0.1:5432/${database}".toString(),
            RETORT_DATABASE_USER: 'postgres'], 'build-edited.log', ['retort:check'])
    assert exit != 0 : 'retort:check passed although Book gained a column'
    it.requireLog(new File(basedir, 'build-edited.log'), ['BUILD FAILURE', '1 difference(s) between the entities and the database',
            'public.book.isbn', 'on project library: 1 difference(s) between the entities and the database, listed above'])

    // The same on Java 25 (Maven, the plugin and the scan on the newest JDK teams run): the JDK beside the default
    // one in /usr/lib/jvm; none there fails the test rather than skipping it
    def jdk25 = new File('/usr/lib/jvm').listFiles().find { it.name ==~ /.*-25(-.*)?/ && new File(it, 'bin/java').exists() }
    assert jdk25 != null : "no JDK 25 in /usr/lib/jvm (${new File('/usr/lib/jvm').list()}): this test runs the plugin on it"
    exit = it.runMaven(basedir, localRepositoryPath, [RETORT_DATABASE_URL: "jdbc:postgresql://127.0.0.1:5432/${database}".toString(),
            RETORT_DATABASE_USER: 'postgres', JAVA_HOME: jdk25.path], 'build-java25.log', ['-V', 'retort:check'])
    assert exit != 0 : 'retort:check on Java 25 passed although Book gained a column'
    it.requireLog(new File(basedir, 'build-java25.log'), ['Java version: 25', '1 difference(s) between the entities and the database',
            'public.book.isbn'])

    // retort:baseline adopts a database no revision made: a first revision records it as it is, stamped applied
    def adopted = "${database}_adopt".toString()
    it.createDatabase(adopted)
    it.execute(adopted, ['CREATE TABLE public.author (id bigint PRIMARY KEY, name varchar(200) NOT NULL)',
                         'CREATE TABLE public.legacy_note (id integer PRIMARY KEY, body text)'])
    try {
        exit = it.runMaven(basedir, localRepositoryPath, [RETORT_DATABASE_URL: "jdbc:postgresql://127.0.0.1:5432/${adopted}".toString(),
                RETORT_DATABASE_USER: 'postgres', RETORT_SCRIPT_LOCATION: 'adopted'], 'build-baseline.log',
                ['retort:baseline', '-Dretort.message=adopt'])
        assert exit == 0 : "retort:baseline failed: see build-baseline.log"
        def written = new File(basedir, 'adopted/versions').listFiles().findAll { it.name.endsWith('.sql') }
        assert written.size() == 1 : "one baseline revision written, found ${written}"
        ['create table public.author', 'name character varying(200) not null', 'create table public.legacy_note'].each { expected ->
            assert written[0].text.toLowerCase().contains(expected) : "the baseline lacks '${expected}':\n${written[0].text}"
        }
        it.requireLog(new File(basedir, 'build-baseline.log'), ['Wrote ', 'as applied; accepted ', 'BUILD SUCCESS'])
        assert it.execute(adopted, ['SELECT count(*) FROM public.retort_version']) == ['1'] : 'the baseline is not stamped'
    } finally {
        it.dropDatabase(adopted)
    }
} finally {
    it.dropDatabase(database)
}
return true

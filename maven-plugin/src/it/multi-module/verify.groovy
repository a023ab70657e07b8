def it = evaluate(new File(itSupport))
def database = 'plugin_it_multi_module'
try {
    assert !new File(basedir, 'migrations').exists() && !new File(basedir, 'entities/migrations').exists()
    def revisions = new File(basedir, 'app/migrations/versions').listFiles().findAll { it.name.endsWith('.sql') }
    assert revisions.size() == 1 : "one revision written in app/, found ${revisions}"
    def sql = revisions[0].text.toLowerCase()
    ['create table public.category', 'label character varying(100) not null', 'create table public.product',
     'sku character varying(40) not null', 'unique (sku)',
     'foreign key (category_code) references public.category (code)'].each { expected ->
        assert sql.contains(expected) : "the revision lacks '${expected}':\n${sql}"
    }
    it.requireLog(new File(basedir, 'build.log'), [
            'retort: skipped catalog-entities: it does not declare retort-maven-plugin in <build><plugins>',
            'retort: skipped catalog-parent', 'Wrote ', 'retort upgrade: done: 1 revision(s) upgraded',
            'No differences: the entities and the database agree.'])

    // An entity of the dependency module edited: retort:check fails the build, listing the difference
    def product = new File(basedir, 'entities/src/main/java/com/example/catalog/Product.java')
    product.text = product.text.replace('    // verify.groovy adds a field here', '    private Integer stock;\n    //')
    int exit = it.runMaven(basedir, localRepositoryPath, [RETORT_DATABASE_URL: "jdbc:postgresql://127.0.0.1:5432/${database}".toString(),
            RETORT_DATABASE_USER: 'postgres'], 'build-edited.log', ['retort:check'])
    assert exit != 0 : 'retort:check passed although Product gained a column'
    it.requireLog(new File(basedir, 'build-edited.log'), ['BUILD FAILURE', 'column public.product.stock',
            'com.example.catalog.Product.stock',
            'on project catalog-app: 1 difference(s) between the entities and the database, listed above'])
} finally {
    it.dropDatabase(database)
}
return true

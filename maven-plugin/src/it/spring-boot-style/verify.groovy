def it = evaluate(new File(itSupport))
def database = 'plugin_it_spring_boot'
try {
    def revisions = new File(basedir, 'migrations/versions').listFiles().findAll { it.name.endsWith('.sql') }
    assert revisions.size() == 1 : "one revision written, found ${revisions}"
    def sql = revisions[0].text.toLowerCase()
    // Spring Boot's naming (camel case to underscores); Bean Validation's NOT NULL and lengths as Hibernate's own DDL
    // has them (BeanValidationDdlTest pins that against a session factory); the auditing columns of the listener's
    // mapped superclass
    ['create table public.customer', 'full_name character varying(80) not null',
     'email_address character varying(200) not null', 'created_at timestamp(6) with time zone not null',
     'last_modified_at timestamp(6) with time zone,', 'create table public.purchase_order',
     'total_amount numeric(12,2) not null', 'customer_id bigint not null',
     'foreign key (customer_id) references public.customer (id)'].each { expected ->
        assert sql.contains(expected) : "the revision lacks '${expected}':\n${sql}"
    }
    it.requireLog(new File(basedir, 'build.log'), ['Wrote ', 'retort upgrade: done: 1 revision(s) upgraded',
            'No differences: the entities and the database agree.'])

    // A Bean Validation constraint edited: retort:check fails the build, listing the difference
    def customer = new File(basedir, 'src/main/java/com/example/shop/Customer.java')
    customer.text = customer.text.replace('@Size(max = 80)', '@Size(max = 120)')
    int exit = it.runMaven(basedir, localRepositoryPath, [:], 'build-edited.log', ['retort:check'])
    assert exit != 0 : 'retort:check passed although Customer.fullName grew to 120 characters'
    it.requireLog(new File(basedir, 'build-edited.log'), ['BUILD FAILURE',
            '1 difference(s) between the entities and the database', 'column public.customer.full_name',
            'com.example.shop.Customer.fullName', 'on project shop: 1 difference(s) between the entities and the database'])
} finally {
    it.dropDatabase(database)
}
return true

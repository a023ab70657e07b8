def it = evaluate(new File(itSupport))
it.requireLog(new File(basedir, 'build.log'), [
        '<base> -> a1b2c3d4e5f6 (head), notes',
        "no revisions yet: ${new File(basedir, 'from-env/versions').canonicalPath} does not exist".toString(),
        'retort: skipped (retort.skip=true)'])

// The configuration the README shows is this example's, word for word
def configuration = (new File(basedir, 'pom.xml').text =~ /(?s)<configuration>.*?<\/configuration>/)[0]
def normalize = { String xml -> xml.replaceAll(/\s+/, ' ').trim() }
assert normalize(new File(readmeSnippet).text).contains(normalize(configuration)) :
        "README.md does not show ${configuration}"
return true

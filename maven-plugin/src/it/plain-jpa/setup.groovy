evaluate(new File(itSupport)).createDatabase('plugin_it_plain_jpa')
return true

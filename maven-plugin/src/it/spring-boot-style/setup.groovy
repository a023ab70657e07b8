evaluate(new File(itSupport)).createDatabase('plugin_it_spring_boot')
return true

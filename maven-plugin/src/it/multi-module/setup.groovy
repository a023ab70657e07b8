evaluate(new File(itSupport)).createDatabase('plugin_it_multi_module')
return true

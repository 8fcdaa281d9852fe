# __name__ inside exec'd code comes from the given globals.
exec("print(__name__)")
exec("print(__name__)", {"__name__": "custom"})
exec("print('__name__' in globals())", {})
ns = {}
exec("def f(): pass", ns)
print(ns["f"].__module__)
ns2 = {"__name__": "mymod"}
exec("class C: pass", ns2)
print(ns2["C"].__module__)

# compile and exec called from code that was itself compiled and exec'd.
inner_src = "result = eval('6 * 7')"
outer_src = "exec(compile(inner_src, 'inner', 'exec'))\nfinal = result"
ns = {"inner_src": inner_src}
exec(compile(outer_src, "outer", "exec"), ns)
print(ns["final"])
print(eval("eval('eval(\"1 + 1\")')"))
co = compile("compile('x', 'deep', 'eval')", "mid", "eval")
deep = eval(co)
print(deep.co_filename, eval(deep, {"x": "deep value"}))

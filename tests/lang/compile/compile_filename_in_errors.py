# The filename given to compile shows in SyntaxError.filename and co_filename.
try:
    compile("x = (", "my_source.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg, repr(e.text))
c = compile("def f():\n    return 1 / 0\n", "virtual.py", "exec")
ns = {}
exec(c, ns)
print(ns["f"].__code__.co_filename)
try:
    ns["f"]()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)

# global declaration misuse
for src in ["def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n", "def f():\n    print(x)\n    global x\n"]:
    try:
        compile(src, "t", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
def g():
    global undefined_name_xyz
    return undefined_name_xyz
try:
    g()
except NameError as e:
    print(e)

# eval of code objects: eval-mode returns the value, exec-mode returns None.
e = compile("40 + 2", "e", "eval")
x = compile("y = 40 + 2", "x", "exec")
ns = {}
print(eval(e), eval(x, ns), ns["y"])
print(exec(e))
s = compile("6 * 7", "s", "single")
print(eval(s))
try:
    eval(e, [])
except TypeError as t:
    print("TypeError", t)

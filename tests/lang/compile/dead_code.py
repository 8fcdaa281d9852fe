# Code after return/raise/break/continue is never executed.
def f():
    return "returned"
    print("dead")
def g():
    raise ValueError("raised")
    print("dead")
def h():
    for i in range(3):
        break
        print("dead")
    while True:
        return "loop ret"
        print("dead")
print(f(), h())
try:
    g()
except ValueError as e:
    print(e)
def k():
    if True:
        return 1
    else:
        return 2
print(k())

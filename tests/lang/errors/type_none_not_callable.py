# TypeError: 'NoneType' object is not callable (calling a function's result)
def make():
    print("make called")
f = make()
f()

# UnboundLocalError gets no suggestion in 3.11.
def f():
    valu = 1
    print(value)
    value = 2


f()

# del of a nonlocal variable makes the cell empty
def outer():
    x = 1
    def kill():
        nonlocal x
        del x
    def read():
        return x
    kill()
    try:
        read()
    except NameError as e:
        print(e)
    x = 2
    return read()
print(outer())

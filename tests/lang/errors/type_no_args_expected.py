# TypeError: h() takes 0 positional arguments but 1 was given
def h():
    return "ok"
print(h())
h(None)

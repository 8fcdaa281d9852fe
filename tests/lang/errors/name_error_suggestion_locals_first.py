# The innermost frame's locals are searched before globals.
counter = 1


def f(countr):
    return countr + conter


f(1)

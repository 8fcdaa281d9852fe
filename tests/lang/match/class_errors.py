# Runtime TypeErrors and ValueErrors raised by class and mapping patterns.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ("a", 1)
    a = 0

class ListArgs:
    __match_args__ = ["a"]

class Dup:
    __match_args__ = ("a",)
    a = 1

def run(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def t1():
    match NoArgs():
        case NoArgs(1):
            return "yes"
    return "no"

def t2():
    match BadArgs():
        case BadArgs(0, 1):
            return "yes"
    return "no"

def t3():
    match ListArgs():
        case ListArgs(1):
            return "yes"
    return "no"

def t4():
    match Dup():
        case Dup(1, a=1):
            return "yes"
    return "no"

def t5():
    notaclass = len
    match 1:
        case notaclass():
            return "yes"
    return "no"

def t6():
    match 5:
        case int(1, 2):
            return "yes"
    return "no"

def t7():
    match "x":
        case NoArgs(1):
            return "yes"
    return "no (isinstance is checked first)"

def t8():
    match BadArgs():
        case BadArgs(0):
            return "yes: only the first name is read"
    return "no"

for i, t in enumerate([t1, t2, t3, t4, t5, t6, t7, t8]):
    run(i + 1, t)

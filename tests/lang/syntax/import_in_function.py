# import inside functions binds local names; from-import inside class.
def f():
    import sys
    from sys import maxsize as m
    return "sys" in locals(), m > 0, sorted(locals())
print(f())
print("sys" in globals())
class C:
    import sys
    from sys import argv
print(type(C.sys).__name__, C.argv is C.sys.argv)

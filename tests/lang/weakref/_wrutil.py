# Helpers for the weakref tests: addresses masked so reprs compare with CPython.
HEX = "0123456789abcdef"


def mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in HEX:
                j += 1
            out.append("0x?")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# str methods with extreme sizes and indices raise or clamp instead of crashing.
# (Sizes past 2**31 are left out: wasm32 rejects them earlier, as a 32-bit CPython would.)
def t(f):
    try:
        print(repr(f())[:60])
    except (OverflowError, MemoryError, ValueError) as e:
        print(type(e).__name__, e)


t(lambda: "a\tb".expandtabs(-3))
t(lambda: "x".center(-5))
t(lambda: "x".zfill(-1))
t(lambda: "abc".replace("", "-", -1))
t(lambda: "abc".find("b", -(10**30), 10**30))
t(lambda: "abc".count("", 10**30))
t(lambda: "abcdef"[:: -(2**63)])
t(lambda: "abcdef"[10**30 : -(10**30) : -1])

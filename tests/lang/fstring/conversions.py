# !r !s !a conversions and str()/repr() consistency
vals = ["text", 'quote\'s', 5, 2.5, None, [1, 'a'], {'k': 'v'}, (1,), 'tab\t', 'ünï', '€']
for v in vals:
    print(f"{v!s} | {v!r} | {v!a}")
    assert f"{v!s}" == str(v) and f"{v!r}" == repr(v)
print(f"{'x'!r:>6}|{'y'!s:<3}|")
print(ascii('naïve ☃'), ascii([1, 'é']), repr('naïve'))

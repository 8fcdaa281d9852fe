import _stat
modes = [0o100644, 0o40755, 0o120777, 0o104755, 0o102755, 0o101777, 0o101776, 0o106000, 0o20620, 0o60660,
         0o10600, 0o140755, 0, 0o170000, 0o7777, 0o177777, True]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f for f in ('S_ISBLK', 'S_ISCHR', 'S_ISDIR', 'S_ISDOOR', 'S_ISFIFO', 'S_ISLNK', 'S_ISPORT', 'S_ISREG',
                       'S_ISSOCK', 'S_ISWHT') if getattr(_stat, f)(m)])
for bad in ['a', -1, 2**40, 2**70, 1.5, None]:
    for f in (_stat.S_ISDIR, _stat.filemode, _stat.S_IMODE):
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e)
try:
    _stat.S_ISDIR()
except TypeError as e:
    print(e)

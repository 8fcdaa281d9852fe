# _sitebuiltins (bundled): the objects site puts in builtins (quit, license, help).
import _sitebuiltins

q = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")
print(repr(q))
try:
    q(3)
except SystemExit as e:
    print("SystemExit", e.code)
print(_sitebuiltins._Printer.MAXLINES)
print(repr(_sitebuiltins._Helper())[:40])

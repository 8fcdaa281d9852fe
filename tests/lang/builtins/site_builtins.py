# The builtins the site step adds: exit and quit (SystemExit with the code,
# after closing stdin), copyright, credits and license (_sitebuiltins' objects).
import builtins
import sys

print(repr(exit))
print(repr(quit))
print(type(exit).__name__, type(exit).__module__, type(license).__name__)
print(repr(license))
print(repr(credits))
print(callable(copyright), 'Python Software Foundation' in repr(copyright))

for f, arg in ((exit, ()), (exit, (3,)), (quit, ('bye',)), (builtins.exit, (None,))):
    try:
        f(*arg)
    except SystemExit as e:
        print('SystemExit', repr(e.code), sys.stdin.closed)
print(sorted(n for n in ('exit', 'quit', 'copyright', 'credits', 'license', 'help') if hasattr(builtins, n)))
exit(5)

# Closing a standard stream: closed becomes True and reading, writing,
# flushing or fileno() raise ValueError; `with sys.stdin:` closes it too.
import sys

print(sys.stdin.closed, sys.stdout.closed)
with sys.stdin as f:
    print(f is sys.stdin, f.closed)
print(sys.stdin.closed)
for op in (sys.stdin.readline, sys.stdin.read, sys.stdin.fileno, sys.stdin.isatty, lambda: next(iter(sys.stdin))):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(sys.stdin.close(), sys.stdin.closed)
try:
    with sys.stdin:
        pass
except ValueError as e:
    print('ValueError', e)

sys.stderr.write('to stderr\n')
sys.stderr.close()
try:
    sys.stderr.write('lost\n')
except ValueError as e:
    print('ValueError', e)
out = sys.stdout
out.flush()
out.close()
try:
    print('not shown')
except ValueError as e:
    sys.stdout = sys.__stdout__

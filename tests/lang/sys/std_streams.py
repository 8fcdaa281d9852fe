# sys.stdout / sys.stderr objects
import sys
sys.stdout.write("via write\n")
print("via print", file=sys.stdout)
sys.stderr.write("err via write\n")
print("err via print", file=sys.stderr)
sys.stdout.flush()
print(sys.stdout is not sys.stderr)
print("last stdout line")
print("last stderr line", file=sys.stderr)

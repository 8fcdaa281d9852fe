# Files as context managers; exceptions inside still close them.
P = "/tmp/krait_io_with_statement.txt"
with open(P, "w") as f:
    print(f.closed)
    f.write("data")
print(f.closed)
try:
    with open(P) as g:
        raise KeyError("boom")
except KeyError as e:
    print("caught", e, g.closed)
with open(P) as a, open(P, "rb") as b:
    print(a.read(), b.read())
print(a.closed, b.closed)
r = open(P).__enter__()
print(r.read())
print(r.__exit__(None, None, None), r.closed)

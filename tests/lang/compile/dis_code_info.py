# dis.code_info / show_code: CPython's layout (the fields that do not depend on bytecode).
import dis


def f(a, b, /, c, *args, d, **kw):
    e = a + b
    def g():
        return e
    return g


info = dis.code_info(f)
keep = ("Name:", "Argument count:", "Positional-only arguments:", "Kw-only arguments:",
        "Number of locals:", "Flags:")
for line in info.split("\n"):
    if line.startswith(keep):
        print(line)
print(info.split("Variable names:\n")[1].split("Cell variables:")[0].rstrip())
print(info.split("Cell variables:\n")[1])
g = f(1, 2, 3, d=4)
print(dis.code_info(g).split("Free variables:\n")[1])
print([l for l in dis.code_info(g).split("\n") if l.startswith("Flags")])
print([l for l in dis.code_info("x = 1").split("\n") if l.startswith(("Name", "Filename", "Flags"))])


class Writer:
    parts = []

    def write(self, s):
        Writer.parts.append(s)


dis.show_code(f, file=Writer())
print("".join(Writer.parts) == info + "\n")
try:
    dis.code_info(3)
except TypeError as e:
    print(e)

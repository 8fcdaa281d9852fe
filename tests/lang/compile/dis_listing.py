# dis.dis() output shape (the opcode names shared with CPython only).
import dis


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


def outer(n):
    def inner(k):
        return k * 2
    total = 0
    for i in range(n):
        total += inner(i)
    return total


w = Writer()
print(dis.dis(outer, file=w))
text = w.text()
print(text.endswith("\n"), "RETURN_VALUE" in text, "LOAD_FAST" in text)
print("Disassembly of <code object inner at 0x" in text, "(to " in text, ">>" in text)
print(text.count("Disassembly of"))
w = Writer()
dis.dis(outer, file=w, depth=0)
print("Disassembly of" in w.text())
w = Writer()
dis.dis("a + b", file=w)
print("(+)" in w.text(), "(a)" in w.text(), "(b)" in w.text(), "RETURN_VALUE" in w.text())
w = Writer()
dis.dis(outer.__code__, file=w)
print(w.text() == text)
w = Writer()
dis.disassemble(outer.__code__, file=w)
print("Disassembly of" in w.text(), "RETURN_VALUE" in w.text())
for bad in (42, [1]):
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError", e)

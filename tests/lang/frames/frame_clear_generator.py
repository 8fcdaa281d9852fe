# Clearing a suspended generator's frame closes the generator.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
g = gen()
next(g)
fr = g.gi_frame
print(sorted(fr.f_locals), g.gi_suspended)
fr.clear()
print(g.gi_frame, g.gi_suspended, g.gi_running)
print(fr.f_locals)
print(list(g))
h = gen()
hf = h.gi_frame
hf.clear()
print(h.gi_frame, list(h))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.gi_frame.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
print(s.gi_frame is not None)

# inspect.getgeneratorstate-like logic from gi_frame/gi_running
def state(g):
    if g.gi_running:
        return "GEN_RUNNING"
    if g.gi_frame is None:
        return "GEN_CLOSED"
    if g.gi_frame.f_lasti == -1:
        return "GEN_CREATED"
    return "GEN_SUSPENDED"
def gen():
    print(state(it))
    yield 1
it = gen()
print(state(it) in ("GEN_CREATED", "GEN_SUSPENDED"))
print(it.gi_suspended)
next(it)
print(state(it))
it.close()
print(state(it))

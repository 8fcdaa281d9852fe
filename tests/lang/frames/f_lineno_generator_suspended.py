# gi_frame.f_lineno follows a suspended generator from yield to yield.
def gen():
    yield 1
    for i in range(2):
        yield i
    yield (
        "multi"
    )
g = gen()
lines = [g.gi_frame.f_lineno]
for _ in g:
    lines.append(g.gi_frame.f_lineno)
print(lines)
print(g.gi_frame)

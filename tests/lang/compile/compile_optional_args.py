# compile's flags, dont_inherit and optimize arguments are accepted.
for opt in (-1, 0, 1, 2):
    c = compile("assert False, 'a'\nr = 'ran'", "<opt>", "exec", 0, True, opt)
    ns = {}
    try:
        exec(c, ns)
        print(opt, ns["r"])
    except AssertionError as e:
        print(opt, "AssertionError", e)
c = compile("1 + 1", "f", "eval", dont_inherit=True)
print(eval(c))
c = compile(source="2 + 2", filename="kw", mode="eval", flags=0, dont_inherit=False, optimize=-1)
print(eval(c), c.co_filename)

# exec inside functions and class bodies with their own namespaces.
def run():
    ns = {}
    exec("def sq(n):\n    return n * n\nresult = sq(9)", ns)
    return ns["result"], sorted(k for k in ns if k != "__builtins__")
print(run())
class K:
    exec("attr = 'set by exec'")
print(K.__dict__.get("attr", "not in class dict"))
src = """
class Dyn:
    def hello(self):
        return 'dynamic class'
"""
env = {}
exec(src, env)
print(env["Dyn"]().hello(), env["Dyn"].__module__)

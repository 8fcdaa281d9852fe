# test: full-stderr
# A failing link of a multi-line attribute chain is shown on its own line,
# with carets from the attribute name (CPython 3.11).
class Node:
    def __init__(self, depth):
        self.depth = depth
    def child(self):
        return Node(self.depth + 1)
    def explode(self, *args):
        raise ValueError("depth %d" % self.depth)
def stores(n):
    (n
     .child()
     ).value = 1
    return (n.
            child().
            missing_attr)
print(stores(Node(0)) if False else "start")
try:
    stores(Node(0))
except AttributeError as e:
    print(type(e).__name__, e.__traceback__.tb_next.tb_lineno)
(Node(0)
    .child()
    .child()
    .explode(1,
             2))

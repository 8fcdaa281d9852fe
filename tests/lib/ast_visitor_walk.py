import ast
src = "def f(a):\n    return g(a) + h(b)\nclass C:\n    x = f(1)\n"
tree = ast.parse(src)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
class Calls(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Call(self, node):
        self.names.append(node.func.id)
        self.generic_visit(node)
v = Calls(); v.visit(tree); print(v.names)
print([ (n.name, ast.get_docstring(n)) for n in tree.body])
print(ast.get_source_segment(src, tree.body[0].body[0].value))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x", mode="eval").body)])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])
n = ast.increment_lineno(ast.parse("a\nb"), 10)
print([s.lineno for s in n.body], [s.end_lineno for s in n.body])

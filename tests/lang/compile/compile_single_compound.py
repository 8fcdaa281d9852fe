# 'single' mode compiles one statement, compound ones included, and shows
# the values of expression statements through sys.displayhook.
import sys
shown = []
sys.displayhook = lambda v: shown.append(v)
class C:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
ns = {"x": 3, "C": C}
sources = [
    "if x:\n    x + 1\nelse:\n    x - 1\n",
    "for i in range(3):\n    i * 10\n",
    "while x:\n    x -= 1\n    x\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError:\n    'caught'\nfinally:\n    'finally'\n",
    "def f():\n    return 'f'\n",
    "@staticmethod\ndef g():\n    pass\n",
    "class K:\n    a = 1\n    a\n",
    "with C():\n    'inside'\n",
    "x = 5; x * 2; x + 1\n",
    "x  # a comment\n",
    "\n\nx\n\n",
    "if x:\n    pass\n\n\n",
]
for src in sources:
    exec(compile(src, "<single>", "single"), ns)
print(shown)
print(ns["f"](), ns["K"].a, ns["x"])
